"""The store's own checks (``sodanchu check``): SQLite's, and every record of a kind against
the newest entry of the audit journal. Generic over the kinds: each is checked through the
write-path adapter it registers (``KindAdapter``), so a new kind is checked untouched."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.storage.journal import ChainProblem, latest_snapshots
from desktop.storage.records import KindAdapter

Recorded = Callable[[dict[str, Any]], str]  # a snapshot's recorded part, as canonical text


def sqlite_problems(session: Session) -> list[str]:
    """What SQLite's integrity and foreign-key checks report (nothing: all is well)."""
    rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
    found = [r for r in rows if r != "ok"]
    fk = list(session.execute(text("PRAGMA foreign_key_check")))
    return found + [f"foreign key: {tuple(r)}" for r in fk]


def journal_size(session: Session) -> int:
    return int(session.scalar(text("SELECT count(*) FROM audit_journal")) or 0)


def record_problems(
    session: Session, adapter: KindAdapter[Any, Any], recorded: Recorded
) -> tuple[int, list[ChainProblem]]:
    """(records checked, problems) for every row of the adapter's kind, tombstones included.

    A record whose stored state differs from its last journal entry was changed around
    the write path (by hand, or by a bug); one with no entry was written around it.
    """
    kind = adapter.kind.value
    journaled = latest_snapshots(session, kind)
    rows = list(session.scalars(select(adapter.row_type)))
    problems: list[ChainProblem] = []
    for row in rows:
        entry = journaled.get(row.uuid)
        if entry is None:
            problems.append(ChainProblem("record_unjournaled", None, kind, row.uuid))
            continue
        version, after = entry
        now = recorded(adapter.snapshot(session, row))
        if version != row.version or now != recorded(json.loads(after)):
            problems.append(ChainProblem("record_mismatch", None, kind, row.uuid))
    return len(rows), problems
