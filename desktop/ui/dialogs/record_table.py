"""The editor of a declared TABLE field: a row per entry, a column per declared column,
rows added and removed with buttons (the visits of a reception, a dialogue's commitments,
a board's members, a case's steps).

Cells are typed as a person writes them: a day ``03/03/2026``, a number, names separated
by ``;``; a choice is picked from a list, a reference searched by its title
(``RefPicker``). What cannot be read as its type goes on as typed and core refuses it
under the table, naming the row and the column.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.field_labels import field_label
from desktop.core.kinds import FieldSpec, FieldType
from desktop.ui.dialogs.record_fields import (
    FieldEditor,
    choice_options,
    editable,
    names_of,
    number_or_text,
)
from desktop.ui.dialogs.ref_picker import RefPicker, RefSource
from desktop.ui.i18n import translate
from desktop.ui.labels import DATE_FORMAT

T = FieldType
_PY_DATE = "%d/%m/%Y"
_WIDTHS = {T.DATE: 96, T.INT: 64, T.BOOL: 56, T.CODE: 90, T.CHOICE: 150, T.REF: 160}


def day_cell(value: Any) -> str:
    """An ISO day as the cell shows it (dd/mm/yyyy); anything else as it is."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value).strftime(_PY_DATE)
        except ValueError:
            return value
    return "" if value is None else str(value)


def cell_day(text: str) -> str | None:
    """A typed day (dd/mm/yyyy, or ISO) as ISO; the text as typed when it is not a day."""
    text = text.strip()
    if not text:
        return None
    for fmt in (_PY_DATE, "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text


class TableEditor(FieldEditor):
    """A TABLE field: its rows as a list of objects of the declared columns."""

    def __init__(self, spec: FieldSpec, lang: str, refs: RefSource) -> None:
        self._lang = lang
        self._refs = refs
        # Values a text column offers while still taking any typed one (a case id).
        self.suggestions: dict[str, list[str]] = {}
        self.columns = [c for c in spec.columns if editable(c)]
        box = QWidget()
        super().__init__(spec, box)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setHorizontalHeaderLabels(
            [field_label(c.label_code, lang) + (" *" if c.required else "") for c in self.columns]
        )
        for i, c in enumerate(self.columns):
            self.table.setColumnWidth(i, _WIDTHS.get(c.type, 180))
        self.table.setMinimumHeight(170)
        self.add_button = QPushButton(translate("RecordForm", "Add row"))
        self.remove_button = QPushButton(translate("RecordForm", "Remove row"))
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def focus_widget(self) -> QWidget:
        return self.table

    def add_row(self, row: Mapping[str, Any]) -> int:
        """A row holding ``row``'s values; returns its index (from 0)."""
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, col in enumerate(self.columns):
            value = row.get(col.key)
            if col.type is T.REF:
                picker = RefPicker(self._refs, col.ref_kind, col.required)
                picker.set_value(value)
                self.table.setCellWidget(r, c, picker)
                continue
            if col.type is T.CHOICE:
                combo = QComboBox()
                combo.addItem("—", "")
                for code, words in choice_options(col, self._lang):
                    combo.addItem(words, code)
                index = combo.findData("" if value is None else str(value))
                if index < 0 and value:
                    combo.addItem(str(value), str(value))
                    index = combo.count() - 1
                combo.setCurrentIndex(max(index, 0))
                self.table.setCellWidget(r, c, combo)
                continue
            if col.key in self.suggestions:
                offer = QComboBox()
                offer.setEditable(True)
                offer.addItems(["", *self.suggestions[col.key]])
                offer.setEditText("" if value is None else str(value))
                self.table.setCellWidget(r, c, offer)
                continue
            item = QTableWidgetItem()
            if col.type is T.BOOL:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = bool(value)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            elif col.type is T.DATE:
                item.setText(day_cell(value))
                item.setToolTip(DATE_FORMAT.lower())
            elif isinstance(value, list):
                item.setText("; ".join(str(v) for v in value))
            else:
                item.setText("" if value is None else str(value))
            self.table.setItem(r, c, item)
        self.table.setCurrentCell(r, 0)
        return r

    def set_cell(self, r: int, key: str, value: Any) -> None:
        """One cell set as a person would (a code picked, a text typed, a box ticked)."""
        c = [col.key for col in self.columns].index(key)
        widget = self.table.cellWidget(r, c)
        if isinstance(widget, RefPicker):
            widget.set_value(value)
            return
        if isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.setEditText(str(value))
            else:
                widget.setCurrentIndex(max(widget.findData(str(value)), 0))
            return
        item = self.table.item(r, c)
        assert item is not None
        if self.columns[c].type is T.BOOL:
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        else:
            item.setText(str(value))

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def cell(self, r: int, c: int) -> Any:
        """The record-JSON value of one cell."""
        col = self.columns[c]
        widget = self.table.cellWidget(r, c)
        if isinstance(widget, RefPicker):
            return widget.value()
        if isinstance(widget, QComboBox) and widget.isEditable():
            return widget.currentText().strip() or None
        if isinstance(widget, QComboBox):
            return widget.currentData() or None
        item = self.table.item(r, c)
        if item is None:
            return None
        if col.type is T.BOOL:
            return item.checkState() == Qt.CheckState.Checked
        text = item.text()
        if col.type is T.DATE:
            return cell_day(text)
        if col.type is T.INT:
            return number_or_text(text)
        if col.type is T.NAMES:
            return names_of(text)
        return text.strip() or None

    def value(self) -> Any:
        rows: list[dict[str, Any]] = []
        for r in range(self.table.rowCount()):
            row = {col.key: self.cell(r, c) for c, col in enumerate(self.columns)}
            row = {k: v for k, v in row.items() if v not in (None, "", [], False)}
            if row:
                rows.append(row)
        return rows

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for row in value if isinstance(value, list) else []:
            if isinstance(row, Mapping):
                self.add_row(row)
