"""Use cases for citizen reception sessions, letters and cases (issue 15; DOMAIN.md §4):
the generic record service over each kind's adapter, queries and codec, and a case's
life-cycle steps (``sodanchu event case``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, Generic, TypeVar

from desktop.core.case_json import event_from_json
from desktop.core.cases import Case
from desktop.core.citizen_records import (
    CASE_RECORDS,
    LETTER_RECORDS,
    RECEPTION_RECORDS,
    CitizenKind,
    StoredCitizen,
)
from desktop.core.errors import require
from desktop.core.kinds import KindSpec
from desktop.core.letters import Letter
from desktop.core.next_deadline import NEXT_KEYS, NO_HORIZON, next_fields
from desktop.core.reception import ReceptionSession
from desktop.core.specs.case import CASE
from desktop.core.specs.letter import LETTER
from desktop.core.specs.reception import RECEPTION
from desktop.core.workdays import WorkCalendar
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.services.records import Codec, Queries, RecordService, expected_version
from desktop.storage.citizen import (
    CASE_QUERIES,
    LETTER_QUERIES,
    RECEPTION_QUERIES,
    CitizenAdapter,
    CitizenQueries,
    CitizenQuery,
    case_adapter,
    letter_adapter,
    reception_adapter,
)
from desktop.storage.records import KindAdapter

T = TypeVar("T")


def _queries(q: CitizenQueries[T]) -> Queries[StoredCitizen[T], CitizenQuery]:
    return Queries(CitizenQuery, q.ids, q.count, q.fetch, q.get, q.years)


class _CitizenService(RecordService[T, StoredCitizen[T], CitizenQuery], Generic[T]):
    """What the three kinds share: deadlines counted on the installation's calendar."""

    records: CitizenKind[T]

    def __init__(self, ctx: StoreContext, calendar: CalendarService) -> None:
        super().__init__(ctx)
        self.calendar = calendar

    def work_calendar(self) -> WorkCalendar:
        return self.calendar.calendar()

    def todo_title(self, data: T) -> str:
        """What names the record in the overview's list (never a person's identity)."""
        raise NotImplementedError

    def to_json(self, stored: StoredCitizen[T]) -> dict[str, Any]:
        """Record JSON with the deadlines and today's warnings (overdue ones too)."""
        return self.records.to_json(stored, self.work_calendar(), self.ctx.today())

    def column_values(self, stored: Sequence[StoredCitizen[T]], key: str) -> list[Any]:
        """The next deadline alone (a list ordered by it), not the whole record JSON: the
        deadlines and warnings of 480 sessions take half a second, their next one 5 ms."""
        if key not in NEXT_KEYS or self.records.due is None:
            return super().column_values(stored, key)
        cal, today, due = self.work_calendar(), self.ctx.today(), self.records.due
        return [
            next_fields((d.due, d.overdue) for d in due(s.data, today, cal, NO_HORIZON))[key]
            for s in stored
        ]

    def preview_json(self, data: T) -> dict[str, Any] | None:
        """The deadlines and warnings of content not saved yet (a form being typed)."""
        return self.records.fields(data, self.work_calendar(), self.ctx.today())


class ReceptionService(_CitizenService[ReceptionSession]):
    """Reception sessions and their visits (LTCD; TT04 Mẫu 03)."""

    spec: KindSpec = RECEPTION
    records = RECEPTION_RECORDS
    queries = _queries(RECEPTION_QUERIES)
    codec = Codec(RECEPTION_RECORDS.read, lambda s: RECEPTION_RECORDS.write(s.data))

    def adapter(self) -> KindAdapter[ReceptionSession, Any]:
        adapter: CitizenAdapter[ReceptionSession] = reception_adapter(self.work_calendar())
        return adapter

    def todo_title(self, data: ReceptionSession) -> str:
        return _short(" ".join(filter(None, (_day(data.session_on), data.place))))


class LetterService(_CitizenService[Letter]):
    """The register of letters (TT05/2021/TT-TTCP)."""

    spec: KindSpec = LETTER
    records = LETTER_RECORDS
    queries = _queries(LETTER_QUERIES)
    codec = Codec(LETTER_RECORDS.read, lambda s: LETTER_RECORDS.write(s.data))

    def adapter(self) -> KindAdapter[Letter, Any]:
        adapter: CitizenAdapter[Letter] = letter_adapter(self.work_calendar())
        return adapter

    def todo_title(self, data: Letter) -> str:
        return _short(data.summary or data.letter_no or _day(data.received_day))


class CaseService(_CitizenService[Case]):
    """Complaints and denunciations accepted, with their life cycle (LKN, LTC)."""

    spec: KindSpec = CASE
    records = CASE_RECORDS
    queries = _queries(CASE_QUERIES)
    codec = Codec(CASE_RECORDS.read, lambda s: CASE_RECORDS.write(s.data))

    def adapter(self) -> KindAdapter[Case, Any]:
        adapter: CitizenAdapter[Case] = case_adapter(self.work_calendar())
        return adapter

    def todo_title(self, data: Case) -> str:
        return _short(data.subject or data.case_id)

    def event_json(self, uuid: str, obj: Mapping[str, Any]) -> StoredCitizen[Case]:
        """One life-cycle step appended (accepted, extended, decided...): the whole case
        passes its rules again (a decision before acceptance is refused, LKN Art. 27)."""
        errors: list[Any] = []
        body = {k: v for k, v in obj.items() if k != "version"}
        event = event_from_json(body, "", errors)
        require(errors)
        current = self.get(uuid)
        data = replace(current.data, events=(*current.data.events, event))
        return self.update(
            uuid, data, expected_version=expected_version(obj) or current.meta.version
        )


TITLE_CHARS = 60


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"


def _day(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


CitizenService = _CitizenService  # the three kinds' common shape, for their readers
