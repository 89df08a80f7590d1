"""Evidence and residents' feedback of a stored disclosure: files attached, feedback answered.

Each action is stored at once through its own service call (attaching a file
copies it off the GUI thread); the form then carries on from the new version.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.disclosure_json import StoredDisclosure
from desktop.core.errors import DomainError
from desktop.core.messages import format_error
from desktop.services.disclosures import DisclosureService
from desktop.services.faults import failure_text
from desktop.ui import file_dialogs
from desktop.ui.dialogs.feedback_dialog import FeedbackDialog
from desktop.ui.i18n import translate
from desktop.ui.labels import format_count, format_day
from desktop.ui.widgets import ErrorLabel
from desktop.ui.workers import Worker

log = logging.getLogger(__name__)

CTX = "DisclosureEvidence"
PickFile = Callable[[QWidget], Path | None]


def pick_with_dialog(parent: QWidget) -> Path | None:
    """Ask for a photo or scan with the system's file dialog (None when cancelled)."""
    return file_dialogs.open_file(
        parent,
        translate("DisclosureEvidence", "Attach a photo or file"),
        "",
        translate(
            "DisclosureEvidence",
            "Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx);;All files (*)",
        ),
    )


def size_text(size: int) -> str:
    """``240 KB``, ``3,1 MB``: enough to tell a photo from a scan."""
    if size < 1024 * 1024:
        return translate("DisclosureEvidence", "%1 KB").replace(
            "%1", format_count(max(1, round(size / 1024)))
        )
    megabytes = QLocale().toString(size / (1024 * 1024), "f", 1)  # vi: 3,1
    return translate("DisclosureEvidence", "%1 MB").replace("%1", megabytes)


class Attacher(QObject):
    """Picks a file and stores it with a disclosure off the GUI thread.

    Signals ``attached`` with the new version of the record, or ``failed`` with
    the reason worded for the officer (a file too large, unreadable ...).
    """

    attached = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        disclosures: DisclosureService,
        pick_file: PickFile,
        lang: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._disclosures = disclosures
        self._pick_file = pick_file
        self._lang = lang
        self.worker = Worker(parent=self)
        self.worker.busy_changed.connect(self.busy_changed)

    @property
    def busy(self) -> bool:
        return self.worker.busy

    def start(self, uuid: str, parent: QWidget) -> bool:
        """Ask for a file and start storing it; False when cancelled or still busy."""
        if self.busy:
            return False
        path = self._pick_file(parent)
        if path is None:
            return False
        disclosures = self._disclosures
        self.worker.run(lambda: disclosures.attach(uuid, path), self._done, self._failed)
        return True

    def _done(self, result: object) -> None:
        self.attached.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            text = format_error(exc, self._lang())
        else:
            log.error("attaching a file failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = failure_text(exc, self._lang())
        self.failed.emit(
            translate("DisclosureEvidence", "The file was not attached: %1").replace("%1", text)
        )

    def wait(self, msecs: int = -1) -> bool:
        return self.worker.wait(msecs)


class EvidenceBox(QWidget):
    """The attachments and the feedback of a stored record, each stored at once.

    ``stored_changed`` carries the record's new version after each action.
    """

    stored_changed = Signal(object)

    def __init__(
        self,
        disclosures: DisclosureService,
        stored: StoredDisclosure,
        today: date,
        lang: Callable[[], str],
        pick_file: PickFile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._disclosures = disclosures
        self._stored = stored
        self._today = today
        self._lang = lang
        self.attacher = Attacher(disclosures, pick_file, lang, self)

        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attach_button = QPushButton(translate("DisclosureEvidence", "Attach photo or fil&e…"))
        self.attach_status = ErrorLabel()
        self.feedback = QTableWidget(0, 4)
        self.feedback.setObjectName("feedback")
        self.feedback.setHorizontalHeaderLabels(
            [
                translate("DisclosureEvidence", "Received"),
                translate("DisclosureEvidence", "From"),
                translate("DisclosureEvidence", "Feedback"),
                translate("DisclosureEvidence", "Answer"),
            ]
        )
        self.feedback.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feedback.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.feedback.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feedback.setTabKeyNavigation(False)
        self.feedback.verticalHeader().hide()
        header = self.feedback.horizontalHeader()
        header.resizeSection(0, 90)
        header.resizeSection(1, 130)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_feedback_button = QPushButton(translate("DisclosureEvidence", "Record &feedback…"))
        self.answer_button = QPushButton(translate("DisclosureEvidence", "An&swer…"))
        for button in (self.attach_button, self.add_feedback_button, self.answer_button):
            button.setAutoDefault(False)
        line = self.feedback.fontMetrics().height() + 10
        self.attachments.setFixedHeight(line * 3)
        self.feedback.setFixedHeight(line * 4 + 4)

        files_bar = QHBoxLayout()
        files_bar.addWidget(QLabel(translate("DisclosureEvidence", "Evidence:")))
        files_bar.addStretch(1)
        files_bar.addWidget(self.attach_button)
        feedback_bar = QHBoxLayout()
        feedback_bar.addWidget(QLabel(translate("DisclosureEvidence", "Residents' feedback:")))
        feedback_bar.addStretch(1)
        feedback_bar.addWidget(self.add_feedback_button)
        feedback_bar.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(files_bar)
        layout.addWidget(self.attachments)
        layout.addWidget(self.attach_status)
        layout.addLayout(feedback_bar)
        layout.addWidget(self.feedback)

        self.attach_button.clicked.connect(self.attach)
        self.add_feedback_button.clicked.connect(self.add_feedback)
        self.answer_button.clicked.connect(self.answer_current)
        self.feedback.itemSelectionChanged.connect(self._update_buttons)
        self.feedback.itemActivated.connect(lambda _item: self.answer_current())
        self.attacher.attached.connect(self._attached)
        self.attacher.failed.connect(self.attach_status.show_message)
        self.attacher.busy_changed.connect(self._busy)
        self.show_record(stored)

    def show_record(self, stored: StoredDisclosure) -> None:
        self._stored = stored
        self.attachments.clear()
        for a in stored.data.attachments:
            self.attachments.addItem(f"{a.name} ({size_text(a.size)})")
        if not stored.data.attachments:
            self.attachments.addItem(
                translate("DisclosureEvidence", "No photo or file attached yet.")
            )
        items = stored.data.feedback
        self.feedback.setRowCount(len(items))
        for row, fb in enumerate(items):
            answer = fb.answer or translate("DisclosureEvidence", "not answered yet")
            if fb.answered_on is not None:
                answer = f"{format_day(fb.answered_on)}: {answer}"
            for column, text in enumerate(
                (format_day(fb.received_on), fb.sender or "", fb.content, answer)
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.feedback.setItem(row, column, cell)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.answer_button.setEnabled(self.feedback.currentRow() >= 0)
        self.attach_button.setEnabled(not self.attacher.busy)

    def _busy(self, busy: bool) -> None:
        self.attach_button.setEnabled(not busy)
        if busy:
            self.attach_status.clear_message()

    # --- actions ------------------------------------------------------------------------
    def attach(self) -> bool:
        self.attach_status.clear_message()
        return self.attacher.start(self._stored.uuid, self)

    def _attached(self, stored: object) -> None:
        if isinstance(stored, StoredDisclosure):
            self.show_record(stored)
            self.stored_changed.emit(stored)

    def add_feedback(self) -> StoredDisclosure | None:
        return self._feedback_dialog(None)

    def answer_current(self) -> StoredDisclosure | None:
        row = self.feedback.currentRow()
        return self._feedback_dialog(row) if row >= 0 else None

    def _feedback_dialog(self, index: int | None) -> StoredDisclosure | None:
        dialog = FeedbackDialog(
            self._disclosures, self._stored, self._today, self._lang, index, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self.show_record(dialog.saved)
        self.stored_changed.emit(dialog.saved)
        return dialog.saved

    def select_feedback(self, row: int) -> None:
        self.feedback.setCurrentCell(row, 0)
        self.feedback.selectRow(row)
        self.feedback.setFocus(Qt.FocusReason.OtherFocusReason)
