"""Counting "at least N days" periods: ONE rule for every such period (DOMAIN.md §0, §4.0).

The rule, from the Civil Code 2015 (Bộ luật Dân sự 91/2015/QH13), which applies
whenever the sector text sets a period in days without its own counting rule:

- Art. 147(1): a period fixed in days starts on the day AFTER the event that starts
  it — the day of posting, publishing or sending is not counted;
- Art. 148(1): the period ends at 24:00 of its last day.

So a period of N days from day S covers S+1 … S+N and ends with day S+N
(:func:`period_end`): a notice posted on 01/07 for at least 30 days must stay up to
the end of 31/07; a draft published on 01/07 for at least 20 days may close on
21/07 at the earliest. "At least N days before X" (an invitation, a ballot notice)
means on or before X − N (:func:`latest_start`): the event day X is not counted
either. Art. 148(5) (a period ending on a day off runs to the next working day)
extends deadlines to act; a minimum duration is not lengthened by it (app
convention, documented in docs/records.md).

Used by every minimum period the app checks: the 30-day posting of a disclosure
(Law 10/2022/QH15 Art. 13(2)), the 30-day posting of a draft hương ước (D61 Art. 9),
the 2-day (5-day periodic) meeting invitation (D59 Art. 3; Law Art. 33), the 2-day
ballot notice (D59 Art. 4) and the 20-day consultation (Law Art. 28(2),
:data:`CONSULTATION_DAYS`).
"""

from __future__ import annotations

from datetime import date, timedelta

CIVIL_CODE = "Điều 147, Điều 148 Bộ luật Dân sự 2015"
CONSULTATION_DAYS = 20  # residents' consultation open at least 20 days, Law Art. 28(2)


def period_end(start: date, days: int) -> date:
    """The last day of a period of ``days`` days started by an event on ``start``."""
    return start + timedelta(days=days)


def days_counted(start: date, end: date) -> int:
    """Days of the period started on ``start`` that have run by the end of ``end``
    (``start`` itself not counted): 0 when ``end`` is ``start``."""
    return (end - start).days


def lasted(start: date, end: date, days: int) -> bool:
    """A period started on ``start`` and kept up to the end of ``end`` lasted at least
    ``days`` days."""
    return end >= period_end(start, days)


def latest_start(before: date, days: int) -> date:
    """The last day an event may happen to come at least ``days`` days before ``before``."""
    return before - timedelta(days=days)
