"""Queries of the receiving level's board (services/sync_board.py) and of the bundles
received (services/sync_guards.py): ``sync_peers``, ``imported_bundles`` and
``child_records``, aggregated in SQL so that a province's board with hundreds of
children stays quick."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, tuple_
from sqlalchemy.orm import Session

from desktop.storage.models import ChildRecordRow, ImportedBundleRow, SyncPeerRow


def child_peers(session: Session) -> list[tuple[str, str, str]]:
    """(code, name, role) of every registered child, in code order."""
    rows = session.execute(
        select(SyncPeerRow.code, SyncPeerRow.name, SyncPeerRow.role)
        .where(SyncPeerRow.relation == "child")
        .order_by(SyncPeerRow.code)
    ).all()
    return [(str(code), str(name), str(role)) for code, name, role in rows]


def last_bundles(session: Session) -> list[tuple[str, int, Any, datetime, str, int]]:
    """Per child its most recently signed bundle: (child code, seq, bagging date, import
    time, the ``counts.json`` it carried, how many bundles came from the child).

    The most recently signed, not the highest number: after a restore the new identity
    numbers again from 1.
    """
    ranked = select(
        ImportedBundleRow.child_code,
        ImportedBundleRow.seq,
        ImportedBundleRow.bagging_date,
        ImportedBundleRow.imported_at,
        ImportedBundleRow.origin_counts,
        func.count().over(partition_by=ImportedBundleRow.child_code).label("n"),
        func.row_number()
        .over(
            partition_by=ImportedBundleRow.child_code,
            order_by=(ImportedBundleRow.signed_at.desc(), ImportedBundleRow.seq.desc()),
        )
        .label("rank"),
    ).subquery()
    rows = session.execute(select(ranked).where(ranked.c.rank == 1))
    return [
        (code, seq, bagged, imported, counts, n)
        for code, seq, bagged, imported, counts, n, _ in rows
    ]


def missing_bundles(session: Session) -> dict[str, list[tuple[str, int]]]:
    """Gaps in each (child, installation identity) stream: only incomplete streams are read."""
    streams = session.execute(
        select(
            ImportedBundleRow.child_code,
            ImportedBundleRow.installation_id,
            func.max(ImportedBundleRow.seq),
        )
        .group_by(ImportedBundleRow.child_code, ImportedBundleRow.installation_id)
        .having(func.count() < func.max(ImportedBundleRow.seq))
    ).all()
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    if not streams:
        return out
    got: dict[tuple[str, str], set[int]] = defaultdict(set)
    keys = [(code, inst) for code, inst, _ in streams]
    for i in range(0, len(keys), 200):
        rows = session.execute(
            select(
                ImportedBundleRow.child_code,
                ImportedBundleRow.installation_id,
                ImportedBundleRow.seq,
            ).where(
                tuple_(ImportedBundleRow.child_code, ImportedBundleRow.installation_id).in_(
                    keys[i : i + 200]
                )
            )
        )
        for code, inst, seq in rows:
            got[(code, inst)].add(seq)
    for code, inst, top in sorted(streams):
        out[code] += [(inst, s) for s in range(1, top + 1) if s not in got[(code, inst)]]
    return out


def record_count_rows(session: Session, kinds: Sequence[str]) -> list[tuple[Any, ...]]:
    """(child code, kind, state, records, items passed, items failed, late, short postings)
    per child, kind and state of the children's current records of ``kinds`` (tombstones left
    out)."""
    rec = ChildRecordRow

    def flag(column: Any) -> Any:  # SUM over a boolean is refused by PostgreSQL
        return func.sum(case((column.is_(True), 1), else_=0))

    rows = session.execute(
        select(
            rec.child_code,
            rec.kind,
            rec.state,
            func.count(),
            func.coalesce(func.sum(rec.items_passed), 0),
            func.coalesce(func.sum(rec.items_failed), 0),
            flag(rec.late),
            flag(rec.short_posting),
        )
        .where(rec.deleted.is_(False), rec.kind.in_(tuple(kinds)))
        .group_by(rec.child_code, rec.kind, rec.state)
    ).all()
    return [tuple(row) for row in rows]


def last_imported_seq(session: Session, child: str, installation_id: str) -> int:
    """The highest bundle number received from one installation of a child (0: none)."""
    last = session.scalar(
        select(func.max(ImportedBundleRow.seq)).where(
            ImportedBundleRow.child_code == child,
            ImportedBundleRow.installation_id == installation_id,
        )
    )
    return int(last or 0)
