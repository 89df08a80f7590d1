"""The next step of a convention and its due day (D61 Arts. 9-18), at the boundaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop.core.convention_next import NextStep, NextStepDue, next_step
from desktop.core.convention_warnings import live_warnings
from desktop.core.conventions import Convention, ConventionEvent, ConventionType, EventType
from desktop.core.workdays import WorkCalendar

E = EventType
TET_2026 = [date(2026, 2, d) for d in range(16, 21)]  # Mon 16 – Fri 20 February
CALENDAR = WorkCalendar(TET_2026)
SWAPPED = WorkCalendar(TET_2026, working_days=[date(2026, 2, 21)])  # Saturday worked
BASE = Convention("v1", ConventionType.HUONG_UOC, "Hương ước thôn Đông", "Điều 1. A\nB.")
BEFORE = ((E.PROPOSED, date(2026, 1, 2)), (E.DRAFTING, date(2026, 1, 5)))


def _conv(*steps: tuple[EventType, date], **kw: date) -> Convention:
    events = [ConventionEvent(t, on) for t, on in (*BEFORE, *steps)]
    if "until" in kw:
        events[-1] = replace(events[-1], until=kw["until"])
    return replace(BASE, events=tuple(events))


ADOPTED_BEFORE_TET = _conv((E.CONSULTATION, date(2026, 1, 6)), (E.ADOPTED, date(2026, 2, 12)))


@pytest.mark.parametrize(
    ("today", "overdue"),
    [(date(2026, 2, 25), False), (date(2026, 2, 26), False), (date(2026, 2, 27), True)],
)
def test_dossier_due_five_working_days_after_adoption_across_tet(
    today: date, overdue: bool
) -> None:
    """Adopted Thu 12/02: Fri 13/02, (Tết 16-20), 23, 24, 25, 26/02 = the 5th working day."""
    found = next_step(ADOPTED_BEFORE_TET, CALENDAR, today)
    assert found == NextStepDue(NextStep.SUBMIT, date(2026, 2, 26), overdue)


def test_a_swapped_saturday_brings_the_due_day_forward() -> None:
    found = next_step(ADOPTED_BEFORE_TET, SWAPPED, date(2026, 2, 26))
    assert found == NextStepDue(NextStep.SUBMIT, date(2026, 2, 25), True)


@pytest.mark.parametrize(
    ("today", "overdue"), [(date(2026, 3, 3), False), (date(2026, 3, 4), True)]
)
def test_decision_then_distribution_deadlines(today: date, overdue: bool) -> None:
    submitted = _conv(
        (E.CONSULTATION, date(2026, 1, 6)),
        (E.ADOPTED, date(2026, 2, 12)),
        (E.SUBMITTED, date(2026, 2, 13)),
    )
    # Fri 13/02 + 5 working days over Tết: 23, 24, 25, 26, 27/02.
    assert next_step(submitted, CALENDAR, date(2026, 2, 27)).due == date(2026, 2, 27)
    # Overdue from the next working day, Monday 02/03 (not over the weekend).
    assert not next_step(submitted, CALENDAR, date(2026, 3, 1)).overdue
    assert next_step(submitted, CALENDAR, date(2026, 3, 2)).overdue
    recognized = replace(
        submitted,
        events=(*submitted.events, ConventionEvent(E.RECOGNIZED, date(2026, 2, 27))),
    )
    # Recognised Fri 27/02: sent within 2 working days, by Tue 03/03 (Art. 18).
    found = next_step(recognized, CALENDAR, today)
    assert found == NextStepDue(NextStep.DISTRIBUTE, date(2026, 3, 3), overdue)
    sent = replace(
        recognized,
        events=(*recognized.events, ConventionEvent(E.DISTRIBUTED, date(2026, 3, 2))),
    )
    review = next_step(sent, CALENDAR, date(2026, 11, 18))
    assert review == NextStepDue(NextStep.REVIEW, date(2026, 11, 18), False)  # Art. 15(4)


def test_meeting_after_thirty_days_of_consultation_and_the_simple_steps() -> None:
    consulted = _conv((E.CONSULTATION, date(2026, 1, 6)))
    found = next_step(consulted, CALENDAR, date(2026, 3, 1))
    assert found == NextStepDue(NextStep.MEETING, date(2026, 2, 5), False)  # Art. 9
    assert next_step(BASE, CALENDAR, date(2026, 1, 1)).step is NextStep.PROPOSE
    assert next_step(_conv(), CALENDAR, date(2026, 1, 6)).step is NextStep.CONSULT


@pytest.mark.parametrize(
    ("today", "overdue"), [(date(2026, 6, 30), False), (date(2026, 7, 1), True)]
)
def test_a_suspension_is_corrected_by_its_deadline(today: date, overdue: bool) -> None:
    suspended = _conv(
        (E.CONSULTATION, date(2026, 1, 6)),
        (E.ADOPTED, date(2026, 2, 12)),
        (E.SUBMITTED, date(2026, 2, 13)),
        (E.RECOGNIZED, date(2026, 2, 27)),
        (E.SUSPENDED, date(2026, 6, 1)),
        until=date(2026, 6, 30),
    )
    found = next_step(suspended, CALENDAR, today)
    assert found == NextStepDue(NextStep.CORRECT, date(2026, 6, 30), overdue)  # Art. 12


@pytest.mark.parametrize("calendar", [CALENDAR, SWAPPED])
def test_overdue_exactly_when_the_core_warning_says_so(calendar: WorkCalendar) -> None:
    """The window's "overdue" and the overview's warning never disagree, day by day
    across Tết (and a swapped Saturday)."""
    day = date(2026, 2, 12)
    while day <= date(2026, 3, 10):
        found = next_step(ADOPTED_BEFORE_TET, calendar, day)
        codes = {w.code for w in live_warnings(ADOPTED_BEFORE_TET, calendar, day)}
        assert found.overdue is ("dossier_overdue" in codes), day
        day += timedelta(days=1)
