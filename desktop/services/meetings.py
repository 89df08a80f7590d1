"""Use cases for village meetings and community decisions (Law Arts. 15–24; D59 Arts. 3–5)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desktop.core.meeting_json import StoredMeeting, meeting_from_json, meeting_to_json
from desktop.core.meetings import Meeting
from desktop.core.specs.meeting import MEETING
from desktop.core.villages import households_on
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.services.records import Codec, Queries, Reader, RecordService
from desktop.storage.meetings import (
    MeetingAdapter,
    MeetingQuery,
    count_meetings,
    fetch_meetings,
    get_meeting,
    meeting_ids,
    meeting_years,
)
from desktop.storage.records import KindAdapter
from desktop.storage.villages import get_village


class MeetingService(RecordService[Meeting, StoredMeeting, MeetingQuery]):
    """Everything the window and the command line do with meetings."""

    spec = MEETING
    queries = Queries(
        MeetingQuery, meeting_ids, count_meetings, fetch_meetings, get_meeting, meeting_years
    )
    codec = Codec(meeting_from_json, meeting_to_json)

    def __init__(self, ctx: StoreContext, calendar: CalendarService) -> None:
        super().__init__(ctx)
        self.calendar = calendar

    def adapter(self) -> KindAdapter[Meeting, Any]:
        return MeetingAdapter(self.calendar.calendar())

    def with_defaults(self, data: Meeting) -> Meeting:
        """Fill households_total from the village's count in force on the meeting day."""
        with self.ctx.db.reading() as session:
            return self.prepare(session, data)

    def prepare(self, session: Reader, data: Meeting) -> Meeting:
        """households_total defaults to the village's count in force on the meeting day."""
        if data.households_total is not None or not data.village_uuid or data.held_on is None:
            return data
        village = get_village(session, data.village_uuid)
        if village is None:
            return data
        count = households_on(village.history, data.held_on)
        if count is None:
            count = village.data.households_total
        return replace(data, households_total=count)
