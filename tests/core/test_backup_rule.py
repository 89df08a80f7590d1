"""Anki's thinning rule for automatic backups: days, then weeks, then months."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.backup_rule import Thinning, backups_to_delete

START = datetime(2026, 12, 31, 18, 0)


def _kept(times: list[datetime], rule: Thinning) -> list[datetime]:
    dropped = set(backups_to_delete(times, rule))
    return sorted((t for t in times if t not in dropped), reverse=True)


def test_one_a_day_for_a_year_keeps_days_then_weeks_then_months() -> None:
    times = [START - timedelta(days=n) for n in range(500)]
    kept = _kept(times, Thinning(daily=7, weekly=4, monthly=12))
    assert kept[:7] == times[:7]  # the last seven days, each
    assert len(kept) == 7 + 4 + 12
    older = kept[7:]
    # each older one is the newest of its week (Sunday) or of its month (last day)
    for t in older:
        last_of_month = (t + timedelta(days=1)).month != t.month
        assert t.isoweekday() == 7 or last_of_month, t
    assert [t.date().isoformat() for t in older[:4]] == [
        "2026-12-20",
        "2026-12-13",
        "2026-12-06",
        "2026-11-30",  # November's newest: a month not kept yet
    ]
    assert START - timedelta(days=400) < older[-1] < START - timedelta(days=330)


def test_several_a_day_keep_only_the_newest_of_each_day() -> None:
    times = [START - timedelta(hours=3 * n) for n in range(16)]  # two days, eight a day
    kept = _kept(times, Thinning(daily=7, weekly=0, monthly=0))
    # 18:00 on the 31st, 21:00 on the 30th, 21:00 on the 29th: the newest of each day
    assert kept == [times[0], times[7], times[15]]


def test_the_newest_is_kept_even_with_no_places() -> None:
    times = [START, START - timedelta(days=1)]
    assert _kept(times, Thinning(daily=0, weekly=0, monthly=0)) == [START]


def test_nothing_to_drop_under_the_limits() -> None:
    times = [START - timedelta(days=n) for n in range(5)]
    assert backups_to_delete(times, Thinning()) == []
