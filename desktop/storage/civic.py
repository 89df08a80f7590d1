"""Consultations, dialogues, boards and oversight in the store: one write-path adapter and
one set of queries for the four kinds, each described by a :class:`CivicKind`.

The kinds' rules are core's (``desktop/core/{consultation,dialogue,oversight_board,
oversight}.py``); this module copies a record onto its row, checks the references that need
the database (a board member's village and the meeting that elected them, an oversight's
board, a consultation's disclosure) and reads rows back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import Session

from desktop.core.civic import DEFAULT_SETTINGS, CivicSettings
from desktop.core.civic_records import OwnJson, StoredCivic, civic_json, recorded_body
from desktop.core.errors import FieldError
from desktop.core.kinds import KindSpec
from desktop.core.queries import CivicQuery
from desktop.core.records import RecordKind
from desktop.core.text import fold
from desktop.core.workdays import WorkCalendar
from desktop.storage.civic_models import CivicColumns
from desktop.storage.model_base import RecordColumns
from desktop.storage.ordering import TEXT, sort_ids
from desktop.storage.records import row_meta

if TYPE_CHECKING:
    AnySelect = Select[*tuple[Any, ...]]

T = TypeVar("T")
RefCheck = Callable[[Session, Any], list[FieldError]]


@dataclass(frozen=True)
class CivicKind(Generic[T]):
    """How one of the four kinds is read, checked and written.

    ``read(body, day)`` rebuilds the content from its recorded JSON (``day``: the day its
    rules ran); ``own(data, today, calendar, settings)`` is its record JSON's own and
    computed fields; ``errors(data, today, settings)`` its refusals; ``state_key`` the JSON
    key kept in the ``state`` column; ``refs`` the references checked in the database.
    """

    kind: RecordKind
    spec: KindSpec
    row_type: type[Any]
    read: Callable[[Mapping[str, Any], date], T]
    own: OwnJson
    errors: Callable[[T, date, CivicSettings], list[FieldError]]
    computed: frozenset[str]
    state_key: str
    refs: RefCheck | None = None


def exists(session: Session, row_type: type[RecordColumns], uuid: str) -> bool:
    row = session.get(row_type, uuid)
    return row is not None and not row.deleted


def missing(field: str, value: str) -> FieldError:
    return FieldError(field, "not_found_ref", {"value": value})


class CivicAdapter(Generic[T]):
    """Plugs one civic kind into :class:`desktop.storage.records.RecordWriter`."""

    def __init__(
        self,
        civic: CivicKind[T],
        calendar: WorkCalendar,
        today: date,
        settings: CivicSettings = DEFAULT_SETTINGS,
    ) -> None:
        self.civic = civic
        self.kind = civic.kind
        self.spec = civic.spec
        self.row_type = civic.row_type
        self.calendar = calendar
        self.today = today
        self.settings = settings

    def normalize(self, data: T) -> T:
        return data  # NFC-normalised when read (the *_from_json readers)

    def validate(self, session: Session, uuid: str | None, data: T) -> list[FieldError]:
        errors = list(self.civic.errors(data, self.today, self.settings))
        if self.civic.refs is not None:
            errors += self.civic.refs(session, data)
        return errors

    def record(self, data: T) -> dict[str, Any]:
        return self.civic.own(data, self.today, self.calendar, self.settings)

    def apply(self, session: Session, row: Any, data: T) -> None:
        record = self.record(data)
        day = record.get(self.spec.day_field)
        title, body = self.spec.search_text(record) if self.spec.search_text else ("", "")
        row.title = str(record.get(self.spec.title_field) or "")
        row.day = date.fromisoformat(day) if isinstance(day, str) else None
        row.state = str(record.get(self.civic.state_key) or "")
        row.body = json.dumps(recorded_body(record, self.civic.computed), ensure_ascii=False)
        row.checked_on = self.today
        row.warnings = json.dumps(record.get("warnings", []), ensure_ascii=False)
        row.warning_count = len(record.get("warnings", []))
        row.search_text = fold(f"{title} {body}")
        if hasattr(row, "board_uuid"):
            row.board_uuid = str(record.get("board") or "")

    def snapshot(self, session: Session, row: Any) -> dict[str, Any]:
        stored = to_stored(self.civic, row)
        return civic_json(stored, self.civic.own, self.today, self.calendar, self.settings)


def to_stored(civic: CivicKind[T], row: Any) -> StoredCivic[T]:
    data = civic.read(json.loads(row.body), row.checked_on)
    return StoredCivic(civic.kind, row_meta(row), data, row.checked_on)


class CivicQueries(Generic[T]):
    """The list queries of one civic kind (ids, count, fetch, get, years)."""

    def __init__(self, civic: CivicKind[T]) -> None:
        self.civic = civic
        self.row: Any = civic.row_type

    def _filtered(self, q: CivicQuery, stmt: AnySelect) -> AnySelect:
        row = self.row
        stmt = stmt.where(row.deleted.is_(False))
        if q.year:
            stmt = stmt.where(row.day.between(date(q.year, 1, 1), date(q.year, 12, 31)))
        if q.state:
            stmt = stmt.where(row.state == q.state)
        if q.with_warnings:
            stmt = stmt.where(row.warning_count > 0)
        for word in fold(q.search).split():
            stmt = stmt.where(row.search_text.contains(word, autoescape=True))
        return stmt

    def ids(self, session: Session, q: CivicQuery) -> list[str]:
        row = self.row
        if q.order_by == "title":  # Vietnamese alphabetical order, which SQL does not know
            named = self._filtered(q, select(row.uuid, row.title)).order_by(row.uuid)
            return sort_ids(session.execute(named).all(), TEXT, q.descending)
        column = row.warning_count if q.order_by == "warnings" else row.day
        order = column.desc() if q.descending else column.asc()
        stmt = self._filtered(q, select(row.uuid)).order_by(order, row.uuid)
        return list(session.scalars(stmt))

    def count(self, session: Session, q: CivicQuery) -> int:
        return int(session.scalar(self._filtered(q, select(func.count(self.row.uuid)))) or 0)

    def fetch(self, session: Session, uuids: Sequence[str]) -> list[StoredCivic[T]]:
        found = {
            r.uuid: r for r in session.scalars(select(self.row).where(self.row.uuid.in_(uuids)))
        }
        return [to_stored(self.civic, found[u]) for u in uuids if u in found]

    def get(self, session: Session, uuid: str) -> StoredCivic[T] | None:
        row = session.get(self.row, uuid)
        return to_stored(self.civic, row) if row is not None and not row.deleted else None

    def years(self, session: Session) -> list[int]:
        year = extract("year", self.row.day)
        stmt = (
            select(year)
            .where(self.row.deleted.is_(False), self.row.day.is_not(None))
            .distinct()
            .order_by(year.desc())
        )
        return [int(y) for y in session.scalars(stmt)]


__all__ = ["CivicAdapter", "CivicColumns", "CivicKind", "CivicQueries", "exists", "missing"]
