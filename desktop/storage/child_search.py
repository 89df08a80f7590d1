"""The titles of the records received from the units below, for the receiving level's
search (services/search_units.py)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.models import ChildRecordRow, ImportedBundleRow, SyncPeerRow


def child_titles(session: Session) -> Iterator[tuple[str, str, str, str]]:
    """(kind, uuid, unit code, title) of every live record received from a unit, read a
    few thousand rows at a time (a province holds hundreds of thousands)."""
    rows = session.execute(
        select(
            ChildRecordRow.kind,
            ChildRecordRow.uuid,
            ChildRecordRow.child_code,
            ChildRecordRow.title,
        )
        .where(ChildRecordRow.deleted.is_(False))
        .execution_options(yield_per=5000)
    )
    for k, u, c, t in rows:
        yield str(k), str(u), str(c), str(t or "")


def titles_version(session: Session) -> tuple[object, ...]:
    """What changes whenever the units' records do: every import (the only writer of
    ``child_records``) adds a row to the register of imported bundles."""
    count, last = session.execute(
        select(func.count(ImportedBundleRow.bundle_id), func.max(ImportedBundleRow.imported_at))
    ).one()
    return (int(count or 0), str(last))


def unit_names(session: Session) -> dict[str, str]:
    """The name of every registered unit below, by code."""
    rows = session.execute(
        select(SyncPeerRow.code, SyncPeerRow.name).where(SyncPeerRow.relation == "child")
    )
    return {str(code): str(name) for code, name in rows}
