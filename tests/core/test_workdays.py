"""Working-day arithmetic, with Tết 2026 and 30/4–1/5 given explicitly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.workdays import WorkCalendar

TET_2026 = [date(2026, 2, d) for d in range(16, 21)]  # Mon 16 – Fri 20 February
REUNIFICATION_2026 = [date(2026, 4, 30), date(2026, 5, 1)]  # Thu, Fri
HOLIDAYS_2026 = [*TET_2026, *REUNIFICATION_2026]


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar(HOLIDAYS_2026, days_off=[date(2026, 3, 10)])


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2026, 2, 13), True),  # Friday before Tết
        (date(2026, 2, 14), False),  # Saturday
        (date(2026, 2, 15), False),  # Sunday
        (date(2026, 2, 16), False),  # Tết
        (date(2026, 2, 20), False),  # Tết
        (date(2026, 2, 23), True),  # first Monday after Tết
        (date(2026, 3, 10), False),  # local day off (Tuesday)
        (date(2026, 3, 11), True),
        (date(2026, 4, 29), True),
        (date(2026, 4, 30), False),
        (date(2026, 5, 1), False),
        (date(2026, 5, 4), True),
    ],
)
def test_is_working_day(cal: WorkCalendar, d: date, expected: bool) -> None:
    assert cal.is_working_day(d) is expected


def test_empty_calendar_is_monday_to_friday() -> None:
    cal = WorkCalendar()
    monday = date(2026, 1, 5)
    days = [cal.is_working_day(monday + timedelta(days=i)) for i in range(7)]
    assert days == [True, True, True, True, True, False, False]


def test_weekend_holiday_changes_nothing() -> None:
    saturday = date(2026, 1, 3)
    assert WorkCalendar([saturday]).working_days_between(date(2026, 1, 1), date(2026, 1, 9)) == 6


def test_exposes_its_dates(cal: WorkCalendar) -> None:
    assert cal.holidays == frozenset(HOLIDAYS_2026)
    assert cal.days_off == frozenset({date(2026, 3, 10)})


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 1, 5), 0, date(2026, 1, 5)),
        (date(2026, 1, 10), 0, date(2026, 1, 10)),  # n = 0 keeps a Saturday start
        (date(2026, 1, 5), 1, date(2026, 1, 6)),
        (date(2026, 1, 9), 1, date(2026, 1, 12)),  # Friday + 1 = Monday
        (date(2026, 1, 10), 1, date(2026, 1, 12)),  # from a Saturday
        # Across Tết: Thu 12/2 → Fri 13/2 (1), Mon 23/2 (2) … Thu 26/2 (5), Fri 27/2 (6)
        (date(2026, 2, 12), 1, date(2026, 2, 13)),
        (date(2026, 2, 12), 2, date(2026, 2, 23)),
        (date(2026, 2, 12), 5, date(2026, 2, 26)),
        (date(2026, 2, 12), 6, date(2026, 2, 27)),
        # Across 30/4–1/5: Tue 28/4 → Wed 29/4 (1), Mon 4/5 (2) … Thu 7/5 (5)
        (date(2026, 4, 28), 2, date(2026, 5, 4)),
        (date(2026, 4, 28), 5, date(2026, 5, 7)),
        (date(2026, 3, 9), 1, date(2026, 3, 11)),  # over the local day off
        (date(2026, 2, 23), -1, date(2026, 2, 13)),  # backwards over Tết
        (date(2026, 2, 15), -1, date(2026, 2, 13)),  # backwards from a Sunday
    ],
)
def test_add_working_days(cal: WorkCalendar, start: date, n: int, expected: date) -> None:
    assert cal.add_working_days(start, n) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 2, 12), date(2026, 2, 12), 0),
        (date(2026, 2, 12), date(2026, 2, 13), 1),
        (date(2026, 2, 12), date(2026, 2, 22), 1),  # Tết week and weekends count nothing
        (date(2026, 2, 12), date(2026, 2, 26), 5),
        (date(2026, 2, 12), date(2026, 2, 27), 6),
        (date(2026, 4, 28), date(2026, 5, 7), 5),
        (date(2026, 4, 28), date(2026, 5, 8), 6),
        (date(2026, 2, 14), date(2026, 2, 15), 0),  # a weekend span
        # 2026 has 261 weekdays; not 1/1 (start), 7 holidays, 1 local day off
        (date(2026, 1, 1), date(2026, 12, 31), 261 - 1 - 7 - 1),
        # end before start: minus the working days d with end <= d < start
        (date(2026, 2, 13), date(2026, 2, 12), -1),
        (date(2026, 2, 23), date(2026, 2, 13), -1),
        (date(2026, 2, 27), date(2026, 2, 12), -6),
    ],
)
def test_working_days_between(cal: WorkCalendar, start: date, end: date, expected: int) -> None:
    assert cal.working_days_between(start, end) == expected


def test_between_counts_day_by_day(cal: WorkCalendar) -> None:
    start = date(2026, 1, 30)
    for offset in range(0, 120):
        end = start + timedelta(days=offset)
        by_hand = sum(cal.is_working_day(start + timedelta(days=i)) for i in range(1, offset + 1))
        assert cal.working_days_between(start, end) == by_hand, end


@pytest.mark.parametrize("n", [-12, -6, -5, -1, 0, 1, 2, 5, 6, 30])
def test_between_inverts_add(cal: WorkCalendar, n: int) -> None:
    start = date(2026, 2, 10)
    for offset in range(0, 100):  # every weekday, weekend and holiday start in the range
        s = start + timedelta(days=offset)
        assert cal.working_days_between(s, cal.add_working_days(s, n)) == n, s


# The Government's 2026 swap: Saturday 22/08 is worked so that Monday 31/08 is a day off
# (with 01–02/09 National Day). The ``holidays`` package lists 31/08 as a holiday and
# 22/08 among its ``weekend_workdays``.
SWAP_DAY_OFF = date(2026, 8, 31)
SWAP_WORKING_SATURDAY = date(2026, 8, 22)
NATIONAL_DAY_2026 = [date(2026, 9, 1), date(2026, 9, 2)]


@pytest.fixture
def swapped() -> WorkCalendar:
    return WorkCalendar([SWAP_DAY_OFF, *NATIONAL_DAY_2026], working_days=[SWAP_WORKING_SATURDAY])


def test_swapped_saturday_is_a_working_day(swapped: WorkCalendar) -> None:
    assert swapped.is_working_day(SWAP_WORKING_SATURDAY)
    assert not swapped.is_working_day(date(2026, 8, 29))  # an ordinary Saturday
    assert not swapped.is_working_day(date(2026, 8, 23))  # the Sunday after
    assert not swapped.is_working_day(SWAP_DAY_OFF)
    assert swapped.working_days == frozenset({SWAP_WORKING_SATURDAY})


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # Thursday 20/08: Fri 21 (1), Sat 22 (2), Mon 24 (3), Tue 25 (4), Wed 26 (5).
        (date(2026, 8, 20), 5, date(2026, 8, 26)),
        (date(2026, 8, 21), 1, date(2026, 8, 22)),  # the swapped Saturday is the next wd
        (date(2026, 8, 22), 1, date(2026, 8, 24)),
        # Wednesday 26/08: 27, 28, (31/08 and 1–2/09 closed) 3/09, 4/09, 7/09.
        (date(2026, 8, 26), 5, date(2026, 9, 7)),
        (date(2026, 8, 24), -1, date(2026, 8, 22)),
    ],
)
def test_deadlines_across_the_swap(
    swapped: WorkCalendar, start: date, n: int, expected: date
) -> None:
    assert swapped.add_working_days(start, n) == expected
    assert swapped.working_days_between(start, expected) == n


def test_count_matches_day_by_day_across_the_swap(swapped: WorkCalendar) -> None:
    start = date(2026, 8, 1)
    for span in range(0, 60):
        end = start + timedelta(days=span)
        slow = sum(swapped.is_working_day(start + timedelta(days=i)) for i in range(1, span + 1))
        assert swapped.working_days_between(start, end) == slow


def test_a_working_day_that_is_also_a_holiday_is_closed() -> None:
    cal = WorkCalendar([SWAP_WORKING_SATURDAY], working_days=[SWAP_WORKING_SATURDAY])
    assert not cal.is_working_day(SWAP_WORKING_SATURDAY)
    assert cal.working_days_between(date(2026, 8, 21), date(2026, 8, 24)) == 1
