"""The sync tables under the audit journal (issue 13 item 7, BUNDLE.md "Journal-Head").

The receiving side (``imported_bundles``, ``child_records``, ``child_record_versions``)
is written by imports only, so each import journals what it stored: a ``sync_import``
entry (the bundle row and the sender's signed journal head) and a ``sync_records`` entry
(every version received, with its hash). An export journals a ``sync_export`` entry with
the journal head it signed. ``check`` replays those entries against the tables, compares
the change log and the installation row with the journal, and the signed heads with the
journal as it is now: an edited or deleted row, or a journal rewritten with recomputed
hashes, is found.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.records import RecordKind
from desktop.storage.journal import ChainProblem, append_entry, canonical_json, verify_chain
from desktop.storage.models import (
    AuditEntryRow,
    ChangeLogRow,
    ChildRecordRow,
    ChildRecordVersionRow,
    ImportedBundleRow,
    InstallationRow,
)

IMPORT_KIND = "sync_import"
RECORDS_KIND = "sync_records"
EXPORT_KIND = "sync_export"
RECORD_KINDS = tuple(k.value for k in RecordKind)  # every kind the app keeps
_BUNDLE_FIELDS = (
    "child_code",
    "bundle_id",
    "installation_id",
    "seq",
    "tagmanifest_sha256",
    "bagging_date",
    "signed_at",
    "record_status",
    "origin_counts",
    "outcome",
)
_INSTALLATION_FIELDS = (
    "installation_id",
    "role",
    "code",
    "name",
    "province_code",
    "province_name",
    "parent_code",
    "parent_name",
    "upper_code",
    "upper_name",
    "upper_kind",
    "officer_name",
)


@dataclass(frozen=True)
class Head:
    """The newest journal entry: its id and hash (the ``Journal-Head`` tag)."""

    entry_id: int
    hash: str

    @property
    def tag(self) -> str:
        return f"{self.entry_id}:{self.hash}"


def current_head(session: Session) -> Head:
    row = session.execute(
        select(AuditEntryRow.id, AuditEntryRow.hash).order_by(AuditEntryRow.id.desc()).limit(1)
    ).first()
    return Head(int(row[0]), str(row[1])) if row is not None else Head(0, "0" * 64)


def hash_at(session: Session, entry_id: int) -> str | None:
    """The hash the journal holds now at ``entry_id`` (None: no such entry)."""
    if entry_id == 0:
        return "0" * 64
    return session.scalar(select(AuditEntryRow.hash).where(AuditEntryRow.id == entry_id))


def last_signed_head(session: Session) -> Head | None:
    """The journal head this installation signed into its latest bundle."""
    after = session.scalar(
        select(AuditEntryRow.after)
        .where(AuditEntryRow.kind == EXPORT_KIND)
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    )
    if after is None:
        return None
    entry_id, _, digest = str(json.loads(after).get("journal_head", "")).partition(":")
    return Head(int(entry_id), digest) if entry_id.isdigit() else None


def journal_export(
    session: Session, *, at: str, actor: str, bundle_id: str, seq: int, head: Head
) -> None:
    append_entry(
        session,
        at=at,
        actor=actor,
        action="export",
        kind=EXPORT_KIND,
        uuid=bundle_id,
        version=seq,
        before_version=None,
        after={"bundle_id": bundle_id, "seq": seq, "journal_head": head.tag},
    )


def bundle_fields(row: ImportedBundleRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in _BUNDLE_FIELDS}


def journal_import(
    session: Session,
    *,
    at: str,
    actor: str,
    row: ImportedBundleRow,
    journal_head: str,
    versions: Sequence[tuple[str, int, str, bool]],
) -> None:
    """Journal one import: the bundle row, the sender's head, and each version received
    as (uuid, version, content hash, applied as the current copy)."""
    append_entry(
        session,
        at=at,
        actor=actor,
        action="import",
        kind=IMPORT_KIND,
        # Keyed by the sender's installation (indexed with the seq): the parent finds the
        # head of that installation's previous bundle without reading every import.
        uuid=row.installation_id or row.bundle_id,
        version=row.seq,
        before_version=None,
        after={**bundle_fields(row), "journal_head": journal_head},
    )
    append_entry(
        session,
        at=at,
        actor=actor,
        action="import",
        kind=RECORDS_KIND,
        uuid=row.bundle_id,
        version=row.seq,
        before_version=None,
        after={"child_code": row.child_code, "versions": [list(v) for v in versions]},
    )


def parent_head(
    session: Session, child_code: str, installation_id: str, below_seq: int
) -> tuple[int, str] | None:
    """(seq, Journal-Head) of the latest bundle imported from that installation before
    ``below_seq``; None when there is none, or it carried no head."""
    if not installation_id:
        return None
    rows = session.execute(
        select(AuditEntryRow.version, AuditEntryRow.after)
        .where(
            AuditEntryRow.kind == IMPORT_KIND,
            AuditEntryRow.uuid == installation_id,
            AuditEntryRow.version < below_seq,
        )
        .order_by(AuditEntryRow.version.desc(), AuditEntryRow.id.desc())
    )
    for seq, after in rows:  # the first of this child is the one (another claiming its id: next)
        body = json.loads(after)
        if body.get("child_code") == child_code:
            head = str(body.get("journal_head") or "")
            return (int(seq), head) if head else None
    return None


# --- check -------------------------------------------------------------------------------


Extract = Callable[[dict[str, Any]], dict[str, Any]]


def audit_problems(session: Session, extract: Extract | None = None) -> Iterator[ChainProblem]:
    """Everything the sync tables, change log and installation row disagree on with the
    journal, and signed heads the journal no longer matches. ``extract`` gives the board's
    columns of a snapshot (as the import stored them), checked too when given."""
    yield from _check_signed_heads(session)
    yield from _check_installation(session)
    yield from _check_change_log(session)
    yield from _check_receiving_side(session, extract)


def export_problems(session: Session) -> Iterator[ChainProblem]:
    """What an export checks before signing, in time proportional to what it sends: the
    journal after the last signed head (and that head still there, unchanged), the
    installation row and the change log. ``check`` looks at everything."""
    head = last_signed_head(session)
    if head is not None:
        now = hash_at(session, head.entry_id)
        if now is None:
            yield ChainProblem("journal_truncated", head.entry_id, EXPORT_KIND)
        elif now != head.hash:
            yield ChainProblem("journal_rewritten", head.entry_id, EXPORT_KIND)
    after_id = head.entry_id if head is not None else 0
    yield from verify_chain(session, after_id)
    yield from _check_installation(session)
    yield from _check_change_log(session, after_id)


def _check_signed_heads(session: Session) -> Iterator[ChainProblem]:
    for entry_id, after in session.execute(
        select(AuditEntryRow.id, AuditEntryRow.after).where(AuditEntryRow.kind == EXPORT_KIND)
    ):
        head_id, _, digest = str(json.loads(after).get("journal_head", "")).partition(":")
        if not head_id.isdigit():
            yield ChainProblem("journal_head_invalid", entry_id, EXPORT_KIND)
            continue
        now = hash_at(session, int(head_id))
        if now is None:
            yield ChainProblem("journal_truncated", int(head_id), EXPORT_KIND)
        elif now != digest:
            yield ChainProblem("journal_rewritten", int(head_id), EXPORT_KIND)


def _check_installation(session: Session) -> Iterator[ChainProblem]:
    row = session.get(InstallationRow, 1)
    after = session.scalar(
        select(AuditEntryRow.after)
        .where(AuditEntryRow.kind == "installation")
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    )
    if row is None and after is None:
        return
    if row is None or after is None:
        yield ChainProblem("installation_mismatch", None, "installation")
        return
    journaled = json.loads(after)
    if any(journaled.get(k) != getattr(row, k) for k in _INSTALLATION_FIELDS):
        yield ChainProblem("installation_mismatch", None, "installation", row.installation_id)


def _check_change_log(session: Session, after_id: int = 0) -> Iterator[ChainProblem]:
    """Every record version journaled has its change-log row, in the same order (with
    ``after_id``: those journaled after that entry, against the change log's tail)."""
    journaled = list(
        session.execute(
            select(AuditEntryRow.kind, AuditEntryRow.uuid, AuditEntryRow.version)
            .where(AuditEntryRow.kind.in_(RECORD_KINDS), AuditEntryRow.id > after_id)
            .order_by(AuditEntryRow.id)
        ).all()
    )
    logged = session.execute(
        select(ChangeLogRow.kind, ChangeLogRow.uuid, ChangeLogRow.version)
        .order_by(ChangeLogRow.seq.desc())
        .limit(len(journaled) + 1 if after_id else None)
    ).all()[::-1]
    if after_id and len(logged) > len(journaled):
        # The row before the tail must be the last journaled before ``after_id``.
        before = list(
            session.execute(
                select(AuditEntryRow.kind, AuditEntryRow.uuid, AuditEntryRow.version)
                .where(AuditEntryRow.kind.in_(RECORD_KINDS), AuditEntryRow.id <= after_id)
                .order_by(AuditEntryRow.id.desc())
                .limit(1)
            ).all()
        )
        journaled = before + journaled
    if [tuple(r) for r in journaled] == [tuple(r) for r in logged]:
        return
    missing = set(map(tuple, journaled)) ^ set(map(tuple, logged))
    if not missing:
        yield ChainProblem("change_log_mismatch", None, "change_log")
    for kind, uuid, _version in sorted(missing)[:50]:
        yield ChainProblem("change_log_mismatch", None, str(kind), str(uuid))


def _check_receiving_side(session: Session, extract: Extract | None) -> Iterator[ChainProblem]:
    bundles: dict[tuple[str, str], dict[str, Any]] = {}
    versions: dict[tuple[str, int], str] = {}
    current: dict[str, tuple[int, str, str, str]] = {}  # uuid -> version, sha, child, bundle
    pending: dict[str, Any] = {}
    for kind, after in session.execute(
        select(AuditEntryRow.kind, AuditEntryRow.after)
        .where(AuditEntryRow.kind.in_((IMPORT_KIND, RECORDS_KIND)))
        .order_by(AuditEntryRow.id)
    ):
        body = json.loads(after)
        if kind == IMPORT_KIND:
            pending = body
            bundles[(body["child_code"], body["bundle_id"])] = body
            continue
        for uuid, version, sha, applied in body.get("versions", []):
            versions[(uuid, version)] = sha
            if applied:
                current[uuid] = (version, sha, body["child_code"], pending.get("bundle_id", ""))
    audited_from = _first_import_time(session)
    legacy: set[str] = set()
    rows = {(r.child_code, r.bundle_id): r for r in session.scalars(select(ImportedBundleRow))}
    for key, row in rows.items():
        entry = bundles.get(key)
        if entry is None:
            if audited_from is None or row.imported_at < audited_from:
                legacy.add(row.bundle_id)  # imported before imports were journaled
                continue
            yield ChainProblem("bundle_unjournaled", None, "imported_bundles", row.bundle_id)
        elif any(entry.get(k) != v for k, v in bundle_fields(row).items()):
            yield ChainProblem("bundle_mismatch", None, "imported_bundles", row.bundle_id)
    for key in set(bundles) - set(rows):
        yield ChainProblem("bundle_missing", None, "imported_bundles", key[1])
    stored_versions = {
        (u, v): s
        for u, v, s in session.execute(
            select(
                ChildRecordVersionRow.uuid,
                ChildRecordVersionRow.version,
                ChildRecordVersionRow.content_sha256,
            )
        )
    }
    for version_key, sha in versions.items():
        if stored_versions.get(version_key) != sha:
            yield ChainProblem(
                "child_version_mismatch", None, "child_record_versions", version_key[0]
            )
    seen: set[str] = set()
    for child_row in session.scalars(select(ChildRecordRow)):
        yield from _check_child_row(child_row, current, legacy, extract)
        seen.add(child_row.uuid)
    for uuid in set(current) - seen:
        yield ChainProblem("child_record_missing", None, "child_records", uuid)


def _check_child_row(
    row: ChildRecordRow,
    current: dict[str, tuple[int, str, str, str]],
    legacy: set[str],
    extract: Extract | None,
) -> Iterator[ChainProblem]:
    digest = hashlib.sha256(row.content.encode("utf-8")).hexdigest()
    expected = current.get(row.uuid)
    if expected is None:
        if row.bundle_id in legacy and digest == row.content_sha256:
            return
        yield ChainProblem("child_record_unjournaled", None, row.kind, row.uuid)
        return
    sha = expected[1]
    stored = (row.version, row.content_sha256, row.child_code, row.bundle_id)
    if stored != expected or digest != sha or not _columns_agree(row, extract):
        yield ChainProblem("child_record_mismatch", None, row.kind, row.uuid)


def _columns_agree(row: ChildRecordRow, extract: Extract | None) -> bool:
    """The columns copied out of the snapshot still say what the snapshot says."""
    try:
        obj = json.loads(row.content)
    except ValueError:
        return False
    if not isinstance(obj, dict):
        return False
    if extract is not None and any(getattr(row, k) != v for k, v in extract(obj).items()):
        return False
    return (
        isinstance(obj, dict)
        and obj.get("uuid") == row.uuid
        and obj.get("version") == row.version
        and obj.get("kind") == row.kind
        and bool(obj.get("deleted")) == bool(row.deleted)
        and (obj.get("origin_code") or row.child_code) == row.origin_code
        and canonical_json(obj.get("updated_at")) == canonical_json(row.updated_at)
    )


def _first_import_time(session: Session) -> Any:
    from datetime import datetime

    at = session.scalar(
        select(AuditEntryRow.at)
        .where(AuditEntryRow.kind == IMPORT_KIND)
        .order_by(AuditEntryRow.id)
        .limit(1)
    )
    if at is None:
        return None
    return datetime.fromisoformat(str(at).replace("Z", "+00:00")).replace(tzinfo=None)
