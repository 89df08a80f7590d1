"""The chairman's minimum periodic reception days over a period (DOMAIN.md §4.1).

- Before 1/7/2026: at least 1 day in every calendar week (LTCD Art. 15(2)(d)); a week
  belongs to the period holding its Thursday (ISO weeks), and is checked under this rule
  when its Monday is before 1/7/2026 (the week began under the old law).
- From 1/7/2026: at least 2 days in every calendar month (Law 136/2025/QH15 amending
  Art. 15, press reports: a setting); a month belongs to the period holding its 15th.
- Only periodic sessions the chairman presided in person count (the law provides no
  delegation); several sessions on one day count once.
- A week (or month) without a working day is exempt (app convention) — Tết week 2026 is,
  a week whose only working day is a swapped Saturday is not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.citizen_common import (
    DEFAULT_SETTINGS,
    L136_FROM,
    CitizenSettings,
    CitizenWarning,
    rate_hundredths,
    warn,
)
from desktop.core.reception import ReceptionSession
from desktop.core.workdays import WorkCalendar

_WEEK = timedelta(days=7)


@dataclass(frozen=True)
class ChairmanUnit:
    """One week or month checked: its first and last day, days required and held."""

    unit: str  # "week" | "month"
    first: date
    last: date
    required: int
    held: int

    @property
    def short(self) -> bool:
        return self.held < self.required


@dataclass(frozen=True)
class ChairmanDays:
    """The chairman's periodic reception over a period."""

    units: tuple[ChairmanUnit, ...]

    @property
    def required(self) -> int:
        return sum(u.required for u in self.units)

    @property
    def held(self) -> int:
        """Days held, counted up to each unit's requirement (a second day in a week does not
        make up for a week without one)."""
        return sum(min(u.held, u.required) for u in self.units)

    @property
    def rate(self) -> int | None:
        """held ÷ required in hundredths of a percent (half-up)."""
        return rate_hundredths(self.held, self.required)

    def warnings(self) -> list[CitizenWarning]:
        """One warning per week or month below the minimum."""
        code = {"week": "chairman_week_short", "month": "chairman_month_short"}
        return [
            warn(
                code[u.unit],
                first=u.first.isoformat(),
                last=u.last.isoformat(),
                required=u.required,
                held=u.held,
                article="ltcd_15",
            )
            for u in self.units
            if u.short
        ]


def _has_working_day(first: date, last: date, cal: WorkCalendar) -> bool:
    return cal.working_days_between(first - timedelta(days=1), last) > 0


def _month_last(first: date) -> date:
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def chairman_days(
    sessions: Iterable[ReceptionSession],
    start: date,
    end: date,
    cal: WorkCalendar,
    settings: CitizenSettings = DEFAULT_SETTINGS,
) -> ChairmanDays:
    """Weeks and months of the period ``start``..``end`` (inclusive) with the days required
    and the days the chairman held periodic reception in person."""
    days = sorted(
        {s.session_on for s in sessions if s.session_on is not None and s.counts_for_chairman}
    )
    units: list[ChairmanUnit] = []
    monday = start - timedelta(days=start.weekday())
    if start > monday + timedelta(days=3):
        monday += _WEEK  # its Thursday lies before the period
    while monday + timedelta(days=3) <= end and monday < L136_FROM:
        sunday = monday + timedelta(days=6)
        if _has_working_day(monday, sunday, cal):
            held = sum(1 for d in days if monday <= d <= sunday)
            units.append(
                ChairmanUnit("week", monday, sunday, settings.chairman_days_per_week, held)
            )
        monday += _WEEK
    first = date(start.year, start.month, 1)
    if start.day > 15:
        first = _month_last(first) + timedelta(days=1)
    while first.replace(day=15) <= end:
        last = _month_last(first)
        if first >= L136_FROM and _has_working_day(first, last, cal):
            held = sum(1 for d in days if first <= d <= last)
            units.append(ChairmanUnit("month", first, last, settings.chairman_days_per_month, held))
        first = last + timedelta(days=1)
    return ChairmanDays(tuple(units))
