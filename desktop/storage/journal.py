"""The append-only audit journal, chained by SHA-256 so tampering is detected."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.storage.db import pg_write_lock
from desktop.storage.models import AuditEntryRow

GENESIS_HASH = "0" * 64
# The columns an entry's hash covers (:func:`entry_hash`), read back by :func:`verify_chain`.
HASHED = ("at", "actor", "action", "kind", "uuid", "version", "before_version", "after")


def canonical_json(value: object) -> str:
    """Stable JSON text: sorted keys, no spaces, real Unicode (NFC is the caller's job)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, **fields: object) -> str:
    """The hash of one journal entry (its :data:`HASHED` ``fields``), covering the hash of
    the entry before it; a field missing is a KeyError, an extra one is not hashed."""
    body = canonical_json({name: fields[name] for name in HASHED})
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def last_hash(session: Session) -> str:
    """Hash of the newest entry (the genesis hash for an empty journal)."""
    found = session.scalar(select(AuditEntryRow.hash).order_by(AuditEntryRow.id.desc()).limit(1))
    return found or GENESIS_HASH


def append_entry(
    session: Session,
    *,
    at: str,
    actor: str,
    action: str,
    kind: str,
    uuid: str,
    version: int,
    before_version: int | None,
    after: Mapping[str, object],
) -> AuditEntryRow:
    """Append one entry. Call after the record's row has been flushed.

    The flush has already taken SQLite's write lock, so no other writer can
    append between reading the last hash and inserting this entry. PostgreSQL's
    READ COMMITTED would let two writers read the same last hash and fork the
    chain, so there the append takes the store's write lock (``Database.transaction``
    has normally taken it already; taking it again is free).
    """
    if session.get_bind().dialect.name == "postgresql":
        pg_write_lock(session)
    fields: dict[str, Any] = {
        "at": at,
        "actor": actor,
        "action": action,
        "kind": kind,
        "uuid": uuid,
        "version": version,
        "before_version": before_version,
        "after": canonical_json(after),
    }
    prev = last_hash(session)
    row = AuditEntryRow(**fields, prev_hash=prev, hash=entry_hash(prev, **fields))
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class ChainProblem:
    """One thing wrong with the journal or with a record against it."""

    code: str  # journal_hash_mismatch | journal_chain_broken | record_mismatch | record_unjournaled
    entry_id: int | None = None
    kind: str = ""
    uuid: str = ""


def verify_chain(session: Session, after_id: int = 0) -> Iterator[ChainProblem]:
    """Recompute every entry's hash and check each links to the one before; with
    ``after_id``, only the entries after that one (linked to its hash as stored)."""
    prev = GENESIS_HASH
    if after_id:
        found = session.scalar(select(AuditEntryRow.hash).where(AuditEntryRow.id == after_id))
        prev = found or GENESIS_HASH
    t = AuditEntryRow
    hashed = [getattr(t, name) for name in HASHED]
    rows = session.execute(  # plain tuples: no ORM objects for a journal of 100,000 entries
        select(t.id, t.prev_hash, t.hash, *hashed).where(t.id > after_id).order_by(t.id)
    )
    for entry_id, prev_hash, stored, *values in rows:
        fields = dict(zip(HASHED, values, strict=True))
        kind, uuid = fields["kind"], fields["uuid"]
        if prev_hash != prev:
            yield ChainProblem("journal_chain_broken", entry_id, kind, uuid)
        expected = entry_hash(prev_hash, **fields)
        if expected != stored:
            yield ChainProblem("journal_hash_mismatch", entry_id, kind, uuid)
        prev = stored


def latest_snapshots(session: Session, kind: str) -> dict[str, tuple[int, str]]:
    """For each record of ``kind``: (version, after-JSON text) of its newest entry."""
    out: dict[str, tuple[int, str]] = {}
    rows = session.execute(
        select(AuditEntryRow.uuid, AuditEntryRow.version, AuditEntryRow.after)
        .where(AuditEntryRow.kind == kind)
        .order_by(AuditEntryRow.id)
    )
    for uuid, version, after in rows:
        out[uuid] = (version, after)
    return out


def history(session: Session, uuid: str) -> list[AuditEntryRow]:
    """Every journal entry of one record, oldest first."""
    return list(
        session.execute(
            select(AuditEntryRow).where(AuditEntryRow.uuid == uuid).order_by(AuditEntryRow.id)
        ).scalars()
    )
