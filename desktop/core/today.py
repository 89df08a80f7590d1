"""What needs doing today: the deadlines of the other rules, gathered for the overview.

No rule is new here: each line comes from a verdict of its own module (a disclosure's
deadline, Law 10/2022/QH15 Art. 12(3); its 30 days on the board, Art. 13; the minutes
sent within 5 working days, Art. 20 / D59 Art. 4; a hương ước's awaited steps and
yearly review, D61; the civic deadlines of core/civic_due.py and the yearly dialogue of
Art. 32; the reception, letter and case deadlines of core/citizen_due.py).
This module only names the kinds of line and orders them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.meetings import DEADLINE_WORKING_DAYS, Meeting
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar

ENDING_WITHIN_DAYS = 7  # "ending this week"


class TodoCode(StrEnum):
    DISCLOSURE_OVERDUE = "disclosure_overdue"
    POSTING_ENDS = "posting_ends"
    MINUTES_TO_SEND = "minutes_to_send"
    CONVENTION_ATTENTION = "convention_attention"
    RECEIPT_AWAITED = "receipt_awaited"
    # Issue 16 (core/civic_due.py): a consultation closing, a commitment or an answer due.
    CIVIC_DUE = "civic_due"
    # Issue 15 (core/citizen_due.py): a visit's answer, a letter or a case step due.
    CITIZEN_DUE = "citizen_due"
    # Law Art. 32: no UBND–resident dialogue held this year by the set day.
    DIALOGUE_YEAR_MISSING = "dialogue_year_missing"


@dataclass(frozen=True)
class TodoItem:
    """One thing to do: which record (``kind``/``uuid``), by when, and why.

    ``kind`` is a record kind (``meeting``, ``disclosure``, ``convention``) or
    ``sync`` for the synchronisation page; ``detail`` is the core warning that
    raised the line, when there is one (a code, worded by the window); ``count`` numbers
    bundles for receipts.
    """

    code: TodoCode
    kind: str
    uuid: str | None
    title: str
    on: date | None
    late: bool
    detail: RecordWarning | None = None
    count: int = 0


def minutes_due(meeting: Meeting, calendar: WorkCalendar) -> date | None:
    """The last day to send the minutes to the UBND and MTTQ (Law Art. 20; D59 Art. 4).

    Counted from the meeting, or from a household ballot's return deadline, as
    :func:`desktop.core.meeting_deadlines.meeting_warnings` counts them.
    """
    ballot = meeting.ballot
    base = ballot.deadline_on if ballot is not None and ballot.deadline_on else meeting.held_on
    if base is None:
        return None
    return calendar.add_working_days(base, DEADLINE_WORKING_DAYS)


def ends_soon(until: date | None, today: date) -> bool:
    """A posting whose last day is today or within the week."""
    return until is not None and 0 <= (until - today).days <= ENDING_WITHIN_DAYS


def in_order(items: list[TodoItem]) -> list[TodoItem]:
    """Late things first, then by their day (the nearest first)."""
    return sorted(items, key=lambda i: (not i.late, i.on or date.max, i.code.value, i.title))
