"""The records received from the units below, filtered for the receiving level's list
(by unit, kind, period and state) and found one by one (a search hit opened).

The filters run in SQL over the columns extracted at import (``child_code``, ``kind``,
``on_date``, ``state``: services/sync_columns.py), so a province's hundreds of thousands of
records are paged without parsing a JSON document that is not shown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.storage.models import ChildRecordRow


@dataclass(frozen=True)
class UnitFilter:
    """Which received records to list; an empty field does not filter."""

    kind: str
    unit: str = ""  # a unit's code; "" = every unit
    start: date | None = None  # the kind's day on or after
    end: date | None = None  # the kind's day on or before
    state: str = ""  # the ``state`` column (the kind's board state)
    warnings_only: bool = False  # records with a warning (the import counted them)
    include_deleted: bool = False


def _where(query: Any, f: UnitFilter) -> Any:  # a Select of any columns
    query = query.where(ChildRecordRow.kind == f.kind)
    if f.unit:
        query = query.where(ChildRecordRow.child_code == f.unit)
    if f.start is not None:
        query = query.where(ChildRecordRow.on_date >= f.start)
    if f.end is not None:
        query = query.where(ChildRecordRow.on_date <= f.end)
    if f.state:
        query = query.where(ChildRecordRow.state == f.state)
    if f.warnings_only:
        query = query.where(ChildRecordRow.warning_count > 0)
    if not f.include_deleted:
        query = query.where(ChildRecordRow.deleted.is_(False))
    return query


def unit_record_page(
    session: Session, f: UnitFilter, offset: int, limit: int
) -> list[dict[str, Any]]:
    """The records ``f`` selects, newest day first, each with its ``unit_code``."""
    query = _where(select(ChildRecordRow.child_code, ChildRecordRow.content), f)
    rows = session.execute(
        query.order_by(
            ChildRecordRow.on_date.desc().nulls_last(),
            ChildRecordRow.child_code,
            ChildRecordRow.uuid,
        )
        .offset(offset)
        .limit(limit)
    )
    return [{**json.loads(content), "unit_code": str(code)} for code, content in rows]


def unit_states(session: Session, kind: str, unit: str = "") -> list[str]:
    """The states the received records of ``kind`` (of one unit, or all) are in."""
    query = select(ChildRecordRow.state).distinct().where(ChildRecordRow.kind == kind)
    if unit:
        query = query.where(ChildRecordRow.child_code == unit)
    return sorted(str(s) for s in session.scalars(query) if s)


def unit_record(session: Session, uuid: str) -> tuple[str, str, dict[str, Any]] | None:
    """(kind, unit code, record) of one received record, or None."""
    row = session.execute(
        select(ChildRecordRow.kind, ChildRecordRow.child_code, ChildRecordRow.content).where(
            ChildRecordRow.uuid == uuid
        )
    ).first()
    if row is None:
        return None
    kind, code, content = row
    return str(kind), str(code), {**json.loads(content), "unit_code": str(code)}
