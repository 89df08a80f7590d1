"""Queries and writes of the sending side's bundle register (BUNDLE.md "Export").

Used by services/sync.py and services/sync_export.py; the export's record lines and
digests are in storage/sync_store.py.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.models import ChangeLogRow, ImportedBundleRow, SyncExportRow
from desktop.storage.sync_store import acked_change_seq, rejected_uuids


def export_committed(session: Session, installation_id: str, seq: int) -> bool:
    """The bundle ``seq`` of this installation took its number (its transaction committed)."""
    found = session.scalars(
        select(SyncExportRow.id).where(
            SyncExportRow.installation_id == installation_id, SyncExportRow.seq == seq
        )
    ).first()
    return found is not None


def key_in_use(session: Session) -> bool:
    """This installation has signed something with its key: a bundle, or a receipt for an
    imported bundle."""
    exported = session.scalar(select(SyncExportRow.id).limit(1))
    imported = session.scalar(select(ImportedBundleRow.bundle_id).limit(1))
    return exported is not None or imported is not None


def pending_changes(session: Session) -> int:
    """Records changed since the last acknowledged change, plus the ones the parent
    rejected (they go again, so they are pending too)."""
    acked = acked_change_seq(session)
    pending = int(
        session.scalar(
            select(func.count(func.distinct(ChangeLogRow.uuid))).where(ChangeLogRow.seq > acked)
        )
        or 0
    )
    again = set(rejected_uuids(session))
    if again:
        changed = session.scalars(
            select(ChangeLogRow.uuid).where(
                ChangeLogRow.seq > acked, ChangeLogRow.uuid.in_(sorted(again))
            )
        )
        pending += len(again - set(changed))
    return pending


def record_export(
    session: Session,
    *,
    installation_id: str,
    seq: int,
    bundle_id: str,
    created_at: datetime,
    full: bool,
    change_from: int,
    change_through: int,
    record_count: int,
    parts: int,
    file_name: str,
    tagmanifest_sha256: str,
) -> None:
    """Register a bundle with its gap-free number, in the export's transaction."""
    session.add(
        SyncExportRow(
            installation_id=installation_id,
            seq=seq,
            bundle_id=bundle_id,
            created_at=created_at,
            full=full,
            change_from=change_from,
            change_through=change_through,
            record_count=record_count,
            parts=parts,
            file_name=file_name,
            tagmanifest_sha256=tagmanifest_sha256,
        )
    )
