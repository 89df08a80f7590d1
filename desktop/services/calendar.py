"""The working-day calendar: Vietnam's public holidays plus the commune's own days off.

Public holidays (Tết included) come from the ``holidays`` package; an officer adds
locally announced days off (DOMAIN.md §0), kept as a setting.
"""

from __future__ import annotations

from datetime import date

import holidays as holidays_pkg

from desktop.core.errors import FieldError, ValidationError
from desktop.core.workdays import WorkCalendar
from desktop.services.context import StoreContext
from desktop.storage.installation import get_setting, set_setting

DAYS_OFF_KEY = "calendar.days_off"
FIRST_YEAR = 2020  # the app keeps records from before the 2022 Law came into force


def public_holidays(first_year: int, last_year: int) -> list[date]:
    """Vietnam's public holidays (observed days included) for the years given."""
    cal = holidays_pkg.country_holidays("VN", years=range(first_year, last_year + 1))
    return sorted(cal.keys())


class CalendarService:
    """Builds the calendar the deadline rules count working days with."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self._cache: tuple[tuple[date, ...], WorkCalendar] | None = None

    def days_off(self) -> list[date]:
        with self.ctx.db.reading() as session:
            raw = get_setting(session, DAYS_OFF_KEY, [])
        return sorted(date.fromisoformat(x) for x in raw)

    def add_day_off(self, day: date) -> None:
        """Record a day off announced locally (e.g. a provincial decision)."""
        if day.weekday() >= 5:
            raise ValidationError([FieldError("day_off", "weekend_day_off")])
        days = set(self.days_off()) | {day}
        self._store(days)

    def remove_day_off(self, day: date) -> None:
        self._store(set(self.days_off()) - {day})

    def _store(self, days: set[date]) -> None:
        with self.ctx.db.transaction() as session:
            set_setting(session, DAYS_OFF_KEY, sorted(d.isoformat() for d in days))
        self._cache = None

    def calendar(self) -> WorkCalendar:
        """The calendar now in force (cached until the days off change)."""
        days_off = tuple(self.days_off())
        if self._cache is None or self._cache[0] != days_off:
            last = max(self.ctx.today().year + 2, *(d.year for d in days_off), FIRST_YEAR)
            cal = WorkCalendar(public_holidays(FIRST_YEAR, last), days_off)
            self._cache = (days_off, cal)
        return self._cache[1]
