"""One counting rule for every "at least N days" period (Civil Code 2015 Arts. 147–148)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.core.convention_warnings import stable_warnings
from desktop.core.conventions import (
    Convention,
    ConventionEvent,
    ConventionType,
    EventType,
)
from desktop.core.disclosure_warnings import stable_warnings as posted
from desktop.core.disclosures import Disclosure, Posting, posting_until
from desktop.core.meeting_deadlines import meeting_warnings
from desktop.core.meetings import (
    HouseholdBallot,
    Matter,
    Meeting,
    MeetingItem,
    MeetingType,
    Method,
)
from desktop.core.periods import days_counted, lasted, latest_start, period_end
from desktop.core.workdays import WorkCalendar

JULY_1 = date(2026, 7, 1)


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (JULY_1, 30, date(2026, 7, 31)),
        (JULY_1, 20, date(2026, 7, 21)),
        (date(2026, 2, 10), 30, date(2026, 3, 12)),  # across Tết: calendar days, no pause
        (date(2026, 8, 21), 2, date(2026, 8, 23)),
    ],
)
def test_period_end_does_not_count_the_first_day(start: date, days: int, end: date) -> None:
    assert period_end(start, days) == end
    assert lasted(start, end, days)
    assert not lasted(start, date.fromordinal(end.toordinal() - 1), days)
    assert days_counted(start, end) == days


def test_at_least_n_days_before() -> None:
    assert latest_start(date(2026, 7, 10), 2) == date(2026, 7, 8)


@pytest.mark.parametrize(
    ("last_day", "short"), [(date(2026, 7, 30), True), (date(2026, 7, 31), False)]
)
def test_posting_and_consultation_agree(last_day: date, short: bool) -> None:
    """The defect: a posting 01/07–30/07 counted 30 days while a draft posted for
    opinions 01/07–30/07 was warned short. Both now follow the one rule."""
    # A disclosure (item 1) posted at the office only: the village warning is not this test's.
    d = Disclosure(
        category=1,
        title="Kế hoạch",
        decided_on=date(2026, 6, 30),
        forms=(),
        postings=(Posting("Bảng tin trụ sở UBND xã", None, JULY_1, last_day),),
    )
    assert posting_until(d) == date(2026, 7, 31)
    assert ("removed_early" in {w.code for w in posted(d, WorkCalendar(), [])}) is short
    c = Convention(
        village_uuid="v",
        convention_type=ConventionType.HUONG_UOC,
        title="Hương ước",
        text="Điều 1. Phạm vi\nNội dung.",
        events=(
            ConventionEvent(EventType.PROPOSED, date(2026, 6, 1)),
            ConventionEvent(EventType.DRAFTING, date(2026, 6, 2)),
            ConventionEvent(EventType.CONSULTATION, JULY_1, until=last_day),
            ConventionEvent(EventType.ADOPTED, date(2026, 8, 10), meeting_uuid="m"),
        ),
    )
    codes = {w.code for w in stable_warnings(c, WorkCalendar())}
    assert ("consultation_short" in codes) is short


@pytest.mark.parametrize(
    ("notice_on", "late"), [(date(2026, 7, 8), False), (date(2026, 7, 9), True)]
)
def test_notice_two_days_before(notice_on: date, late: bool) -> None:
    m = Meeting(
        village_uuid="v",
        title="Hội nghị",
        meeting_type=MeetingType.DECISION,
        held_on=date(2026, 7, 10),
        notice_on=notice_on,
        households_total=100,
        households_present=80,
        items=(MeetingItem("Việc", Matter.OTHER, Method.SHOW_OF_HANDS, 60),),
    )
    assert ("notice_late" in {w.code for w in meeting_warnings(m, WorkCalendar())}) is late
    ballot = replace(
        m,
        notice_on=None,
        households_present=None,
        items=(MeetingItem("Việc", Matter.OTHER, Method.HOUSEHOLD_BALLOT, 60),),
        ballot=HouseholdBallot(100, 90, announced_on=notice_on),
    )
    codes = {w.code for w in meeting_warnings(ballot, WorkCalendar())}
    assert ("ballot_notice_late" in codes) is late
