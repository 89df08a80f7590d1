"""Use cases for consultations, dialogues, boards and oversight (Law 10/2022/QH15 Arts. 25–45;
DOMAIN.md §4.6–§4.10): the generic record service for each, with their life-cycle steps.

Their rules are read from days (a consultation opens on ``published_on``, a recommendation
is answered on ``answered_on``), so a life-cycle step only sets a day:
``{"type": "opened", "on": "2026-03-02"}``, and for a row event of an oversight
``{"type": "answered", "on": "…", "row": 1, "answer": "…"}`` (``row`` counts from 1).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from desktop.core.civic import DEFAULT_SETTINGS, CivicSettings
from desktop.core.civic_records import StoredCivic, civic_json
from desktop.core.errors import FieldError, ValidationError
from desktop.core.queries import CivicQuery
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.services.records import Codec, Queries, RecordService, expected_version
from desktop.storage.civic import CivicAdapter, CivicKind, CivicQueries
from desktop.storage.civic_kinds import BOARDS, CONSULTATIONS, DIALOGUES, OVERSIGHTS
from desktop.storage.records import KindAdapter

T = TypeVar("T")


class CivicService(RecordService[T, StoredCivic[T], CivicQuery], Generic[T]):
    """The record service of one civic kind (:data:`civic`)."""

    civic: CivicKind[T]

    def __init__(
        self,
        ctx: StoreContext,
        calendar: CalendarService,
        settings: CivicSettings = DEFAULT_SETTINGS,
    ) -> None:
        super().__init__(ctx)
        self.calendar = calendar
        self.settings = settings
        self.spec = self.civic.spec
        q = CivicQueries(self.civic)
        self.queries = Queries(CivicQuery, q.ids, q.count, q.fetch, q.get, q.years)
        self.codec = Codec(self._read, self.to_json)

    def _read(self, obj: Mapping[str, Any], base: T | None = None) -> T:
        return self.civic_read(obj, base)

    def civic_read(self, obj: Mapping[str, Any], base: T | None) -> T:
        """The kind's JSON reader (``*_from_json``) with what it needs."""
        raise NotImplementedError

    def adapter(self) -> KindAdapter[T, Any]:
        return CivicAdapter(self.civic, self.calendar.calendar(), self.ctx.today(), self.settings)

    def to_json(self, stored: StoredCivic[T]) -> dict[str, Any]:
        """Record JSON with today's states, deadlines and warnings."""
        return civic_json(
            stored, self.civic.own, self.ctx.today(), self.calendar.calendar(), self.settings
        )

    def event_json(self, uuid: str, obj: Mapping[str, Any]) -> StoredCivic[T]:
        """One life-cycle step: the day of ``type`` set to ``on`` (KindSpec.extra)."""
        current = self.find(uuid)
        record = self.to_json(current)
        change = event_change(self.spec.extra, record, obj, self.spec.name)
        data = self.civic_read(change, self.data_of(current))
        return self.update(uuid, data, expected_version=expected_version(obj))


def event_change(
    extra: Mapping[str, Any], record: Mapping[str, Any], obj: Mapping[str, Any], kind: str
) -> dict[str, Any]:
    """The update an event makes, or a refusal naming the field (nothing changed)."""
    events: Mapping[str, str] = extra.get("events", {})
    row_events: Mapping[str, tuple[str, str]] = extra.get("row_events", {})
    kind_of = obj.get("type")
    on = obj.get("on")
    known = (*events, *row_events)
    if kind_of not in known:
        choices = ", ".join(known)
        raise ValidationError(
            [FieldError("type", "invalid_choice", {"value": str(kind_of), "choices": choices})],
            kind=kind,
        )
    if not isinstance(on, str) or not on:
        raise ValidationError([FieldError("on", "required")], kind=kind)
    if kind_of in events:
        return {events[str(kind_of)]: on}
    table, key = row_events[str(kind_of)]
    rows = [dict(r) for r in record.get(table) or []]
    number = obj.get("row")
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= len(rows):
        params = {"value": str(number), "min": 1, "max": len(rows)}
        raise ValidationError([FieldError("row", "range", params)], kind=kind)
    row = rows[number - 1]
    row[key] = on
    for extra_key, value in obj.items():
        if extra_key not in ("type", "on", "row", "version") and extra_key in row:
            row[extra_key] = value
    return {table: [{k: v for k, v in r.items() if k != "state"} for r in rows]}


class ConsultationService(CivicService[Any]):
    civic = CONSULTATIONS

    def civic_read(self, obj: Mapping[str, Any], base: Any | None) -> Any:
        from desktop.core.consultation_json import consultation_from_json

        return consultation_from_json(obj, base)


class DialogueService(CivicService[Any]):
    civic = DIALOGUES

    def civic_read(self, obj: Mapping[str, Any], base: Any | None) -> Any:
        from desktop.core.dialogue_json import dialogue_from_json

        return dialogue_from_json(obj, base)


class BoardService(CivicService[Any]):
    civic = BOARDS

    def civic_read(self, obj: Mapping[str, Any], base: Any | None) -> Any:
        from desktop.core.board_json import board_from_json

        return board_from_json(obj, self.ctx.today(), base, self.settings)


class OversightService(CivicService[Any]):
    civic = OVERSIGHTS

    def civic_read(self, obj: Mapping[str, Any], base: Any | None) -> Any:
        from desktop.core.oversight_json import oversight_from_json

        return oversight_from_json(obj, base)
