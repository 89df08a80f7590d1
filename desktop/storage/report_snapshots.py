"""What the receiving level's period report reads (docs/reports.md): its units' records as
received (``child_records.content``) and the day each unit last made a bundle.

Plain SQL over indexed columns, the same on SQLite and PostgreSQL (no JSON function):
the snapshots are counted by :mod:`desktop.core.snapshot_counts` and
:mod:`desktop.core.unit_figures`, as the commune's own records are.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator, Sequence
from typing import Any

import orjson
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.storage.models import ChildRecordRow, ChildReportFactsRow, ImportedBundleRow

# Rows fetched from the server at a time (a province's year is ~400 000 records).
_BATCH = 2000


def unit_snapshots(
    session: Session,
    kinds: Sequence[str],
    dated: Sequence[str],
    end: dt.date,
    faceted_kinds: Sequence[str] = (),
) -> Iterator[tuple[str, str, dict[str, Any], bool]]:
    """``(unit code, kind, JSON, facts?)`` of every live record of ``kinds``, in unit
    order: a record's report facts when the import kept them (``True``,
    ``child_report_facts``), else its whole snapshot. The records of the ``dated`` kinds
    only when dated up to ``end`` (or undated): a meeting held later, a reception session
    after the period cannot count in it. ``faceted_kinds``: the kinds the import keeps facts
    of."""
    f, c = ChildReportFactsRow, ChildRecordRow
    kinds = list(kinds)
    facts = (
        select(f.child_code, f.kind, f.facts)
        .where(f.deleted.is_(False), f.kind.in_(list(kinds)), ~_later(f, dated, end))
        .order_by(f.child_code)
        .execution_options(yield_per=_BATCH)
    )
    # The snapshots of the kinds without facts; those with facts only for records imported
    # before the table existed (counted first: a scan of the snapshots is what is avoided).
    faceted = session.scalar(select(func.count()).select_from(f).where(f.kind.in_(kinds)))
    received = session.scalar(select(func.count()).select_from(c).where(c.kind.in_(faceted_kinds)))
    wanted = [k for k in kinds if k not in faceted_kinds or faceted != received]
    kept = select(f.uuid).where(f.uuid == c.uuid).exists()
    whole = (
        select(c.child_code, c.kind, c.content)
        .where(c.deleted.is_(False), c.kind.in_(wanted), ~_later(c, dated, end), ~kept)
        .order_by(c.child_code)
        .execution_options(yield_per=_BATCH)
    )
    conn = session.connection()  # Core rows: no ORM processing of 400 000 of them
    both = heapq.merge(
        ((code, kind, text, True) for code, kind, text in conn.execute(facts)),
        ((code, kind, text, False) for code, kind, text in conn.execute(whole)),
        key=lambda row: str(row[0]),
    )
    for code, kind, text, is_facts in both:
        try:
            record = orjson.loads(text)  # a province's year is ~400 000 of them: the fast parser
        except (orjson.JSONDecodeError, TypeError):
            continue
        if isinstance(record, dict):
            yield str(code), str(kind), record, is_facts


def _later(table: Any, dated: Sequence[str], end: dt.date) -> Any:
    return and_(table.kind.in_(list(dated)), table.on_date.is_not(None), table.on_date > end)


def last_bundle_days(session: Session) -> dict[str, str]:
    """Per unit, the latest Bagging-Date of a bundle imported from it (``YYYY-MM-DD``)."""
    b = ImportedBundleRow
    rows = session.execute(select(b.child_code, func.max(b.bagging_date)).group_by(b.child_code))
    return {str(code): str(day or "")[:10] for code, day in rows}
