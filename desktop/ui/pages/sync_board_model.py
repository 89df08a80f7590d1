"""The table model of the reporting board (desktop.ui.pages.sync_board): one row per unit
below, coloured by how long it has been silent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from desktop.core.text import place_sort_key
from desktop.services.sync_board import Board, BoardRow, local_time
from desktop.services.sync_board_export import figures, missing_text
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.labels import format_count, format_day
from desktop.ui.lazy_model import RIGHT

RED = (QColor("#f8d7da"), QColor("#8a1c1c"))  # never sent, or silent twice the limit
AMBER = (QColor("#fff0c2"), QColor("#6b4e00"))  # silent for more than the limit

COLUMNS = (
    QT_TRANSLATE_NOOP("SyncBoardPage", "Unit"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Last bundle"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Made on"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Received"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Bundles"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Missing"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Days silent"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Meetings"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Matters passed"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Matters failed"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Disclosures"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Late"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Short posting"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Conventions in force"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Conventions suspended"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Conventions abolished"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Conventions superseded"),
    QT_TRANSLATE_NOOP("SyncBoardPage", "Other conventions"),
)
TIPS = {
    1: QT_TRANSLATE_NOOP("SyncBoardPage", "Sequence number of the newest bundle received"),
    2: QT_TRANSLATE_NOOP("SyncBoardPage", "The day the unit made its newest bundle"),
    3: QT_TRANSLATE_NOOP("SyncBoardPage", "When the newest bundle was imported here"),
    5: QT_TRANSLATE_NOOP("SyncBoardPage", "Sequence numbers not received yet"),
    6: QT_TRANSLATE_NOOP("SyncBoardPage", "Days since the unit made its newest bundle"),
    8: QT_TRANSLATE_NOOP("SyncBoardPage", "Matters voted and passed"),
    9: QT_TRANSLATE_NOOP("SyncBoardPage", "Matters voted and not passed"),
    11: QT_TRANSLATE_NOOP("SyncBoardPage", "Disclosures made or posted after the deadline"),
    12: QT_TRANSLATE_NOOP(
        "SyncBoardPage", "Disclosures taken down early or missing a posting place"
    ),
    13: QT_TRANSLATE_NOOP("SyncBoardPage", "Village conventions in force"),
    17: QT_TRANSLATE_NOOP("SyncBoardPage", "Conventions still being drafted, adopted or refused"),
}
# Fits a 1366-pixel screen beside the sidebar; headers wrap onto up to four lines.
WIDTHS = (144, 46, 80, 122, 46, 56, 66, *([47] * 11))
DAYS = 6
Index = QModelIndex | QPersistentModelIndex


def sort_value(row: BoardRow, column: int) -> tuple[Any, ...]:
    """What a column sorts ``row`` by; the unit's name in Vietnamese order breaks ties."""
    name = (place_sort_key(row.name), row.code)
    value: Any
    if column == 1:
        value = -1 if row.last_seq is None else row.last_seq
    elif column == 2:
        value = row.last_bagging_date or date.min
    elif column == 3:
        value = row.last_imported_at.timestamp() if row.last_imported_at else 0.0
    elif column == 4:
        value = row.bundles
    elif column == 5:
        value = (len(row.missing), len(row.covered))
    elif column == DAYS:
        value = 1 << 30 if row.days_silent is None else row.days_silent
    elif column > DAYS:
        value = figures(row.counts)[column - DAYS - 1]
    else:
        return name
    return (value, name)


def sorted_rows(rows: Sequence[BoardRow], column: int, order: Qt.SortOrder) -> list[BoardRow]:
    descending = order == Qt.SortOrder.DescendingOrder
    return sorted(rows, key=lambda r: sort_value(r, column), reverse=descending)


class BoardModel(QAbstractTableModel):
    """The board's rows; silent units coloured amber, long-silent or never-sent ones red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self.rows: list[BoardRow] = []  # in the order shown
        self._order = (0, Qt.SortOrder.AscendingOrder)

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.board = board
        self.rows = sorted_rows(board.rows, *self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a header: units by name in Vietnamese alphabetical order, or by a
        figure (never-sent units count as the most silent)."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows = sorted_rows(self.rows, column, order)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() or self.board is None else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("SyncBoardPage", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in TIPS:
            return translate("SyncBoardPage", TIPS[section])
        return None

    def colours(self, row: BoardRow) -> tuple[QColor, QColor] | None:
        if not row.silent or self.board is None:
            return None
        long_silent = row.days_silent is None or row.days_silent > 2 * self.board.silent_days
        return RED if long_silent else AMBER

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or self.board is None:
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col in (1, 4, DAYS) or col > DAYS else None
        colours = self.colours(row)
        if colours is not None and col in (0, DAYS):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(colours[0])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(colours[1])
            if role == Qt.ItemDataRole.FontRole and col == DAYS:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and col == DAYS and row.silent:
            return translate("SyncBoardPage", "No bundle made for more than %1 days").replace(
                "%1", str(self.board.silent_days)
            )
        return None

    def text(self, row: BoardRow, col: int) -> str:
        if col == 0:
            return f"{row.name} ({row.code})"
        if col == 1:
            return "" if row.last_seq is None else str(row.last_seq)
        if col == 2:
            return format_day(row.last_bagging_date)
        if col == 3:
            moment = local_time(row.last_imported_at)
            return moment.strftime("%d/%m/%Y %H:%M") if moment else ""
        if col == 4:
            return format_count(row.bundles)
        if col == 5:
            text = missing_text(row)
            if row.covered:  # never arrived, nothing lost: said apart, not as missing
                covered = translate("SyncBoardPage", "no. %1 covered by a later bundle")
                text = "; ".join(
                    t for t in (text, covered.replace("%1", missing_text(row, covered=True))) if t
                )
            return text
        if col == DAYS:
            if row.days_silent is None:
                return translate("SyncBoardPage", "never sent")
            return format_count(row.days_silent)
        return format_count(figures(row.counts)[col - DAYS - 1])
