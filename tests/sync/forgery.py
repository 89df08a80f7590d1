"""What a careful forger does to the audit journal: change entries, then recompute every hash
after them (and, if asked, the chain heads the origin kept in its ``sync_export`` entries).
Shared by the audit tests and the safety runner."""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.storage.journal import GENESIS_HASH, entry_hash
from desktop.storage.models import AuditEntryRow


def rewrite_journal(
    session: Session,
    change: Callable[[AuditEntryRow], None],
    *,
    forge_heads: bool = False,
) -> dict[int, str]:
    """Apply ``change`` to every entry and re-chain them; the new hash of each entry id."""
    new: dict[int, str] = {}
    prev = GENESIS_HASH
    for row in session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.id)):
        change(row)
        if forge_heads and row.kind == "sync_export":
            body = json.loads(row.after)
            head_id = int(body["journal_head"].split(":")[0])
            body["journal_head"] = f"{head_id}:{new[head_id]}"
            row.after = json.dumps(body, sort_keys=True, separators=(",", ":"))
        row.prev_hash = prev
        row.hash = entry_hash(
            prev,
            at=row.at,
            actor=row.actor,
            action=row.action,
            kind=row.kind,
            uuid=row.uuid,
            version=row.version,
            before_version=row.before_version,
            after=row.after,
        )
        new[row.id] = prev = row.hash
    return new
