"""The parent registered here, the receipts taken from it and the remarks they carry
(BUNDLE.md "Receipts"); used by services/sync_receipts.py."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.storage.journal import canonical_json
from desktop.storage.models import ReceivedReceiptRow, SyncExportRow, SyncPeerRow, SyncRemarkRow
from desktop.storage.sync_store import peer, peers


@dataclass(frozen=True)
class Parent:
    """The parent registered here: its receipts are checked against this key."""

    code: str
    name: str
    role: str
    public_key: str
    key_id: str


def registered_parent(session: Session) -> Parent | None:
    """The parent whose key the officer registered, or None.

    A row without a role is a key the first receipt pinned before issue 13 (trust on first
    use, possibly a forger's): it was never compared with the parent's sheet, so it is not
    trusted.
    """
    rows = [r for r in peers(session, "parent") if r.role]
    if not rows:
        return None
    r = rows[0]
    return Parent(r.code, r.name, r.role, r.public_key, r.key_id)


def has_verified_parent(session: Session) -> bool:
    """A parent's key was registered (a row with a role); a row without one is a key the
    first receipt pinned before issue 13."""
    return any(r.role for r in peers(session, "parent"))


def withdraw_unverified_acks(session: Session, key_id: str) -> list[str]:
    """Withdraw the receipts not signed by ``key_id``: their bundles are unacknowledged
    again and their remarks go. Returns the withdrawn receipts' ids."""
    withdrawn: list[str] = []
    for row in list(session.scalars(select(ReceivedReceiptRow))):
        try:
            signer = json.loads(row.content).get("key_id")
        except (ValueError, AttributeError):
            signer = None
        if signer == key_id:
            continue
        for export in session.scalars(
            select(SyncExportRow).where(SyncExportRow.receipt_id == row.receipt_id)
        ):
            export.acked_at = None
            export.receipt_id = None
        for remark in session.scalars(
            select(SyncRemarkRow).where(
                SyncRemarkRow.direction == "incoming", SyncRemarkRow.receipt_id == row.receipt_id
            )
        ):
            session.delete(remark)
        session.delete(row)
        withdrawn.append(row.receipt_id)
    return withdrawn


def save_parent(
    session: Session,
    *,
    code: str,
    name: str,
    role: str,
    public_key: str,
    key_id: str,
    registered_at: datetime,
) -> None:
    """The one parent: a registration under another code replaces the old one."""
    for other in peers(session, "parent"):
        if other.code != code:
            session.delete(other)
    session.flush()
    row = peer(session, "parent", code) or SyncPeerRow(relation="parent", code=code)
    row.name = name
    row.role = role
    row.public_key = public_key
    row.key_id = key_id
    row.registered_at = registered_at
    session.add(row)


def receipt_taken(session: Session, receipt_id: str) -> bool:
    return session.get(ReceivedReceiptRow, receipt_id) is not None


def bundle_exported(session: Session, bundle_id: str) -> bool:
    """A bundle with this id was sent from here."""
    found = session.scalars(
        select(SyncExportRow.id).where(SyncExportRow.bundle_id == bundle_id)
    ).first()
    return found is not None


def take_receipt(
    session: Session,
    receipt: dict[str, Any],
    remarks: Sequence[dict[str, Any]],
    now: datetime,
) -> None:
    """Acknowledge the bundle a receipt answers (the first receipt for it), keep the
    receipt and attach its remarks to their records."""
    export = session.scalars(
        select(SyncExportRow).where(SyncExportRow.bundle_id == receipt["bundle_id"])
    ).first()
    if export is not None and export.acked_at is None:
        export.acked_at = now
        export.receipt_id = receipt["receipt_id"]
    session.add(
        ReceivedReceiptRow(
            receipt_id=receipt["receipt_id"],
            bundle_id=receipt["bundle_id"],
            seq=receipt["bundle_seq"],
            received_at=now,
            content=canonical_json(receipt),
        )
    )
    for r in remarks:
        session.add(
            SyncRemarkRow(
                direction="incoming",
                peer_code=receipt["from_code"],
                record_uuid=str(r.get("uuid", "")),
                text=str(r.get("text", "")),
                created_at=str(r.get("at", receipt["issued_at"])),
                created_by=str(r.get("by", receipt["from_code"])),
                receipt_id=receipt["receipt_id"],
            )
        )


def remarks_for(session: Session, record_uuid: str) -> list[dict[str, str]]:
    """Remarks from the parent (or pending for a child) on one record, oldest first."""
    rows = session.scalars(
        select(SyncRemarkRow)
        .where(SyncRemarkRow.record_uuid == record_uuid)
        .order_by(SyncRemarkRow.id)
    )
    return [
        {
            "from": r.peer_code,
            "at": r.created_at,
            "by": r.created_by,
            "text": r.text,
            "direction": r.direction,
        }
        for r in rows
    ]
