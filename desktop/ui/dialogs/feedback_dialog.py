"""Recording a resident's feedback on a disclosure, or the answer to it, in one small form."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.disclosure_json import StoredDisclosure
from desktop.core.disclosures import Feedback
from desktop.core.errors import FieldError
from desktop.core.villages import nfc
from desktop.services.disclosures import DisclosureService
from desktop.ui.dialogs.date_fields import date_edit, from_qdate, to_qdate
from desktop.ui.dialogs.field_errors import FieldErrors, Target
from desktop.ui.dialogs.guarded import GuardedDialog, attempt, clear_when_edited
from desktop.ui.disclosure_labels import word_error
from desktop.ui.i18n import translate
from desktop.ui.widgets import ErrorLabel, add_row

CTX = "FeedbackDialog"
_PATH = re.compile(r"^feedback\[(\d+)\]\.(\w+)$")


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(int(box.fontMetrics().lineSpacing() * lines) + 12)
    return box


class FeedbackDialog(GuardedDialog):
    """New feedback (``index`` None) or the answer to ``feedback[index]``; ``saved`` after Save.

    Save is one service call: :meth:`DisclosureService.add_feedback` or
    :meth:`DisclosureService.answer_feedback`; a refusal keeps the dialog open.
    """

    def __init__(
        self,
        disclosures: DisclosureService,
        stored: StoredDisclosure,
        today: date,
        lang: Callable[[], str],
        index: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._disclosures = disclosures
        self._stored = stored
        self._lang = lang
        self._index = index
        self.saved: StoredDisclosure | None = None
        answering = index is not None
        self.setWindowTitle(
            translate("FeedbackDialog", "Answer feedback")
            if answering
            else translate("FeedbackDialog", "Record feedback")
        )
        self.setMinimumWidth(520)

        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setText(translate("FeedbackDialog", "On: %1").replace("%1", stored.data.title))
        self.received_on = date_edit(today)
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(
            translate("FeedbackDialog", "Name and address, if given")
        )
        self.content = _text_box(4)
        self.answer_box = QGroupBox(translate("FeedbackDialog", "&Answered"))
        self.answer_box.setCheckable(True)
        self.answered_on = date_edit(today)
        self.answer = _text_box(3)
        self.general_error = ErrorLabel()

        self._errors: dict[str, ErrorLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        answer_form = QFormLayout(self.answer_box)
        for target, field, label, widget in (
            (form, "received_on", translate("FeedbackDialog", "&Received on:"), self.received_on),
            (form, "sender", translate("FeedbackDialog", "&From:"), self.sender_edit),
            (form, "content", translate("FeedbackDialog", "&Content:"), self.content),
            (
                answer_form,
                "answered_on",
                translate("FeedbackDialog", "Answered o&n:"),
                self.answered_on,
            ),
            (answer_form, "answer", translate("FeedbackDialog", "Ans&wer:"), self.answer),
        ):
            error = ErrorLabel()
            add_row(target, label, widget, error)
            self._errors[field] = error
            self._widgets[field] = widget

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(translate("FeedbackDialog", "Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        clear_when_edited(self._widgets, self._errors)
        self.field_errors = FieldErrors(
            self._target,
            self.general_error,
            self._lang,
            lambda widget: widget.setFocus(),
            word=word_error,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.answer_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        save = QAction(self)
        save.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)

        if index is not None:
            self._fill(stored.data.feedback[index])
            self.answer.setFocus()
        else:
            self.answer_box.setChecked(False)
            self.content.setFocus()

    def _fill(self, fb: Feedback) -> None:
        if fb.received_on is not None:
            self.received_on.setDate(to_qdate(fb.received_on))
        self.sender_edit.setText(fb.sender or "")
        self.content.setPlainText(fb.content)
        self.answer_box.setChecked(True)
        if fb.answered_on is not None:
            self.answered_on.setDate(to_qdate(fb.answered_on))
        self.answer.setPlainText(fb.answer or "")

    def feedback(self) -> Feedback:
        """What the form holds."""
        answered = self.answer_box.isChecked()
        return Feedback(
            received_on=from_qdate(self.received_on.date()),
            sender=nfc(self.sender_edit.text()) or None,
            content=nfc(self.content.toPlainText()),
            answered_on=from_qdate(self.answered_on.date()) if answered else None,
            answer=(nfc(self.answer.toPlainText()) or None) if answered else None,
        )

    def save(self) -> None:
        """Store the feedback in one service call; on a refusal show why and stay open."""
        self.clear_errors()
        uuid = self._stored.uuid
        index = self._index
        self.saved = attempt(
            lambda: (
                self._disclosures.add_feedback(uuid, self.feedback())
                if index is None
                else self._disclosures.answer_feedback(uuid, index, self.feedback())
            ),
            self._lang(),
            self.general_error,
            self.show_errors,
        )
        if self.saved is not None:
            self.accept()

    def _own_index(self) -> int:
        return self._index if self._index is not None else len(self._stored.data.feedback)

    def clear_errors(self) -> None:
        self.field_errors.clear()

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """This feedback's errors under its fields; anything else (another part of the
        record) above the buttons."""
        self.field_errors.show(errors)

    def _target(self, path: str) -> Target | None:
        match = _PATH.match(path)
        if not match or int(match.group(1)) != self._own_index() or match[2] not in self._errors:
            return None
        return Target(self._errors[match[2]], self._widgets[match[2]])

    def error_text(self, field: str) -> str:
        label = self._errors[field]
        return "" if label.isHidden() else label.text()
