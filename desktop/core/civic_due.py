""" "Needs doing today" inputs for consultations, dialogues, boards and oversight.

Each function lists, for one record, what falls due from today up to ``within_wd`` working
days ahead (setting :attr:`CivicSettings.due_within_wd`, default 5) and what is already
overdue: a consultation closing, a dialogue commitment due or overdue, an inspection plan to
send, a recommendation the UBND must answer, the investor's notice. The overview sorts and
words them (:mod:`desktop.core.civic_messages`, the deadline codes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.civic import DEFAULT_SETTINGS, CivicSettings, Deadline
from desktop.core.consultation import Consultation, closing_deadline
from desktop.core.dialogue import Dialogue, commitment_deadlines
from desktop.core.oversight import Oversight, oversight_deadlines
from desktop.core.oversight_board import Board, investor_notice_by
from desktop.core.workdays import WorkCalendar


@dataclass(frozen=True)
class DueItem:
    """One thing to do: the deadline, and whether its day has passed."""

    deadline: Deadline
    overdue: bool


def horizon(today: date, cal: WorkCalendar, settings: CivicSettings = DEFAULT_SETTINGS) -> date:
    """The last day "needs doing today" looks at: ``within_wd`` working days after today."""
    return cal.add_working_days(today, settings.due_within_wd)


def _pick(deadlines: list[Deadline], today: date, last: date, keep_overdue: bool) -> list[DueItem]:
    out: list[DueItem] = []
    for d in deadlines:
        if d.due < today:
            if keep_overdue:
                out.append(DueItem(d, True))
        elif d.due <= last:
            out.append(DueItem(d, False))
    return sorted(out, key=lambda i: i.deadline.due)


def consultation_due(
    c: Consultation,
    today: date,
    cal: WorkCalendar,
    settings: CivicSettings = DEFAULT_SETTINGS,
    last: date | None = None,
) -> list[DueItem]:
    """A consultation closing within the horizon (a closed one is no longer to do);
    ``last``, here and below: the last day looked at (default :func:`horizon`)."""
    d = closing_deadline(c)
    if d is None or c.synthesised_on is not None:
        return []
    return _pick([d], today, last or horizon(today, cal, settings), keep_overdue=False)


def dialogue_due(
    dialogue: Dialogue,
    today: date,
    cal: WorkCalendar,
    settings: CivicSettings = DEFAULT_SETTINGS,
    last: date | None = None,
) -> list[DueItem]:
    """Commitments not yet done: due within the horizon, or overdue."""
    until = last or horizon(today, cal, settings)
    return _pick(commitment_deadlines(dialogue), today, until, True)


def oversight_due(
    o: Oversight,
    today: date,
    cal: WorkCalendar,
    settings: CivicSettings = DEFAULT_SETTINGS,
    last: date | None = None,
) -> list[DueItem]:
    """The inspection plan to send and the answers the UBND owes (overdue included)."""
    return _pick(
        oversight_deadlines(o, today, cal, settings),
        today,
        last or horizon(today, cal, settings),
        keep_overdue=True,
    )


def board_due(
    b: Board, today: date, cal: WorkCalendar, settings: CivicSettings = DEFAULT_SETTINGS
) -> list[DueItem]:
    """The investor's notice of a Ban GSĐTCĐ not yet sent."""
    d = investor_notice_by(b, settings)
    if d is None or b.investor_notified_on is not None:
        return []
    return _pick([d], today, horizon(today, cal, settings), keep_overdue=True)
