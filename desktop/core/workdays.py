"""Working days (ngày làm việc) (DOMAIN.md §0): Monday–Friday minus public holidays
(Tết and the days in lieu included), minus the weekdays the Government's yearly swap
notice makes days off and the days off a commune announces locally, PLUS the
Saturdays (or other days) the swap notice makes working days.

The caller supplies the dates (from the ``holidays`` package, which knows Vietnam's
holidays, its swapped days off and — as ``weekend_workdays`` — its swapped working
Saturdays, plus what the officer adds locally); this module only does the counting,
stdlib only.
Deadlines "within 5 working days" (Law 10/2022/QH15 Arts. 12, 20; D59 Art. 4;
D61 Art. 11) are computed with it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, timedelta

_ONE_DAY = timedelta(days=1)


def _weekdays_up_to(d: date) -> int:
    """Number of Monday–Friday dates from a fixed epoch Monday up to ``d`` inclusive.

    ``date.min`` (0001-01-01) is a Monday, so ordinal 1 is weekday 0.
    """
    days = d.toordinal()  # days since the epoch, inclusive of d
    full_weeks, rest = divmod(days, 7)
    return full_weeks * 5 + min(rest, 5)


class WorkCalendar:
    """A calendar of working days.

    Args:
        holidays: public holidays (including Tết, observed days in lieu and the
            weekdays a swap notice makes days off).
        days_off: days off announced locally (the officer adds them).
        working_days: weekend days made working days — the Saturdays of the
            Government's swap notices (``holidays``' ``weekend_workdays``) and any
            announced locally.

    Days off falling on a Saturday or Sunday are accepted and simply change nothing;
    working days falling on a weekday change nothing either. A date that is both a
    holiday (or day off) and a working day is closed.
    """

    def __init__(
        self,
        holidays: Iterable[date] = (),
        days_off: Iterable[date] = (),
        working_days: Iterable[date] = (),
    ) -> None:
        self._holidays = frozenset(holidays)
        self._days_off = frozenset(days_off)
        self._working_days = frozenset(working_days)
        closed = self._holidays | self._days_off
        # Sorted weekday closures and weekend openings, for counting them with bisect.
        self._closed_weekdays: list[date] = sorted(d for d in closed if d.weekday() < 5)
        self._closed = frozenset(closed)
        self._open_weekend_days: list[date] = sorted(
            d for d in self._working_days if d.weekday() >= 5 and d not in closed
        )
        self._open_weekend = frozenset(self._open_weekend_days)

    @property
    def holidays(self) -> frozenset[date]:
        """The public holidays this calendar was built with."""
        return self._holidays

    @property
    def days_off(self) -> frozenset[date]:
        """The local days off this calendar was built with."""
        return self._days_off

    @property
    def working_days(self) -> frozenset[date]:
        """The weekend days made working days this calendar was built with."""
        return self._working_days

    def is_working_day(self, d: date) -> bool:
        """True when ``d`` is Monday–Friday and neither a holiday nor a day off, or a
        weekend day a swap notice (or the commune) made a working day."""
        if d.weekday() >= 5:
            return d in self._open_weekend
        return d not in self._closed

    def add_working_days(self, start: date, n: int) -> date:
        """Return the ``n``-th working day after ``start``, not counting ``start``.

        ``n == 0`` returns ``start`` unchanged (even if it is not a working day).
        A negative ``n`` counts backwards: the ``|n|``-th working day before
        ``start``. For every ``n``:
        ``working_days_between(start, add_working_days(start, n)) == n``.
        """
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        remaining = abs(n)
        d = start
        while remaining:
            d += step
            if self.is_working_day(d):
                remaining -= 1
        return d

    def working_days_between(self, start: date, end: date) -> int:
        """Number of working days ``d`` with ``start < d <= end``.

        This is "on which working day after ``start`` did ``end`` fall": a
        document sent on the 5th working day after a meeting gives 5.
        ``end == start`` gives 0. When ``end < start`` the result is negative:
        minus the number of working days ``d`` with ``end <= d < start``, so that
        the result is the inverse of :meth:`add_working_days` in both directions.
        """
        if end >= start:
            return self._count(start, end)
        return -self._count(end - _ONE_DAY, start - _ONE_DAY)

    def _count(self, after: date, up_to: date) -> int:
        """Working days ``d`` with ``after < d <= up_to`` (requires ``after <= up_to``)."""
        weekdays = _weekdays_up_to(up_to) - _weekdays_up_to(after)
        closed = bisect_right(self._closed_weekdays, up_to) - bisect_right(
            self._closed_weekdays, after
        )
        opened = bisect_right(self._open_weekend_days, up_to) - bisect_right(
            self._open_weekend_days, after
        )
        return weekdays - closed + opened
