"""What the receiving level's period report reads (docs/reports.md): its units' records as
received (``child_records.content``) and the day each unit last made a bundle.

Plain SQL over indexed columns, the same on SQLite and PostgreSQL (no JSON function):
the snapshots are counted by :mod:`desktop.core.snapshot_counts` and
:mod:`desktop.core.unit_figures`, as the commune's own records are.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.storage.models import ChildRecordRow, ImportedBundleRow

# Rows fetched from the server at a time (a province's year is ~400 000 records).
_BATCH = 2000


def unit_snapshots(
    session: Session,
    kinds: Sequence[str],
    dated: Sequence[str],
    end: dt.date,
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(unit code, kind, snapshot)`` of every live record of ``kinds``, in unit order;
    the records of the ``dated`` kinds only when dated up to ``end`` (or undated): a
    meeting held later, a reception session after the period cannot count in it."""
    c = ChildRecordRow
    later = and_(c.kind.in_(list(dated)), c.on_date.is_not(None), c.on_date > end)
    stmt = (
        select(c.child_code, c.kind, c.content)
        .where(c.deleted.is_(False), c.kind.in_(list(kinds)), ~later)
        .order_by(c.child_code)
        .execution_options(yield_per=_BATCH)
    )
    for code, kind, content in session.execute(stmt):
        try:
            record = json.loads(content)
        except ValueError:
            continue
        if isinstance(record, dict):
            yield str(code), str(kind), record


def last_bundle_days(session: Session) -> dict[str, str]:
    """Per unit, the latest Bagging-Date of a bundle imported from it (``YYYY-MM-DD``)."""
    b = ImportedBundleRow
    rows = session.execute(select(b.child_code, func.max(b.bagging_date)).group_by(b.child_code))
    return {str(code): str(day or "")[:10] for code, day in rows}
