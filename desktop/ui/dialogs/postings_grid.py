"""The notice-board postings of a disclosure as a grid: one row per place, two dates.

The commune office comes first, then every active village (Law Art. 13(2)).
Dates are typed the Vietnamese way (``05/11/2026``, ``5/11``); Ctrl+; puts
today's date in the selected cells, as in a spreadsheet, and Delete clears them.
A row with neither a date nor a spot is no posting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.disclosure_catalog import DisclosureCategory
from desktop.core.disclosures import Posting
from desktop.core.posting_verdicts import PostingResult, place_verdicts
from desktop.core.villages import nfc
from desktop.ui.disclosure_labels import ERROR_BACKGROUND, colour, parse_day, posting_note
from desktop.ui.i18n import translate
from desktop.ui.labels import format_day
from desktop.ui.widgets import ErrorLabel

CTX = "PostingsGrid"
PLACE, LOCATION, POSTED, REMOVED, NOTE = range(5)
DATE_COLUMNS = (POSTED, REMOVED)
_FIELD_COLUMNS = {"location": LOCATION, "posted_on": POSTED, "removed_on": REMOVED}
_WIDTHS = (130, 0, 92, 92, 230)  # 0: the spot takes the rest
_VISIBLE_ROWS = (5, 9)  # the grid shows at least / at most this many rows before scrolling


@dataclass(frozen=True)
class Place:
    """A notice board: the commune office (``village_uuid`` None) or a village's point."""

    village_uuid: str | None
    name: str


class PostingsGrid(QWidget):
    """Edits the postings; ``changed`` after every edit.

    Args:
        today: the day "Today" puts in and the running periods are counted to.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._places: list[Place] = []
        self._category: DisclosureCategory | None = None
        self._updating = False
        self._bad: set[tuple[int, int]] = set()  # cells whose text is not a date
        self._marked: list[tuple[int, int]] = []
        self.posting_rows: list[int] = []  # the row of postings[i] in the last postings()

        self.table = QTableWidget(0, len(_WIDTHS))
        self.table.setObjectName("postings")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        line = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(line)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate(_WIDTHS):
            if width:
                header.resizeSection(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

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
        self.table.setHorizontalHeaderLabels(
            [
                translate("PostingsGrid", "Place"),
                translate("PostingsGrid", "Spot (optional)"),
                translate("PostingsGrid", "Posted on"),
                translate("PostingsGrid", "Removed on"),
                translate("PostingsGrid", "Period"),
            ]
        )

    # --- filling ------------------------------------------------------------------------
    def set_places(self, places: Sequence[Place]) -> None:
        """One empty row per place, in order (the office first)."""
        self._updating = True
        self.table.setRowCount(0)
        self._places = []
        self._bad.clear()
        self._marked.clear()
        for place in places:
            self._insert_row(self.table.rowCount(), place)
        self._updating = False
        self._fit_height()
        self._update_notes()

    def set_category(self, category: DisclosureCategory | None) -> None:
        """The rules the "Period" column is worded by."""
        self._category = category
        self._update_notes()

    def load(self, postings: Sequence[Posting], names: Mapping[str, str]) -> None:
        """Put stored postings in the rows of their places (extra rows for a second notice
        at one place, or for a village no longer active)."""
        self._updating = True
        for p in postings:
            row = self._row_for(p.village_uuid, names)
            self._set_text(row, LOCATION, p.location)
            self._set_text(row, POSTED, format_day(p.posted_on))
            self._set_text(row, REMOVED, format_day(p.removed_on))
        self._updating = False
        self._fit_height()
        self._update_notes()

    def _row_for(self, village_uuid: str | None, names: Mapping[str, str]) -> int:
        rows = [r for r, place in enumerate(self._places) if place.village_uuid == village_uuid]
        for row in rows:
            if self._row_empty(row):
                return row
        if rows:
            row = rows[-1] + 1
            self._insert_row(row, self._places[rows[-1]])
            return row
        name = (
            names.get(village_uuid, village_uuid)
            if village_uuid
            else translate("PostingsGrid", "Commune office")
        )
        row = self.table.rowCount()
        self._insert_row(row, Place(village_uuid, name))
        return row

    def _insert_row(self, row: int, place: Place) -> None:
        self.table.insertRow(row)
        self._places.insert(row, place)
        self._bad = {(r + 1 if r >= row else r, c) for r, c in self._bad}
        name = QTableWidgetItem(place.name)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if place.village_uuid is None:
            font = name.font()
            font.setBold(True)
            name.setFont(font)
        self.table.setItem(row, PLACE, name)
        for column in (LOCATION, POSTED, REMOVED):
            self.table.setItem(row, column, QTableWidgetItem(""))
        note = QTableWidgetItem("")
        note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, NOTE, note)

    def _fit_height(self) -> None:
        low, high = _VISIBLE_ROWS
        rows = min(max(self.table.rowCount(), low), high)
        header = self.table.horizontalHeader().sizeHint().height()
        height = header + rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())

    # --- reading ------------------------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _set_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is not None:
            item.setText(text)

    def _row_empty(self, row: int) -> bool:
        return not any(self._text(row, c).strip() for c in (LOCATION, POSTED, REMOVED))

    def day(self, row: int, column: int) -> date | None:
        """The date in a cell; None when empty or not a date."""
        try:
            return parse_day(self._text(row, column), self._today)
        except ValueError:
            return None

    def place(self, row: int) -> Place:
        return self._places[row]

    def postings(self) -> list[Posting]:
        """The rows holding a date or a spot, as postings; ``posting_rows`` follows them."""
        out: list[Posting] = []
        self.posting_rows = []
        for row, place in enumerate(self._places):
            if self._row_empty(row):
                continue
            location = nfc(self._text(row, LOCATION))
            out.append(
                Posting(location, place.village_uuid, self.day(row, POSTED), self.day(row, REMOVED))
            )
            self.posting_rows.append(row)
        return out

    def bad_cells(self) -> list[tuple[int, int]]:
        """Cells whose text is not a date, top to bottom."""
        return sorted(self._bad)

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

    def _paint(self, item: QTableWidgetItem, message: str | None) -> None:
        item.setData(
            Qt.ItemDataRole.BackgroundRole,
            colour(ERROR_BACKGROUND) if message is not None else None,
        )
        item.setToolTip(message or "")

    def _update_notes(self) -> None:
        self._updating = True
        for row in range(self.table.rowCount()):
            self._update_note(row)
        self._updating = False

    def _update_note(self, row: int) -> None:
        item = self.table.item(row, NOTE)
        if item is None:
            return
        text, pair = self._note(row)
        was = self._updating
        self._updating = True
        item.setText(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.ForegroundRole, colour(pair) if pair else None)
        self._updating = was

    def _note(self, row: int) -> tuple[str, tuple[str, str] | None]:
        place = self._places[row].village_uuid
        posted, removed = self.day(row, POSTED), self.day(row, REMOVED)
        # Core judges the place as a whole (back-to-back notices are one stretch).
        same = [
            Posting(
                village_uuid=place, posted_on=self.day(r, POSTED), removed_on=self.day(r, REMOVED)
            )
            for r in range(self.table.rowCount())
            if r < len(self._places) and self._places[r].village_uuid == place
        ]
        verdicts = place_verdicts(same, self._category, self._today)
        met = bool(verdicts) and verdicts[0].result is PostingResult.MET
        return posting_note(self._category, place is None, posted, removed, self._today, met)

    # --- errors -------------------------------------------------------------------------
    def mark(self, index: int, field: str, message: str) -> bool:
        """Show the error of ``postings[index].field`` on its cell; False if no such row."""
        if not 0 <= index < len(self.posting_rows):
            return False
        row = self.posting_rows[index]
        column = _FIELD_COLUMNS.get(field, PLACE)
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
