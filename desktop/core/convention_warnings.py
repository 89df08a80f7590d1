"""Deadlines a hương ước / quy ước record missed: saved, but shown with the article.

Two kinds, kept apart because only the second depends on the day you look:

* :func:`stable_warnings` — facts of the recorded dates (a dossier filed on the
  7th working day stays late forever); they can be stored with the record.
* :func:`live_warnings` — a step still awaited past its deadline, or a review
  or suspension overdue; recompute them with ``today`` when showing the record.
"""

from __future__ import annotations

from datetime import date

from desktop.core.convention_text import parse_text, text_warnings
from desktop.core.conventions import (
    RECOGNIZED_STATES,
    Convention,
    ConventionEvent,
    ConventionStatus,
    EventType,
    last_event,
    next_review_on,
    status,
)
from desktop.core.periods import days_counted, lasted
from desktop.core.warnings import RecordWarning, warning
from desktop.core.workdays import WorkCalendar

CONSULTATION_DAYS = 30  # the draft posted at least 30 days, Art. 9
DOSSIER_WORKING_DAYS = 5  # dossier to the UBND within 5 wd of adoption, Art. 11
DECISION_WORKING_DAYS = 5  # recognition or refusal within 5 wd of the dossier, Art. 11
DISTRIBUTION_WORKING_DAYS = 2  # text sent to the village head and MTTQ within 2 wd, Art. 18

E = EventType


def _type(c: Convention) -> str:
    """The convention's type, a parameter the catalog words ("hương ước" / "quy ước")."""
    return c.convention_type.value


def _consultation_short(
    c: Convention, cons: ConventionEvent, adopted: date
) -> RecordWarning | None:
    # The draft is posted for opinions at least 30 days (Art. 9), counted by the one
    # rule of desktop.core.periods (Civil Code Arts. 147–148); the posting ends at its
    # recorded end (``until``) or, without one, at the adoption.
    end = cons.until if cons.until is not None and cons.until < adopted else adopted
    days = days_counted(cons.on, end)
    if lasted(cons.on, end, CONSULTATION_DAYS):
        return None
    return warning(
        "consultation_short",
        type=_type(c),
        start=cons.on,
        end=end,
        days=days,
        need=CONSULTATION_DAYS,
        variant="adopted" if end == adopted else "until",
    )


def _late(code: str, c: Convention, on: date, wd: int, since: date, limit: int) -> RecordWarning:
    return warning(code, type=_type(c), on=on, wd=wd, since=since, limit=limit)


def stable_warnings(c: Convention, calendar: WorkCalendar) -> list[RecordWarning]:
    """Warnings fixed by the recorded dates (and the text's article numbering)."""
    out: list[RecordWarning] = []
    if c.text.strip():
        out.extend(text_warnings(parse_text(c.text)))
    consultation: ConventionEvent | None = None
    adopted: ConventionEvent | None = None  # the adoption awaiting its first dossier
    submitted: ConventionEvent | None = None
    recognized: ConventionEvent | None = None  # the recognition awaiting its distribution
    for e in c.events:
        if e.type is E.CONSULTATION:
            consultation = e
        elif e.type is E.ADOPTED:
            if consultation is not None:
                w = _consultation_short(c, consultation, e.on)
                out.extend([w] if w else [])
            adopted = e
        elif e.type is E.SUBMITTED:
            # Dossier within 5 wd of adoption (Art. 11); a dossier completed after a
            # refusal is not measured against the adoption.
            if adopted is not None:
                wd = calendar.working_days_between(adopted.on, e.on)
                if wd > DOSSIER_WORKING_DAYS:
                    limit = DOSSIER_WORKING_DAYS
                    out.append(_late("dossier_late", c, e.on, wd, adopted.on, limit))
            adopted, submitted = None, e
        elif e.type in (E.RECOGNIZED, E.REFUSED) and submitted is not None:
            # Recognition, or a written refusal, within 5 wd of the dossier (Art. 11).
            wd = calendar.working_days_between(submitted.on, e.on)
            if wd > DECISION_WORKING_DAYS:
                code = "recognition_late" if e.type is E.RECOGNIZED else "refusal_late"
                out.append(_late(code, c, e.on, wd, submitted.on, DECISION_WORKING_DAYS))
            submitted = None
            recognized = e if e.type is E.RECOGNIZED else None
        elif e.type is E.DISTRIBUTED and recognized is not None:
            # The UBND sends the recognised text within 2 wd (Art. 18).
            wd = calendar.working_days_between(recognized.on, e.on)
            if wd > DISTRIBUTION_WORKING_DAYS:
                limit = DISTRIBUTION_WORKING_DAYS
                out.append(_late("distribution_late", c, e.on, wd, recognized.on, limit))
            recognized = None
    return out


def _overdue(code: str, c: Convention, since: date, wd: int, limit: int) -> RecordWarning:
    # "quá thời hạn 2 ngày" read as "2 days late" for a step 30 days old: the catalog says both.
    return warning(code, type=_type(c), since=since, wd=wd, late=wd - limit, limit=limit)


def live_warnings(c: Convention, calendar: WorkCalendar, today: date) -> list[RecordWarning]:
    """Warnings that depend on ``today``: a step awaited past its deadline, a yearly
    review overdue, a suspension past its deadline."""
    out: list[RecordWarning] = []
    current = status(c)
    last = c.events[-1] if c.events else None
    if current is ConventionStatus.ADOPTED and last is not None:
        wd = calendar.working_days_between(last.on, today)
        if wd > DOSSIER_WORKING_DAYS:  # Art. 11
            out.append(_overdue("dossier_overdue", c, last.on, wd, DOSSIER_WORKING_DAYS))
    if current is ConventionStatus.SUBMITTED and last is not None:
        wd = calendar.working_days_between(last.on, today)
        if wd > DECISION_WORKING_DAYS:  # Art. 11
            out.append(_overdue("decision_overdue", c, last.on, wd, DECISION_WORKING_DAYS))
    if current not in RECOGNIZED_STATES:
        return out
    recognized = last_event(c, E.RECOGNIZED)
    assert recognized is not None
    index = c.events.index(recognized)
    distributed = any(e.type is E.DISTRIBUTED for e in c.events[index:])
    wd = calendar.working_days_between(recognized.on, today)
    if not distributed and wd > DISTRIBUTION_WORKING_DAYS:  # Art. 18
        limit = DISTRIBUTION_WORKING_DAYS
        out.append(_overdue("distribution_overdue", c, recognized.on, wd, limit))
    due = next_review_on(c)
    if due is not None and today > due:
        # Reviewed every year on the review day (Art. 15(4)); the head reports it (Art. 19).
        out.append(warning("review_overdue", type=_type(c), due_on=due))
    suspension = last_event(c, E.SUSPENDED)
    if current is ConventionStatus.SUSPENDED and suspension is not None:
        until = suspension.until
        if until is not None and today > until:
            # A suspension has a deadline (Art. 12): then reinstated, amended or abolished.
            out.append(warning("suspension_expired", type=_type(c), until=until))
    return out


def convention_warnings(c: Convention, calendar: WorkCalendar, today: date) -> list[RecordWarning]:
    """Stable then live warnings."""
    return [*stable_warnings(c, calendar), *live_warnings(c, calendar, today)]
