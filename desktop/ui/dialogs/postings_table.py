"""The grid of a disclosure's notice-board postings: one row per place, two dates and
the period each posting has run, worded by the disclosure's category (Law Art. 13(2)).
The editing tools and the error marks are added by :class:`PostingsGrid`
(postings_grid.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.disclosure_catalog import DisclosureCategory
from desktop.core.disclosures import Posting
from desktop.core.posting_verdicts import PostingResult, place_verdicts
from desktop.core.villages import nfc
from desktop.ui.disclosure_labels import ERROR_BACKGROUND, colour, parse_day, posting_note
from desktop.ui.i18n import translate
from desktop.ui.labels import format_day

CTX = "PostingsGrid"
PLACE, LOCATION, POSTED, REMOVED, NOTE = range(5)
DATE_COLUMNS = (POSTED, REMOVED)
FIELD_COLUMNS = {"location": LOCATION, "posted_on": POSTED, "removed_on": REMOVED}
_WIDTHS = (130, 0, 92, 92, 230)  # 0: the spot takes the rest
_VISIBLE_ROWS = (5, 9)  # the grid shows at least / at most this many rows before scrolling


@dataclass(frozen=True)
class Place:
    """A notice board: the commune office (``village_uuid`` None) or a village's point."""

    village_uuid: str | None
    name: str


class PostingsTable(QWidget):
    """The places and their postings' dates, read and written by row.

    Args:
        today: the day the running periods are counted to.
    """

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

    # --- the period column ------------------------------------------------------------
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
