"""A record's next deadline: the nearest one its steps started that is not met yet (the
"next deadline" column of the lists of letters, cases, receptions, consultations,
dialogues and oversight).

The same open deadlines as the overview's "needs doing today" (:mod:`desktop.core.
citizen_due`, :mod:`desktop.core.civic_due`) without its horizon: the earliest due day,
and whether it has passed (an overdue one is always the earliest). Each kind's record JSON
carries the two computed keys below; its declaration names the column (``ColumnSpec.mark``
the overdue key), so the generic list words and marks it with no per-kind code. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

NEXT_DEADLINE = "next_deadline"  # ISO day, or None when nothing is open
NEXT_OVERDUE = "next_deadline_overdue"  # True when that day has passed
NEXT_KEYS = (NEXT_DEADLINE, NEXT_OVERDUE)
NO_HORIZON = date.max  # "needs doing today" looks 5 working days ahead; the column, to the end


def next_fields(open_deadlines: Iterable[tuple[date, bool]]) -> dict[str, Any]:
    """The record JSON's two keys from (due day, overdue) of each open deadline."""
    first = min(open_deadlines, default=None)
    return {
        NEXT_DEADLINE: first[0].isoformat() if first else None,
        NEXT_OVERDUE: bool(first and first[1]),
    }
