"""The less common parts of the meeting form: household ballot, people, minutes, recognition."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.meetings import HouseholdBallot, Meeting, Recognizer
from desktop.core.villages import nfc
from desktop.ui.dialogs.date_fields import OptionalDateEdit, date_edit, from_qdate, to_qdate
from desktop.ui.dialogs.field_errors import Target
from desktop.ui.dialogs.meeting_fields import (
    NamesEdit,
    count_box,
    optional_text,
)
from desktop.ui.i18n import translate
from desktop.ui.labels import recognizer_label
from desktop.ui.widgets import ErrorLabel, add_row

NOT_YET, RECOGNIZED, REFUSED = "none", "recognized", "refused"


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(10)
    return form


class _Section(QGroupBox):
    """A group of fields, each with its error label under it."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.targets: dict[str, Target] = {}

    def row(self, form: QFormLayout, field: str, text: str, widget: QWidget) -> None:
        error = ErrorLabel()
        add_row(form, text, widget, error)
        self.targets[field] = Target(error, widget)


class BallotBox(_Section):
    """A household ballot (D59 Art. 4), shown when a matter is decided by ballot papers."""

    def __init__(self, default_day: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(translate("MeetingDialog", "Household ballot papers"), parent)
        self.papers_issued = count_box()
        self.papers_returned = count_box()
        self.announced_on = OptionalDateEdit(default_day)
        self.deadline_on = OptionalDateEdit(default_day)
        self.failed_meeting = QComboBox()
        self.failed_meeting.setMinimumContentsLength(30)
        self.error = ErrorLabel()
        self.note = QLabel(
            translate(
                "MeetingDialog",
                "The meeting date is the day the papers go out; votes are counted against the "
                "papers returned, the threshold against all households.",
            )
        )
        self.note.setWordWrap(True)
        grid = QGridLayout(self)
        left, right = _form(), _form()
        self.row(
            left,
            "ballot.papers_issued",
            translate("MeetingDialog", "Papers issued:"),
            self.papers_issued,
        )
        self.row(
            left,
            "ballot.papers_returned",
            translate("MeetingDialog", "Papers returned:"),
            self.papers_returned,
        )
        self.row(
            right,
            "ballot.announced_on",
            translate("MeetingDialog", "Announced on:"),
            self.announced_on,
        )
        self.row(
            right,
            "ballot.deadline_on",
            translate("MeetingDialog", "Return deadline:"),
            self.deadline_on,
        )
        bottom = _form()
        self.row(
            bottom,
            "ballot.after_failed_meeting",
            translate("MeetingDialog", "After the failed meeting:"),
            self.failed_meeting,
        )
        grid.addWidget(self.note, 0, 0, 1, 2)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.addLayout(bottom, 2, 0, 1, 2)
        grid.addWidget(self.error, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        self.targets["ballot"] = Target(self.error, self.papers_issued)
        self._issued_by_hand = False
        self._following = False
        self.papers_issued.valueChanged.connect(self._issued_edited)
        self.papers_returned.valueChanged.connect(self.changed)
        self.announced_on.changed.connect(self.changed)
        self.deadline_on.changed.connect(self.changed)
        self.failed_meeting.currentIndexChanged.connect(self.changed)
        self.set_failed_meetings([], None)

    def _issued_edited(self) -> None:
        if not self._following:
            self._issued_by_hand = True
        self.changed.emit()

    def follow_total(self, total: int) -> None:
        """One paper per household: the papers issued follow the total until typed over."""
        if self._issued_by_hand:
            return
        self._following = True
        self.papers_issued.setValue(total)
        self._following = False

    def set_failed_meetings(self, choices: Sequence[tuple[str, str]], keep: str | None) -> None:
        """The village's meetings that did not pass, as ``(uuid, text)``; ``keep`` stays chosen."""
        current = keep if keep is not None else self.failed_meeting.currentData()
        self.failed_meeting.blockSignals(True)
        self.failed_meeting.clear()
        self.failed_meeting.addItem(translate("MeetingDialog", "— none —"), None)
        for uuid, text in choices:
            self.failed_meeting.addItem(text, uuid)
        index = self.failed_meeting.findData(current) if current else 0
        self.failed_meeting.setCurrentIndex(max(index, 0))
        self.failed_meeting.blockSignals(False)

    def ballot(self) -> HouseholdBallot:
        uuid = self.failed_meeting.currentData()
        return HouseholdBallot(
            papers_issued=self.papers_issued.value(),
            papers_returned=self.papers_returned.value(),
            announced_on=self.announced_on.value(),
            deadline_on=self.deadline_on.value(),
            after_failed_meeting_uuid=uuid if isinstance(uuid, str) else None,
        )

    def set_ballot(self, ballot: HouseholdBallot) -> None:
        self._issued_by_hand = True
        self.papers_issued.setValue(ballot.papers_issued)
        self.papers_returned.setValue(ballot.papers_returned)
        self.announced_on.set_value(ballot.announced_on)
        self.deadline_on.set_value(ballot.deadline_on)

    def tab_widgets(self) -> list[QWidget]:
        return [
            self.papers_issued,
            self.papers_returned,
            *self.announced_on.tab_widgets(),
            *self.deadline_on.tab_widgets(),
            self.failed_meeting,
        ]


class RecognitionBox(_Section):
    """Recognised by the UBND or the MTTQ, or refused in writing with reasons (Law Art. 20)."""

    def __init__(
        self,
        default_day: Callable[[], date],
        expected: Callable[[], Recognizer],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("MeetingDialog", "Recognition"), parent)
        self._default_day = default_day
        self._expected = expected
        self.status = QComboBox()
        self.status.addItem(translate("MeetingDialog", "Not yet"), NOT_YET)
        self.status.addItem(translate("MeetingDialog", "Recognised"), RECOGNIZED)
        self.status.addItem(translate("MeetingDialog", "Refused"), REFUSED)
        self.on = date_edit(date(2000, 1, 1))  # set when a status is chosen or filled
        self.by = QComboBox()
        for recognizer in Recognizer:
            self.by.addItem(recognizer_label(recognizer), recognizer.value)
        self.reason = QLineEdit()
        self._form = _form()
        self._form.addRow(translate("MeetingDialog", "Status:"), self.status)
        self.row(self._form, "recognized_on", translate("MeetingDialog", "On:"), self.on)
        self.row(self._form, "recognized_by", translate("MeetingDialog", "By:"), self.by)
        self.row(self._form, "refusal_reason", translate("MeetingDialog", "Reason:"), self.reason)
        self.targets["refused_on"] = self.targets["recognized_on"]
        self.setLayout(self._form)
        self._show_rows()
        self.status.currentIndexChanged.connect(self._status_changed)
        self.on.dateChanged.connect(self.changed)
        self.by.currentIndexChanged.connect(self.changed)
        self.reason.textChanged.connect(self.changed)

    def _status_changed(self) -> None:
        state = self.status.currentData()
        if state != NOT_YET:
            self.on.setDate(to_qdate(self._default_day()))
        if state == RECOGNIZED:
            self.by.setCurrentIndex(self.by.findData(self._expected().value))
        self._show_rows()
        self.changed.emit()

    def _show_rows(self) -> None:
        state = self.status.currentData()
        self._form.setRowVisible(1, state != NOT_YET)
        self._form.setRowVisible(2, state == RECOGNIZED)
        self._form.setRowVisible(3, state == REFUSED)

    def apply(self, m: Meeting) -> Meeting:
        state = self.status.currentData()
        day = from_qdate(self.on.date())
        return replace(
            m,
            recognized_on=day if state == RECOGNIZED else None,
            recognized_by=Recognizer(self.by.currentData()) if state == RECOGNIZED else None,
            refused_on=day if state == REFUSED else None,
            refusal_reason=optional_text(self.reason.text()) if state == REFUSED else None,
        )

    def fill(self, m: Meeting) -> None:
        state = RECOGNIZED if m.recognized_on else REFUSED if m.refused_on else NOT_YET
        self.status.setCurrentIndex(self.status.findData(state))
        day = m.recognized_on or m.refused_on
        if day is not None:
            self.on.setDate(to_qdate(day))
        if m.recognized_by is not None:
            self.by.setCurrentIndex(self.by.findData(m.recognized_by.value))
        self.reason.setText(m.refusal_reason or "")

    def tab_widgets(self) -> list[QWidget]:
        return [self.status, self.on, self.by, self.reason]


class DetailsBox(QWidget):
    """Who convened, chaired and took the minutes; the minutes; recognition; participants."""

    changed = Signal()

    def __init__(
        self,
        default_day: Callable[[], date],
        expected: Callable[[], Recognizer],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.people = _Section(translate("MeetingDialog", "People"))
        self.convened_by = QLineEdit()
        self.chair = QLineEdit()
        self.secretary = QLineEdit()
        people = _form()
        self.people.row(
            people, "convened_by", translate("MeetingDialog", "Convened by:"), self.convened_by
        )
        self.people.row(people, "chair", translate("MeetingDialog", "Chair:"), self.chair)
        self.people.row(
            people, "secretary", translate("MeetingDialog", "Secretary:"), self.secretary
        )
        self.people.setLayout(people)

        self.recognition = RecognitionBox(default_day, expected)

        self.minutes = _Section(translate("MeetingDialog", "Minutes"))
        self.minutes_text = QPlainTextEdit()
        self.minutes_text.setTabChangesFocus(True)
        self.minutes_text.setPlaceholderText(
            translate("MeetingDialog", "What was discussed and decided (printed in the minutes)")
        )
        lines = self.fontMetrics().lineSpacing()
        self.minutes_text.setMinimumHeight(lines * 5)
        self.minutes_text.setMaximumHeight(lines * 9)
        self.minutes_sent_on = OptionalDateEdit(default_day)
        minutes = _form()
        self.minutes.row(
            minutes, "minutes_text", translate("MeetingDialog", "Text:"), self.minutes_text
        )
        self.minutes.row(
            minutes,
            "minutes_sent_on",
            translate("MeetingDialog", "Sent to UBND and MTTQ on:"),
            self.minutes_sent_on,
        )
        self.minutes.setLayout(minutes)

        self.participants = _Section(translate("MeetingDialog", "Participants"))
        self.representatives = NamesEdit()
        self.counting_board = NamesEdit()
        self.witnesses = NamesEdit()
        names = QGridLayout(self.participants)
        for column, (field, text, widget) in enumerate(
            (
                (
                    "representatives",
                    translate("MeetingDialog", "Household representatives (signing):"),
                    self.representatives,
                ),
                (
                    "counting_board",
                    translate("MeetingDialog", "Counting board (3–5):"),
                    self.counting_board,
                ),
                (
                    "witnesses",
                    translate("MeetingDialog", "Witnesses (2 households):"),
                    self.witnesses,
                ),
            )
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(widget)
            error = ErrorLabel()
            names.addWidget(label, 0, column)
            names.addWidget(widget, 1, column)
            names.addWidget(error, 2, column)
            self.participants.targets[field] = Target(error, widget)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.people, 0, 0)
        grid.addWidget(self.recognition, 0, 1)
        grid.addWidget(self.minutes, 1, 0, 1, 2)
        grid.addWidget(self.participants, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        for edit in (self.convened_by, self.chair, self.secretary):
            edit.textChanged.connect(self.changed)
        for plain in (self.minutes_text, self.representatives, self.counting_board, self.witnesses):
            plain.textChanged.connect(self.changed)
        self.minutes_sent_on.changed.connect(self.changed)
        self.recognition.changed.connect(self.changed)

    @property
    def targets(self) -> dict[str, Target]:
        out: dict[str, Target] = {}
        for section in (self.people, self.recognition, self.minutes, self.participants):
            out.update(section.targets)
        return out

    def apply(self, m: Meeting) -> Meeting:
        m = replace(
            m,
            convened_by=optional_text(self.convened_by.text()),
            chair=optional_text(self.chair.text()),
            secretary=optional_text(self.secretary.text()),
            minutes_text=nfc(self.minutes_text.toPlainText()),
            minutes_sent_on=self.minutes_sent_on.value(),
            representatives=self.representatives.names(),
            counting_board=self.counting_board.names(),
            witnesses=self.witnesses.names(),
        )
        return self.recognition.apply(m)

    def fill(self, m: Meeting) -> None:
        self.convened_by.setText(m.convened_by or "")
        self.chair.setText(m.chair or "")
        self.secretary.setText(m.secretary or "")
        self.minutes_text.setPlainText(m.minutes_text)
        self.minutes_sent_on.set_value(m.minutes_sent_on)
        self.representatives.set_names(m.representatives)
        self.counting_board.set_names(m.counting_board)
        self.witnesses.set_names(m.witnesses)
        self.recognition.fill(m)

    def tab_widgets(self) -> list[QWidget]:
        return [
            self.convened_by,
            self.chair,
            self.secretary,
            *self.recognition.tab_widgets(),
            self.minutes_text,
            *self.minutes_sent_on.tab_widgets(),
            self.representatives,
            self.counting_board,
            self.witnesses,
        ]
