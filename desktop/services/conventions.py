"""Use cases for hương ước / quy ước: record, step through the life cycle, version, compare."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.core.convention_events import AdoptionFacts, apply_event, replay_events, supersede
from desktop.core.convention_json import (
    StoredConvention,
    convention_from_json,
    convention_to_json,
    event_from_json,
)
from desktop.core.convention_text import ArticleChange, compare, parse_text
from desktop.core.conventions import (
    Convention,
    ConventionEvent,
    EventType,
    text_in_force_on,
    yearly_statistics,
)
from desktop.core.errors import NotFoundError
from desktop.core.meetings import Matter, Outcome
from desktop.core.specs.convention import CONVENTION
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.services.records import Codec, Queries, RecordService, expected_version
from desktop.storage.conventions import (
    ConventionAdapter,
    ConventionQuery,
    all_convention_rows,
    convention_ids,
    count_conventions,
    fetch_conventions,
    get_convention,
    lineage,
    to_stored,
)
from desktop.storage.db import StoreSession
from desktop.storage.meetings import get_meeting
from desktop.storage.records import KindAdapter


def _facts(session: StoreSession, events: Sequence[ConventionEvent]) -> dict[str, AdoptionFacts]:
    """What the store knows of the meetings named by ``adopted`` events (D61 Art. 10)."""
    out: dict[str, AdoptionFacts] = {}
    for e in events:
        if not e.meeting_uuid or e.meeting_uuid in out:
            continue
        m = get_meeting(session, e.meeting_uuid)
        if m is None or m.data.held_on is None:
            continue
        convention_items = [
            r for i, r in zip(m.data.items, m.results, strict=True) if i.matter is Matter.CONVENTION
        ]
        out[e.meeting_uuid] = AdoptionFacts(
            meeting_uuid=e.meeting_uuid,
            passed=any(r.outcome is Outcome.PASSED for r in convention_items),
            matter_is_convention=bool(convention_items),
            held_on=m.data.held_on,
            village_uuid=m.data.village_uuid,
        )
    return out


class ConventionService(RecordService[Convention, StoredConvention, ConventionQuery]):
    """Everything the window and the command line do with conventions."""

    spec = CONVENTION
    queries = Queries(
        ConventionQuery, convention_ids, count_conventions, fetch_conventions, get_convention
    )
    codec = Codec(convention_from_json, convention_to_json)

    def __init__(self, ctx: StoreContext, calendar: CalendarService) -> None:
        super().__init__(ctx)
        self.calendar = calendar

    def adapter(self) -> KindAdapter[Convention, Any]:
        return ConventionAdapter(self.calendar.calendar())

    def versions(self, uuid: str) -> list[StoredConvention]:
        """Every version of this convention, oldest first (each stays readable)."""
        with self.ctx.db.reading() as session:
            return lineage(session, uuid)

    def in_force_on(self, uuid: str, on: date) -> StoredConvention | None:
        """The version whose text was valid on ``on`` ("as in force on date X")."""
        chain = self.versions(uuid)
        found = text_in_force_on([(s.uuid, s.data) for s in chain], on)
        if found is None:
            return None
        return next(s for s in chain if s.uuid == found[0])

    def compare(self, old_uuid: str, new_uuid: str) -> list[ArticleChange]:
        """Article-by-article comparison of two versions."""
        old, new = self.get(old_uuid), self.get(new_uuid)
        return compare(parse_text(old.data.text), parse_text(new.data.text))

    def statistics(self, year: int) -> dict[str, int]:
        """Decree 61 Art. 16 figures for ``year``."""
        with self.ctx.db.reading() as session:
            rows = [r for r in all_convention_rows(session) if not r.deleted]
            return yearly_statistics([to_stored(session, r, "").data for r in rows], year)

    def to_json(self, stored: StoredConvention) -> dict[str, Any]:
        """Record JSON with today's day-dependent warnings."""
        return convention_to_json(stored, self.ctx.today(), self.calendar.calendar())

    # --- writing -----------------------------------------------------------------
    def prepare(self, session: StoreSession, data: Convention) -> Convention:
        """Recorded events are replayed whole, so the history obeys the rules (D61)."""
        base = replace(data, events=())
        return replay_events(base, data.events, _facts(session, data.events))

    def after_write(self, session: StoreSession, uuid: str, data: Convention) -> None:
        self._supersede_if_recognized(session, uuid, data)

    def record_event(
        self, uuid: str, event: ConventionEvent, *, expected_version: int | None = None
    ) -> StoredConvention:
        """One life-cycle step (``sodanchu event convention``), refused with the reason."""
        with self.ctx.db.transaction() as session:
            current = get_convention(session, uuid)
            if current is None:
                raise NotFoundError("convention", uuid)
            changed = apply_event(
                current.data, event, _facts(session, [event]).get(event.meeting_uuid or "")
            )
            self.writer().update(
                session, uuid, changed, expected_version=expected_version or current.meta.version
            )
            self._supersede_if_recognized(session, uuid, changed)
        return self.get(uuid)

    def check_received(self, session: StoreSession, data: Convention) -> Convention:
        """A convention received from a village passes the life-cycle rules of one typed
        here (Decree 61 Art. 9-13): its events are replayed in order, so e.g. a lone
        ``recognized`` step is refused, never shown in force. A ``superseded`` step is
        written by the village when the new version was recognised (Art. 13): not replayed.

        Raises:
            TransitionRefused: the first step the rules refuse.
        """
        events = tuple(e for e in data.events if e.type is not EventType.SUPERSEDED)
        return replay_events(replace(data, events=()), events, _facts(session, events))

    def _supersede_if_recognized(self, session: StoreSession, uuid: str, new: Convention) -> None:
        """A recognised new version supersedes the old one, in the same transaction (Art. 13)."""
        if not new.supersedes_uuid or not any(e.type is EventType.RECOGNIZED for e in new.events):
            return
        old = get_convention(session, new.supersedes_uuid)
        if old is None:
            return
        updated = supersede(old.data, old.uuid, new, uuid)  # refuses a second one in force
        if updated is not old.data:
            self.writer().update(session, old.uuid, updated, expected_version=old.meta.version)

    def new_version(self, uuid: str, *, title: str | None = None) -> StoredConvention:
        """Start an amendment or replacement: a new version superseding ``uuid`` when recognised."""
        old = self.get(uuid)
        draft = replace(
            old.data, title=title or old.data.title, events=(), supersedes_uuid=old.uuid
        )
        return self.add(draft)

    def event_json(self, uuid: str, obj: Mapping[str, Any]) -> StoredConvention:
        version = expected_version(obj)
        body = {k: v for k, v in obj.items() if k != "version"}
        return self.record_event(uuid, event_from_json(body), expected_version=version)
