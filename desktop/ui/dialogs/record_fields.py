"""The editors of a declared field (issue 12's ``FieldSpec``), one per field type.

Each editor holds one record-JSON value: :meth:`FieldEditor.value` gives what the record
JSON carries (an ISO day, a code, a list of codes, a whole number...), :meth:`set_value`
shows a stored one. A typed value the editor cannot turn into its type (``12a`` in a
number) is handed on as typed, so that core refuses it under the field with its words —
the rule lives once, in core. Labels and choices are worded by the core catalogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.field_labels import field_label
from desktop.core.kinds import FieldSpec, FieldType
from desktop.core.value_labels import value_label
from desktop.ui.dialogs.date_fields import OptionalDateEdit
from desktop.ui.dialogs.ref_picker import RefPicker, RefSource
from desktop.ui.i18n import translate

T = FieldType


def label_text(f: FieldSpec, lang: str) -> str:
    """A field's label as the form shows it: required ones marked with a star."""
    text = field_label(f.label_code, lang)
    return f"{text} *" if f.required else text


def number_or_text(text: str) -> int | str | None:
    """A typed whole number, the text as typed when it is not one, None when empty."""
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return text


def names_of(text: str) -> list[str]:
    """One name a line (or separated by ';')."""
    parts = text.replace(";", "\n").splitlines()
    return [p.strip() for p in parts if p.strip()]


class FieldEditor:
    """One field's widget and its record-JSON value."""

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        self.spec = spec
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget


class LineEditor(FieldEditor):
    """TEXT, CODE and INT: one line (a number is checked by core, not here)."""

    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QLineEdit()
        super().__init__(spec, self.edit)

    def value(self) -> Any:
        text = self.edit.text().strip()
        if self.spec.type is T.INT:
            return number_or_text(text)
        return text or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class LongTextEditor(FieldEditor):
    """LONG_TEXT, and NAMES (one name a line)."""

    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(56)
        super().__init__(spec, self.edit)
        if spec.type is T.NAMES:
            self.edit.setPlaceholderText(translate("RecordForm", "One name a line"))

    def value(self) -> Any:
        text = self.edit.toPlainText().strip()
        if self.spec.type is T.NAMES:
            return names_of(text)
        return text or None

    def set_value(self, value: Any) -> None:
        if isinstance(value, list):
            value = "\n".join(str(v) for v in value)
        self.edit.setPlainText("" if value is None else str(value))


class DateEditor(FieldEditor):
    """A day that may be missing; a required one is ticked with today's date."""

    def __init__(self, spec: FieldSpec, today: Callable[[], date]) -> None:
        self.edit = OptionalDateEdit(today)
        super().__init__(spec, self.edit)
        if spec.required:
            self.edit.set_value(today())

    def value(self) -> Any:
        day = self.edit.value()
        return day.isoformat() if day else None

    def set_value(self, value: Any) -> None:
        day = date.fromisoformat(value) if isinstance(value, str) and value else None
        self.edit.set_value(day)

    def focus_widget(self) -> QWidget:
        return self.edit.check


class BoolEditor(FieldEditor):
    """A yes/no; a value never given (a letter's eligibility not judged yet) stays
    unknown until the box is touched."""

    def __init__(self, spec: FieldSpec, lang: str) -> None:
        self.check = QCheckBox(translate("RecordForm", "Yes"))
        super().__init__(spec, self.check)
        self._unknown = True
        self.check.toggled.connect(self._known)

    def _known(self) -> None:
        self._unknown = False

    def value(self) -> Any:
        if self._unknown and not self.check.isChecked():
            return None
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(bool(value))
        self.check.blockSignals(False)
        self._unknown = value is None


class ChoiceEditor(FieldEditor):
    """One code of the declared choices; the first entry is empty — a required one is
    chosen on purpose, never left at the first choice."""

    def __init__(self, spec: FieldSpec, options: Sequence[tuple[str, str]]) -> None:
        self.combo = QComboBox()
        self.combo.addItem("—", "")
        for code, words in options:
            self.combo.addItem(words, code)
        super().__init__(spec, self.combo)

    def value(self) -> Any:
        code = self.combo.currentData()
        return code or None

    def set_value(self, value: Any) -> None:
        index = self.combo.findData("" if value is None else str(value))
        if index < 0 and value:  # a code no longer offered: still shown as it is
            self.combo.addItem(str(value), str(value))
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class RefEditor(FieldEditor):
    """A record of ``ref_kind`` (REF), searched by its title rather than listed whole."""

    def __init__(self, spec: FieldSpec, refs: RefSource) -> None:
        self.picker = RefPicker(refs, spec.ref_kind, spec.required)
        super().__init__(spec, self.picker)

    def value(self) -> Any:
        return self.picker.value()

    def set_value(self, value: Any) -> None:
        self.picker.set_value(value)

    def focus_widget(self) -> QWidget:
        return self.picker.edit


class ManyChoiceEditor(FieldEditor):
    """Several codes of the declared choices, ticked in a short list."""

    def __init__(self, spec: FieldSpec, options: Sequence[tuple[str, str]]) -> None:
        self.list = QListWidget()
        for code, words in options:
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setFixedHeight(min(22 * max(len(options), 1) + 6, 96))
        super().__init__(spec, self.list)

    def value(self) -> Any:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        chosen = {str(v) for v in value} if isinstance(value, list) else set()
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = str(item.data(Qt.ItemDataRole.UserRole)) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def choice_options(f: FieldSpec, lang: str) -> list[tuple[str, str]]:
    """The declared choices of ``f`` worded in ``lang``."""
    return [(c, value_label(f.vocabulary_code, c, lang)) for c in f.choices]


def editable(f: FieldSpec) -> bool:
    """Whether the form offers ``f`` for typing (computed fields are shown, not typed)."""
    return not f.is_computed and f.type is not T.OBJECT


def make_editor(f: FieldSpec, lang: str, today: Callable[[], date], refs: RefSource) -> FieldEditor:
    """The editor of a top-level field (a TABLE has its own: ``record_table``)."""
    if f.type is T.DATE:
        return DateEditor(f, today)
    if f.type is T.BOOL:
        return BoolEditor(f, lang)
    if f.type is T.CHOICE and f.many:
        return ManyChoiceEditor(f, choice_options(f, lang))
    if f.type is T.CHOICE:
        return ChoiceEditor(f, choice_options(f, lang))
    if f.type is T.REF:
        return RefEditor(f, refs)
    if f.type in (T.LONG_TEXT, T.NAMES):
        return LongTextEditor(f)
    return LineEditor(f)
