"""The household ballot as a fallback (D59 Art. 4(1)(b)): only after an EARLIER meeting
on the same matter that lacked the households present to reach the threshold."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop.core.meeting_ballot import fallback_errors, threshold_reachable
from desktop.core.meetings import (
    HouseholdBallot,
    Matter,
    Meeting,
    MeetingItem,
    MeetingType,
    Method,
)
from desktop.core.warning_words import word_warning

TOTAL = 212
CLAUSE_MATTERS = (Matter.CONVENTION, Matter.VILLAGE_HEAD, Matter.BOARDS)


def _meeting(matter: Matter, present: int, held_on: date, **kw: Any) -> Meeting:
    votes = min(present, 90)
    base = Meeting(
        village_uuid="v",
        title="Hội nghị thôn",
        meeting_type=MeetingType.DECISION,
        held_on=held_on,
        households_total=TOTAL,
        households_present=present,
        items=(MeetingItem("Nội dung", matter, Method.SHOW_OF_HANDS, votes, 0, 0),),
    )
    return replace(base, **kw)


def _ballot(matter: Matter, held_on: date) -> Meeting:
    return Meeting(
        village_uuid="v",
        title="Phát phiếu lấy ý kiến hộ gia đình",
        meeting_type=MeetingType.DECISION,
        held_on=held_on,
        households_total=TOTAL,
        items=(MeetingItem("Nội dung", matter, Method.HOUSEHOLD_BALLOT, 150, 10, 0),),
        ballot=HouseholdBallot(TOTAL, 180, after_failed_meeting_uuid="m"),
    )


def _codes(ballot: Meeting, earlier: Meeting) -> list[str]:
    return [e.code for e in fallback_errors(ballot, earlier)]


@pytest.mark.parametrize("matter", CLAUSE_MATTERS)
@pytest.mark.parametrize(
    ("present", "codes"),
    [(106, []), (107, ["failed_meeting_had_quorum"]), (0, [])],
)
def test_only_a_meeting_short_of_households_opens_the_ballot(
    matter: Matter, present: int, codes: list[str]
) -> None:
    # 106 × 2 = 212 is not more than 212: even all present for it could not pass.
    # 107 present could have passed it: the meeting failed on the vote, and stands.
    earlier = _meeting(matter, present, date(2026, 3, 10))
    assert _codes(_ballot(matter, date(2026, 3, 20)), earlier) == codes


def test_the_refusal_names_the_count() -> None:
    earlier = _meeting(Matter.VILLAGE_HEAD, 150, date(2026, 3, 10))
    (error,) = fallback_errors(_ballot(Matter.VILLAGE_HEAD, date(2026, 3, 20)), earlier)
    assert error.field == "ballot.after_failed_meeting"
    assert error.params == {"present": 150, "total": TOTAL, "matter": "village_head"}


@pytest.mark.parametrize(
    ("meeting_on", "ballot_on", "codes"),
    [
        (date(2026, 3, 19), date(2026, 3, 20), []),  # the day before
        (date(2026, 3, 20), date(2026, 3, 20), ["failed_meeting_not_before"]),  # same day
        (date(2026, 3, 21), date(2026, 3, 20), ["failed_meeting_not_before"]),  # after
        # Across Tết 2026 (16–20/02): a meeting on the eve, the ballot after the holiday.
        (date(2026, 2, 16), date(2026, 2, 23), []),
        (date(2026, 2, 23), date(2026, 2, 22), ["failed_meeting_not_before"]),
    ],
)
def test_the_meeting_must_come_before_the_ballot(
    meeting_on: date, ballot_on: date, codes: list[str]
) -> None:
    earlier = _meeting(Matter.CONVENTION, 80, meeting_on)
    assert _codes(_ballot(Matter.CONVENTION, ballot_on), earlier) == codes


def test_a_ballot_dated_before_the_meeting_names_both_dates() -> None:
    earlier = _meeting(Matter.CONVENTION, 80, date(2026, 3, 21))
    (error,) = fallback_errors(_ballot(Matter.CONVENTION, date(2026, 3, 20)), earlier)
    assert error.params == {"held_on": "21/03/2026", "ballot_on": "20/03/2026"}


def test_same_matter_at_a_meeting_required() -> None:
    other_matter = _meeting(Matter.OTHER, 80, date(2026, 3, 10))
    ballot = _ballot(Matter.CONVENTION, date(2026, 3, 20))
    assert _codes(ballot, other_matter) == ["failed_meeting_matter"]
    # An earlier household ballot is not a meeting that lacked households present.
    earlier_ballot = replace(
        other_matter,
        items=(MeetingItem("Nội dung", Matter.CONVENTION, Method.HOUSEHOLD_BALLOT, 80),),
    )
    assert _codes(ballot, earlier_ballot) == ["failed_meeting_matter"]


@pytest.mark.parametrize(
    ("matter", "present", "reachable"),
    [
        (Matter.CONVENTION, 106, False),
        (Matter.CONVENTION, 107, True),
        (Matter.CONTRIBUTION, 141, False),  # 141 × 3 = 423 < 424
        (Matter.CONTRIBUTION, 142, True),
        (Matter.OTHER, 107, True),
    ],
)
def test_threshold_reachable(matter: Matter, present: int, reachable: bool) -> None:
    assert threshold_reachable(matter, TOTAL, present) is reachable


@pytest.mark.parametrize(("issued", "codes"), [(211, ["ballot_papers_short"]), (212, [])])
def test_one_paper_per_household(issued: int, codes: list[str]) -> None:
    from desktop.core.meeting_deadlines import meeting_warnings
    from desktop.core.workdays import WorkCalendar

    m = _ballot(Matter.OTHER, date(2026, 3, 20))
    m = replace(m, ballot=HouseholdBallot(issued, 180))
    warnings = meeting_warnings(m, WorkCalendar())
    assert [w.code for w in warnings] == codes
    if codes:
        assert "211 phiếu" in word_warning(
            "meeting", warnings[0]
        ) and "thiếu 1 phiếu" in word_warning("meeting", warnings[0])
        assert "Điều 4 Nghị định 59/2023/NĐ-CP" in word_warning("meeting", warnings[0])
