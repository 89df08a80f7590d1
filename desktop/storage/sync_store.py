"""Queries of the sync tables and the record snapshots a bundle carries (BUNDLE.md)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, bindparam, func, insert, literal, or_, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.core.confidential import strip_confidential
from desktop.core.kinds import KindSpec
from desktop.core.records import RecordKind
from desktop.storage.journal import canonical_json
from desktop.storage.models import (
    AuditEntryRow,
    ChangeLogRow,
    ChildRecordRow,
    ChildRecordVersionRow,
    ReceivedReceiptRow,
    SyncExportRow,
    SyncPeerRow,
    VillageRow,
    record_tables,
)

# The order of a bundle: the first four kinds as bundles have always listed them, then
# any later kind in the order of core/records.py.
_FIRST = ("village", "convention", "meeting", "disclosure")
RECORD_KINDS = _FIRST + tuple(k.value for k in RecordKind if k.value not in _FIRST)
_KIND_ORDER = {k: i for i, k in enumerate(RECORD_KINDS)}
_TABLES = record_tables()
_ROWS: tuple[Any, ...] = tuple(_TABLES[k] for k in RECORD_KINDS)
_CHUNK = 500


def last_change_seq(session: Session) -> int:
    return int(session.scalar(select(func.max(ChangeLogRow.seq))) or 0)


def acked_change_seq(session: Session) -> int:
    """The change-log position everything up to which a receipt has acknowledged."""
    found = session.scalar(
        select(func.max(SyncExportRow.change_through)).where(SyncExportRow.acked_at.is_not(None))
    )
    return int(found or 0)


def last_export(session: Session, installation_id: str) -> SyncExportRow | None:
    return session.scalars(
        select(SyncExportRow)
        .where(SyncExportRow.installation_id == installation_id)
        .order_by(SyncExportRow.seq.desc())
        .limit(1)
    ).first()


def acked_through_seq(session: Session, installation_id: str) -> int:
    found = session.scalar(
        select(func.max(SyncExportRow.seq)).where(
            SyncExportRow.installation_id == installation_id,
            SyncExportRow.acked_at.is_not(None),
        )
    )
    return int(found or 0)


def _origins(session: Session) -> dict[str, str]:
    stmt = union_all(*(select(r.uuid, r.origin_code) for r in _ROWS))
    return {u: o for u, o in session.execute(stmt)}


def village_codes(session: Session, own_code: str = "") -> tuple[str, ...]:
    """The codes a commune relays for: its villages' (deleted ones too: their records stay)
    and every other owner of a record it holds (a village whose code was changed here still
    owns the records it sent under the old one)."""
    owners = session.scalars(union_all(*(select(r.origin_code).distinct() for r in _ROWS)))
    codes = set(session.scalars(select(VillageRow.code))) | set(owners)
    return tuple(sorted(codes - {"", own_code}))


def rejected_uuids(session: Session) -> list[str]:
    """The records the parent rejected in the receipt of the newest acknowledged bundle:
    a rejection is never acknowledged, they go again until a receipt takes them."""
    row = session.scalars(
        select(SyncExportRow)
        .where(SyncExportRow.acked_at.is_not(None), SyncExportRow.receipt_id.is_not(None))
        .order_by(SyncExportRow.created_at.desc(), SyncExportRow.seq.desc())
        .limit(1)
    ).first()
    receipt = session.get(ReceivedReceiptRow, row.receipt_id) if row is not None else None
    if receipt is None:
        return []
    try:
        rejections = json.loads(receipt.content).get("rejections") or []
    except (ValueError, AttributeError):
        return []
    return sorted(
        {
            str(r["uuid"])
            for r in rejections
            if isinstance(r, dict) and isinstance(r.get("uuid"), str)
        }
    )


def record_lines(
    session: Session,
    after_change: int | None,
    again: Sequence[str] = (),
    confidential: Mapping[str, KindSpec] | None = None,
) -> list[tuple[str, str, bytes]]:
    """(kind, uuid, line) of the newest version of every record changed after ``after_change``
    in the change log (every record when None), in bundle order.

    A line is the journal's snapshot of that version (canonical JSON) with the record's
    ``origin_code`` appended as its last member: the same version always gives the same bytes.
    ``again`` are records to carry even when unchanged (rejected by the parent).
    ``confidential``: the kinds (by name) whose confidential fields are left out.
    """
    strip = confidential or {}
    newest = (
        select(func.max(AuditEntryRow.id).label("id"))
        .where(AuditEntryRow.kind.in_(RECORD_KINDS))
        .group_by(AuditEntryRow.uuid)
    )
    if after_change is not None:
        changed = select(ChangeLogRow.uuid).where(ChangeLogRow.seq > after_change).distinct()
        wanted: ColumnElement[bool] = AuditEntryRow.uuid.in_(changed)
        if again:
            wanted = or_(wanted, AuditEntryRow.uuid.in_(list(again)))
        newest = newest.where(wanted)
    sub = newest.subquery()
    rows = session.execute(
        select(AuditEntryRow.kind, AuditEntryRow.uuid, AuditEntryRow.after).join(
            sub, AuditEntryRow.id == sub.c.id
        )
    ).all()
    origins = _origins(session)
    out: list[tuple[str, str, bytes]] = []
    for kind, uuid, after in rows:
        if kind in strip:
            # A denouncer's or complainant's identity never goes up (LTCD Art. 3(2), LTC
            # Art. 47): the fields the kind declares confidential are left out, and the
            # line is the canonical JSON of what remains (the same bytes every time).
            after = canonical_json(strip_confidential(json.loads(after), strip[kind]))
        # The journal keeps each snapshot as canonical JSON of an object; the owner is
        # appended as the last member rather than re-encoding 40 MB of JSON (same bytes for
        # the same version every time, which is what the receiver compares).
        owner = json.dumps(origins.get(uuid, ""), ensure_ascii=False)
        out.append((kind, uuid, f'{after[:-1]},"origin_code":{owner}}}'.encode()))
    out.sort(key=lambda t: (_KIND_ORDER[t[0]], t[1]))
    return out


def state_digest(session: Session) -> tuple[dict[str, dict[str, int]], str]:
    """Per-kind counts and one SHA-256 over (uuid, version, deleted) of every record."""
    counts: dict[str, dict[str, int]] = {k: {"records": 0, "deleted": 0} for k in RECORD_KINDS}
    digest = hashlib.sha256()
    parts = [
        select(
            literal(kind).label("kind"),
            row.uuid,
            row.version,
            row.deleted,
        )
        for kind, row in zip(RECORD_KINDS, _ROWS, strict=True)
    ]
    items = sorted(session.execute(union_all(*parts)).all(), key=lambda r: r[1])
    for kind, uuid, version, deleted in items:
        counts[kind]["deleted" if deleted else "records"] += 1
        digest.update(f"{uuid}:{version}:{int(bool(deleted))}\n".encode("ascii"))
    return counts, digest.hexdigest()


def child_state_digest(session: Session, child_code: str) -> str:
    """The same digest over a child's records as received here (complete when equal)."""
    return child_state_digests(session, [child_code]).get(child_code, _EMPTY_DIGEST)


_EMPTY_DIGEST = hashlib.sha256().hexdigest()


def child_state_digests(session: Session, child_codes: Iterable[str]) -> dict[str, str]:
    """:func:`child_state_digest` of several children in one statement (the board asks it
    of every child with a gap: one query, not one per unit)."""
    codes = sorted(set(child_codes))
    if not codes:
        return {}
    digests = {code: hashlib.sha256() for code in codes}
    rows = session.execute(
        select(
            ChildRecordRow.child_code,
            ChildRecordRow.uuid,
            ChildRecordRow.version,
            ChildRecordRow.deleted,
        )
        .where(ChildRecordRow.child_code.in_(codes))
        .order_by(ChildRecordRow.child_code, ChildRecordRow.uuid)
    )
    for code, uuid, version, deleted in rows:
        digests[code].update(f"{uuid}:{version}:{int(bool(deleted))}\n".encode("ascii"))
    return {code: digest.hexdigest() for code, digest in digests.items()}


def peer(session: Session, relation: str, code: str) -> SyncPeerRow | None:
    return session.scalars(
        select(SyncPeerRow).where(SyncPeerRow.relation == relation, SyncPeerRow.code == code)
    ).first()


def peers(session: Session, relation: str) -> list[SyncPeerRow]:
    return list(
        session.scalars(
            select(SyncPeerRow).where(SyncPeerRow.relation == relation).order_by(SyncPeerRow.code)
        )
    )


_VERSIONS_OF = select(
    ChildRecordVersionRow.uuid, ChildRecordVersionRow.version, ChildRecordVersionRow.content_sha256
).where(ChildRecordVersionRow.uuid.in_(bindparam("ids", expanding=True)))
_CHILD_RECORDS_OF = select(
    ChildRecordRow.uuid, ChildRecordRow.child_code, ChildRecordRow.version
).where(ChildRecordRow.uuid.in_(bindparam("ids", expanding=True)))


def own_record_owners(session: Session, uuids: Sequence[str]) -> dict[str, str]:
    """uuid -> origin_code of those records held in this installation's own lists (its own,
    or mirrored from a village)."""
    out: dict[str, str] = {}
    for i in range(0, len(uuids), _CHUNK):
        chunk = list(uuids[i : i + _CHUNK])
        stmt = union_all(*(select(r.uuid, r.origin_code).where(r.uuid.in_(chunk)) for r in _ROWS))
        out.update({u: o for u, o in session.execute(stmt)})
    return out


def known_versions(session: Session, uuids: Sequence[str]) -> dict[tuple[str, int], str]:
    """(uuid, version) -> content hash of every version received of these records."""
    out: dict[tuple[str, int], str] = {}
    for i in range(0, len(uuids), _CHUNK):
        # One compiled statement, the ids bound at execution (no per-value coercion).
        for uuid, version, sha in session.execute(_VERSIONS_OF, {"ids": uuids[i : i + _CHUNK]}):
            out[(uuid, version)] = sha
    return out


def current_child_records(session: Session, uuids: Sequence[str]) -> dict[str, tuple[str, int]]:
    """uuid -> (child_code, version) of the child records stored here."""
    out: dict[str, tuple[str, int]] = {}
    for i in range(0, len(uuids), _CHUNK):
        for uuid, child, version in session.execute(
            _CHILD_RECORDS_OF, {"ids": uuids[i : i + _CHUNK]}
        ):
            out[uuid] = (child, version)
    return out


def bulk_insert(session: Session, table: Any, rows: Iterable[dict[str, Any]]) -> None:
    """The import's fast path: one INSERT compiled once, the rows handed to the driver's
    executemany as they are (no per-row parameter processing); no-op for no rows.

    Values must be what the driver takes: str, int, bool, None, and dates (turned into
    SQLAlchemy's ISO text for SQLite here, passed as dates to PostgreSQL).
    """
    batch = list(rows)
    if not batch:
        return
    core = getattr(table, "__table__", table)
    conn = session.connection()
    keys = list(batch[0])
    compiled = insert(core).compile(dialect=conn.dialect, column_keys=keys)
    if conn.dialect.name == "sqlite":  # SQLAlchemy stores dates there as ISO text
        dates = [c.name for c in core.columns if isinstance(c.type, Date) and c.name in keys]
        for row in batch:
            for name in dates:
                if row[name] is not None:
                    row[name] = row[name].isoformat()
    params: list[Any]
    if compiled.positional:
        order = list(compiled.positiontup or ())
        pick = itemgetter(*order)
        params = [pick(r) for r in batch] if len(order) > 1 else [(pick(r),) for r in batch]
    else:
        params = batch
    for i in range(0, len(params), 5000):
        conn.exec_driver_sql(str(compiled), params[i : i + 5000])
