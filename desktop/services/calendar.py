"""The working-day calendar: Vietnam's public holidays and the Government's swap
notices, plus the commune's own days off and working days.

Public holidays (Tết included), the weekdays swapped into days off and the Saturdays
swapped into working days (``weekend_workdays``) come from the ``holidays`` package;
an officer adds locally announced days off or working days (DOMAIN.md §0), kept as
settings.
"""

from __future__ import annotations

from datetime import date

import holidays as holidays_pkg

from desktop.core.errors import FieldError, ValidationError
from desktop.core.workdays import WorkCalendar
from desktop.services.context import StoreContext
from desktop.storage.installation import get_setting, set_setting

DAYS_OFF_KEY = "calendar.days_off"
WORKING_DAYS_KEY = "calendar.working_days"
FIRST_YEAR = 2020  # the app keeps records from before the 2022 Law came into force


def public_holidays(first_year: int, last_year: int) -> list[date]:
    """Vietnam's public holidays (observed and swapped days off included) for the years given."""
    cal = holidays_pkg.country_holidays("VN", years=range(first_year, last_year + 1))
    return sorted(cal.keys())


def swapped_working_days(first_year: int, last_year: int) -> list[date]:
    """The weekend days the Government's swap notices made working days (e.g. Saturday
    22/08/2026, worked so that Monday 31/08/2026 is a day off)."""
    cal = holidays_pkg.country_holidays("VN", years=range(first_year, last_year + 1))
    workdays: set[date] = getattr(cal, "weekend_workdays", set())
    return sorted(d for d in workdays if first_year <= d.year <= last_year)


class CalendarService:
    """Builds the calendar the deadline rules count working days with."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self._cache: tuple[tuple[tuple[date, ...], tuple[date, ...]], WorkCalendar] | None = None

    def days_off(self) -> list[date]:
        with self.ctx.db.reading() as session:
            raw = get_setting(session, DAYS_OFF_KEY, [])
        return sorted(date.fromisoformat(x) for x in raw)

    def add_day_off(self, day: date) -> None:
        """Record a day off announced locally (e.g. a provincial decision)."""
        if day.weekday() >= 5:
            raise ValidationError([FieldError("day_off", "weekend_day_off")])
        self._store(DAYS_OFF_KEY, set(self.days_off()) | {day})

    def remove_day_off(self, day: date) -> None:
        self._store(DAYS_OFF_KEY, set(self.days_off()) - {day})

    def working_days(self) -> list[date]:
        """Weekend days announced locally as working days."""
        with self.ctx.db.reading() as session:
            raw = get_setting(session, WORKING_DAYS_KEY, [])
        return sorted(date.fromisoformat(x) for x in raw)

    def add_working_day(self, day: date) -> None:
        """Record a weekend day announced locally as a working day."""
        if day.weekday() < 5:
            raise ValidationError([FieldError("working_day", "weekday_working_day")])
        self._store(WORKING_DAYS_KEY, set(self.working_days()) | {day})

    def remove_working_day(self, day: date) -> None:
        self._store(WORKING_DAYS_KEY, set(self.working_days()) - {day})

    def _store(self, key: str, days: set[date]) -> None:
        with self.ctx.db.transaction() as session:
            set_setting(session, key, sorted(d.isoformat() for d in days))
        self._cache = None

    def calendar(self) -> WorkCalendar:
        """The calendar now in force (cached until the local days change)."""
        local = (tuple(self.days_off()), tuple(self.working_days()))
        if self._cache is None or self._cache[0] != local:
            years = [d.year for days in local for d in days]
            last = max(self.ctx.today().year + 2, *years, FIRST_YEAR)
            cal = WorkCalendar(
                public_holidays(FIRST_YEAR, last),
                local[0],
                [*swapped_working_days(FIRST_YEAR, last), *local[1]],
            )
            self._cache = (local, cal)
        return self._cache[1]
