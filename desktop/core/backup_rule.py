"""Which automatic backups to keep: the newest of each recent day, week and month.

The rule is Anki's (rslib ``collection/backup.rs``): walk the backups from the newest;
the newest is always kept; then each backup that is the newest of a day not yet kept
is kept while daily places remain, else the newest of a week not yet kept while weekly
places remain, else the newest of a month not yet kept while monthly places remain.
Everything else may be deleted. With the defaults a commune can go back day by day
over a week, week by week over a month, and month by month over a year.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Thinning:
    """How many backups of each period are kept."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def backups_to_delete(
    made_at: Iterable[datetime], rule: Thinning | None = None
) -> Sequence[datetime]:
    """The times (of ``made_at``) whose backups the rule lets go, newest first."""
    rule = rule or Thinning()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    daily, weekly, monthly = rule.daily, rule.weekly, rule.monthly
    drop: list[datetime] = []
    for n, when in enumerate(sorted(made_at, reverse=True)):
        day = when.date()
        week, month = _week(day), (day.year, day.month)
        if day not in days and daily > 0:
            daily -= 1
            keep = True
        elif week not in weeks and weekly > 0:
            weekly -= 1
            keep = True
        elif month not in months and monthly > 0:
            monthly -= 1
            keep = True
        else:
            keep = n == 0  # the newest stays whatever the rule says
        if keep:
            days.add(day)
            weeks.add(week)
            months.add(month)
        else:
            drop.append(when)
    return drop
