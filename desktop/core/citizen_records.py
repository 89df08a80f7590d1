"""The reception, letter and case kinds as stored records: their record JSON with the
computed deadlines and warnings (codes and params), one shape for the three (issue 15).

The rules live in :mod:`desktop.core.reception`, :mod:`desktop.core.letters`,
:mod:`desktop.core.cases` and :mod:`desktop.core.case_deadlines`; this module only binds
each kind's reader, writer, refusals, deadlines and warnings, and maps core's
:class:`~desktop.core.citizen_common.CitizenWarning` onto
:class:`~desktop.core.warnings.RecordWarning`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from desktop.core.case_deadlines import case_deadlines, case_warnings, on_time
from desktop.core.case_json import case_from_json, case_to_json
from desktop.core.cases import Case, validate_case
from desktop.core.citizen_common import CitizenWarning, Deadline
from desktop.core.citizen_due import CitizenDue, case_due, letter_due, reception_due
from desktop.core.citizen_jsonio import deadlines_json
from desktop.core.errors import FieldError
from desktop.core.letter_json import letter_from_json, letter_to_json
from desktop.core.letters import Letter, letter_deadlines, letter_warnings, validate_letter
from desktop.core.next_deadline import NO_HORIZON, next_fields
from desktop.core.reception import (
    ReceptionSession,
    session_deadlines,
    session_warnings,
    validate_session,
)
from desktop.core.reception_json import reception_from_json, reception_to_json
from desktop.core.records import RecordKind, RecordMeta, meta_json
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar

T = TypeVar("T")


@dataclass(frozen=True)
class StoredCitizen(Generic[T]):
    """A stored reception session, letter or case: its identity and its content."""

    meta: RecordMeta
    data: T

    @property
    def uuid(self) -> str:
        return self.meta.uuid


def record_warning(w: CitizenWarning) -> RecordWarning:
    """Core's citizen warning as the app's warning (params JSON-safe: text or whole
    numbers; a flag as 0/1; nothing for a missing value)."""
    params: dict[str, str | int] = {}
    for key, value in w.params.items():
        if value is None:
            continue
        if isinstance(value, bool):
            params[key] = int(value)
        elif isinstance(value, int | str):
            params[key] = value
        elif isinstance(value, date):
            params[key] = value.isoformat()
        else:
            params[key] = str(value)
    return RecordWarning(w.code, params)


@dataclass(frozen=True)
class CitizenKind(Generic[T]):
    """How one of the three kinds reads, writes, refuses, dates and warns."""

    kind: RecordKind
    read: Callable[..., T]
    write: Callable[[T], dict[str, Any]]
    validate: Callable[[T], list[FieldError]]
    deadlines: Callable[[T, WorkCalendar], list[Deadline]]
    warnings: Callable[[T, WorkCalendar, date | None], list[CitizenWarning]]
    extra: Callable[[T, WorkCalendar], dict[str, Any]] | None = None
    # The deadlines still open on a day (core.citizen_due), up to a last day.
    due: Callable[[T, date, WorkCalendar, date], list[CitizenDue]] | None = None

    def warnings_of(self, data: T, cal: WorkCalendar, today: date | None) -> list[RecordWarning]:
        return [record_warning(w) for w in self.warnings(data, cal, today)]

    def fields(self, data: T, cal: WorkCalendar, today: date | None = None) -> dict[str, Any]:
        """The record's own fields, ``deadlines`` (each a code and the rule's params) and
        ``warnings`` (codes and params). Without ``today`` only what the record itself
        determines (the journal's snapshot): deadlines done late; with it, those overdue
        on that day too, and the next deadline open (``next_deadline``)."""
        out = self.write(data)
        out["deadlines"] = deadlines_json(self.deadlines(data, cal))
        if self.extra is not None:
            out.update(self.extra(data, cal))
        if today is not None and self.due is not None:
            dues = self.due(data, today, cal, NO_HORIZON)
            out.update(next_fields((d.due, d.overdue) for d in dues))
        out["warnings"] = [w.to_json() for w in self.warnings_of(data, cal, today)]
        return out

    def to_json(
        self, stored: StoredCitizen[T], cal: WorkCalendar, today: date | None = None
    ) -> dict[str, Any]:
        """The record JSON of CLI.md: the common fields, then :meth:`fields`."""
        out: dict[str, Any] = meta_json(self.kind, stored.meta)
        out.update(self.fields(stored.data, cal, today))
        return out


def _case_deadlines(case: Case, cal: WorkCalendar) -> list[Deadline]:
    return [d for d, _done in case_deadlines(case, cal)]


def _case_extra(case: Case, cal: WorkCalendar) -> dict[str, Any]:
    return {"on_time": on_time(case, cal)}


RECEPTION_RECORDS: CitizenKind[ReceptionSession] = CitizenKind(
    RecordKind.RECEPTION,
    reception_from_json,
    reception_to_json,
    validate_session,
    lambda s, cal: session_deadlines(s, cal),
    lambda s, cal, today: session_warnings(s, cal, today),
    due=lambda s, today, cal, last: reception_due(s, today, cal, last=last),
)
LETTER_RECORDS: CitizenKind[Letter] = CitizenKind(
    RecordKind.LETTER,
    letter_from_json,
    letter_to_json,
    validate_letter,
    lambda x, cal: letter_deadlines(x, cal),
    lambda x, cal, today: letter_warnings(x, cal, today),
    due=lambda x, today, cal, last: letter_due(x, today, cal, last=last),
)
CASE_RECORDS: CitizenKind[Case] = CitizenKind(
    RecordKind.CASE,
    case_from_json,
    case_to_json,
    validate_case,
    _case_deadlines,
    lambda c, cal, today: case_warnings(c, cal, today),
    _case_extra,
    due=lambda c, today, cal, last: case_due(c, today, cal, last=last),
)
