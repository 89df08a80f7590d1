"""The notice-board postings of a disclosure as a grid: one row per place, two dates.

The commune office comes first, then every active village (Law Art. 13(2)).
Dates are typed the Vietnamese way (``05/11/2026``, ``5/11``); Ctrl+; puts
today's date in the selected cells, as in a spreadsheet, and Delete clears them.
A row with neither a date nor a spot is no posting.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.ui.dialogs.postings_table import (
    DATE_COLUMNS,
    FIELD_COLUMNS,
    LOCATION,
    PLACE,
    POSTED,
    REMOVED,
    PostingsTable,
)
from desktop.ui.disclosure_labels import parse_day
from desktop.ui.i18n import translate
from desktop.ui.labels import format_day
from desktop.ui.widgets import ErrorLabel


class PostingsGrid(PostingsTable):
    """Edits the postings; ``changed`` after every edit.

    Args:
        today: the day "Today" puts in and the running periods are counted to.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        self.today_button = _button(
            translate("PostingsGrid", "Toda&y"),
            translate(
                "PostingsGrid",
                "Put today's date in the selected cells (Ctrl+;); on a place, its posting day",
            ),
        )
        self.fill_button = _button(
            translate("PostingsGrid", "Same date for the empty &rows"),
            translate(
                "PostingsGrid",
                "Copy the date of the current cell to every place where it is still empty",
            ),
        )
        self.clear_button = _button(
            translate("PostingsGrid", "Clear"),
            translate("PostingsGrid", "Clear the selected cells (Delete)"),
        )
        self.another_button = _button(
            translate("PostingsGrid", "Another posting &here"),
            translate(
                "PostingsGrid", "Add a row for the same place: a notice posted again or replaced"
            ),
        )
        self.error = ErrorLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.today_button, self.fill_button, self.clear_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.another_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        layout.addWidget(self.error)

        self.today_action = QAction(self.table)
        self.today_action.setShortcut(QKeySequence("Ctrl+;"))
        self.clear_action = QAction(self.table)
        self.clear_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.today_action, self.clear_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.today_action.triggered.connect(self.set_today)
        self.clear_action.triggered.connect(self.clear_selected)
        self.today_button.clicked.connect(self.set_today)
        self.fill_button.clicked.connect(self.fill_empty)
        self.clear_button.clicked.connect(self.clear_selected)
        self.another_button.clicked.connect(self.add_another)
        self.table.itemChanged.connect(self._item_changed)

    # --- quick actions ------------------------------------------------------------------
    def _target_cells(self) -> list[tuple[int, int]]:
        """The selected date cells; a selected place or spot stands for its posting day."""
        cells: set[tuple[int, int]] = set()
        indexes = self.table.selectedIndexes() or [self.table.currentIndex()]
        for index in indexes:
            if not index.isValid():
                continue
            column = index.column() if index.column() in DATE_COLUMNS else POSTED
            cells.add((index.row(), column))
        return sorted(cells)

    def set_today(self) -> None:
        for row, column in self._target_cells():
            self._set_text(row, column, format_day(self._today))

    def clear_selected(self) -> None:
        for index in self.table.selectedIndexes():
            if index.column() in (LOCATION, POSTED, REMOVED):
                self._set_text(index.row(), index.column(), "")

    def fill_empty(self) -> None:
        """The date of the current cell (or the first posting day) into every empty row."""
        current = self.table.currentIndex()
        column = current.column() if current.column() in DATE_COLUMNS else POSTED
        day = self.day(current.row(), column) if current.isValid() else None
        if day is None:
            day = next(
                (d for r in range(self.table.rowCount()) if (d := self.day(r, column))), None
            )
        if day is None:
            return
        for row in range(self.table.rowCount()):
            if not self._text(row, column).strip():
                self._set_text(row, column, format_day(day))

    def add_another(self) -> None:
        current = self.table.currentRow()
        if not 0 <= current < len(self._places):
            return
        place = self._places[current]
        last = max(r for r, p in enumerate(self._places) if p == place)
        self._updating = True
        self._insert_row(last + 1, place)
        self._updating = False
        self._fit_height()
        self.table.setCurrentCell(last + 1, POSTED)
        self._update_notes()

    # --- reacting -----------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        row, column = item.row(), item.column()
        if column in DATE_COLUMNS:
            self._updating = True
            try:
                day = parse_day(item.text(), self._today)
            except ValueError:
                self._bad.add((row, column))
                self._paint(
                    item,
                    translate(
                        "PostingsGrid", "Not a date: write it as dd/mm/yyyy, e.g. 05/11/2026"
                    ),
                )
            else:
                self._bad.discard((row, column))
                item.setText(format_day(day))
                if (row, column) not in self._marked:
                    self._paint(item, None)
            self._updating = False
        self._update_notes()  # a neighbour at the same place may change its verdict
        self.changed.emit()

    # --- errors -------------------------------------------------------------------------
    def mark(self, index: int, field: str, message: str) -> bool:
        """Show the error of ``postings[index].field`` on its cell; False if no such row."""
        if not 0 <= index < len(self.posting_rows):
            return False
        row = self.posting_rows[index]
        column = FIELD_COLUMNS.get(field, PLACE)
        item = self.table.item(row, column)
        if item is None:
            return False
        self._updating = True
        self._paint(item, message)
        self._updating = False
        self._marked.append((row, column))
        self._add_error(f"{self._places[row].name}: {message}")
        return True

    def _add_error(self, line: str) -> None:
        shown = self.error.text() if not self.error.isHidden() else ""
        self.error.show_message(f"{shown}\n{line}" if shown else line)

    def mark_bad_dates(self) -> bool:
        """Point at the cells that do not hold a date; False when there are none."""
        for row, column in self.bad_cells():
            place = self._places[row].name
            what = (
                translate("PostingsGrid", "Posted on")
                if column == POSTED
                else translate("PostingsGrid", "Removed on")
            )
            why = translate("PostingsGrid", "not a date; write it as dd/mm/yyyy")
            self._add_error(f"{place} — {what}: {why}")
        return bool(self._bad)

    def clear_marks(self) -> None:
        self._updating = True
        for row, column in self._marked:
            item = self.table.item(row, column)
            if item is not None and (row, column) not in self._bad:
                self._paint(item, None)
        self._updating = False
        self._marked = []
        self.error.clear_message()

    def is_marked(self, row: int, column: int) -> bool:
        """The cell is highlighted as wrong (tests, and the first cell to focus)."""
        return (row, column) in self._marked or (row, column) in self._bad

    def focus_first_mark(self) -> None:
        cells = sorted(set(self._marked) | self._bad)
        if cells:
            # current without selecting it: the cell's red stays visible
            self.table.clearSelection()
            row, column = cells[0]
            self.table.setCurrentCell(row, column, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.setFocus()


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAutoDefault(False)  # Enter in a cell must not press it
    return button
