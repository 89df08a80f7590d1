"""Pieces shared by the synchronisation tabs: asking the officer, banners, long work.

The file and confirmation dialogs go through an :class:`Ask` object handed to each
tab, so tests answer them without opening a modal dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.messages import format_error
from desktop.core.sync_messages import format_sync_problem
from desktop.services.faults import failure_text
from desktop.ui import file_dialogs
from desktop.ui.i18n import translate
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)

BANNER_STYLE = (
    "QFrame#banner { background: #fff4c2; border: 1px solid #d9b300; border-radius: 4px; }"
    "QFrame#banner QLabel { color: #3d3000; }"
)
OK_STYLE = "color: #1b6e20;"
VN_OFFSET_HOURS = 7  # times are stored in UTC; the officer reads Vietnam time


def local_time_text(moment: datetime | None) -> str:
    """``23/11/2026 10:00`` in Vietnam time (stored times are naive UTC)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    from datetime import timedelta, timezone

    return moment.astimezone(timezone(timedelta(hours=VN_OFFSET_HOURS))).strftime("%d/%m/%Y %H:%M")


def open_with_system(path: Path) -> None:
    """Open a folder or file the way the system does (file manager, PDF viewer)."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        log.warning("no program opened %s", path)


class _Progress:
    """A running job's progress and cancel flag, shared by the pool thread and ours."""

    def __init__(self) -> None:
        self.cancel = False
        self.latest: tuple[int, int] | None = None


class Ask:
    """The questions the tabs put to the officer; tests subclass it with fixed answers."""

    def folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        return file_dialogs.folder(parent, title, start)

    def open_files(self, parent: QWidget, title: str, start: Path, filters: str) -> list[Path]:
        return file_dialogs.open_files(parent, title, start, filters)

    def save_file(self, parent: QWidget, title: str, start: Path, filters: str) -> Path | None:
        return file_dialogs.save_file(parent, title, start, filters)

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_path(self, path: Path) -> None:
        open_with_system(path)


def error_text(exc: BaseException, lang: str) -> str:
    """A refusal in the officer's words, with each listed problem on its own line."""
    if isinstance(exc, DomainError):
        lines = [format_error(exc, lang)]
        for problem in getattr(exc, "problems", ()):
            lines.append("• " + format_sync_problem(problem.code, problem.params, lang))
        return "\n".join(lines)
    log.error("sync action failed", exc_info=(type(exc), exc, exc.__traceback__))
    return failure_text(exc, lang)


class Banner(QFrame):
    """A yellow box with an explanation and one action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(BANNER_STYLE)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)


class Cancelled(Exception):
    """Raised from a progress callback when the officer pressed Cancel."""


class LongJob(QObject):
    """One slow service call off the GUI thread with a progress bar and Cancel.

    The job receives a ``progress(done, total)`` callback; it is called on the pool
    thread, which only keeps the newest figures (nothing Qt owns is touched there: see
    ``workers.py``); a timer on the GUI thread shows them on the bar while the job runs.
    Cancel makes the next progress call raise :class:`Cancelled` (the services undo a
    half-done export).
    """

    progressed = Signal(int, int)
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = Worker(parent=self)
        self.worker.busy_changed.connect(self.busy_changed)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(14)
        self.bar.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        # Shared with the pool thread: a plain object, never this widget's wrapper.
        self._state = _Progress()
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._take_progress)
        self.progressed.connect(self._show_progress)

    @property
    def busy(self) -> bool:
        return self.worker.busy

    def start(
        self,
        job: Callable[[Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        cancellable: bool = True,
    ) -> bool:
        if self.busy:
            return False
        state = self._state = _Progress()
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(cancellable)

        def progress(done: int, total: int) -> None:
            # The pool thread: only the plain ``state`` (no Qt wrapper is touched here).
            if state.cancel:
                raise Cancelled
            state.latest = (done, total)  # one tuple assignment: atomic under the GIL

        def finish(call: Callable[[Any], None]) -> Callable[[Any], None]:
            def end(value: Any) -> None:
                self._poll.stop()
                self._take_progress()
                self.bar.hide()
                self.cancel_button.hide()
                call(value)

            return end

        self._poll.start()
        self.worker.run(lambda: job(progress), finish(on_done), finish(on_error))
        return True

    def _take_progress(self) -> None:
        """GUI thread: the newest figures the job reported, on the bar."""
        state = self._state
        latest, state.latest = state.latest, None
        if latest is not None:
            self.progressed.emit(*latest)

    def cancel(self) -> None:
        self._state.cancel = True
        self.cancel_button.setEnabled(False)

    def _show_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        # QProgressBar holds an int; byte counts of big exports are scaled to per mille.
        self.bar.setRange(0, 1000)
        self.bar.setValue(min(1000, done * 1000 // total))

    def retranslate(self) -> None:
        self.cancel_button.setText(translate("SyncPage", "Ca&ncel"))

    def wait(self, msecs: int = -1) -> bool:
        return self.worker.wait(msecs)
