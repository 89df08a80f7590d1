"""Use cases for village meetings and community decisions (Law Arts. 15–24; D59 Arts. 3–5)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from desktop.core.errors import NotFoundError
from desktop.core.meeting_json import StoredMeeting, meeting_from_json
from desktop.core.meetings import Meeting
from desktop.core.villages import households_on
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.storage.meetings import (
    MeetingAdapter,
    MeetingQuery,
    count_meetings,
    fetch_meetings,
    get_meeting,
    meeting_ids,
    meeting_years,
)
from desktop.storage.records import RecordWriter
from desktop.storage.villages import get_village


class MeetingService:
    """Everything the window and the command line do with meetings."""

    def __init__(self, ctx: StoreContext, calendar: CalendarService) -> None:
        self.ctx = ctx
        self.calendar = calendar

    def _writer(self) -> RecordWriter[Meeting, Any]:
        return RecordWriter(
            MeetingAdapter(self.calendar.calendar()),
            actor=self.ctx.actor(),
            origin_code=self.ctx.origin_code(),
            clock=self.ctx.clock,
        )

    def writer(self) -> RecordWriter[Meeting, Any]:
        """The write path of meetings, for an import that mirrors a village's meetings."""
        return self._writer()

    # --- reading -----------------------------------------------------------------
    def years(self) -> list[int]:
        with self.ctx.db.reading() as session:
            return meeting_years(session)

    def ids(self, query: MeetingQuery | None = None) -> list[str]:
        with self.ctx.db.reading() as session:
            return meeting_ids(session, query or MeetingQuery())

    def count(self, query: MeetingQuery | None = None) -> int:
        with self.ctx.db.reading() as session:
            return count_meetings(session, query or MeetingQuery())

    def fetch(self, uuids: Sequence[str]) -> list[StoredMeeting]:
        with self.ctx.db.reading() as session:
            return fetch_meetings(session, uuids)

    def list(self, query: MeetingQuery | None = None) -> list[StoredMeeting]:
        return self.fetch(self.ids(query))

    def get(self, uuid: str) -> StoredMeeting:
        with self.ctx.db.reading() as session:
            meeting = get_meeting(session, uuid)
        if meeting is None:
            raise NotFoundError("meeting", uuid)
        return meeting

    # --- writing -----------------------------------------------------------------
    def with_defaults(self, data: Meeting) -> Meeting:
        """Fill households_total from the village's count in force on the meeting day."""
        if data.households_total is not None or not data.village_uuid or data.held_on is None:
            return data
        with self.ctx.db.reading() as session:
            village = get_village(session, data.village_uuid)
        if village is None:
            return data
        count = households_on(village.history, data.held_on)
        if count is None:
            count = village.data.households_total
        return replace(data, households_total=count)

    def add(self, data: Meeting) -> StoredMeeting:
        with self.ctx.db.transaction() as session:
            uuid = self._writer().create(session, self.with_defaults(data)).uuid
        return self.get(uuid)

    def add_many(self, batch: Sequence[tuple[str | None, Meeting]]) -> Sequence[str]:
        """Store many meetings in ONE transaction (generated data, bulk entry): the same
        write path, checks, journal and change log as :meth:`add`, one commit.
        Each pair is (uuid or None for a fresh one, content); returns the uuids."""
        writer = self._writer()
        with self.ctx.db.transaction() as session:
            return [
                writer.create(session, self.with_defaults(data), uuid=uuid).uuid
                for uuid, data in batch
            ]

    def update(
        self, uuid: str, data: Meeting, *, expected_version: int | None = None
    ) -> StoredMeeting:
        with self.ctx.db.transaction() as session:
            self._writer().update(
                session, uuid, self.with_defaults(data), expected_version=expected_version
            )
        return self.get(uuid)

    def add_json(self, obj: Mapping[str, Any]) -> StoredMeeting:
        return self.add(meeting_from_json(obj))

    def update_json(self, uuid: str, obj: Mapping[str, Any]) -> StoredMeeting:
        current = self.get(uuid)
        data = meeting_from_json(obj, base=current.data)
        expected = obj.get("version")
        version = expected if isinstance(expected, int) and not isinstance(expected, bool) else None
        return self.update(uuid, data, expected_version=version)
