"""Starting the window: logging, crash reports, translations, first-run wizard, main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from desktop import __version__
from desktop.core.resources import resource_path
from desktop.logsetup import LOG_FILENAME, setup_logging
from desktop.services.paths import DataPaths, resolve_data_dir
from desktop.ui.crash import (
    CrashFile,
    ExceptHook,
    ExceptionReporter,
    MessageHandler,
    install_qt_message_handler,
    tell_previous_crash,
)
from desktop.ui.gui_gc import GuiThreadCollector, collect_on_gui_thread
from desktop.ui.i18n import APP_NAME, DEFAULT_LANGUAGE, LANGUAGES, I18n, translate
from desktop.ui.i18n_notice import tell_missing_translation
from desktop.ui.main_window import SETTINGS, MainWindow
from desktop.ui.qt_none import protect_none
from desktop.ui.startup import FrameFacts, StoreLoader, peek_store
from desktop.ui.widgets import screen_of

if TYPE_CHECKING:  # loaded off the GUI thread once the frame is painted
    from desktop.services.container import Services
    from desktop.ui.pages.overview import OverviewFigures

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 800)
# ``SODANCHU_SMOKE=1``: open the window, check it, close it and exit (installer/smoke.sh).
ENV_SMOKE = "SODANCHU_SMOKE"
SMOKE_SIDEBAR_VI = "Tổng quan"  # the first section, as the Vietnamese translation words it
_PROCESS_START = time.monotonic()


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
    protect_none()  # a binding that drains None would end the program after minutes
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SoDanChu")
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "sodanchu.png"))))
    except FileNotFoundError:
        log.warning("the app icon is missing")
    return app


def show_fitting(window: MainWindow) -> None:
    """Maximised on a small screen (1366×768 laptops), else a comfortable size."""
    screen = screen_of(window)  # not window.screen(): see widgets.screen_of
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
    log_file = setup_logging(paths.logs) or paths.logs / LOG_FILENAME
    log.info("starting %s %s on %s", APP_NAME, __version__, paths.root)
    crash = CrashFile(paths)
    previous = crash.take_previous()
    crash.enable()
    app = application()
    collector = collect_on_gui_thread(app)  # cycles freed on this thread only
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
        restore=lambda: _restore(previous_handler, previous_hook, collector),
    )


def _restore(
    handler: MessageHandler, hook: ExceptHook, collector: GuiThreadCollector | None
) -> None:
    if collector is not None:
        collector.stop()
    qInstallMessageHandler(handler)
    sys.excepthook = hook


def store_failed(session: Session, root: Path | None = None) -> None:
    """The store in ``root`` (default: the data folder) could not be opened: say so with
    the log's path (logged already)."""
    QMessageBox.critical(
        None,
        APP_NAME,
        translate(
            "Main",
            "The data in %1 could not be opened. Nothing was changed.\n\n"
            "The details were written to the log file:\n%2",
        )
        .replace("%1", str(root or session.paths.root))
        .replace("%2", str(session.log_file)),
    )


@dataclass
class Place:
    """Which data the window shows next: the real data folder or the sample commune's."""

    sample: bool = False
    set_up_own: bool = False  # the wizard goes straight to the set-up questions


def run_window(
    *,
    data_dir: str | os.PathLike[str] | None = None,
    db_url: str | None = None,
    lang: str | None = None,
    qm_dir: Path | None = None,
) -> int:
    """Open the window on a data folder; returns the process exit status.

    The frame is painted first, in the stored language, from what a read-only peek
    at the SQLite file says (desktop/ui/startup.py); the store is then opened (and
    migrated) off the GUI thread while the frame answers, and the pages fill in.
    ``qm_dir`` is where the compiled translations are (default: ``i18n/``). The sample
    commune lives in ``<data folder>/demo``; the window switches between it and the
    real data when the officer asks (the sample banner's button), reopening the store.
    """
    session = start(data_dir, qm_dir)
    place = Place()
    loader: StoreLoader | None = None
    shown: MainWindow | None = None  # the window of this turn, discarded at the end
    told_missing = False
    try:
        while True:
            # A replaced window's Python wrappers sit in reference cycles: freed here, at
            # once, on the GUI thread (ui/gui_gc.py says why never on another thread).
            gc.collect()
            root = session.paths.demo_root if place.sample else session.paths.root
            url = None if place.sample else db_url
            facts = peek_store(DataPaths(root), url) if url is None else FrameFacts()
            stored = facts.language if facts.language in LANGUAGES else None
            first = lang if lang in LANGUAGES else stored or DEFAULT_LANGUAGE
            applied = session.i18n.apply(first)
            if not applied and first != "en" and not _smoke() and not told_missing:
                tell_missing_translation(None, first, session.i18n.qm_dir)
                told_missing = True
            real_set_up = None
            if place.sample:
                real_set_up = DataPaths(session.paths.root).database.exists() and _is_set_up(
                    session, db_url
                )
            window = MainWindow(None, session.i18n, title=facts.title, real_set_up=real_set_up)
            shown = window
            show_fitting(window)
            loader = StoreLoader(root, url, window)
            loaded = loader.load()
            if loaded is None:
                if loader.closed:
                    return 0
                store_failed(session, root)
                return 1
            services, opened_figures = loaded
            figures: OverviewFigures | None = opened_figures
            session.services = services
            if not window.isVisible():  # closed while the store was opening
                return 0
            chosen = choose_language(lang, services)
            if chosen != session.i18n.lang:  # the peek could not tell (a store being migrated)
                session.i18n.apply(chosen)
            if session.previous_crash is not None:
                tell_previous_crash(session.previous_crash)
                session.previous_crash = None
            if opened_figures.installation is None:
                if _smoke():
                    print(
                        "smoke: FAIL the data folder is not set up (run `demo` first)",
                        file=sys.stderr,
                    )
                    return 3
                from desktop.ui.wizard import FirstRunWizard

                wizard = FirstRunWizard(services, session.i18n, window, own_only=place.set_up_own)
                cancelled = wizard.exec() != QWizard.DialogCode.Accepted
                if cancelled:
                    log.info("set-up cancelled; nothing saved")
                    if not place.set_up_own:
                        return 0
                # "Set up my commune" from the sample data, then Cancel: back to the sample,
                # not out of the program
                if wizard.used_demo or cancelled:
                    window.discard()
                    loader.close()
                    loader = None
                    services.close()
                    session.services = None
                    place = Place(sample=True)
                    continue
                figures = None  # set up just now: read them again
            leave: list[bool] = []

            def leave_sample(window: MainWindow = window, leave: list[bool] = leave) -> None:
                leave.append(True)
                window.close()

            def daily_backup(window: MainWindow = window) -> None:
                window.build_page_now(SETTINGS)
                window.settings.backups.auto_backup()

            window.leave_sample.connect(leave_sample)
            window.filled.connect(daily_backup)
            window.attach(services, figures, gradually=True)
            if _smoke():
                return smoke_check(session, window)
            status = session.app.exec()
            if hasattr(window, "settings"):
                window.settings.wait(60_000)  # the day's backup, if still being written
            if not leave:
                return status
            log.info("leaving the sample data for the real data in %s", session.paths.root)
            window.discard()
            loader.close()
            loader = None
            services.close()
            session.services = None
            place = Place(sample=False, set_up_own=not real_set_up)
    finally:
        if shown is not None:
            # No late callback (the pages' modules loaded, a queued page build) may reach
            # a window whose store is about to close.
            shown.discard()
        if loader is not None:
            loader.close()
        if session.services is not None:
            session.services.close()
        session.i18n.remove()
        session.crash.disable()
        session.restore()
        log.info("window closed")


def _is_set_up(session: Session, db_url: str | None) -> bool:
    """Whether the real data folder holds a set-up installation (read without the wizard)."""
    from desktop.services.container import build_services
    from desktop.services.context import open_store

    try:
        services = build_services(open_store(session.paths.root, db_url=db_url))
    except Exception:
        log.exception("could not open the data store in %s", session.paths.root)
        return False
    try:
        return services.setup.is_initialized()
    finally:
        services.close()


def _smoke() -> bool:
    return os.environ.get(ENV_SMOKE) == "1"


def smoke_check(session: Session, window: MainWindow) -> int:
    """The frozen build's start-up check: the window is up, translated, fonts found.

    Runs the event loop for half a second (the window lays itself out and paints),
    then checks and quits. Prints one line and returns 0, or says what is wrong
    and returns 3.
    """
    problems: list[str] = []
    ready: list[float] = []

    def first_loop() -> None:
        ready.append(time.monotonic() - _PROCESS_START)

    def check() -> None:
        if not window.isVisible():
            problems.append("the main window is not visible")
        first = window.sidebar_texts()[0]
        if session.i18n.lang == "vi" and first != SMOKE_SIDEBAR_VI:
            problems.append(f"Vietnamese translation not loaded (sidebar says {first!r})")
        for font in ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"):
            try:
                resource_path("fonts", font)
            except FileNotFoundError:
                problems.append(f"font {font} not found")
        window.close()
        session.app.quit()

    QTimer.singleShot(0, first_loop)
    QTimer.singleShot(500, check)
    session.app.exec()
    if problems:
        for problem in problems:
            print(f"smoke: FAIL {problem}", file=sys.stderr)
        return 3
    print(
        f"smoke: OK {APP_NAME} {__version__}, lang={session.i18n.lang}, "
        f"sidebar[0]={window.sidebar_texts()[0]!r}, "
        f"window ready {ready[0] if ready else -1:.2f} s after the UI module loaded",
        flush=True,
    )
    return 0


def main() -> int:  # pragma: no cover - a shortcut for ``python -m desktop.ui.main``
    return run_window(data_dir=os.environ.get("SODANCHU_DATA_DIR"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
