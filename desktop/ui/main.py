"""Starting the window: logging, crash reports, translations, first-run wizard, main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from desktop import __version__
from desktop.logsetup import setup_logging
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.storage.paths import DataPaths, resolve_data_dir
from desktop.ui.crash import (
    CrashFile,
    ExceptHook,
    ExceptionReporter,
    MessageHandler,
    install_qt_message_handler,
    tell_previous_crash,
)
from desktop.ui.i18n import APP_NAME, DEFAULT_LANGUAGE, LANGUAGES, I18n, translate
from desktop.ui.main_window import MainWindow
from desktop.ui.wizard import FirstRunWizard

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 800)


@dataclass
class Session:
    """What one run of the window holds on to until it ends."""

    app: QApplication
    paths: DataPaths
    log_file: Path
    crash: CrashFile
    i18n: I18n
    previous_crash: Path | None = None
    services: Services | None = None
    restore: Callable[[], None] = lambda: None


def application() -> QApplication:
    """The one QApplication (made here unless a test made it)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SoDanChu")
    return app


def show_fitting(window: MainWindow) -> None:
    """Maximised on a small screen (1366×768 laptops), else a comfortable size."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else None
    if available is None or (
        available.width() < WINDOW_SIZE[0] + 80 or available.height() < WINDOW_SIZE[1] + 80
    ):
        window.showMaximized()
        return
    window.resize(*WINDOW_SIZE)
    window.show()


def choose_language(explicit: str | None, services: Services | None) -> str:
    """``--lang`` first, then the stored setting, then Vietnamese."""
    if explicit in LANGUAGES:
        return str(explicit)
    if services is not None:
        return services.settings.language()
    return DEFAULT_LANGUAGE


def start(data_dir: str | os.PathLike[str] | None, qm_dir: Path | None = None) -> Session:
    """Logging, crash handling and the application, before anything can fail."""
    paths = DataPaths(resolve_data_dir(data_dir))
    log_file = setup_logging(paths.logs)
    log.info("starting %s %s on %s", APP_NAME, __version__, paths.root)
    crash = CrashFile(paths)
    previous = crash.take_previous()
    crash.enable()
    app = application()
    previous_handler = install_qt_message_handler()
    previous_hook = ExceptionReporter(log_file).install()
    i18n = I18n(app, qm_dir)
    i18n.apply(DEFAULT_LANGUAGE)  # until the store is open and says otherwise
    return Session(
        app,
        paths,
        log_file,
        crash,
        i18n,
        previous_crash=previous,
        restore=lambda: _restore(previous_handler, previous_hook),
    )


def _restore(handler: MessageHandler, hook: ExceptHook) -> None:
    qInstallMessageHandler(handler)
    sys.excepthook = hook


def open_services(session: Session, db_url: str | None) -> Services | None:
    """Open the store; if that fails, say so with the log's path (None)."""
    try:
        return build_services(open_store(session.paths.root, db_url=db_url))
    except Exception:
        log.exception("could not open the data store in %s", session.paths.root)
        QMessageBox.critical(
            None,
            APP_NAME,
            translate(
                "Main",
                "The data in %1 could not be opened. Nothing was changed.\n\n"
                "The details were written to the log file:\n%2",
            )
            .replace("%1", str(session.paths.root))
            .replace("%2", str(session.log_file)),
        )
        return None


def run_window(
    *,
    data_dir: str | os.PathLike[str] | None = None,
    db_url: str | None = None,
    lang: str | None = None,
    qm_dir: Path | None = None,
) -> int:
    """Open the window on a data folder; returns the process exit status.

    ``qm_dir`` is where the compiled translations are (default: ``i18n/``).
    """
    session = start(data_dir, qm_dir)
    try:
        services = open_services(session, db_url)
        if services is None:
            return 1
        session.services = services
        session.i18n.apply(choose_language(lang, services))
        if session.previous_crash is not None:
            tell_previous_crash(session.previous_crash)
        if not services.setup.is_initialized():
            wizard = FirstRunWizard(services, session.i18n)
            if wizard.exec() != QWizard.DialogCode.Accepted:
                log.info("set-up cancelled; nothing saved")
                return 0
        window = MainWindow(services, session.i18n)
        show_fitting(window)
        return session.app.exec()
    finally:
        if session.services is not None:
            session.services.close()
        session.i18n.remove()
        session.crash.disable()
        session.restore()
        log.info("window closed")


def main() -> int:  # pragma: no cover - a shortcut for ``python -m desktop.ui.main``
    return run_window(data_dir=os.environ.get("SODANCHU_DATA_DIR"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
