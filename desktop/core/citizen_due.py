""" "Needs doing today" inputs for reception, letters and cases (issue 15).

For one record: each deadline its steps started that is not met yet and falls due from
today up to the horizon (``within_wd`` working days ahead, :func:`desktop.core.civic_due.
horizon`, default 5), or is already overdue — a visit's answer (LTCD Art. 28(1)), a
letter's processing and forwarding (TT05; LTC Art. 24), a case's acceptance, notification
and resolution (LKN Arts. 27-28; LTC Arts. 29-30) and the steps after the decision. Each
item carries the warning that words it: the deadline's own code when it is still ahead,
``<code>_overdue`` when its day has passed (:func:`desktop.core.citizen_common.late_warning`).
A deadline held open by a running suspension (no due day) is not listed. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core.case_deadlines import acted_deadlines
from desktop.core.cases import Case
from desktop.core.citizen_common import (
    DEFAULT_SETTINGS,
    CitizenSettings,
    CitizenWarning,
    Deadline,
    late_warning,
    warn,
)
from desktop.core.civic_due import horizon
from desktop.core.letters import Letter, letter_deadlines_done
from desktop.core.reception import ReceptionSession, answer_deadline
from desktop.core.workdays import WorkCalendar


@dataclass(frozen=True)
class CitizenDue:
    """One open deadline: its last day, whether that day has passed, and its words."""

    due: date
    overdue: bool
    detail: CitizenWarning


def pending(
    pairs: Iterable[tuple[Deadline, date | None]], today: date, last: date
) -> list[CitizenDue]:
    """The deadlines not met yet (``done`` None) that are overdue or due by ``last``."""
    out: list[CitizenDue] = []
    for d, done in pairs:
        if done is not None or d.due is None or d.due > last:
            continue
        late = late_warning(d, None, today)
        if late is not None:
            out.append(CitizenDue(d.due, True, late))
        else:
            out.append(CitizenDue(d.due, False, warn(d.code, **d.params)))
    return sorted(out, key=lambda i: i.due)


def letter_due(
    letter: Letter,
    today: date,
    cal: WorkCalendar,
    settings: CitizenSettings = DEFAULT_SETTINGS,
    last: date | None = None,
) -> list[CitizenDue]:
    """A letter to process, classify, forward or answer (due by ``last``: default the
    horizon of "needs doing today")."""
    return pending(letter_deadlines_done(letter, cal, settings), today, last or horizon(today, cal))


def case_due(
    case: Case,
    today: date,
    cal: WorkCalendar,
    settings: CitizenSettings = DEFAULT_SETTINGS,
    last: date | None = None,
) -> list[CitizenDue]:
    """A case's steps the officer owes (the complainant's own deadlines left out)."""
    return pending(acted_deadlines(case, cal, settings), today, last or horizon(today, cal))


def reception_due(
    session: ReceptionSession,
    today: date,
    cal: WorkCalendar,
    settings: CitizenSettings = DEFAULT_SETTINGS,
    last: date | None = None,
) -> list[CitizenDue]:
    """Visits whose citizen still awaits the answer (LTCD Art. 28(1)), numbered as the
    book numbers them."""
    out: list[CitizenDue] = []
    last = last or horizon(today, cal)
    for i, v in enumerate(session.visits):
        d = answer_deadline(session, v, cal, settings)
        if d is None:
            continue
        for item in pending([(d, v.answered_on)], today, last):
            detail = warn(item.detail.code, visit=i + 1, **item.detail.params)
            out.append(CitizenDue(item.due, item.overdue, detail))
    return sorted(out, key=lambda i: i.due)
