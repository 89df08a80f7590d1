"""One entry form for any declared kind, built from its ``KindSpec`` (issue 12's shape;
the model: Frappe Books' ``CommonForm``).

A row per typed field — a day with the dd/mm/yyyy date field, a choice worded by the core
catalog, a reference searched among the records of its kind (``RefPicker``), a table with
rows to add and remove — labelled in the window's language, required fields starred, a denouncer's
identity marked confidential. What the rules compute (status, deadlines, warnings) is shown
above, read-only. Save (Enter) stores the record through the kind's service in one
transaction; a refusal shows each message under the field it names and stores nothing;
the warnings of the saved record are kept in :attr:`RecordForm.warnings` for the list to
show. Esc asks before typed text is lost (:class:`GuardedDialog`).

A kind whose form needs more (a reception's repeat visits, a case's deadlines) builds on
this class rather than copying it.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError, FieldError
from desktop.core.field_labels import field_label
from desktop.core.kinds import FieldType, KindSpec, Record
from desktop.core.value_labels import kind_words
from desktop.core.warning_words import word_warning_json, worded_record
from desktop.services.container import Services
from desktop.ui.dialogs.field_errors import FieldErrors, Target
from desktop.ui.dialogs.guarded import GuardedDialog, attempt, clear_when_edited, edited_signal
from desktop.ui.dialogs.record_fields import (
    FieldEditor,
    editable,
    label_text,
    make_editor,
)
from desktop.ui.dialogs.record_table import TableEditor
from desktop.ui.dialogs.ref_picker import RefSource
from desktop.ui.i18n import translate
from desktop.ui.widgets import ErrorLabel, add_row, fit_dialog

PREVIEW_DELAY_MS = 400


def top_key(path: str) -> str:
    """The top-level field of an error path (``visits[1].name`` -> ``visits``)."""
    return path.split(".")[0].split("[")[0]


def warnings_text(kind: str, record: Record, lang: str) -> list[str]:
    """The warnings of a saved record, worded."""
    raw = record.get("warnings")
    items = raw if isinstance(raw, list) else []
    return [word_warning_json(kind, w, lang) for w in items if isinstance(w, Mapping)]


def computed_html(spec: KindSpec, record: Record, lang: str) -> str:
    """What the rules computed for a stored record: its deadlines and its warnings."""
    worded = worded_record(spec.name, record, lang)
    parts: list[str] = []
    deadlines = [d for d in worded.get("deadlines") or [] if isinstance(d, Mapping)]
    if deadlines:
        items = "".join(f"<li>{html.escape(str(d.get('message', '')))}</li>" for d in deadlines)
        parts.append(f"<b>{html.escape(field_label('deadlines', lang))}</b><ul>{items}</ul>")
    warnings = warnings_text(spec.name, record, lang)
    if warnings:
        items = "".join(f"<li>{html.escape(w)}</li>" for w in warnings)
        title = html.escape(field_label("warnings", lang))
        parts.append(f"<b style='color:#b3261e'>⚠ {title}</b><ul>{items}</ul>")
    return "".join(parts)


class KindDialog(GuardedDialog):
    """What the entry form and the step dialog share: the kind, its service, the editors
    with an error label each, and saving through the service — a refusal under the field
    it names and nothing stored, the warnings kept for the list once saved."""

    def __init__(self, services: Services, kind: str, lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.spec = services.kinds.spec(kind)
        self.service = services.kinds.service(kind)
        self.lang = lang
        self.saved: Any = None
        self.warnings: list[str] = []
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.general = ErrorLabel()
        self._field_errors = FieldErrors(
            self.target, self.general, lambda: self.lang, lambda w: w.setFocus()
        )

    def target(self, path: str) -> Target | None:
        """The field a refusal's path names (subclasses map their own paths)."""
        editor = self.editors.get(top_key(path))
        return Target(self.errors[top_key(path)], editor.focus_widget()) if editor else None

    def collect(self) -> dict[str, Any]:
        raise NotImplementedError

    def store(self, obj: Mapping[str, Any]) -> Any:
        """One transaction through the kind's service; the stored record."""
        raise NotImplementedError

    def save(self) -> None:
        self._field_errors.clear()
        obj = self.collect()
        saved = attempt(lambda: self.store(obj), self.lang, self.general, self.show_errors)
        if saved is None:
            return
        self.saved = saved
        self.warnings = warnings_text(self.spec.name, self.service.to_json(saved), self.lang)
        self.accept()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        self._field_errors.show(errors)

    def error_text(self, key: str) -> str:
        """The message shown under ``key`` ('' when none)."""
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""


class RecordForm(KindDialog):
    """Add (``record`` None) or edit a record of ``kind``; ``saved`` holds the result."""

    def __init__(
        self,
        services: Services,
        kind: str,
        lang: str,
        record: Record | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, kind, lang, parent)
        self.services = services
        self.record = record
        self.labels: dict[str, QLabel] = {}
        name = kind_words(self.spec.label, lang)
        title = (
            translate("RecordForm", "New: %1")
            if record is None
            else translate("RecordForm", "Edit: %1")
        )
        self.setWindowTitle(title.replace("%1", name))
        self.computed = QLabel()
        self.computed.setWordWrap(True)
        self.computed.setObjectName("computed")
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.computed)
        self.form = QFormLayout()
        column.addLayout(self.form)
        column.addStretch(1)
        self.build_fields()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("RecordForm", "&Save"))
        self.save_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("RecordForm", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._preview = QTimer(self)
        self._preview.setSingleShot(True)
        self._preview.setInterval(PREVIEW_DELAY_MS)
        self._preview.timeout.connect(self.preview)
        if record is not None:
            self.show_record(record)
        else:
            self.computed.hide()
        self.follow_edits()
        fit_dialog(self, 1100, 640)

    # --- building ----------------------------------------------------------------------
    def build_fields(self) -> None:
        """A row per typed field of the declaration, in its order."""
        refs = RefSource(self.services, self.lang)
        for f in self.spec.fields:
            if not editable(f):
                continue
            editor: FieldEditor
            if f.type is FieldType.TABLE:
                editor = TableEditor(f, self.lang, refs)
            else:
                editor = make_editor(f, self.lang, self.services.ctx.today, refs)
            self.add_editor(editor)
        clear_when_edited({k: e.widget for k, e in self.editors.items()}, self.errors)

    def add_editor(self, editor: FieldEditor) -> None:
        f = editor.spec
        text = label_text(f, self.lang)
        if f.confidential:
            text = translate("RecordForm", "%1 (confidential)").replace("%1", text)
        error = ErrorLabel()
        if isinstance(editor, TableEditor):  # a table takes the form's whole width
            label = QLabel(text)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setBuddy(editor.focus_widget())
            self.form.addRow(label)
            self.form.addRow(editor.widget)
            self.form.addRow(error)
        else:
            label = add_row(self.form, text, editor.widget, error)
            label.setBuddy(editor.focus_widget())
        self.labels[f.key] = label
        self.editors[f.key] = editor
        self.errors[f.key] = error
        signal = edited_signal(editor.focus_widget())
        if signal is not None:
            signal.connect(error.clear_message)

    def show_record(self, record: Record) -> None:
        for key, editor in self.editors.items():
            editor.set_value(record.get(key))
        self.show_computed(record)

    def show_computed(self, record: Record) -> None:
        text = computed_html(self.spec, record, self.lang) + self.extra_html()
        self.computed.setText(text)
        self.computed.setVisible(bool(text))

    def extra_html(self) -> str:
        """What a kind's own form adds under the rules' deadlines (nothing here)."""
        return ""

    # --- the rules' verdicts as the officer types -------------------------------------
    def follow_edits(self) -> None:
        """Any change re-reads the deadlines and warnings after a short pause."""
        for widget in self.findChildren(QWidget):
            signal = edited_signal(widget)
            if signal is not None:
                signal.connect(self._preview.start)
        for editor in self.editors.values():
            if isinstance(editor, TableEditor):
                editor.table.itemChanged.connect(self._preview.start)
                editor.table.model().rowsInserted.connect(self._preview.start)
                editor.table.model().rowsRemoved.connect(self._preview.start)

    def preview(self) -> None:
        """The deadlines and warnings of what is typed, as core computes them (a form
        core cannot read yet keeps what it showed; the refusal comes on Save)."""
        try:
            data = self.service.codec.read(self.collect())
            record = self.service.preview_json(data)
        except DomainError:
            return
        if record is not None:
            self.show_computed(record)

    # --- saving ------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        """The record JSON the fields hold (empty fields left out)."""
        obj: dict[str, Any] = {}
        for key, editor in self.editors.items():
            value = editor.value()
            if value not in (None, "", []):
                obj[key] = value
        return obj

    def store(self, obj: Mapping[str, Any]) -> Any:
        """One transaction: a new record, or the whole record replaced by what the form
        holds (a field emptied is emptied; the version guards against a lost update)."""
        if self.record is None:
            return self.service.add_json(obj)
        version = self.record.get("version")
        return self.service.update(
            str(self.record["uuid"]),
            self.service.codec.read(obj),
            expected_version=version if isinstance(version, int) else None,
        )

    def today(self) -> date:
        return self.services.ctx.today()
