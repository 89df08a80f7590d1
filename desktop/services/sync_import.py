"""Importing children's bundles at the receiving level (BUNDLE.md "Import rules").

Everything is verified before the database is touched; each bundle (all its parts) is
imported in one transaction; the same Bundle-Id twice changes nothing; records are full
snapshots kept apart per child, never edited here; a signed receipt answers each bundle.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zipfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.convention_json import convention_from_json
from desktop.core.errors import DomainError, FieldError, ValidationError
from desktop.core.installation import Role, expected_child_role, peer_code_errors
from desktop.core.meeting_json import meeting_from_json
from desktop.core.messages import format_error
from desktop.core.records import iso_utc, meta_from_json, new_uuid
from desktop.services.context import StoreContext
from desktop.services.conventions import ConventionService
from desktop.services.meetings import MeetingService
from desktop.services.sync import SyncError, SyncService
from desktop.services.sync_guards import (
    clean_name,
    journal_rewritten,
    require_writable,
    seq_jump,
)
from desktop.storage.attachments import AttachmentStore
from desktop.storage.models import (
    ChildRecordRow,
    ChildRecordVersionRow,
    ImportedBundleRow,
    SyncPeerRow,
    SyncRemarkRow,
    VillageRow,
)
from desktop.storage.sync_audit import journal_import
from desktop.storage.sync_store import (
    bulk_insert,
    child_state_digest,
    current_child_records,
    known_versions,
    own_record_owners,
    peer,
    peers,
)
from desktop.sync.keys import read_registration
from desktop.sync.reader import (
    KeyLookup,
    ParsedBag,
    Problem,
    Registered,
    RegistrationLookup,
    bundle_head,
    read_bundle,
)
from desktop.sync.receipt import looks_like_receipt, sign_receipt, write_receipt

log = logging.getLogger(__name__)
OUTCOMES = ("new", "updated", "unchanged", "conflict", "rejected")
LATE_CODES = {"late", "overdue", "plan_overdue"}
SHORT_CODES = {"removed_early", "village_missing", "office_missing", "loudspeaker_short"}


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


@dataclass(frozen=True)
class Child:
    code: str
    name: str
    role: str
    key_id: str
    fingerprint: str
    relays: tuple[str, ...] = ()


def extract_columns(record: dict[str, Any]) -> dict[str, Any]:
    """Columns the reporting board groups by, taken from the snapshot once at import."""
    kind = record["kind"]
    codes = {str(w.get("code")) for w in record.get("warnings") or [] if isinstance(w, dict)}
    out: dict[str, Any] = {
        "title": str(record.get("title") or record.get("name") or "")[:300],
        "village_uuid": record.get("village") if isinstance(record.get("village"), str) else None,
        "on_date": None,
        "state": "",
        "items_passed": 0,
        "items_failed": 0,
        "late": bool(codes & LATE_CODES),
        "short_posting": bool(codes & SHORT_CODES),
        "warning_count": len(codes),
    }
    day = {"meeting": "held_on", "disclosure": "decided_on", "convention": "effective_from"}.get(
        kind, "households_as_of"
    )
    try:
        out["on_date"] = date.fromisoformat(str(record.get(day))) if record.get(day) else None
    except ValueError:
        out["on_date"] = None
    if kind == "meeting":
        items = [i for i in record.get("items") or [] if isinstance(i, dict)]
        out["items_passed"] = sum(1 for i in items if i.get("outcome") == "passed")
        out["items_failed"] = sum(1 for i in items if i.get("outcome") == "failed")
        out["state"] = str(record.get("meeting_type") or "")[:20]
    elif kind in ("disclosure", "convention"):
        out["state"] = str(record.get("status") or "")[:20]
    return out


def _group_by_head(paths: Sequence[Path]) -> list[list[Path]]:
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


class _DryRun(Exception):
    """Raised inside the import transaction so a dry run rolls everything back."""


class SyncImportService:
    """The receiving side: children, bundles in, receipts out, remarks."""

    def __init__(
        self,
        ctx: StoreContext,
        sync: SyncService,
        meetings: MeetingService | None = None,
        conventions: ConventionService | None = None,
    ) -> None:
        self.ctx = ctx
        self.sync = sync
        self.meetings = meetings
        self.conventions = conventions

    # --- children --------------------------------------------------------------------

    def register_child(
        self,
        key_file: Path,
        *,
        code: str = "",
        name: str = "",
        replace: bool = False,
        relays: Sequence[str] | None = None,
    ) -> Child:
        """Register a child's key under its code. Its role follows from ours (a commune's
        children are villages, the receiving level's are communes) and a commune's relay
        codes (its villages) come from its registration file or ``relays``: what a bundle
        says about itself is never taken for it."""
        reg = read_registration(key_file)
        inst = self.sync._installation()
        role = expected_child_role(inst.data.role)
        if role is None:
            raise SyncError("import_wrong_role", role=inst.data.role.value)
        code = (code or reg.code).strip()
        name = clean_name(name or reg.name)
        errors = peer_code_errors("code", code)
        if not name:
            errors.append(FieldError("name", "required"))
        wanted = tuple(relays if relays is not None else reg.relays) if role == "commune" else ()
        for relay in wanted:
            errors += peer_code_errors("relays", relay)[:1]
        if errors:
            raise ValidationError(errors)
        if reg.role and reg.role != role:
            raise SyncError("child_role_mismatch", role=reg.role, expected=role)
        if code == inst.data.code:
            raise SyncError("child_code_is_ours", code=code)
        if reg.key.key_id == self.sync.ensure_keys().key_id:
            raise SyncError("child_key_is_ours")
        with self.ctx.db.transaction() as session:
            twin = session.scalars(
                select(SyncPeerRow).where(
                    SyncPeerRow.relation == "child",
                    SyncPeerRow.key_id == reg.key.key_id,
                    SyncPeerRow.code != code,
                )
            ).first()
            if twin is not None:  # one key, one unit: else one could import as another
                raise SyncError("child_key_elsewhere", code=code, other=twin.code)
            row = peer(session, "child", code)
            if row is not None and row.key_id != reg.key.key_id and not replace:
                raise SyncError("child_key_conflict", code=code)
            registered = [r for r in peers(session, "child") if r.code != code]
            others = {r.code for r in registered}
            clash = sorted(set(wanted) & (others | {inst.data.code, code}))
            if clash:
                raise SyncError("child_relay_clash", code=code, relays=", ".join(clash))
            relaying = sorted(r.code for r in registered if code in r.relays.split())
            if relaying:  # the same rule, registered the other way round
                raise SyncError("child_code_relayed", code=code, other=", ".join(relaying))
            row = row or SyncPeerRow(relation="child", code=code)
            row.name = name
            row.role = role
            row.relays = " ".join(sorted(set(wanted)))
            row.public_key = reg.key.public_key
            row.key_id = reg.key.key_id
            row.registered_at = self.ctx.clock().replace(tzinfo=None)
            session.add(row)
        return Child(
            code, name, role, reg.key.key_id, reg.key.fingerprint, tuple(sorted(set(wanted)))
        )

    def children(self) -> list[Child]:
        import base64

        from desktop.sync.keys import key_info

        with self.ctx.db.reading() as session:
            return [
                Child(
                    r.code,
                    r.name,
                    r.role,
                    r.key_id,
                    key_info(base64.b64decode(r.public_key)).fingerprint,
                    tuple(r.relays.split()),
                )
                for r in peers(session, "child")
            ]

    def _key_lookup(self) -> tuple[KeyLookup, RegistrationLookup]:
        """Each registered child's key, and its registered role and relay codes."""
        with self.ctx.db.reading() as session:
            rows = peers(session, "child")
        keys = {r.code: (r.public_key, r.key_id) for r in rows}
        regs = {r.code: Registered(r.role, frozenset(r.relays.split())) for r in rows}
        return keys.get, regs.get

    # --- verify and import -----------------------------------------------------------

    def verify(self, paths: Sequence[Path]) -> list[ImportOutcome]:
        """Check bundles (or receipts) without importing: every problem listed."""
        return self.import_files(paths, dry_run=True)

    def import_files(
        self,
        paths: Sequence[Path],
        *,
        dry_run: bool = False,
        receipts_dir: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[ImportOutcome]:
        inst = self.sync._installation()
        results: list[ImportOutcome] = []
        receipts = [p for p in paths if looks_like_receipt(p)]
        bundles = [p for p in paths if p not in receipts]
        if receipts and self.sync.parent() is None:
            # Nothing is acknowledged, pinned or stored before the parent's key is registered.
            raise SyncError("parent_not_registered", file=receipts[0].name)
        if bundles and inst.data.role is Role.VILLAGE:
            raise SyncError("import_wrong_role", role=inst.data.role.value)
        if bundles and not dry_run:
            # Checked before anything is imported: a committed import must get its receipt.
            require_writable(receipts_dir or self.ctx.paths.outbox)
        for path in receipts:
            results.append(self._receipt(path, dry_run))
        keys, registered = self._key_lookup()
        with self.ctx.db.reading() as session:
            done: dict[tuple[str, str], str] = {
                (child, bundle_id): digest
                for child, bundle_id, digest in session.execute(
                    select(
                        ImportedBundleRow.child_code,
                        ImportedBundleRow.bundle_id,
                        ImportedBundleRow.tagmanifest_sha256,
                    )
                )
            }
            others = {r.code for r in peers(session, "child")} | {inst.data.code}

        def known(bundle_id: str, origin: str, digest: str) -> bool:
            return done.get((origin, bundle_id)) == digest

        now = self.ctx.clock()

        def verify(paths: list[Path]) -> tuple[list[ParsedBag], list[ImportOutcome]]:
            bags: list[ParsedBag] = []
            refused: list[ImportOutcome] = []
            for path in paths:
                # A dry run (``verify``) reads every byte even of a bundle imported already:
                # a tampered copy is reported, not waved through as "already imported".
                bag, problems = read_bundle(
                    path,
                    keys,
                    target_code=inst.data.code,
                    known=None if dry_run else known,
                    registered=registered,
                    now=now,
                )
                if bag is not None and bag.tags.get("Record-Status") == "TEST" and not dry_run:
                    # A test bundle checks the path end to end; it is never real data.
                    params = {"seq": bag.seq, "code": bag.tags.get("Origin-Code", "")}
                    bag, problems = None, [Problem("bundle_is_test", params, path.name)]
                if bag is None:
                    refused.append(ImportOutcome((path,), status="refused", problems=problems))
                elif all(b.tagmanifest_sha256 != bag.tagmanifest_sha256 for b in bags):
                    bags.append(bag)  # the same file given twice counts once
            return bags, refused

        # Files are grouped by their (unverified) head, then each group is verified in full
        # and imported before the next is read: memory holds two bundles, not three hundred,
        # and the next group is verified (ZIP, hashes, JSON) while this one is written.
        groups = _group_by_head(bundles)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="verify") as pool:
            ahead = pool.submit(verify, groups[0]) if groups else None
            for i in range(len(groups)):
                assert ahead is not None
                bags, refused = ahead.result()
                ahead = pool.submit(verify, groups[i + 1]) if i + 1 < len(groups) else None
                results.extend(refused)
                if bags:
                    results.append(self._import_group(bags, dry_run, receipts_dir, others))
                    if bags[0].tags.get("Record-Status") == "TEST":  # checked, said plainly
                        params = {"seq": bags[0].seq, "code": bags[0].tags.get("Origin-Code")}
                        results[-1].problems.append(
                            Problem("bundle_is_test", params, bags[0].path.name)
                        )
                if progress is not None:
                    progress(i + 1, len(groups))
        return results

    def _receipt(self, path: Path, dry_run: bool) -> ImportOutcome:
        if dry_run:  # the same checks as the import, nothing changed
            try:
                res = self.sync.check_receipt(path)
            except SyncError as exc:
                return ImportOutcome((path,), status="refused", problems=list(exc.problems))
            status = "already_imported" if res.already_imported else "receipt"
            return ImportOutcome(
                (path,), bundle_id=res.receipt_id, seq=res.bundle_seq, status=status
            )
        try:
            res = self.sync.import_receipt(path)
        except SyncError as exc:
            return ImportOutcome((path,), status="refused", problems=list(exc.problems))
        status = "already_imported" if res.already_imported else "receipt"
        return ImportOutcome((path,), bundle_id=res.receipt_id, seq=res.bundle_seq, status=status)

    def _import_group(
        self,
        group: list[ParsedBag],
        dry_run: bool,
        receipts_dir: Path | None,
        others: set[str],
    ) -> ImportOutcome:
        first = group[0]
        files = tuple(b.path for b in group)
        total = first.part[1]
        seen = {b.part[0] for b in group}
        out = ImportOutcome(files, first.bundle_id, first.tags["Origin-Code"], first.seq)
        consistent = all(
            b.part[1] == total
            and b.tags.get("Installation-Id") == first.tags.get("Installation-Id")
            and b.seq == first.seq
            for b in group
        )
        if not consistent or len(seen) != len(group):
            out.status = "refused"
            out.problems.append(Problem("parts_inconsistent", {"bundle": first.seq}, files[0].name))
            return out
        missing = sorted(set(range(1, total + 1)) - seen)
        if missing:
            out.status = "refused"
            out.problems.append(
                Problem(
                    "parts_missing",
                    {"bundle": first.seq, "total": total, "missing": ", ".join(map(str, missing))},
                    files[0].name,
                )
            )
            return out
        group.sort(key=lambda b: b.part[0])
        try:
            with self.ctx.db.transaction() as session:
                already = session.get(ImportedBundleRow, (out.child_code, first.bundle_id))
                if already is not None:
                    out.status = "already_imported"
                    before = json.loads(already.outcome)
                    out.counts["unchanged"] = sum(int(v) for v in before.values())
                    out.missing_seqs = self._missing(session, out.child_code)
                    return out
                clash = session.scalars(
                    select(ImportedBundleRow).where(
                        ImportedBundleRow.child_code == out.child_code,
                        ImportedBundleRow.installation_id == first.tags.get("Installation-Id", ""),
                        ImportedBundleRow.seq == first.seq,
                    )
                ).first()
                if clash is not None:  # refused alone: the other files of the call go on
                    out.status = "refused"
                    params = {"seq": first.seq, "code": out.child_code}
                    out.problems.append(Problem("seq_conflict", params, files[0].name))
                    return out
                problem = seq_jump(session, first, out.child_code) or journal_rewritten(
                    session, first, out.child_code
                )
                if problem is not None:
                    out.status = "refused"
                    out.problems.append(problem)
                    return out
                self._apply(session, group, out, others)
                out.missing_seqs = self._missing(session, out.child_code)
                out.complete = child_state_digest(session, out.child_code) == first.counts.get(
                    "state_sha256"
                )
                if dry_run:
                    raise _DryRun  # roll the whole transaction back
                self._copy_attachments(group)
                # The receipt is composed and signed in this transaction (its remarks are
                # claimed with the import) and written once the import is committed: a
                # receipt never acknowledges what the database does not hold.
                receipt = self._receipt_for(session, first, out)
        except _DryRun:
            out.status = "dry_run"
            return out
        folder = receipts_dir or self.ctx.paths.outbox
        # Codes are validated at registration; a code registered before that rule is made
        # safe here too, so a receipt is always written inside ``folder``.
        code = "".join(
            c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in out.child_code
        )
        path = folder / f"BienNhan-{code}-{first.seq:06d}-{first.bundle_id[:8]}.json"
        try:
            write_receipt(path, receipt)
        except OSError:
            self._release_remarks(str(receipt["receipt_id"]))  # they go in the next receipt
            raise
        out.receipt = path
        return out

    def _apply(
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
        here = self.sync._installation().data.code
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
                    if record["kind"] in ("meeting", "convention") and uuid not in ours:
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
                }
            )
        for i in range(0, len(replaced), 500):
            session.execute(
                delete(ChildRecordRow).where(ChildRecordRow.uuid.in_(replaced[i : i + 500]))
            )
        bulk_insert(session, ChildRecordRow, upserts)
        bulk_insert(session, ChildRecordVersionRow, new_versions)
        if self.sync._installation().data.role is Role.COMMUNE:
            counted = {u: "updated" for u in replaced} | {r["uuid"]: "unchanged" for r in retry}
            self._mirror(session, child, upserts + retry, out, counted)
        now = self.ctx.clock()
        row = ImportedBundleRow(
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
            origin_counts=json.dumps(first.counts.get("counts", {}), ensure_ascii=False),
            outcome=json.dumps(out.counts),
        )
        session.add(row)
        session.flush()
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

    def _mirror(
        self,
        session: Session,
        child: str,
        upserts: list[dict[str, Any]],
        out: ImportOutcome,
        counted: dict[str, str],
    ) -> None:
        """A commune shows its villages' meetings and conventions in its own lists.

        The village installation's code is the village's code here; its records are
        written through the write path as received (never re-stamped, read-only here).
        A record the commune's rules refuse (the same rules as one typed here: a convention's
        life-cycle is replayed, Decree 61) stays in ``child_records``, is never shown in the
        commune's lists and is rejected in the receipt, so the village sends it again.
        ``counted`` says how a record was counted when not as "new".
        """
        if self.meetings is None or self.conventions is None:
            return
        village = session.scalars(
            select(VillageRow).where(VillageRow.code == child, VillageRow.deleted.is_(False))
        ).first()
        writers: dict[str, Any] = {
            "meeting": (self.meetings.writer(), meeting_from_json),
            "convention": (self.conventions.writer(), convention_from_json),
        }
        for kind in ("meeting", "convention"):  # conventions cite the meetings that adopted them
            writer, parse = writers[kind]
            for up in (u for u in upserts if u["kind"] == kind):
                obj = json.loads(up["content"])
                obj.pop("origin_code", None)  # the bundle's addition, not a record field
                try:
                    if village is None:
                        raise ValidationError(
                            [FieldError("village", "not_found_ref", {"value": child})]
                        )
                    obj["village"] = village.uuid
                    data = parse(obj)
                    if kind == "convention":  # the life-cycle rules of one typed here
                        self.conventions.check_received(session, data)
                    meta = meta_from_json(obj)
                    with session.begin_nested():
                        writer.mirror(session, data, meta, up["origin_code"])
                except (DomainError, ValueError, KeyError, TypeError) as exc:
                    out.counts[counted.get(up["uuid"], "new")] -= 1
                    out.counts["rejected"] += 1
                    if not isinstance(exc, DomainError):  # never Python's own words
                        log.warning("record %s refused", up["uuid"], exc_info=True)
                        exc = ValidationError([FieldError("json", "invalid_record")])
                    reason = format_error(exc)
                    out.details.append(
                        {"uuid": up["uuid"], "version": up["version"], "reason": reason}
                    )

    def _copy_attachments(self, group: list[ParsedBag]) -> None:
        store = AttachmentStore(self.ctx.paths.attachments, max_bytes=2**40)
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

    def _missing(self, session: Session, child: str) -> list[int]:
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

    def _release_remarks(self, receipt_id: str) -> None:
        with self.ctx.db.transaction() as session:
            for r in session.scalars(
                select(SyncRemarkRow).where(SyncRemarkRow.receipt_id == receipt_id)
            ):
                r.receipt_id = None

    def _receipt_for(self, session: Session, bag: ParsedBag, out: ImportOutcome) -> dict[str, Any]:
        """The signed receipt of an import, claiming the child's pending remarks."""
        inst = self.sync._installation()
        key = self.sync.ensure_keys()
        pending = list(
            session.scalars(
                select(SyncRemarkRow).where(
                    SyncRemarkRow.direction == "outgoing",
                    SyncRemarkRow.peer_code == out.child_code,
                    SyncRemarkRow.receipt_id.is_(None),
                )
            )
        )
        receipt_id = new_uuid()
        for r in pending:
            r.receipt_id = receipt_id
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
            "remarks": [
                {"uuid": r.record_uuid, "text": r.text, "at": r.created_at, "by": r.created_by}
                for r in pending
            ],
            "missing_seqs": out.missing_seqs,
            "public_key": key.public_key,
            "key_id": key.key_id,
        }
        return sign_receipt(body, self.sync.keys.sign)

    # --- remarks and reading children's records --------------------------------------

    def add_remark(self, record_uuid: str, text: str) -> None:
        """A remark or request for correction; it travels in the child's next receipt."""
        text = text.strip()
        if not text:
            raise ValidationError([FieldError("text", "required")])
        with self.ctx.db.transaction() as session:
            row = session.get(ChildRecordRow, record_uuid)
            if row is None:
                raise SyncError("remark_unknown_record", uuid=record_uuid)
            session.add(
                SyncRemarkRow(
                    direction="outgoing",
                    peer_code=row.child_code,
                    record_uuid=record_uuid,
                    text=text,
                    created_at=iso_utc(self.ctx.clock()),
                    created_by=self.ctx.actor(),
                )
            )

    def child_records(
        self, child_code: str, kind: str, *, offset: int = 0, limit: int = 200
    ) -> list[dict[str, Any]]:
        """One child's records of one kind, read-only snapshots, newest first."""
        with self.ctx.db.reading() as session:
            rows = session.scalars(
                select(ChildRecordRow)
                .where(ChildRecordRow.child_code == child_code, ChildRecordRow.kind == kind)
                .order_by(ChildRecordRow.on_date.desc().nulls_last(), ChildRecordRow.uuid)
                .offset(offset)
                .limit(limit)
            )
            return [json.loads(r.content) for r in rows]
