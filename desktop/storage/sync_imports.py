"""Queries of the receiving side (BUNDLE.md "Import rules"): registered children, imported
bundles, the children's records as received and the remarks that travel in receipts.

The import service (``services/sync_import*.py``) runs no SQL of its own: it calls these,
inside the one transaction it opens per bundle.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.storage.models import (
    ChildRecordRow,
    ChildRecordVersionRow,
    ChildReportFactsRow,
    ImportedBundleRow,
    SyncPeerRow,
    SyncRemarkRow,
    VillageRow,
)
from desktop.storage.sync_store import bulk_insert, peer

_CHUNK = 500


@dataclass(frozen=True)
class ChildKey:
    """What registration stores about a child unit."""

    code: str
    name: str
    role: str
    relays: str  # codes, space separated
    public_key: str
    key_id: str


# --- registered children -----------------------------------------------------------------
def child_with_key(session: Session, key_id: str, other_than: str) -> str | None:
    """The code of another child registered with ``key_id`` (one key, one unit)."""
    found = session.scalars(
        select(SyncPeerRow.code).where(
            SyncPeerRow.relation == "child",
            SyncPeerRow.key_id == key_id,
            SyncPeerRow.code != other_than,
        )
    ).first()
    return found


def child_key_id(session: Session, code: str) -> str | None:
    row = peer(session, "child", code)
    return row.key_id if row is not None else None


def save_child(session: Session, child: ChildKey, registered_at: datetime) -> None:
    """Register (or register again) a child's key under its code."""
    row = peer(session, "child", child.code) or SyncPeerRow(relation="child", code=child.code)
    row.name = child.name
    row.role = child.role
    row.relays = child.relays
    row.public_key = child.public_key
    row.key_id = child.key_id
    row.registered_at = registered_at
    session.add(row)


# --- imported bundles --------------------------------------------------------------------
def imported_digests(session: Session) -> dict[tuple[str, str], str]:
    """(child, bundle id) -> tag-manifest digest of every bundle imported."""
    rows = session.execute(
        select(
            ImportedBundleRow.child_code,
            ImportedBundleRow.bundle_id,
            ImportedBundleRow.tagmanifest_sha256,
        )
    )
    return {(child, bundle_id): digest for child, bundle_id, digest in rows}


def imported_outcome(session: Session, child: str, bundle_id: str) -> dict[str, int] | None:
    """The outcome counts of a bundle imported already, or None."""
    row = session.get(ImportedBundleRow, (child, bundle_id))
    return json.loads(row.outcome) if row is not None else None


def seq_taken(session: Session, child: str, installation_id: str, seq: int) -> bool:
    """Another bundle with this number from the same installation was imported."""
    found = session.scalars(
        select(ImportedBundleRow.bundle_id).where(
            ImportedBundleRow.child_code == child,
            ImportedBundleRow.installation_id == installation_id,
            ImportedBundleRow.seq == seq,
        )
    ).first()
    return found is not None


def add_imported_bundle(session: Session, **columns: Any) -> ImportedBundleRow:
    """Record one imported bundle (the audit journal then seals it)."""
    row = ImportedBundleRow(**columns)
    session.add(row)
    session.flush()
    return row


def missing_seqs(session: Session, child: str) -> list[int]:
    """Bundle numbers below the highest received that never arrived, per installation."""
    seqs: dict[str, set[int]] = defaultdict(set)
    for inst_id, seq in session.execute(
        select(ImportedBundleRow.installation_id, ImportedBundleRow.seq).where(
            ImportedBundleRow.child_code == child
        )
    ):
        seqs[inst_id].add(seq)
    missing: list[int] = []
    for got in seqs.values():
        missing += sorted(set(range(1, max(got) + 1)) - got)
    return missing


# --- children's records as received --------------------------------------------------------
def drop_child_records(session: Session, uuids: Sequence[str]) -> None:
    """Forget the current snapshots of these records (a newer version replaces them), and
    their report facts."""
    for i in range(0, len(uuids), _CHUNK):
        chunk = list(uuids[i : i + _CHUNK])
        session.execute(delete(ChildRecordRow).where(ChildRecordRow.uuid.in_(chunk)))
        session.execute(delete(ChildReportFactsRow).where(ChildReportFactsRow.uuid.in_(chunk)))


def insert_child_records(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """The current snapshots of records received (columns: ``ChildRecordRow``); a row's
    ``report_facts`` (JSON, "" for none) go to ``child_report_facts``."""
    records = []
    facts = []
    for row in rows:
        record = dict(row)
        text = record.pop("report_facts", "")
        records.append(record)
        if text:
            facts.append(
                {
                    "uuid": record["uuid"],
                    "child_code": record["child_code"],
                    "kind": record["kind"],
                    "on_date": record.get("on_date"),
                    "deleted": record["deleted"],
                    "facts": text,
                }
            )
    bulk_insert(session, ChildRecordRow, records)
    bulk_insert(session, ChildReportFactsRow, facts)


def insert_child_versions(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Every version received, by content hash (a later copy is compared against it)."""
    bulk_insert(session, ChildRecordVersionRow, rows)


def child_of_record(session: Session, uuid: str) -> str | None:
    """The child a received record came from, or None."""
    row = session.get(ChildRecordRow, uuid)
    return row.child_code if row is not None else None


def child_record_page(
    session: Session, child: str, kind: str, offset: int, limit: int
) -> list[dict[str, Any]]:
    """One child's records of one kind, snapshots, newest first."""
    rows = session.scalars(
        select(ChildRecordRow.content)
        .where(ChildRecordRow.child_code == child, ChildRecordRow.kind == kind)
        .order_by(ChildRecordRow.on_date.desc().nulls_last(), ChildRecordRow.uuid)
        .offset(offset)
        .limit(limit)
    )
    return [json.loads(content) for content in rows]


def live_village_uuid(session: Session, code: str) -> str | None:
    """The uuid of the village with this code, unless deleted (a village installation's
    code is its village's code at the commune)."""
    return session.scalars(
        select(VillageRow.uuid).where(VillageRow.code == code, VillageRow.deleted.is_(False))
    ).first()


# --- remarks ---------------------------------------------------------------------------------
def add_remark(session: Session, child: str, record_uuid: str, text: str, at: str, by: str) -> None:
    session.add(
        SyncRemarkRow(
            direction="outgoing",
            peer_code=child,
            record_uuid=record_uuid,
            text=text,
            created_at=at,
            created_by=by,
        )
    )


def claim_remarks(session: Session, child: str, receipt_id: str) -> list[dict[str, str]]:
    """The child's pending remarks, now claimed by ``receipt_id`` (as the receipt lists them)."""
    pending = list(
        session.scalars(
            select(SyncRemarkRow).where(
                SyncRemarkRow.direction == "outgoing",
                SyncRemarkRow.peer_code == child,
                SyncRemarkRow.receipt_id.is_(None),
            )
        )
    )
    for r in pending:
        r.receipt_id = receipt_id
    return [
        {"uuid": r.record_uuid, "text": r.text, "at": r.created_at, "by": r.created_by}
        for r in pending
    ]


def release_remarks(session: Session, receipt_id: str) -> None:
    """Remarks of a receipt never written go in the next one."""
    for r in session.scalars(select(SyncRemarkRow).where(SyncRemarkRow.receipt_id == receipt_id)):
        r.receipt_id = None
