"""Reception sessions, letters and cases in the store: one write-path adapter and one set
of read queries for the three kinds (issue 15), parameterised by the kind's table and its
:class:`~desktop.core.citizen_records.CitizenKind`."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import Session

from desktop.core.citizen_records import (
    CASE_RECORDS,
    LETTER_RECORDS,
    RECEPTION_RECORDS,
    CitizenKind,
    StoredCitizen,
)
from desktop.core.errors import FieldError
from desktop.core.kinds import KindSpec
from desktop.core.letters import Letter, forwarding_errors
from desktop.core.queries import CitizenQuery as CitizenQuery  # re-exported
from desktop.core.records import RecordKind
from desktop.core.specs.case import CASE
from desktop.core.specs.letter import LETTER
from desktop.core.specs.reception import RECEPTION
from desktop.core.text import fold
from desktop.core.workdays import WorkCalendar
from desktop.storage.citizen_models import CaseRow, LetterRow, ReceptionRow
from desktop.storage.records import row_meta

if TYPE_CHECKING:
    AnySelect = Select[*tuple[Any, ...]]

T = TypeVar("T")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _reception_columns(row: Any, record: dict[str, Any]) -> None:
    row.day = _day(record.get("session_on"))
    row.session_kind = record["session_kind"]
    row.presided_by = record.get("presided_by") or ""
    row.place = record.get("place") or ""
    row.visit_count = int(record.get("visit_count") or 0)
    row.people_count = int(record.get("people_count") or 0)


def _letter_columns(row: Any, record: dict[str, Any]) -> None:
    row.day = _day(record.get("received_day"))
    row.letter_type = record.get("letter_type") or ""
    row.handling = record["handling"]
    row.case_id = record.get("case_id") or ""


def _case_columns(row: Any, record: dict[str, Any]) -> None:
    row.day = _day(record.get("received_day"))
    row.case_type = record["case_type"]
    row.case_id = record.get("case_id") or ""
    row.status = record.get("status") or ""
    row.accepted_on = _day(record.get("accepted_on"))


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


class CitizenAdapter(Generic[T]):
    """Plugs a reception session, a letter or a case into the write path
    (:class:`desktop.storage.records.RecordWriter`)."""

    def __init__(
        self,
        records: CitizenKind[T],
        spec: KindSpec,
        row_type: type[Any],
        columns: Callable[[Any, dict[str, Any]], None],
        calendar: WorkCalendar,
    ) -> None:
        self.records = records
        self.kind: RecordKind = records.kind
        self.spec = spec
        self.row_type = row_type
        self._columns = columns
        self.calendar = calendar

    def normalize(self, data: T) -> T:
        return data  # NFC-normalised when read (citizen_jsonio.text)

    def validate(self, session: Session, uuid: str | None, data: T) -> list[FieldError]:
        errors = self.records.validate(data)
        if isinstance(data, Letter):
            # One forwarding per content (TT05 Art. 14(1)): against the rest of the register.
            others = [
                s.data
                for s in _fetch_rows(
                    LETTER_RECORDS,
                    session.scalars(
                        select(LetterRow).where(
                            LetterRow.deleted.is_(False),
                            LetterRow.case_id == data.case_id.strip(),
                            LetterRow.uuid != (uuid or ""),
                        )
                    ),
                )
            ]
            errors += forwarding_errors(data, others)
        return errors

    def apply(self, session: Session, row: Any, data: T) -> None:
        record = self.records.fields(data, self.calendar)
        own = self.records.write(data)
        row.body = _dump(own)
        row.warnings = _dump(record["warnings"])
        row.warning_count = len(record["warnings"])
        self._columns(row, record)
        # The folded text PostgreSQL searches: the declaration's, never a person's name.
        title, body = self.spec.search_text(record) if self.spec.search_text else ("", "")
        row.search_text = fold(f"{title} {body}")

    def snapshot(self, session: Session, row: Any) -> dict[str, Any]:
        return self.records.to_json(to_stored(self.records, row), self.calendar)


def to_stored(records: CitizenKind[T], row: Any) -> StoredCitizen[T]:
    """The plain record of a row (never hand ORM rows to services or the UI)."""
    return StoredCitizen(row_meta(row), records.read(json.loads(row.body)))


def _fetch_rows(records: CitizenKind[T], rows: Any) -> list[StoredCitizen[T]]:
    return [to_stored(records, r) for r in rows]


class CitizenQueries(Generic[T]):
    """The list queries of one kind (ids in SQL order, count, fetch, get, years)."""

    def __init__(self, records: CitizenKind[T], row_type: type[Any]) -> None:
        self.records = records
        self.row = row_type

    def _filtered(self, query: CitizenQuery, stmt: AnySelect) -> AnySelect:
        stmt = stmt.where(self.row.deleted.is_(False))
        if query.year is not None:
            stmt = stmt.where(extract("year", self.row.day) == query.year)
        if query.with_warnings:
            stmt = stmt.where(self.row.warning_count > 0)
        for word in fold(query.search).split():
            stmt = stmt.where(self.row.search_text.contains(word, autoescape=True))
        return stmt

    def ids(self, session: Session, query: CitizenQuery) -> list[str]:
        order = self.row.day.desc() if query.descending else self.row.day.asc()
        stmt = self._filtered(query, select(self.row.uuid)).order_by(
            order, self.row.created_at, self.row.uuid
        )
        return list(session.scalars(stmt))

    def count(self, session: Session, query: CitizenQuery) -> int:
        return int(session.scalar(self._filtered(query, select(func.count(self.row.uuid)))) or 0)

    def fetch(self, session: Session, uuids: Sequence[str]) -> list[StoredCitizen[T]]:
        rows = {
            r.uuid: r for r in session.scalars(select(self.row).where(self.row.uuid.in_(uuids)))
        }
        return [to_stored(self.records, rows[u]) for u in uuids if u in rows]

    def get(self, session: Session, uuid: str) -> StoredCitizen[T] | None:
        row = session.get(self.row, uuid)
        return to_stored(self.records, row) if row is not None and not row.deleted else None

    def years(self, session: Session) -> list[int]:
        stmt = (
            select(extract("year", self.row.day))
            .where(self.row.deleted.is_(False), self.row.day.is_not(None))
            .distinct()
        )
        return sorted((int(y) for y in session.scalars(stmt)), reverse=True)


def reception_adapter(calendar: WorkCalendar) -> CitizenAdapter[Any]:
    return CitizenAdapter(RECEPTION_RECORDS, RECEPTION, ReceptionRow, _reception_columns, calendar)


def letter_adapter(calendar: WorkCalendar) -> CitizenAdapter[Any]:
    return CitizenAdapter(LETTER_RECORDS, LETTER, LetterRow, _letter_columns, calendar)


def case_adapter(calendar: WorkCalendar) -> CitizenAdapter[Any]:
    return CitizenAdapter(CASE_RECORDS, CASE, CaseRow, _case_columns, calendar)


RECEPTION_QUERIES = CitizenQueries(RECEPTION_RECORDS, ReceptionRow)
LETTER_QUERIES = CitizenQueries(LETTER_RECORDS, LetterRow)
CASE_QUERIES = CitizenQueries(CASE_RECORDS, CaseRow)
