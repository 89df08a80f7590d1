"""One life-cycle step of a record (``sodanchu event KIND`` in the window), built from the
declaration.

The steps and their fields come from the kind: a kind that keeps its steps as a table
(``events``: a case accepted, extended, decided...) offers that table's columns; a kind whose
steps set a day (``KindSpec.extra["events"]``: a consultation opened, closed...) offers the
steps worded by the label of the day each sets, and a step of one row
(``extra["row_events"]``: a recommendation answered) asks which row, and the row's fields the
declaration lists (``extra["row_event_fields"]``). The service checks the whole record again
in one transaction; a refusal is shown under the field it names and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from desktop.core.field_labels import field_label
from desktop.core.kinds import FieldSpec, FieldType, KindSpec, Record
from desktop.core.value_labels import kind_words
from desktop.services.container import Services
from desktop.ui.dialogs.field_errors import Target
from desktop.ui.dialogs.record_fields import (
    ChoiceEditor,
    FieldEditor,
    editable,
    label_text,
    make_editor,
)
from desktop.ui.dialogs.record_form import KindDialog
from desktop.ui.dialogs.ref_picker import RefSource
from desktop.ui.i18n import translate
from desktop.ui.widgets import ErrorLabel, add_row

T = FieldType
DAY = FieldSpec("on", T.DATE, required=True)


def step_choices(spec: KindSpec, lang: str) -> list[tuple[str, str]]:
    """The steps of a kind that sets a day per step, each worded by that day's label."""
    out: list[tuple[str, str]] = []
    events: Mapping[str, str] = spec.extra.get("events", {})
    for code, day in events.items():
        out.append((code, field_label(day, lang)))
    rows: Mapping[str, tuple[str, str]] = spec.extra.get("row_events", {})
    for code, (table, day) in rows.items():
        out.append((code, f"{field_label(table, lang)} — {field_label(day, lang)}"))
    return out


def row_words(spec: KindSpec, record: Record, table: str) -> list[tuple[str, str]]:
    """The rows of ``table`` as (number from 1, its first text) for a row step."""
    f = spec.field(table)
    first = next((c.key for c in f.columns if c.type in (T.TEXT, T.LONG_TEXT)), "") if f else ""
    rows = [r for r in record.get(table) or [] if isinstance(r, Mapping)]
    return [(str(i), f"{i}. {str(r.get(first) or '')[:60]}") for i, r in enumerate(rows, 1)]


class EventDialog(KindDialog):
    """A step of ``record``'s life cycle; ``saved`` holds the record after it."""

    def __init__(
        self,
        services: Services,
        kind: str,
        lang: str,
        record: Record,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, kind, lang, parent)
        self.record = record
        title = translate("EventDialog", "Next step: %1 %2")
        self.setWindowTitle(
            title.replace("%1", kind_words(self.spec.label, lang)).replace(
                "%2", str(record.get(self.spec.title_field) or "")
            )
        )
        self.form = QFormLayout()
        table = self.spec.field("events")
        self.row_steps: Mapping[str, tuple[str, str]] = self.spec.extra.get("row_events", {})
        refs = RefSource(services, lang)
        if table is not None and table.type is T.TABLE:  # the steps kept as rows
            for col in table.columns:
                if editable(col):
                    self.add(make_editor(col, lang, services.ctx.today, refs))
        else:
            step = ChoiceEditor(
                FieldSpec("type", T.CHOICE, required=True, label="event_type"),
                step_choices(self.spec, lang),
            )
            self.add(step)
            self.add(make_editor(DAY, lang, services.ctx.today, refs))
            if self.row_steps:
                self.add_row_fields(record, refs, services)
            step.combo.currentIndexChanged.connect(self._offer_row)
            self._offer_row()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("EventDialog", "&Record the step"))
        save.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("RecordForm", "Cancel")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def add_row_fields(self, record: Record, refs: RefSource, services: Services) -> None:
        """Which row a row step is about, and what else the declaration lets it set."""
        table_key = next(iter(self.row_steps.values()))[0]
        self.add(ChoiceEditor(FieldSpec("row", T.CHOICE), row_words(self.spec, record, table_key)))
        fields: Mapping[str, Sequence[str]] = self.spec.extra.get("row_event_fields", {})
        own = self.spec.field(table_key)
        columns = {c.key: c for c in own.columns} if own is not None else {}
        for key in sorted({k for keys in fields.values() for k in keys}):
            if key in columns:
                self.add(make_editor(columns[key], self.lang, services.ctx.today, refs))

    def add(self, editor: FieldEditor) -> None:
        error = ErrorLabel()
        add_row(self.form, label_text(editor.spec, self.lang), editor.widget, error).setBuddy(
            editor.focus_widget()
        )
        self.editors[editor.spec.key] = editor
        self.errors[editor.spec.key] = error

    def _offer_row(self) -> None:
        """The row and its fields are asked only for a step of one row."""
        step = str(self.editors["type"].value() or "")
        on_row = step in self.row_steps
        for key, editor in self.editors.items():
            if key in ("type", "on"):
                continue
            editor.widget.setEnabled(on_row)

    def target(self, path: str) -> Target | None:
        """A refusal's field: a step's own field (``events[3].on`` -> ``on``), the day the
        step sets (``closes_on`` -> ``on``), or a field of the dialog."""
        if path.startswith("events["):
            path = path.split(".", 1)[-1]
        key = path.split(".")[0].split("[")[0]
        if key not in self.editors and key == self.step_day():
            key = "on"
        editor = self.editors.get(key)
        return Target(self.errors[key], editor.focus_widget()) if editor else None

    def step_day(self) -> str:
        """The record field the chosen step sets (a kind whose steps set a day)."""
        step = self.editors.get("type")
        code = str(step.value() or "") if step is not None else ""
        events: Mapping[str, str] = self.spec.extra.get("events", {})
        if code in events:
            return events[code]
        return self.row_steps[code][0] if code in self.row_steps else ""

    def collect(self) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if not editor.widget.isEnabled():
                continue
            value = editor.value()
            if value in (None, "", [], False):
                continue
            obj[key] = int(value) if key == "row" and str(value).isdigit() else value
        version = self.record.get("version")
        if isinstance(version, int):
            obj["version"] = version
        return obj

    def store(self, obj: Mapping[str, Any]) -> Any:
        """The step, in one transaction (the service refuses what the rules refuse)."""
        return self.service.event_json(str(self.record["uuid"]), obj)

    def field(self, key: str) -> QComboBox | Any:
        return self.editors[key].widget
