"""Public disclosures (công khai): Law 10/2022/QH15 Arts. 11–14 (DOMAIN.md §1).

Only the *content* of a record is modelled here; storage adds the metadata.

Counting days on a notice board: a posting is up on every day from
``posted_on`` to ``removed_on``, BOTH included. The 30 consecutive days of
Art. 13(2) are counted by the one rule of :mod:`desktop.core.periods` (Civil Code
2015 Arts. 147–148): the posting day is not counted, the period ends with its
30th day after. So a posting made on 1 March is due to stay up to the end of
31 March (:func:`posting_until`), and removing it on 31 March or later meets the
rule while removing it on 30 March does not. A posting without ``removed_on`` is
still up. A worn notice replaced at the same place on its removal day or the next
day continues the run.

Warnings come in two kinds: :func:`desktop.core.disclosure_warnings.stable_warnings`
depend only on the record (with the calendar and the village list), so they may be
stored in the audit journal; :func:`live_warnings` depend on ``today`` and are computed
on show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.core.disclosure_catalog import DisclosureCategory, DisclosureForm, get_category
from desktop.core.errors import FieldError, ValidationError
from desktop.core.periods import period_end
from desktop.core.warnings import Param, RecordWarning, warning
from desktop.core.workdays import WorkCalendar

LAW = "Luật 10/2022/QH15"
DEADLINE_WORKING_DAYS = 5  # disclosed within 5 wd of the decision (Art. 12(3))
OFFICE = "trụ sở HĐND, UBND xã"
_DAY = timedelta(days=1)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_PERIOD = re.compile(r"^(\d{4})-?Q([1-4])$")


class DisclosureStatus(StrEnum):
    PLANNED = "planned"  # nothing disclosed yet, not past due (plan: Art. 14)
    POSTED = "posted"  # a required period is running
    COMPLETED = "completed"  # every required period is over
    OVERDUE = "overdue"  # nothing disclosed and the deadline or planned day has passed


@dataclass(frozen=True)
class Posting:
    """A notice on a board: the commune office (``village_uuid`` None) or a village's point."""

    location: str = ""
    village_uuid: str | None = None
    posted_on: date | None = None  # None: planned, not yet posted
    removed_on: date | None = None  # None: still up


@dataclass(frozen=True)
class Feedback:
    """A resident's feedback on the disclosure and its answer."""

    received_on: date | None
    sender: str | None = None
    content: str = ""
    answered_on: date | None = None
    answer: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A file kept with the record, by content hash."""

    sha256: str
    name: str
    size: int
    media_type: str | None = None


@dataclass(frozen=True)
class Disclosure:
    """A disclosure record's content; ``category`` is the clause of Law Art. 11."""

    category: int
    title: str
    summary: str = ""
    decision_no: str | None = None
    decided_on: date | None = None
    deadline_on: date | None = None  # a sector law's own deadline (Art. 12(3))
    responsible: str | None = None
    forms: tuple[DisclosureForm, ...] = ()
    postings: tuple[Posting, ...] = ()
    broadcast_days: tuple[date, ...] = ()
    portal_url: str | None = None
    planned_on: date | None = None  # the disclosure plan (Art. 14)
    attachments: tuple[Attachment, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    content_changed_on: date | None = None  # permanent items: last change of the content

    @property
    def permanent(self) -> bool:
        cat = get_category(self.category)
        return cat is not None and cat.permanent


def first_disclosed_on(d: Disclosure, today: date | None = None) -> date | None:
    """The first day anything was disclosed: earliest ``posted_on`` or broadcast day.

    With ``today``, days after it are left out (the record as it stood then).
    """
    days = [p.posted_on for p in d.postings if p.posted_on is not None]
    days.extend(d.broadcast_days)
    return min((x for x in days if today is None or x <= today), default=None)


def disclosure_due(d: Disclosure, calendar: WorkCalendar) -> date | None:
    """The last day to disclose: ``deadline_on`` when a sector law sets one, else the
    5th working day after ``decided_on`` (Art. 12(3)); None without either."""
    if d.deadline_on is not None:
        return d.deadline_on
    if d.decided_on is not None:
        return calendar.add_working_days(d.decided_on, DEADLINE_WORKING_DAYS)
    return None


def posting_until(d: Disclosure) -> date | None:
    """The last day (inclusive) of the 30 consecutive days of the earliest posting.

    ``posted_on + 30 days`` (Art. 13(2), counted as :func:`desktop.core.periods.period_end`);
    None for items with no minimum period (4 and 13 are permanent, 14 follows its own
    law) or nothing posted.
    """
    cat = get_category(d.category)
    first = min((p.posted_on for p in d.postings if p.posted_on is not None), default=None)
    if cat is None or cat.min_posting_days is None or first is None:
        return None
    return period_end(first, cat.min_posting_days)


def broadcast_runs(days: Iterable[date]) -> list[tuple[date, date]]:
    """Maximal runs of consecutive days ``(first, last)``, oldest first."""
    runs: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][1] + _DAY == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def run_length(run: tuple[date, date]) -> int:
    return (run[1] - run[0]).days + 1


# --- validation ---------------------------------------------------------------------------


class _Errors(list[FieldError]):
    def add(self, field: str, code: str, **params: object) -> None:
        self.append(FieldError(field, code, params))

    def future(self, field: str, value: date | None, today: date) -> None:
        if value is not None and value > today:
            self.add(field, "not_in_future")

    def before_decision(self, field: str, value: date, decided_on: date | None) -> None:
        # Nothing can be disclosed before the decision it discloses (Art. 12(3)).
        if decided_on is not None and value < decided_on:
            self.add(field, "before_decision", decided_on=decided_on.isoformat())


def _overlap(a: Posting, b: Posting) -> bool:
    """Two postings share a day; handing over on the removal day is not an overlap."""
    if a.posted_on is None or b.posted_on is None:
        return False
    a_end, b_end = a.removed_on or date.max, b.removed_on or date.max
    return a.posted_on == b.posted_on or (a.posted_on < b_end and b.posted_on < a_end)


def _check_postings(d: Disclosure, today: date, errors: _Errors) -> None:
    for i, p in enumerate(d.postings):
        path = f"postings[{i}]"
        if p.posted_on is None:
            if p.removed_on is not None:
                errors.add(f"{path}.posted_on", "required")
        else:
            errors.before_decision(f"{path}.posted_on", p.posted_on, d.decided_on)
            errors.future(f"{path}.posted_on", p.posted_on, today)
            if p.removed_on is not None and p.removed_on < p.posted_on:
                errors.add(f"{path}.removed_on", "must_not_precede", other=f"{path}.posted_on")
        errors.future(f"{path}.removed_on", p.removed_on, today)
        # One notice at a time at a village's community point (the office may have several).
        for j in range(i):
            q = d.postings[j]
            if p.village_uuid is not None and q.village_uuid == p.village_uuid and _overlap(p, q):
                errors.add(f"{path}.posted_on", "posting_overlap", other=f"postings[{j}]")
                break


def _check_forms(d: Disclosure, errors: _Errors) -> None:
    """Each recorded act needs its form of Art. 12(1) among ``forms``."""
    for used, form, source in (
        (bool(d.postings), DisclosureForm.NOTICE_BOARD, "postings"),
        (bool(d.broadcast_days), DisclosureForm.LOUDSPEAKER, "broadcast_days"),
        (bool(d.portal_url), DisclosureForm.PORTAL, "portal_url"),
    ):
        if used and form not in d.forms:
            errors.add("forms", "form_missing", form=form.value, source=source)


def _check_feedback(d: Disclosure, today: date, errors: _Errors) -> None:
    for i, f in enumerate(d.feedback):
        path = f"feedback[{i}]"
        if f.received_on is None:
            errors.add(f"{path}.received_on", "required")
        errors.future(f"{path}.received_on", f.received_on, today)
        if not f.content.strip():
            errors.add(f"{path}.content", "required")
        if f.answered_on is None:
            if f.answer and f.answer.strip():
                errors.add(f"{path}.answered_on", "required")
            continue
        if not (f.answer and f.answer.strip()):
            errors.add(f"{path}.answer", "required")
        if f.received_on is not None and f.answered_on < f.received_on:
            errors.add(f"{path}.answered_on", "must_not_precede", other=f"{path}.received_on")
        errors.future(f"{path}.answered_on", f.answered_on, today)


def _check_attachments(d: Disclosure, errors: _Errors) -> None:
    for i, a in enumerate(d.attachments):
        path = f"attachments[{i}]"
        if not _SHA256.match(a.sha256):
            errors.add(f"{path}.sha256", "invalid_sha256")
        if not a.name.strip():
            errors.add(f"{path}.name", "required")
        if a.size < 0:
            errors.add(f"{path}.size", "min", min=0)


def validate_disclosure(d: Disclosure, today: date) -> list[FieldError]:
    """Every broken input rule of DOMAIN §1 (empty list: the record may be saved)."""
    errors = _Errors()
    cat = get_category(d.category)
    if cat is None:  # the 14 contents of Art. 11
        errors.add("category", "invalid_category", value=d.category)
    if not d.title.strip():
        errors.add("title", "required")
    # A planned disclosure (Art. 14) may precede its decision; anything disclosed may not.
    only_planned = first_disclosed_on(d) is None and d.planned_on is not None
    if d.decided_on is None and not only_planned:
        errors.add("decided_on", "required")
    if d.decided_on is not None and d.deadline_on is not None and d.deadline_on < d.decided_on:
        errors.add("deadline_on", "must_not_precede", other="decided_on")
    _check_postings(d, today, errors)
    seen: set[date] = set()
    for i, day in enumerate(d.broadcast_days):
        errors.before_decision(f"broadcast_days[{i}]", day, d.decided_on)
        errors.future(f"broadcast_days[{i}]", day, today)
        if day in seen:
            errors.add(f"broadcast_days[{i}]", "duplicate_day", day=day.isoformat())
        seen.add(day)
    _check_forms(d, errors)
    if d.portal_url and not d.portal_url.lower().startswith(("http://", "https://")):
        errors.add("portal_url", "invalid_url")
    changed = d.content_changed_on
    if changed is not None:
        if cat is not None and not cat.permanent:
            errors.add("content_changed_on", "permanent_only")
        if d.decided_on is not None and changed < d.decided_on:
            errors.add("content_changed_on", "must_not_precede", other="decided_on")
        errors.future("content_changed_on", changed, today)
    _check_feedback(d, today, errors)
    _check_attachments(d, errors)
    return list(errors)


# --- status and warnings ----------------------------------------------------------------


def _running(d: Disclosure, cat: DisclosureCategory, today: date) -> bool:
    """A required period still runs on ``today``: a posting or a loudspeaker run."""
    for p in d.postings:
        if p.posted_on is None or p.posted_on > today:
            continue
        if p.removed_on is not None and p.removed_on <= today:
            continue  # taken down: its period is over (early or not)
        if cat.permanent:  # posted permanently: never over by expiry
            return True
        need = cat.min_posting_days
        if need is not None and today <= period_end(p.posted_on, need):
            return True
    if cat.loudspeaker_days and DisclosureForm.LOUDSPEAKER in d.forms:
        runs = broadcast_runs(x for x in d.broadcast_days if x <= today)
        # A run shorter than required that ended yesterday or today may go on (Art. 13(3)–(4)).
        if runs and runs[-1][1] >= today - _DAY and run_length(runs[-1]) < cat.loudspeaker_days:
            return True
    return False


def disclosure_status(d: Disclosure, today: date, calendar: WorkCalendar) -> DisclosureStatus:
    """planned / posted / completed / overdue on ``today``."""
    if first_disclosed_on(d, today) is None:
        overdue = bool(live_warnings(d, calendar, today))
        return DisclosureStatus.OVERDUE if overdue else DisclosureStatus.PLANNED
    cat = get_category(d.category)
    if cat is not None and _running(d, cat, today):
        return DisclosureStatus.POSTED
    return DisclosureStatus.COMPLETED


def live_warnings(d: Disclosure, calendar: WorkCalendar, today: date) -> list[RecordWarning]:
    """Warnings that depend on ``today`` (not stored): ``overdue`` when nothing is
    disclosed after the deadline, ``plan_overdue`` after the planned day."""
    if first_disclosed_on(d, today) is not None:
        return []
    out: list[RecordWarning] = []
    due = disclosure_due(d, calendar)
    if due is not None and today > due:
        out.append(warning("overdue", **due_params(d, due)))
    if d.planned_on is not None and today > d.planned_on:
        out.append(warning("plan_overdue", planned_on=d.planned_on))  # Art. 14
    return out


def due_params(d: Disclosure, due: date) -> dict[str, Param | date | None]:
    """The deadline of Art. 12(3): set by a sector law, or 5 wd after the decision."""
    if d.deadline_on is not None or d.decided_on is None:
        return {"due_on": due, "variant": "sector"}
    return {
        "due_on": due,
        "decided_on": d.decided_on,
        "limit": DEADLINE_WORKING_DAYS,
        "variant": "decided",
    }


# --- the quarterly list (Art. 13) ----------------------------------------------------------


def quarter_bounds(period: str) -> tuple[date, date]:
    """First and last day of a quarter written ``2026Q2`` (or ``2026-Q2``).

    Raises:
        ValidationError: field ``period``, code ``invalid_period``.
    """
    match = _PERIOD.match(period.strip().upper()) if isinstance(period, str) else None
    if match is None or not 1 <= int(match.group(1)) <= 9998:
        raise ValidationError([FieldError("period", "invalid_period", {"value": period})])
    year, quarter = int(match.group(1)), int(match.group(2))
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return start, end - _DAY


def in_quarter(d: Disclosure, start: date, end: date) -> bool:
    """Disclosed in the period: its first disclosure day is within ``start..end``."""
    first = first_disclosed_on(d)
    return first is not None and start <= first <= end
