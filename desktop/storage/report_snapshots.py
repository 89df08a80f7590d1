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

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from desktop.storage.models import ChildRecordRow, ImportedBundleRow

# Rows fetched from the server at a time (a province's year is ~400 000 records).
_BATCH = 2000


def unit_snapshots(
    session: Session,
    kinds: Sequence[str],
    dated: Sequence[str],
    end: dt.date,
) -> Iterator[tuple[str, str, dict[str, Any], bool]]:
    """``(unit code, kind, JSON, facts?)`` of every live record of ``kinds``, in unit
    order: the record's report facts when the import kept them (``True``), else its whole
    snapshot. The records of the ``dated`` kinds only when dated up to ``end`` (or
    undated): a meeting held later, a reception session after the period cannot count."""
    c = ChildRecordRow
    later = and_(c.kind.in_(list(dated)), c.on_date.is_not(None), c.on_date > end)
    has_facts = c.report_facts != ""
    stmt = (
        select(c.child_code, c.kind, case((has_facts, c.report_facts), else_=c.content), has_facts)
        .where(c.deleted.is_(False), c.kind.in_(list(kinds)), ~later)
        .order_by(c.child_code)
        .execution_options(yield_per=_BATCH)
    )
    for code, kind, text, facts in session.execute(stmt):
        try:
            record = json.loads(text)
        except ValueError:
            continue
        if isinstance(record, dict):
            yield str(code), str(kind), record, bool(facts)


def last_bundle_days(session: Session) -> dict[str, str]:
    """Per unit, the latest Bagging-Date of a bundle imported from it (``YYYY-MM-DD``)."""
    b = ImportedBundleRow
    rows = session.execute(select(b.child_code, func.max(b.bagging_date)).group_by(b.child_code))
    return {str(code): str(day or "")[:10] for code, day in rows}
