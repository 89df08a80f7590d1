"""Storing one verified bundle's records at the receiving level (BUNDLE.md "Import rules"
6–8), mirroring a village's records into its commune's own lists, the receipt that answers
the bundle and the attachments it carried; and grouping the files of one call by bundle.

Which kinds are mirrored, and in which order, is the kinds' declaration (``KindSpec.mirrored``,
``import_order``): a convention is applied after the meeting that adopted it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zipfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.confidential import strip_confidential
from desktop.core.errors import DomainError, FieldError, ValidationError
from desktop.core.installation import Role
from desktop.core.records import iso_utc, meta_from_json, new_uuid
from desktop.core.sync_rejections import invalid_record
from desktop.services.context import StoreContext
from desktop.services.registry import Kinds
from desktop.services.sync import SyncService
from desktop.services.sync_board import STATE_KEY
from desktop.services.sync_columns import extract_columns, facts_column
from desktop.storage.attachments import AttachmentStore
from desktop.storage.sync_audit import journal_import
from desktop.storage.sync_imports import (
    add_imported_bundle,
    claim_remarks,
    drop_child_records,
    insert_child_records,
    insert_child_versions,
    live_village_uuid,
)
from desktop.storage.sync_store import current_child_records, known_versions, own_record_owners
from desktop.sync.reader import ParsedBag, Problem, bundle_head
from desktop.sync.receipt import sign_receipt

log = logging.getLogger(__name__)
OUTCOMES = ("new", "updated", "unchanged", "conflict", "rejected")
_NOT_A_RECORD = FieldError("json", "invalid_record")
Session = Any  # the open import transaction (services never import SQLAlchemy)


@dataclass
class ImportOutcome:
    """What happened to one bundle (or receipt) file."""

    files: tuple[Path, ...]
    bundle_id: str = ""
    child_code: str = ""
    seq: int = 0
    status: str = "imported"  # imported | dry_run | already_imported | refused | receipt
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    details: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing_seqs: list[int] = field(default_factory=list)
    receipt: Path | None = None
    complete: bool | None = None  # the child's whole state matches its counts.json


class BundleRecords:
    """Writes the records of one verified bundle inside the import's transaction."""

    def __init__(self, ctx: StoreContext, sync: SyncService, kinds: Kinds | None) -> None:
        self.ctx = ctx
        self.sync = sync
        self.kinds = kinds

    def _mirrored(self) -> list[str]:
        return [s.name for s in self.kinds.mirrored()] if self.kinds is not None else []

    def apply(
        self, session: Session, group: list[ParsedBag], out: ImportOutcome, codes: set[str]
    ) -> None:
        """Store the bundle's records; ``codes`` are the units registered here (and our own):
        a relayed record may not claim to be theirs unless it comes from that unit itself."""
        first = group[0]
        child = out.child_code
        records = [
            (r, line, text)
            for b in group
            for r, line, text in zip(b.records, b.lines, b.texts, strict=True)
        ]
        uuids = [r["uuid"] for r, _, _ in records]
        versions = known_versions(session, uuids)
        current = current_child_records(session, uuids)
        ours = own_record_owners(session, uuids)
        inst = self.sync.installation()
        here = inst.data.code
        mirrored = self._mirrored()
        new_versions: list[dict[str, Any]] = []
        upserts: list[dict[str, Any]] = []
        retry: list[dict[str, Any]] = []
        replaced: list[str] = []
        for record, line, text in records:
            uuid, version = record["uuid"], record["version"]
            sha = hashlib.sha256(line).hexdigest()
            known = versions.get((uuid, version))
            stored = current.get(uuid)
            owner = record.get("origin_code") or child
            # A record belongs to the installation that created it: a bundle never changes
            # one owned here (ours, or mirrored from another village) nor one received from
            # another unit; first come is kept, the clash rejected (never acknowledged, so
            # the sender keeps re-sending it and its receipt says why) — BUNDLE.md rule 8.
            mine = ours.get(uuid)
            holder = (
                mine
                if mine is not None and mine != child
                else stored[0]
                if stored is not None and stored[0] != child
                else owner
                if owner != child and owner in codes
                else None
            )
            if holder is not None:
                reason = "owned_by_receiver" if holder in ("", here) else "owned_by_other"
                out.counts["rejected"] += 1
                out.details.append(
                    {"uuid": uuid, "version": version, "reason": reason, "owner": holder or here}
                )
                continue
            if known is not None:
                if known == sha:
                    out.counts["unchanged"] += 1
                    if record["kind"] in mirrored and uuid not in ours:
                        # refused by our rules before: checked again, rejected again
                        retry.append(
                            {
                                "uuid": uuid,
                                "version": version,
                                "kind": record["kind"],
                                "content": text,
                                "origin_code": owner,
                            }
                        )
                else:
                    out.counts["conflict"] += 1
                    out.details.append({"uuid": uuid, "version": version, "reason": "tampered"})
                continue
            text, record, rejection = self.checked(record, text)
            if rejection is not None:  # not stored: the sender sends it again, corrected
                out.counts["rejected"] += 1
                out.details.append(rejection)
                continue
            new_versions.append({"uuid": uuid, "version": version, "content_sha256": sha})
            if stored is not None and stored[1] > version:
                out.counts["unchanged"] += 1
                out.details.append({"uuid": uuid, "version": version, "reason": "older"})
                continue
            out.counts["updated" if stored is not None else "new"] += 1
            if stored is not None:
                replaced.append(uuid)
            upserts.append(
                {
                    "uuid": uuid,
                    "child_code": child,
                    "origin_code": record.get("origin_code") or child,
                    "kind": record["kind"],
                    "version": version,
                    "updated_at": record["updated_at"],
                    "updated_by": record["updated_by"][:120],
                    "deleted": record["deleted"],
                    "content": text,
                    "content_sha256": sha,
                    "bundle_id": first.bundle_id,
                    **extract_columns(record),
                    "report_facts": facts_column(record),
                }
            )
        drop_child_records(session, replaced)
        insert_child_records(session, upserts)
        insert_child_versions(session, new_versions)
        if inst.data.role is Role.COMMUNE:
            counted = {u: "updated" for u in replaced} | {r["uuid"]: "unchanged" for r in retry}
            self.mirror(session, child, upserts + retry, out, counted)
        now = self.ctx.clock()
        row = add_imported_bundle(
            session,
            bundle_id=first.bundle_id,
            child_code=child,
            installation_id=first.tags.get("Installation-Id", ""),
            seq=first.seq,
            tagmanifest_sha256=first.tagmanifest_sha256,
            bagging_date=first.tags["Bagging-Date"][:40],
            signed_at=first.signed_at[:40],
            record_status=first.tags["Record-Status"],
            imported_at=now.replace(tzinfo=None),
            imported_by=self.ctx.actor(),
            origin_counts=json.dumps(origin_counts(first.counts), ensure_ascii=False),
            outcome=json.dumps(out.counts),
        )
        applied = {u["uuid"] for u in upserts}
        journal_import(
            session,
            at=iso_utc(now),
            actor=self.ctx.actor(),
            row=row,
            journal_head=first.tags.get("Journal-Head", ""),
            versions=[
                (v["uuid"], v["version"], v["content_sha256"], v["uuid"] in applied)
                for v in new_versions
            ],
        )

    def checked(
        self, record: dict[str, Any], text: str
    ) -> tuple[str, dict[str, Any], dict[str, Any] | None]:
        """A received snapshot of a kind that declares ``received_check`` read through its
        codec (wrong types, an impossible day, an absurd count, a broken rule: rejected
        with the first field and rule), its confidential fields dropped — a denouncer's
        identity is never stored here (LTCD Art. 3(2); LTC Art. 47). Returns the content
        to store, the record it holds, and the rejection (None: taken)."""
        kind = str(record["kind"])
        if self.kinds is None or kind not in self.kinds.registry:
            return text, record, None
        spec = self.kinds.spec(kind)
        if not spec.received_check:
            return text, record, None
        body = {k: v for k, v in record.items() if k != "origin_code"}
        uuid, version = record["uuid"], record["version"]
        try:
            self.kinds.service(kind).codec.read(body)
        except ValidationError as exc:
            return text, record, invalid_record(uuid, version, kind, exc.errors[0])
        except (DomainError, ValueError, KeyError, TypeError, OverflowError, RecursionError):
            log.warning("received record %s refused", uuid, exc_info=True)
            return text, record, invalid_record(uuid, version, kind, _NOT_A_RECORD)
        kept = strip_confidential(record, spec)
        if kept != record:
            text = json.dumps(kept, ensure_ascii=False)
        return text, kept, None

    def mirror(
        self,
        session: Session,
        child: str,
        upserts: list[dict[str, Any]],
        out: ImportOutcome,
        counted: dict[str, str],
    ) -> None:
        """A commune shows its villages' records of the mirrored kinds in its own lists.

        The village installation's code is the village's code here; its records are
        written through the write path as received (never re-stamped, read-only here).
        A record the commune's rules refuse (the same rules as one typed here: a convention's
        life-cycle is replayed, Decree 61) stays in ``child_records``, is never shown in the
        commune's lists and is rejected in the receipt, so the village sends it again.
        ``counted`` says how a record was counted when not as "new".
        """
        if self.kinds is None:
            return
        village = live_village_uuid(session, child)
        for spec in self.kinds.mirrored():  # in import order: references first
            service = self.kinds.service(spec.name)
            writer = service.writer()
            for up in (u for u in upserts if u["kind"] == spec.name):
                obj = json.loads(up["content"])
                obj.pop("origin_code", None)  # the bundle's addition, not a record field
                try:
                    if village is None:
                        raise ValidationError(
                            [FieldError(spec.village_field, "not_found_ref", {"value": child})]
                        )
                    obj[spec.village_field] = village  # a mirrored kind belongs to a village
                    data = service.codec.read(obj)
                    service.check_received(session, data)  # refuses; the data stays as sent
                    meta = meta_from_json(obj)
                    with session.begin_nested():
                        writer.mirror(session, data, meta, up["origin_code"])
                except (DomainError, ValueError, KeyError, TypeError) as exc:
                    out.counts[counted.get(up["uuid"], "new")] -= 1
                    out.counts["rejected"] += 1
                    if not isinstance(exc, DomainError):  # never Python's own words
                        log.warning("record %s refused", up["uuid"], exc_info=True)
                        exc = ValidationError([_NOT_A_RECORD])
                    first = exc.errors[0] if isinstance(exc, ValidationError) else None
                    if first is None:  # another refusal: its code, worded at the edge
                        first = FieldError("json", exc.code, dict(getattr(exc, "params", {})))
                    out.details.append(invalid_record(up["uuid"], up["version"], spec.name, first))

    def receipt(self, session: Session, bag: ParsedBag, out: ImportOutcome) -> dict[str, Any]:
        """The signed receipt of an import, claiming the child's pending remarks."""
        inst = self.sync.installation()
        key = self.sync.ensure_keys()
        receipt_id = new_uuid()
        remarks = claim_remarks(session, out.child_code, receipt_id)
        body = {
            "receipt_id": receipt_id,
            "from_code": inst.data.code,
            "from_name": inst.data.name,
            "to_code": out.child_code,
            "bundle_id": bag.bundle_id,
            "bundle_seq": bag.seq,
            "installation_id": bag.tags.get("Installation-Id", ""),
            "tagmanifest_sha256": bag.tagmanifest_sha256,
            "acked_through_seq": bag.seq,
            "issued_at": iso_utc(self.ctx.clock()),
            "outcome": out.counts,
            "rejections": [d for d in out.details if d["reason"] != "older"],
            "remarks": remarks,
            "missing_seqs": out.missing_seqs,
            "public_key": key.public_key,
            "key_id": key.key_id,
        }
        return sign_receipt(body, self.sync.keys.sign)


def copy_attachments(ctx: StoreContext, group: list[ParsedBag]) -> None:
    """The bundle's attachments into the store, each checked against its hash again."""
    store = AttachmentStore(ctx.paths.attachments, max_bytes=2**40)
    for bag in group:
        if not bag.attachments:
            continue
        with zipfile.ZipFile(bag.path) as zf:
            for sha, name in bag.attachments.items():
                if store.exists(sha):
                    continue
                target = store.path_of(sha)
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(target.name + ".part")
                digest = hashlib.sha256()
                with zf.open(name) as src, tmp.open("wb") as dst:
                    while chunk := src.read(1 << 20):
                        digest.update(chunk)
                        dst.write(chunk)
                if digest.hexdigest() == sha:
                    tmp.replace(target)
                else:  # verified a moment ago; a changed file on disk is not trusted
                    tmp.unlink(missing_ok=True)


def group_by_head(paths: Sequence[Path]) -> list[list[Path]]:
    """Files grouped by (Origin-Code, Bundle-Id) as their bag-info says, in (origin, seq) order.

    Only a grouping: every file is verified in full before anything is imported.
    """
    groups: dict[tuple[str, str], list[Path]] = defaultdict(list)
    order: dict[tuple[str, str], tuple[str, int, str]] = {}
    for path in paths:
        tags = bundle_head(path) or {}
        key = (tags.get("Origin-Code", ""), tags.get("Bundle-Id", "") or str(path))
        seq = tags.get("Bundle-Seq", "")
        groups[key].append(path)
        order[key] = (key[0], int(seq) if seq.isascii() and seq.isdigit() else 0, key[1])
    return [groups[k] for k in sorted(groups, key=order.__getitem__)]


def origin_counts(counts_json: dict[str, Any]) -> Any:
    """What is kept of a bundle's ``counts.json``: the per-kind counts, and the origin's
    ``state_sha256`` with which the board tells a gap whose records a later bundle carried
    from one that lost data (docs/sync.md "Gaps")."""
    raw = counts_json.get("counts", {})
    digest = counts_json.get("state_sha256")
    if not isinstance(raw, dict) or not isinstance(digest, str):
        return raw
    return {**raw, STATE_KEY: digest}
