"""The next step a hương ước / quy ước waits for, and by when (Decree 61/2023/NĐ-CP).

The one place that walks the life cycle forward: the window words the step
(``ui/convention_labels.py``), nothing else decides it. Deadlines (D61):

* the draft is posted for opinions at least 30 days before the meeting (Art. 9),
  counted by the Civil Code rule of :mod:`desktop.core.periods`;
* the dossier reaches the commune UBND within 5 working days of the adoption, and
  the UBND recognises or refuses within 5 working days of the dossier (Art. 11);
* the recognised text is sent to the village head and the MTTQ within 2 working
  days (Art. 18);
* a suspension states the day by which the text is corrected (Art. 12);
* the text is reviewed every year on its review day (Art. 15(4), Art. 19).

Working days come from the :class:`~desktop.core.workdays.WorkCalendar` (Tết, days
in lieu, swapped Saturdays). A step is overdue once its due day has passed; for a
period in working days, from the next working day on (the day the ``*_overdue``
warnings of :mod:`desktop.core.convention_warnings` appear).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.convention_warnings import (
    CONSULTATION_DAYS,
    DECISION_WORKING_DAYS,
    DISTRIBUTION_WORKING_DAYS,
    DOSSIER_WORKING_DAYS,
)
from desktop.core.conventions import (
    Convention,
    ConventionStatus,
    EventType,
    last_event,
    next_review_on,
    status,
)
from desktop.core.periods import period_end
from desktop.core.workdays import WorkCalendar

S, E = ConventionStatus, EventType


class NextStep(StrEnum):
    """What the convention waits for (the window words each code)."""

    PROPOSE = "propose"  # Art. 7
    DRAFT = "draft"  # Art. 8
    CONSULT = "consult"  # Art. 9: post the draft for opinions
    MEETING = "meeting"  # Art. 9-10: the meeting, from the end of the 30 days
    REDRAFT_OR_BALLOT = "redraft_or_ballot"  # Art. 10: rejected
    SUBMIT = "submit"  # Art. 11: the dossier, within 5 wd
    DECIDE = "decide"  # Art. 11: recognition or refusal, within 5 wd
    COMPLETE_OR_REDRAFT = "complete_or_redraft"  # Art. 11: refused
    CORRECT = "correct"  # Art. 12: by the suspension's deadline
    DISTRIBUTE = "distribute"  # Art. 18: within 2 wd of recognition
    REVIEW = "review"  # Art. 15(4): the yearly review


@dataclass(frozen=True)
class NextStepDue:
    """``step`` (None: nothing awaited), ``due`` its day (None: no deadline), and
    ``overdue`` once ``due`` has passed (see the module). ``due`` of ``MEETING`` is the first day
    the meeting may be held, never overdue."""

    step: NextStep | None
    due: date | None = None
    overdue: bool = False


def _by(step: NextStep, due: date, today: date) -> NextStepDue:
    return NextStepDue(step, due, today > due)


def _within(
    step: NextStep, since: date, working_days: int, calendar: WorkCalendar, today: date
) -> NextStepDue:
    """A step due within ``working_days`` of ``since``: due on the last of them, overdue
    once more working days than that have run (so on the next working day, as the
    ``*_overdue`` warnings of :mod:`desktop.core.convention_warnings` say)."""
    due = calendar.add_working_days(since, working_days)
    late = calendar.working_days_between(since, today) > working_days
    return NextStepDue(step, due, late)


def next_step(c: Convention, calendar: WorkCalendar, today: date) -> NextStepDue:
    """The step the law expects next and its due day, on ``today``."""
    current = status(c)
    last = c.events[-1] if c.events else None
    simple = {
        S.PROPOSED: NextStep.DRAFT,
        S.DRAFTING: NextStep.CONSULT,
        S.REJECTED: NextStep.REDRAFT_OR_BALLOT,
        S.REFUSED: NextStep.COMPLETE_OR_REDRAFT,
    }
    if current is None or last is None:
        return NextStepDue(NextStep.PROPOSE)
    if current in simple:
        return NextStepDue(simple[current])
    if current is S.CONSULTATION:
        posted = last_event(c, E.CONSULTATION) or last
        return NextStepDue(NextStep.MEETING, period_end(posted.on, CONSULTATION_DAYS))
    if current is S.ADOPTED:
        return _within(NextStep.SUBMIT, last.on, DOSSIER_WORKING_DAYS, calendar, today)
    if current is S.SUBMITTED:
        return _within(NextStep.DECIDE, last.on, DECISION_WORKING_DAYS, calendar, today)
    if current is S.SUSPENDED:
        suspension = last_event(c, E.SUSPENDED)
        if suspension is not None and suspension.until is not None:
            return _by(NextStep.CORRECT, suspension.until, today)
    if current in (S.IN_FORCE, S.SUSPENDED):
        recognized = last_event(c, E.RECOGNIZED)
        if recognized is not None:
            after = c.events[c.events.index(recognized) :]
            if not any(e.type is E.DISTRIBUTED for e in after):
                limit = DISTRIBUTION_WORKING_DAYS
                return _within(NextStep.DISTRIBUTE, recognized.on, limit, calendar, today)
        review = next_review_on(c)
        if review is not None:
            return _by(NextStep.REVIEW, review, today)
    return NextStepDue(None)
