"""The units' records at the receiving level: a table fetched page by page, shown by the
one read-only record viewer (:mod:`desktop.ui.record_view`); the filters and the viewer
are :mod:`desktop.ui.pages.unit_records`.

The records are read-only snapshots (JSON) as the child sent them; the receiver never
edits them, only adds remarks that travel back in the next receipt. Each kind is read from
its declaration: the date column is its ``day_field``, the state its ``state_field``
worded, the village the record's village named from the unit's own village records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.disclosure_json import disclosure_from_json
from desktop.core.disclosures import disclosure_status
from desktop.core.errors import DomainError
from desktop.core.kinds import FieldType, KindSpec, Record
from desktop.core.specs.disclosure import DISCLOSURE
from desktop.core.workdays import WorkCalendar
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.record_view import Resolve, iso_to_day, record_state

AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[dict[str, Any]]]  # (offset, limit) -> records
PAGE = 200

COLUMNS = (
    QT_TRANSLATE_NOOP("SyncRecords", "Title"),
    QT_TRANSLATE_NOOP("SyncRecords", "Date"),
    QT_TRANSLATE_NOOP("SyncRecords", "Village"),
    QT_TRANSLATE_NOOP("SyncRecords", "State"),
    QT_TRANSLATE_NOOP("SyncRecords", "Version"),
    QT_TRANSLATE_NOOP("SyncRecords", "Unit"),
)
TITLE, DATE, VILLAGE, STATE, VERSION, UNIT = range(6)


def record_title(record: Record, spec: KindSpec | None = None) -> str:
    key = spec.title_field if spec is not None else "title"
    return str(record.get(key) or record.get("title") or record.get("name") or "")


def record_date(record: Record, spec: KindSpec) -> str:
    """The day that places the record in a period (its kind's ``day_field``)."""
    return iso_to_day(record.get(spec.day_field)) if spec.day_field else ""


def record_village(record: Record, spec: KindSpec, resolve: Resolve | None) -> str:
    """The village a record belongs to, by name: the record's own ``village_name``, else
    the unit's village record; a village is its own."""
    if spec.name == "village":
        return str(record.get("name") or "")
    name = record.get("village_name")
    if isinstance(name, str) and name:
        return name
    key = spec.village_field
    uuid = record.get(key) if key else None
    if isinstance(uuid, str) and uuid and resolve is not None:
        return resolve("village", uuid) or ""
    return _posting_villages(record, spec, resolve)


def _posting_villages(record: Record, spec: KindSpec, resolve: Resolve | None) -> str:
    """A record placed in several villages (a disclosure's postings): their names."""
    names: list[str] = []
    for f in spec.fields:
        if f.type is not FieldType.TABLE or resolve is None:
            continue
        refs = [c.key for c in f.columns if c.type is FieldType.REF and c.ref_kind == "village"]
        rows = record.get(f.key)
        for row in rows if refs and isinstance(rows, list) else []:
            for key in refs:
                uuid = row.get(key) if isinstance(row, dict) else None
                name = resolve("village", uuid) if isinstance(uuid, str) and uuid else None
                if name and name not in names:
                    names.append(name)
    return ", ".join(names)


StateRule = Callable[[Record, date, WorkCalendar], str | None]


def _disclosure_state(record: Record, today: date, calendar: WorkCalendar) -> str | None:
    """A sent disclosure carries no status (it depends on the day): core says it today."""
    typed = {k: v for k, v in record.items() if k in _TYPED_DISCLOSURE}  # what it reads
    try:
        return disclosure_status(disclosure_from_json(typed), today, calendar).value
    except (DomainError, ValueError, TypeError):
        return None


_TYPED_DISCLOSURE = frozenset(f.key for f in DISCLOSURE.fields if not f.is_computed)

# Kinds whose state_field is computed for a day rather than sent (Law Art. 12: whether a
# disclosure is on the boards or overdue depends on today). The rule stays in core.
STATE_RULES: dict[str, StateRule] = {"disclosure": _disclosure_state}


def with_state(
    spec: KindSpec, record: dict[str, Any], today: date, calendar: WorkCalendar
) -> dict[str, Any]:
    """``record`` with its kind's state field filled when the sender could not fill it."""
    rule = STATE_RULES.get(spec.name)
    key = spec.state_field
    if rule is None or not key or record.get(key) or record.get("deleted"):
        return record
    state = rule(record, today, calendar)
    return {**record, key: state} if state else record


class ChildRecordsModel(QAbstractTableModel):
    """Rows appended a page at a time as the view scrolls (``canFetchMore``)."""

    def __init__(self, lang: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._fetch: Fetch | None = None
        self._spec: KindSpec | None = None
        self._resolve: Resolve | None = None
        self._rows: list[dict[str, Any]] = []
        self._more = False

    def set_source(
        self, fetch: Fetch | None, spec: KindSpec | None = None, resolve: Resolve | None = None
    ) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self._spec = spec
        self._resolve = resolve
        self._rows = []
        self._more = fetch is not None
        self.endResetModel()
        if self._more:
            self.fetchMore(QModelIndex())

    def record(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._fetch is None or not self._more:
            return
        page = self._fetch(len(self._rows), PAGE)
        self._more = len(page) == PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        spec = self._spec
        if record is None or spec is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cell(record, spec, index.column())

    def cell(self, record: Record, spec: KindSpec, column: int) -> str:
        if column == TITLE:
            return record_title(record, spec)
        if column == DATE:
            return record_date(record, spec)
        if column == VILLAGE:
            return record_village(record, spec, self._resolve)
        if column == STATE:
            return record_state(spec, record, self._lang())
        if column == UNIT:
            return str(record.get("unit_code", ""))
        return str(record.get("version", ""))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return translate("SyncRecords", COLUMNS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])


class ChildNames:
    """Names of one unit's records by uuid (its villages, meetings, conventions), read
    once per kind when first asked: the viewer's and the table's resolver."""

    def __init__(self, fetch_all: Callable[[str], Sequence[Record]]) -> None:
        self._fetch_all = fetch_all
        self._names: dict[str, dict[str, str]] = {}

    def __call__(self, kind: str, uuid: str) -> str | None:
        names = self._names.get(kind)
        if names is None:
            names = {}
            for r in self._fetch_all(kind):
                name = r.get("name") or r.get("title")
                if isinstance(name, str) and name and isinstance(r.get("uuid"), str):
                    names[str(r["uuid"])] = name
            self._names[kind] = names
        return names.get(uuid)
