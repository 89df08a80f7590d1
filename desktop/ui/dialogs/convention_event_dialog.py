"""Recording one step of a hương ước / quy ước's life cycle (Decree 61/2023/NĐ-CP Arts. 7–18).

Only the steps allowed now are offered; each shows the fields it needs. The
service checks the step again (:func:`desktop.core.convention_events.apply_event`);
a refusal is shown under the field at fault, worded in Vietnamese, and nothing
is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.convention_events import TransitionRefused, allowed_steps
from desktop.core.convention_json import StoredConvention
from desktop.core.conventions import ConventionEvent, EventType, Opinion
from desktop.core.errors import DomainError, ValidationError
from desktop.core.meetings import Matter, Outcome
from desktop.core.messages import format_error, format_field_error
from desktop.core.queries import MeetingQuery
from desktop.core.villages import nfc
from desktop.services.container import Services
from desktop.ui.convention_labels import EVENT_ORDER, event_label, step_hint
from desktop.ui.dialogs.date_fields import OptionalDateEdit, date_edit, from_qdate, to_qdate
from desktop.ui.dialogs.guarded import GuardedDialog, clear_when_edited
from desktop.ui.dialogs.meeting_fields import count_box
from desktop.ui.i18n import translate
from desktop.ui.labels import format_day, item_outcome_label
from desktop.ui.widgets import ErrorLabel, add_row

E = EventType
# Which fields each step shows (the rest are hidden and not recorded).
_SHOWN: dict[str, frozenset[EventType]] = {
    "meeting": frozenset({E.ADOPTED, E.REJECTED}),
    "households_supporting": frozenset({E.PROPOSED}),  # a citizen initiative only
    "decision_no": frozenset({E.RECOGNIZED, E.REFUSED, E.SUSPENDED, E.REINSTATED, E.ABOLISHED}),
    "signer": frozenset({E.RECOGNIZED, E.REFUSED, E.SUSPENDED, E.REINSTATED, E.ABOLISHED}),
    "part": frozenset({E.SUSPENDED, E.ABOLISHED}),
    "reason": frozenset({E.REFUSED, E.SUSPENDED, E.ABOLISHED}),
    "until": frozenset({E.SUSPENDED, E.CONSULTATION}),
    "opinions": frozenset({E.CONSULTATION}),
}


class ConventionEventDialog(GuardedDialog):
    """Record the next step of ``stored``; ``saved`` holds the stored result.

    Args:
        step: the step chosen first (the button the officer pressed).
    """

    def __init__(
        self,
        services: Services,
        stored: StoredConvention,
        lang: Callable[[], str],
        step: EventType | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._stored = stored
        self._lang = lang
        self.saved: StoredConvention | None = None
        self._held: dict[str, date] = {}
        self.setWindowTitle(
            translate("ConventionEventDialog", "Record a step — %1").replace(
                "%1", stored.data.title
            )
        )
        self.setMinimumWidth(660)
        today = services.ctx.today()

        self.step = QComboBox()
        allowed = allowed_steps(stored.data) - {E.SUPERSEDED}
        for kind in EVENT_ORDER:
            if kind in allowed:
                self.step.addItem(event_label(kind), kind.value)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.on = date_edit(today)
        self.meeting = QComboBox()
        self.meeting.setMinimumContentsLength(30)
        self.meeting_hint = QLabel()
        self.meeting_hint.setWordWrap(True)
        self.meeting_hint.hide()
        self.supporting = count_box()
        self.households_total = count_box()
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText(translate("ConventionEventDialog", "e.g. 15/QĐ-UBND"))
        self.signer = QLineEdit()
        self.part = QLineEdit()
        self.part.setPlaceholderText(
            translate("ConventionEventDialog", "e.g. Điều 5, Điều 7 — empty: the whole text")
        )
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        self.until = OptionalDateEdit(lambda: from_qdate(self.on.date()))
        self.opinions = QTableWidget(0, 3)
        self.opinions.setHorizontalHeaderLabels(
            [
                translate("ConventionEventDialog", "Sender"),
                translate("ConventionEventDialog", "Opinion"),
                translate("ConventionEventDialog", "How it was handled"),
            ]
        )
        self.opinions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.opinions.verticalHeader().hide()
        self.opinions.setTabKeyNavigation(False)
        self.opinions.setFixedHeight(130)
        self.opinions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.note = QLineEdit()

        self._errors: dict[str, ErrorLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._targets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        self._row("type", translate("ConventionEventDialog", "&Step:"), self.step)
        form.addRow("", self.hint)
        self._row("on", translate("ConventionEventDialog", "&Date:"), self.on)
        meeting_cell = QWidget()
        column = QVBoxLayout(meeting_cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.meeting)
        column.addWidget(self.meeting_hint)
        self._row("meeting", translate("ConventionEventDialog", "&Meeting:"), meeting_cell)
        self._targets["meeting"] = self.meeting
        self._row(
            "households_supporting",
            translate("ConventionEventDialog", "&Households supporting:"),
            self._households_cell(),
        )
        self._targets["households_supporting"] = self.supporting
        self._row(
            "decision_no", translate("ConventionEventDialog", "Decision &no.:"), self.decision_no
        )
        self._row("signer", translate("ConventionEventDialog", "Si&gned by:"), self.signer)
        self._row("part", translate("ConventionEventDialog", "&Part:"), self.part)
        self._row("reason", translate("ConventionEventDialog", "&Reason:"), self.reason)
        self._row("until", translate("ConventionEventDialog", "&Until:"), self.until)
        self._row(
            "opinions", translate("ConventionEventDialog", "Op&inions:"), self._opinions_cell()
        )
        self._targets["opinions"] = self.opinions
        self._row("note", translate("ConventionEventDialog", "N&ote:"), self.note)
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        clear_when_edited(self._targets, self._errors)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._load_meetings()
        self._default_households()
        if step is not None and self.step.findData(step.value) >= 0:
            self.step.setCurrentIndex(self.step.findData(step.value))
        self.step.currentIndexChanged.connect(self._step_changed)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        self._step_changed()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.step.count() > 0)

    def _row(self, key: str, text: str, field: QWidget) -> None:
        error = ErrorLabel()
        self._labels[key] = add_row(self._form, text, field, error)
        self._errors[key] = error
        self._targets[key] = field

    def _households_cell(self) -> QWidget:
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.supporting)
        row.addWidget(QLabel(translate("ConventionEventDialog", "of a total of")))
        row.addWidget(self.households_total)
        row.addStretch(1)
        return cell

    def _opinions_cell(self) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.opinions)
        buttons = QHBoxLayout()
        self.add_opinion = QPushButton(translate("ConventionEventDialog", "&Add opinion"))
        self.remove_opinion = QPushButton(translate("ConventionEventDialog", "Remo&ve opinion"))
        self.add_opinion.clicked.connect(self.append_opinion)
        self.remove_opinion.clicked.connect(self._remove_opinion)
        buttons.addWidget(self.add_opinion)
        buttons.addWidget(self.remove_opinion)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return cell

    # --- the form follows the step ----------------------------------------------------------
    def current_step(self) -> EventType | None:
        value = self.step.currentData()
        return EventType(value) if value else None

    def offered_steps(self) -> list[EventType]:
        return [EventType(self.step.itemData(i)) for i in range(self.step.count())]

    def _shown(self, key: str, kind: EventType | None) -> bool:
        if key not in _SHOWN:
            return True
        if kind is None or kind not in _SHOWN[key]:
            return False
        return key != "households_supporting" or self._stored.data.citizen_initiative

    def _step_changed(self) -> None:
        kind = self.current_step()
        for key, label in self._labels.items():
            self._form.setRowVisible(label, self._shown(key, kind))
        self.hint.setText(step_hint(kind) if kind is not None else "")
        self._labels["until"].setText(
            translate("ConventionEventDialog", "&Correct by:")
            if kind is E.SUSPENDED
            else translate("ConventionEventDialog", "Posted &until:")
        )
        if kind is E.SUSPENDED and not self.until.check.isChecked():
            self.until.check.setChecked(True)  # a suspension states its deadline (Art. 12)
        self._meeting_changed()
        self.adjustSize()

    def _load_meetings(self) -> None:
        """This village's meetings that voted on a convention, newest first."""
        query = MeetingQuery(village_uuid=self._stored.data.village_uuid, order_by="held_on")
        self.meeting.addItem(translate("ConventionEventDialog", "— choose the meeting —"), None)
        for m in self._services.meetings.list(query):
            results = [
                r
                for i, r in zip(m.data.items, m.results, strict=True)
                if i.matter is Matter.CONVENTION
            ]
            if not results:
                continue
            passed = any(r.outcome is Outcome.PASSED for r in results)
            outcome = item_outcome_label(Outcome.PASSED if passed else Outcome.FAILED)
            day = format_day(m.data.held_on) or "—"
            self.meeting.addItem(f"{day} — {m.data.title} ({outcome})", m.uuid)
            if m.data.held_on is not None:
                self._held[m.uuid] = m.data.held_on
        if self.meeting.count() == 1:
            self.meeting_hint.setText(
                translate(
                    "ConventionEventDialog",
                    "No meeting of this village has voted on a convention yet: record it "
                    "under «Village meetings» first.",
                )
            )
            self.meeting_hint.show()
        else:
            self.meeting.setCurrentIndex(1)

    def _meeting_changed(self) -> None:
        held = self._held.get(self.meeting.currentData() or "")
        if held is not None and self.current_step() in (E.ADOPTED, E.REJECTED):
            self.on.setDate(to_qdate(held))  # adopted on the day of the meeting

    def _default_households(self) -> None:
        village = self._services.villages.get(self._stored.data.village_uuid)
        self.households_total.setValue(village.data.households_total or 0)

    def append_opinion(self, sender: str = "", content: str = "", handling: str = "") -> None:
        row = self.opinions.rowCount()
        self.opinions.insertRow(row)
        for column, text in enumerate((sender, content, handling)):
            self.opinions.setItem(row, column, QTableWidgetItem(text))
        self.opinions.setCurrentCell(row, 0)

    def _remove_opinion(self) -> None:
        row = self.opinions.currentRow()
        if row >= 0:
            self.opinions.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.opinions.item(row, column)
        return nfc(item.text()) if item is not None else ""

    # --- saving -------------------------------------------------------------------------
    def step_event(self) -> ConventionEvent | None:
        """The step as the form holds it (None when an opinion has no content)."""
        kind = self.current_step()
        assert kind is not None

        def shown(key: str) -> bool:
            return self._shown(key, kind)

        opinions: list[Opinion] = []
        if shown("opinions"):
            for row in range(self.opinions.rowCount()):
                sender, content, handling = (self._cell(row, c) for c in range(3))
                if not (sender or content or handling):
                    continue
                if not content:
                    self._errors["opinions"].show_message(
                        translate("ConventionEventDialog", "Each opinion needs its content.")
                    )
                    return None
                opinions.append(Opinion(sender, content, handling))
        return ConventionEvent(
            type=kind,
            on=from_qdate(self.on.date()),
            until=self.until.value() if shown("until") else None,
            meeting_uuid=self.meeting.currentData() if shown("meeting") else None,
            decision_no=nfc(self.decision_no.text()) if shown("decision_no") else "",
            signer=nfc(self.signer.text()) if shown("signer") else "",
            reason=nfc(self.reason.toPlainText()) if shown("reason") else "",
            part=nfc(self.part.text()) if shown("part") else "",
            households_supporting=self.supporting.value()
            if shown("households_supporting")
            else None,
            households_total=self.households_total.value()
            if shown("households_supporting")
            else None,
            opinions=tuple(opinions),
            note=nfc(self.note.text()),
        )

    def save(self) -> None:
        """Record the step; on a refusal show the reason where it belongs and stay open."""
        for label in self._errors.values():
            label.clear_message()
        self.general_error.clear_message()
        if self.current_step() is None:
            return
        step = self.step_event()
        if step is None:
            return
        lang = self._lang()
        try:
            self.saved = self._services.conventions.record_event(
                self._stored.uuid, step, expected_version=self._stored.meta.version
            )
        except TransitionRefused as exc:
            self._show(exc.field, format_error(exc, lang))
            return
        except ValidationError as exc:
            for err in exc.errors:
                self._show(err.field.split(".")[-1], format_field_error(err, lang))
            return
        except DomainError as exc:
            self.general_error.show_message(format_error(exc, lang))
            return
        self.accept()

    def _show(self, field: str, text: str) -> None:
        key = "households_supporting" if field == "households_total" else field
        label = self._errors.get(key)
        if label is None or not self._shown(key, self.current_step()):
            label = self.general_error
        old = "" if label.isHidden() else label.text()
        label.show_message(f"{old}\n{text}" if old else text)
        target = self._targets.get(key)
        if target is not None and label is not self.general_error:
            target.setFocus()

    def error_text(self, field: str = "") -> str:
        """The message under a field ('' when none); below the form when ``field`` is empty."""
        label = self._errors[field] if field else self.general_error
        return "" if label.isHidden() else label.text()
