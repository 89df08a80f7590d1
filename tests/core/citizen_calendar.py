"""Test calendars for the reception, letter and case deadlines (explicit dates, as
tests/core/test_workdays.py builds them; the 2027 swap Saturday is a test fixture, not
the Government's notice)."""

from __future__ import annotations

from datetime import date

from desktop.core.workdays import WorkCalendar

TET_2026 = [date(2026, 2, d) for d in range(16, 21)]  # Mon 16 – Fri 20 February 2026
TET_2027 = [date(2027, 2, d) for d in (4, 5, 8, 9, 10)]  # Thu 4 – Wed 10 February 2027
HOLIDAYS = [
    *TET_2026,
    date(2026, 4, 30),
    date(2026, 5, 1),
    date(2026, 9, 1),
    date(2026, 9, 2),
    *TET_2027,
]
SWAP_SATURDAY_2026 = date(2026, 3, 14)  # a weekend day made a working day
SWAP_SATURDAY_2027 = date(2027, 1, 30)  # the Saturday before Tết 2027 made a working day

CAL = WorkCalendar(HOLIDAYS)
CAL_SWAP = WorkCalendar(HOLIDAYS, working_days=[SWAP_SATURDAY_2026, SWAP_SATURDAY_2027])
