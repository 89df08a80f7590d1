"""A table model over record ids that fetches the records a page at a time.

The list of ids (already filtered and ordered in SQL) is cheap even for years of
records; the records themselves are fetched only when the view shows their rows,
one page of ids per query, and kept in a small page cache. Any list of records
(villages now, meetings and disclosures later) plugs in its own id query, fetch
and columns.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView

from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex
_ITEM_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its title (English source, translated in ``context``) and its text.

    ``sort_key`` is what the id query orders by when the header is clicked
    (None: the column cannot be sorted). ``header``, when given, words the title instead
    (a kind's declared label, worded by the core catalog in the UI language).
    """

    context: str
    title: str
    text: Callable[[T], str]
    sort_key: str | None = None
    align: Qt.AlignmentFlag = _LEFT
    header: Callable[[], str] | None = None


@dataclass(frozen=True)
class SortSpec:
    key: str
    descending: bool = False


Q = TypeVar("Q", bound="DataclassInstance")


def sorted_query(query: Q, sort: SortSpec, **more: Any) -> Q:
    """A page's filter (a query dataclass with ``order_by`` and ``descending``) in the
    order of the clicked header, with ``more`` fields set."""
    return replace(query, order_by=sort.key, descending=sort.descending, **more)


IdQuery = Callable[[SortSpec], list[str]]
Fetch = Callable[[Sequence[str]], Sequence[T]]


class LazyTableModel(QAbstractTableModel, Generic[T]):
    """Rows are ids; a row's record is fetched with its page when first shown.

    Args:
        columns: what each column shows.
        query_ids: the ids in the order asked (filters live in the closure).
        fetch: the records of some ids, in any order, missing ones left out.
        key: the id of a record.
        sort: the initial order.
        muted: rows shown greyed (e.g. retired villages).
        page_size: ids fetched per query.
        max_pages: pages kept in the cache before the oldest is dropped.
    """

    def __init__(
        self,
        columns: Sequence[Column[T]],
        query_ids: IdQuery,
        fetch: Fetch[T],
        key: Callable[[T], str],
        *,
        sort: SortSpec,
        muted: Callable[[T], bool] | None = None,
        page_size: int = 100,
        max_pages: int = 20,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._query_ids = query_ids
        self._fetch = fetch
        self._key = key
        self._muted = muted
        self._page_size = page_size
        self._max_pages = max_pages
        self._sort = sort
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._cache: dict[str, T] = {}
        self._pages: OrderedDict[int, None] = OrderedDict()
        self.fetches = 0  # how many fetch queries ran (tests, logging)

    # --- what the view asks ---------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role not in _ITEM_ROLES:
            return None
        item = self.item_at(index.row())
        if item is None:
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            extra = self.extra(item, index.column(), role)
            if extra is not None or role == Qt.ItemDataRole.ToolTipRole:
                return extra
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if self._muted is not None and self._muted(item):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if column.header is not None:
                return column.header()
            return translate(column.context, column.title)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        self._sort = SortSpec(key, order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    def extra(self, item: T, column: int, role: int) -> Any:
        """A kind's own tooltip (``ToolTipRole``) or colour (``ForegroundRole``) of a cell;
        None: the default (no tooltip; muted rows greyed)."""
        del item, column, role
        return None

    # --- what the page asks -----------------------------------------------------------
    @property
    def sort_spec(self) -> SortSpec:
        return self._sort

    def column_of(self, sort_key: str) -> int:
        """The column ordered by ``sort_key`` (-1 when none)."""
        for i, column in enumerate(self._columns):
            if column.sort_key == sort_key:
                return i
        return -1

    def refresh(self) -> None:
        """Run the id query again and forget every cached record."""
        self.beginResetModel()
        self._ids = self._query_ids(self._sort)
        self._rows = {uuid: row for row, uuid in enumerate(self._ids)}
        self._cache.clear()
        self._pages.clear()
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: headers and texts are worded again."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, uuid: str) -> int:
        """The row of an id, -1 when it is not in the list."""
        return self._rows.get(uuid, -1)

    def item_at(self, row: int) -> T | None:
        """The record of a row, fetching its page if needed (None if it vanished)."""
        if not 0 <= row < len(self._ids):
            return None
        uuid = self._ids[row]
        item = self._cache.get(uuid)
        if item is None:
            page = row // self._page_size
            if page in self._pages:  # fetched already: the record is gone
                return None
            self._load_page(page)
            item = self._cache.get(uuid)
        else:
            self._pages.move_to_end(row // self._page_size)
        return item

    def cached_rows(self) -> int:
        return len(self._cache)

    def _load_page(self, page: int) -> None:
        start = page * self._page_size
        ids = self._ids[start : start + self._page_size]
        self.fetches += 1
        for item in self._fetch(ids):
            self._cache[self._key(item)] = item
        self._pages[page] = None
        while len(self._pages) > self._max_pages:
            old, _ = self._pages.popitem(last=False)
            for uuid in self._ids[old * self._page_size : (old + 1) * self._page_size]:
                self._cache.pop(uuid, None)


def select_id(view: QAbstractItemView, model: LazyTableModel[Any], uuid: str) -> bool:
    """Make the row of ``uuid`` current and visible; False when it is not listed."""
    row = model.row_of(uuid)
    if row < 0:
        return False
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.scrollTo(index)
    return True


def current_id(view: QAbstractItemView, model: LazyTableModel[Any]) -> str | None:
    """The id of the current row, if any."""
    index = view.currentIndex()
    return model.id_at(index.row()) if index.isValid() else None


def current_item(view: QAbstractItemView, model: LazyTableModel[T]) -> T | None:
    """The record of the current row, if any."""
    index = view.currentIndex()
    return model.item_at(index.row()) if index.isValid() else None
