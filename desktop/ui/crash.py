"""Never crash silently: Qt messages into the log, an error dialog, hard-crash reports.

* :func:`qt_message_handler` routes Qt's own warnings into Python logging (and so
  into the rotating log file).
* :class:`ExceptionReporter` is the ``sys.excepthook``: it logs the exception and
  tells the officer calmly, with the log file's path.
* :class:`CrashFile` points ``faulthandler`` at ``logs/faulthandler.txt``; a hard
  crash (one Python cannot catch) leaves its traceback there, and the next start
  logs it, moves it aside and tells the officer.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.services.paths import DataPaths
from desktop.ui.i18n import APP_NAME, translate

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

KEEP_CRASH_REPORTS = 5

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Log one Qt message at the matching level, with where Qt said it."""
    level = _QT_LEVELS.get(msg_type, logging.WARNING)
    where = ""
    if context.category and context.category != "default":
        where = f"[{context.category}] "
    if context.file:
        where += f"({context.file}:{context.line}) "
    qt_log.log(level, "%s%s", where, message)


MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object] | None
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
Presenter = Callable[[str, str], None]


def install_qt_message_handler() -> MessageHandler:
    """Route Qt's messages into logging; returns the handler it replaced."""
    return qInstallMessageHandler(qt_message_handler)


def _show_error_dialog(title: str, text: str) -> None:
    parent: QWidget | None = QApplication.activeWindow()
    QMessageBox.critical(parent, title, text)


class ExceptionReporter:
    """``sys.excepthook`` for the window: log, then tell the officer (never crash silently).

    Args:
        log_file: the log file the dialog points to.
        present: shows ``(title, text)``; a message box unless a test replaces it.
    """

    def __init__(self, log_file: Path, present: Presenter | None = None) -> None:
        self.log_file = log_file
        self._present = present or _show_error_dialog
        self._showing = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing or QApplication.instance() is None:
            # A second error while the dialog is open: logged, not stacked.
            return
        self._showing = True
        try:
            self._present(*self.message())
        except Exception:  # the dialog itself failed: the log still has everything
            log.exception("could not show the error dialog")
        finally:
            self._showing = False

    def message(self) -> tuple[str, str]:
        title = translate("Crash", "Unexpected error")
        text = translate(
            "Crash",
            "Something went wrong. What was already saved is safe.\n\n"
            "The details were written to the log file:\n%1\n\n"
            "If this happens again, please send that file to technical support.",
        ).replace("%1", str(self.log_file))
        return title, text

    def install(self) -> ExceptHook:
        """Become ``sys.excepthook``; returns the hook it replaced."""
        previous = sys.excepthook
        sys.excepthook = self
        return previous


class CrashFile:
    """The faulthandler file of one data folder."""

    def __init__(self, paths: DataPaths) -> None:
        self.path = paths.crash_file
        self._stream: IO[str] | None = None

    def take_previous(self, now: datetime | None = None) -> Path | None:
        """If the last run crashed hard, log its report, move it aside and return where.

        Returns None when the last run ended normally (the file is absent or empty).
        """
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return None
        if not text.strip():
            return None
        log.error("the previous run closed unexpectedly; its report:\n%s", text.rstrip())
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}-{stamp}{self.path.suffix}")
        self.path.replace(target)
        self._prune()
        return target

    def _prune(self) -> None:
        old = sorted(self.path.parent.glob(f"{self.path.stem}-*{self.path.suffix}"))
        for extra in old[:-KEEP_CRASH_REPORTS]:
            extra.unlink(missing_ok=True)

    def enable(self) -> None:
        """Write a hard crash's traceback into the file (emptied now)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._stream = self.path.open("w", encoding="utf-8")
        faulthandler.enable(file=self._stream, all_threads=True)

    def disable(self) -> None:
        """A normal exit: stop writing; the file stays empty."""
        if self._stream is None:
            return
        faulthandler.disable()
        self._stream.close()
        self._stream = None


def tell_previous_crash(report: Path, parent: QWidget | None = None) -> None:
    """Tell the officer, calmly, that the app closed unexpectedly last time."""
    QMessageBox.information(parent, APP_NAME, previous_crash_text(report))


def previous_crash_text(report: Path) -> str:
    return translate(
        "Crash",
        "The program closed unexpectedly last time. What was saved before that is kept.\n\n"
        "The technical details are in:\n%1",
    ).replace("%1", str(report))
