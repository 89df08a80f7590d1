"""What is on the notice boards today: the places down, the disclosures up across.

Each cell says until when the notice must stay at that place (Law Art. 13(2)),
that it may come down, that it is permanent, or that it is missing where the
Law wants it. Double-clicking a cell opens that disclosure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.disclosure_catalog import DisclosureCategory, get_category
from desktop.core.disclosure_json import StoredDisclosure
from desktop.core.disclosures import Posting
from desktop.core.periods import period_end
from desktop.core.queries import VillageQuery
from desktop.services.container import Services
from desktop.ui.disclosure_labels import AMBER, GREEN, RED, colour
from desktop.ui.i18n import translate
from desktop.ui.labels import format_day
from desktop.ui.widgets import wrap_lines

CTX = "DisclosureBoards"
SOON_DAYS = 7
COLUMN_WIDTH = 175
TITLE_LINES = 3  # under the item's number
_UUID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Cell:
    text: str
    tone: tuple[str, str] | None = None
    tooltip: str = ""


def _required(cat: DisclosureCategory, village_uuid: str | None) -> bool:
    return cat.every_village or (cat.permanent and village_uuid is None)


def _describe(p: Posting) -> str:
    parts = [p.location] if p.location else []
    parts.append(translate("DisclosureBoards", "posted %1").replace("%1", format_day(p.posted_on)))
    if p.removed_on is not None:
        parts.append(
            translate("DisclosureBoards", "removed %1").replace("%1", format_day(p.removed_on))
        )
    return ", ".join(parts)


def board_cell(stored: StoredDisclosure, village_uuid: str | None, today: date) -> Cell:
    """What the board of one place (None: the commune office) shows of one disclosure."""
    cat = get_category(stored.data.category)
    here = [
        p
        for p in stored.data.postings
        if p.village_uuid == village_uuid and p.posted_on is not None and p.posted_on <= today
    ]
    up = [p for p in here if p.removed_on is None or p.removed_on >= today]
    tooltip = "\n".join(_describe(p) for p in here)
    if cat is None:
        return Cell("", None, tooltip)
    if up:
        first = min(d for p in up if (d := p.posted_on) is not None)
        if cat.permanent:
            return Cell(translate("DisclosureBoards", "Permanent"), GREEN, tooltip)
        need = cat.min_posting_days
        if need is None:
            return Cell(
                translate("DisclosureBoards", "Since %1").replace("%1", format_day(first)),
                None,
                tooltip,
            )
        until = period_end(first, need)
        if today <= until:
            tone = AMBER if (until - today).days < SOON_DAYS else None
            return Cell(
                translate("DisclosureBoards", "Until %1").replace("%1", format_day(until)),
                tone,
                tooltip,
            )
        return Cell(
            translate("DisclosureBoards", "%1 days done").replace("%1", str(need)), GREEN, tooltip
        )
    if here:
        last = max(d for p in here if (d := p.removed_on) is not None)
        tone = RED if _required(cat, village_uuid) else None
        return Cell(
            translate("DisclosureBoards", "Removed %1").replace("%1", format_day(last)),
            tone,
            tooltip,
        )
    if _required(cat, village_uuid):
        return Cell(translate("DisclosureBoards", "Not posted"), RED)
    return Cell("—")


class BoardsPanel(QWidget):
    """The grid of places × disclosures on the boards; ``open_requested`` with a uuid."""

    open_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("boards")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        self.table.horizontalHeader().setHighlightSections(False)
        line = self.table.horizontalHeader().fontMetrics().lineSpacing()
        self.table.horizontalHeader().setMinimumHeight(line * (TITLE_LINES + 1) + 10)
        self.table.verticalHeader().setHighlightSections(False)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self.table.cellActivated.connect(self._activated)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._column_activated)
        self.uuids: list[str] = []

    def refresh(self) -> None:
        """Read what is on the boards today again."""
        today = self._services.ctx.today()
        disclosures = self._services.disclosures
        query = disclosures.query(view="on_boards", order_by="posting_until", descending=False)
        shown = disclosures.fetch(disclosures.ids(query))
        self.uuids = [s.uuid for s in shown]
        villages = self._services.villages.list(VillageQuery(include_retired=False))
        places: list[tuple[str | None, str]] = [
            (None, translate("DisclosureBoards", "Commune office"))
        ]
        places.extend((v.uuid, v.data.name) for v in villages)

        self.table.clear()
        self.table.setRowCount(len(places))
        self.table.setColumnCount(len(shown))
        self.table.setVerticalHeaderLabels([name for _, name in places])
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, stored in enumerate(shown):
            # Wrapped on three lines, not cut after 20 letters (1366×768).
            title = wrap_lines(stored.data.title, metrics, COLUMN_WIDTH - 16, TITLE_LINES)
            head = QTableWidgetItem(
                translate("DisclosureBoards", "Item %1").replace("%1", str(stored.data.category))
                + "\n"
                + title
            )
            head.setToolTip(stored.data.title)
            self.table.setHorizontalHeaderItem(column, head)
            for row, (village_uuid, _) in enumerate(places):
                item = self._item(board_cell(stored, village_uuid, today))
                item.setData(_UUID_ROLE, stored.uuid)
                self.table.setItem(row, column, item)
        self._word(today, len(shown), len(places))

    @staticmethod
    def _item(cell: Cell) -> QTableWidgetItem:
        item = QTableWidgetItem(cell.text)
        item.setToolTip(cell.tooltip)
        if cell.tone is not None:
            item.setForeground(colour(cell.tone))
        return item

    def _word(self, today: date, shown: int, places: int) -> None:
        if shown == 0:
            self.stack.setCurrentWidget(self.empty)
            self.summary.setText("")
            self.empty.setText(
                translate(
                    "DisclosureBoards", "Nothing is on the notice boards today (%1)."
                ).replace("%1", format_day(today))
            )
            return
        self.stack.setCurrentWidget(self.table)
        self.summary.setText(
            translate(
                "DisclosureBoards",
                "On the boards today, %1: %2 disclosures at %3 places. "
                "Double-click a cell to open the disclosure.",
            )
            .replace("%1", format_day(today))
            .replace("%2", str(shown))
            .replace("%3", str(places))
        )

    def cell_text(self, place: int, column: int) -> str:
        item = self.table.item(place, column)
        return item.text() if item is not None else ""

    def _activated(self, row: int, column: int) -> None:
        del row
        self._column_activated(column)

    def _column_activated(self, column: int) -> None:
        if 0 <= column < len(self.uuids):
            self.open_requested.emit(self.uuids[column])
