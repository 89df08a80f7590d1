"""Core's per-item verdict on a meeting form (what Save would store), at its edges."""

from __future__ import annotations

from datetime import date

from desktop.core.meeting_verdicts import Pending, expected_recognizer, item_verdicts
from desktop.core.meetings import (
    HouseholdBallot,
    Matter,
    Meeting,
    MeetingItem,
    MeetingType,
    Method,
    Outcome,
    Recognizer,
)

HANDS = MeetingItem("Đóng góp", Matter.CONTRIBUTION, Method.SHOW_OF_HANDS, votes_for=142)
BALLOT = MeetingItem("Trưởng thôn", Matter.OTHER, Method.HOUSEHOLD_BALLOT, votes_for=107)


def _meeting(present: int | None, returned: int, total: int | None = 212) -> Meeting:
    return Meeting(
        "v1",
        "Hội nghị",
        MeetingType.DECISION,
        date(2026, 3, 10),
        households_total=total,
        households_present=present,
        items=(HANDS, BALLOT),
        ballot=HouseholdBallot(papers_issued=212, papers_returned=returned),
    )


def test_each_item_rests_only_on_its_own_counts() -> None:
    """A wrong papers count blocks the ballot item only (D59 Art. 4); a missing
    households-present blocks the show of hands only."""
    (hands, ballot), errors = item_verdicts(_meeting(180, 213))
    assert hands.result is not None and hands.result.outcome is Outcome.PASSED  # 142*3 >= 424
    assert ballot.result is None and ballot.pending is Pending.FIX_COUNTS
    assert "ballot.papers_returned" in {e.field for e in errors}
    (hands, ballot), _ = item_verdicts(_meeting(None, 200))
    assert hands.pending is Pending.ENTER_PRESENT
    assert ballot.result is not None and ballot.result.outcome is Outcome.PASSED  # 107*2 > 212


def test_without_the_total_no_item_is_judged() -> None:
    verdicts, _ = item_verdicts(_meeting(180, 200, total=None))
    assert [v.pending for v in verdicts] == [Pending.NO_TOTAL, Pending.NO_TOTAL]
    verdicts, _ = item_verdicts(_meeting(180, 200, total=0))
    assert [v.pending for v in verdicts] == [Pending.FIX_COUNTS, Pending.FIX_COUNTS]


def test_who_recognises() -> None:
    assert expected_recognizer({Matter.BOARDS}) is Recognizer.MTTQ  # Law Art. 20
    assert expected_recognizer({Matter.BOARDS, Matter.VILLAGE_HEAD}) is Recognizer.UBND
