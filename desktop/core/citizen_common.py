"""What the citizen reception, letters and cases rules share (DOMAIN.md §4.0).

- :class:`CitizenSettings`: the rules DOMAIN.md marks unverified or "setting", with their
  documented defaults (docs/records.md "Settings of reception, letters and cases").
- :class:`Deadline`: one computed deadline as a value — its code, due day and the rule's
  parameters (days, unit, start day, article code), so the edge words it as
  "Hạn thụ lý: 10 ngày kể từ 03/3/2026 (Điều 27 Luật Khiếu nại)"
  (:mod:`desktop.core.citizen_deadline_messages`).
- :class:`CitizenWarning` / :func:`warn`: a breach as (code, params), never a sentence.
- Counting (§4.0): a working-day period ends with the Nth working day after the event
  day (:class:`~desktop.core.workdays.WorkCalendar`, swapped working Saturdays included);
  a calendar-day period runs from the day after the event (Civil Code Art. 147(3)) and, when
  its last day is a weekend or holiday, ends with the next working day (Art. 148(5)); days
  under a suspension are not counted (Law on Denunciations Art. 34(2)).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

# Re-exported: the issue-15 rule modules import them from here.
from desktop.core.rule_common import Warn
from desktop.core.rule_common import format_rate as format_rate
from desktop.core.rule_common import rate_hundredths as rate_hundredths
from desktop.core.rule_common import warn as warn
from desktop.core.workdays import WorkCalendar

# Law 136/2025/QH15 amends the Laws on Citizen Reception, Complaints and Denunciations from
# this day; every rule it changes applies to events on or after it (DOMAIN.md §4).
L136_FROM = date(2026, 7, 1)
_ONE_DAY = timedelta(days=1)


def l136_in_force(on: date) -> bool:
    """The rule of Law 136/2025/QH15 applies to an event on ``on``."""
    return on >= L136_FROM


class Unit(StrEnum):
    """How a period counts its days (DOMAIN.md §4.0)."""

    WORKING_DAYS = "wd"  # ngày làm việc
    DAYS = "days"  # ngày (calendar days, Civil Code Arts. 147-148)


@dataclass(frozen=True)
class CitizenSettings:
    """The settings of §4 (each unverified in the texts; docs/records.md says why).

    Attributes:
        answer_days / answer_unit: answer to a citizen after reception (LTCD Art. 28(1);
            Law 136 moves the procedure into a decree not yet seen).
        letter_processing_days / _unit: processing a letter (national procedure "xử lý
            đơn"; TT05 text unverified, wd or days).
        complaint_acceptance_days / _unit: accepting a complaint (LKN Art. 27 says "ngày";
            the repealed TT 07/2013 said working days; D124 unverified).
        remote_area: the commune is a "vùng sâu, vùng xa" (LKN Arts. 28, 33): 45/60 days.
        complaint_disclosure_days / complaint_posting_days: disclosure of a complaint
            decision and how long its posting lasts (D124, secondary source).
        group_size: people on one matter that make a group (đoàn đông người; LTCD Art. 29
            asks for representatives from 5; the statistics' threshold is unverified).
        chairman_days_per_week / chairman_days_per_month: the chairman's minimum reception
            days before / from 1/7/2026 (LTCD Art. 15(2)(d); Law 136 from press reports).
        visit_id_required_from: the day from which a visitor's ID number is expected (Law
            136, press reports); None switches the warning off.
        petition_target_days: a target answer time for petitions (§4.5); None = off.
    """

    answer_days: int = 10
    answer_unit: Unit = Unit.WORKING_DAYS
    letter_processing_days: int = 10
    letter_processing_unit: Unit = Unit.WORKING_DAYS
    complaint_acceptance_days: int = 10
    complaint_acceptance_unit: Unit = Unit.DAYS
    remote_area: bool = False
    complaint_disclosure_days: int = 15
    complaint_posting_days: int = 15
    group_size: int = 5
    chairman_days_per_week: int = 1
    chairman_days_per_month: int = 2
    visit_id_required_from: date | None = L136_FROM
    petition_target_days: int | None = None


DEFAULT_SETTINGS = CitizenSettings()


@dataclass(frozen=True)
class Suspension:
    """Days not counted: from ``start`` (the suspension decision's day) up to the day before
    ``end`` (the resumption's day, which counts again); ``end`` None = still suspended."""

    start: date
    end: date | None = None

    def covers(self, d: date) -> bool:
        return d >= self.start and (self.end is None or d < self.end)


@dataclass(frozen=True)
class Deadline:
    """One computed deadline.

    Attributes:
        code: the deadline's name (``complaint_acceptance``), a catalog key.
        due: the last day to act; None while a suspension still runs.
        days / unit: the period as the rule states it.
        start: the day of the event that starts it (not counted).
        article: the article's code (``lkn_27``), worded by the catalog.
        suspended_days: days not counted because of suspensions.
        before: True for "at least N before ``start``" (``due`` is the latest day to act).
        visit: the visit (row number from 1) of a reception session whose answer this
            deadline is; its params then carry ``visit`` and ``variant="visit"``, worded
            "Lượt tiếp N: …" as the visit's warnings are (``citizen_deadline_messages``).
    """

    code: str
    due: date | None
    days: int
    unit: Unit
    start: date
    article: str
    suspended_days: int = 0
    before: bool = False
    visit: int | None = None

    @property
    def params(self) -> dict[str, Any]:
        """The rule's parameters, as stored and worded (ISO days)."""
        out: dict[str, Any] = {
            "days": self.days,
            "unit": self.unit.value,
            "start": self.start.isoformat(),
            "due": self.due.isoformat() if self.due else None,
            "article": self.article,
            "suspended_days": self.suspended_days,
        }
        if self.visit is not None:
            out.update(visit=self.visit, variant="visit")
        return out

    def to_json(self) -> dict[str, Any]:
        """The one deadline shape of every kind's record JSON (as
        :meth:`desktop.core.civic.Deadline.to_json`): ``{"code", "due", "params"}``."""
        params = self.params
        return {"code": self.code, "due": params.pop("due"), "params": params}

    def met_by(self, done: date) -> bool:
        """Acting on ``done`` meets the deadline (a running suspension never fails it)."""
        return self.due is None or done <= self.due

    def missed(self, done: date | None, today: date | None) -> bool:
        """Done late, or not done and ``today`` is past the due day."""
        if self.due is None:
            return False
        if done is not None:
            return done > self.due
        return today is not None and today > self.due


CitizenWarning = Warn  # one warning shape for every rule module (core/rule_common.py)


def late_warning(
    deadline: Deadline, done: date | None, today: date | None
) -> CitizenWarning | None:
    """``<code>_late`` (done after the due day) or ``<code>_overdue`` (not done, past due)."""
    if not deadline.missed(done, today):
        return None
    params = deadline.params
    if done is not None:
        return warn(f"{deadline.code}_late", done=done.isoformat(), **params)
    return warn(f"{deadline.code}_overdue", **params)


def _counted(d: date, suspensions: Iterable[Suspension]) -> bool:
    return not any(s.covers(d) for s in suspensions)


def due_working_days(
    code: str,
    start: date,
    days: int,
    article: str,
    cal: WorkCalendar,
    suspensions: tuple[Suspension, ...] = (),
) -> Deadline:
    """The ``days``-th working day after ``start``, suspended days left out."""
    if not suspensions:
        return Deadline(
            code, cal.add_working_days(start, days), days, Unit.WORKING_DAYS, start, article
        )
    if any(s.end is None for s in suspensions):
        return _open(code, start, days, Unit.WORKING_DAYS, article, cal, suspensions)
    d, left, skipped = start, days, 0
    while left:
        d += _ONE_DAY
        if not cal.is_working_day(d):
            continue
        if _counted(d, suspensions):
            left -= 1
        else:
            skipped += 1
    return Deadline(code, d, days, Unit.WORKING_DAYS, start, article, skipped)


def due_calendar_days(
    code: str,
    start: date,
    days: int,
    article: str,
    cal: WorkCalendar,
    suspensions: tuple[Suspension, ...] = (),
) -> Deadline:
    """``days`` calendar days after ``start`` (Civil Code Art. 147(3)), suspended days left
    out; a last day that is a weekend day or holiday moves to the next working day
    (Art. 148(5)) — a swapped working Saturday is a working day and does not move."""
    if any(s.end is None for s in suspensions):
        return _open(code, start, days, Unit.DAYS, article, cal, suspensions)
    d, left, skipped = start, days, 0
    while left:
        d += _ONE_DAY
        if _counted(d, suspensions):
            left -= 1
        else:
            skipped += 1
    while not cal.is_working_day(d):
        d += _ONE_DAY
    return Deadline(code, d, days, Unit.DAYS, start, article, skipped)


def due_in(
    unit: Unit,
    code: str,
    start: date,
    days: int,
    article: str,
    cal: WorkCalendar,
    suspensions: tuple[Suspension, ...] = (),
) -> Deadline:
    """A deadline counted in ``unit`` (a setting chooses it for some rules)."""
    if unit is Unit.WORKING_DAYS:
        return due_working_days(code, start, days, article, cal, suspensions)
    return due_calendar_days(code, start, days, article, cal, suspensions)


def latest_before(code: str, event: date, days: int, article: str, cal: WorkCalendar) -> Deadline:
    """ "At least ``days`` wd before ``event``": the latest day is the ``days``-th working day
    before it (the event day not counted, DOMAIN.md §4.0)."""
    due = cal.add_working_days(event, -days)
    return Deadline(code, due, days, Unit.WORKING_DAYS, event, article, before=True)


def _open(
    code: str,
    start: date,
    days: int,
    unit: Unit,
    article: str,
    cal: WorkCalendar,
    suspensions: tuple[Suspension, ...],
) -> Deadline:
    """A deadline whose suspension has not ended: no due day yet, unless it ran out first."""
    closed = tuple(s for s in suspensions if s.end is not None)
    opened = min(s.start for s in suspensions if s.end is None)
    full = due_in(unit, code, start, days, article, cal, closed)
    if full.due is not None and full.due < opened:
        return full  # the period had run out before the suspension
    return Deadline(code, None, days, unit, start, article, full.suspended_days)


def vi_day(d: date) -> str:
    """A day as the legal texts write it: "03/3/2026" (day two digits, month as is)."""
    return f"{d.day:02d}/{d.month}/{d.year}"
