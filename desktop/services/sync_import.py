"""Importing children's bundles at the receiving level (BUNDLE.md "Import rules").

Everything is verified before the database is touched; each bundle (all its parts) is
imported in one transaction; the same Bundle-Id twice changes nothing; records are full
snapshots kept apart per child, never edited here; a signed receipt answers each bundle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.changes import OpChanges
from desktop.core.errors import FieldError, ValidationError
from desktop.core.installation import Role, expected_child_role, peer_code_errors
from desktop.core.records import iso_utc
from desktop.services.context import StoreContext
from desktop.services.registry import Kinds
from desktop.services.sync import SyncError, SyncService
from desktop.services.sync_apply import (
    OUTCOMES,
    BundleRecords,
    ImportOutcome,
    copy_attachments,
    group_by_head,
)
from desktop.services.sync_columns import extract_columns
from desktop.services.sync_guards import (
    clean_name,
    journal_rewritten,
    require_writable,
    seq_jump,
)
from desktop.storage.db import note_changes
from desktop.storage.sync_imports import (
    ChildKey,
    add_remark,
    child_key_id,
    child_of_record,
    child_record_page,
    child_with_key,
    imported_digests,
    imported_outcome,
    missing_seqs,
    release_remarks,
    save_child,
    seq_taken,
)
from desktop.storage.sync_store import child_state_digest, peers
from desktop.sync.keys import read_registration
from desktop.sync.reader import (
    KeyLookup,
    ParsedBag,
    Problem,
    Registered,
    RegistrationLookup,
    read_bundle,
)
from desktop.sync.receipt import looks_like_receipt, write_receipt

__all__ = ["OUTCOMES", "Child", "ImportOutcome", "SyncImportService", "extract_columns"]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Child:
    code: str
    name: str
    role: str
    key_id: str
    fingerprint: str
    relays: tuple[str, ...] = ()


class _DryRun(Exception):
    """Raised inside the import transaction so a dry run rolls everything back."""


class SyncImportService:
    """The receiving side: children, bundles in, receipts out, remarks."""

    def __init__(self, ctx: StoreContext, sync: SyncService, kinds: Kinds | None = None) -> None:
        self.ctx = ctx
        self.sync = sync
        self.records = BundleRecords(ctx, sync, kinds)

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
        inst = self.sync.installation()
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
            note_changes(session, OpChanges(sync_state=True))
            twin = child_with_key(session, reg.key.key_id, code)
            if twin is not None:  # one key, one unit: else one could import as another
                raise SyncError("child_key_elsewhere", code=code, other=twin)
            key_id = child_key_id(session, code)
            if key_id is not None and key_id != reg.key.key_id and not replace:
                raise SyncError("child_key_conflict", code=code)
            registered = [r for r in peers(session, "child") if r.code != code]
            others = {r.code for r in registered}
            clash = sorted(set(wanted) & (others | {inst.data.code, code}))
            if clash:
                raise SyncError("child_relay_clash", code=code, relays=", ".join(clash))
            relaying = sorted(r.code for r in registered if code in r.relays.split())
            if relaying:  # the same rule, registered the other way round
                raise SyncError("child_code_relayed", code=code, other=", ".join(relaying))
            relays = " ".join(sorted(set(wanted)))
            child = ChildKey(code, name, role, relays, reg.key.public_key, reg.key.key_id)
            save_child(session, child, self.ctx.clock().replace(tzinfo=None))
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
        inst = self.sync.installation()
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
            done = imported_digests(session)
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
        groups = group_by_head(bundles)
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
                note_changes(session, OpChanges(sync_state=True))
                before = imported_outcome(session, out.child_code, first.bundle_id)
                if before is not None:
                    out.status = "already_imported"
                    out.counts["unchanged"] = sum(int(v) for v in before.values())
                    out.missing_seqs = missing_seqs(session, out.child_code)
                    return out
                installation_id = first.tags.get("Installation-Id", "")
                if seq_taken(session, out.child_code, installation_id, first.seq):
                    # refused alone: the other files of the call go on
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
                self.records.apply(session, group, out, others)
                out.missing_seqs = missing_seqs(session, out.child_code)
                out.complete = child_state_digest(session, out.child_code) == first.counts.get(
                    "state_sha256"
                )
                if dry_run:
                    raise _DryRun  # roll the whole transaction back
                copy_attachments(self.ctx, group)
                # The receipt is composed and signed in this transaction (its remarks are
                # claimed with the import) and written once the import is committed: a
                # receipt never acknowledges what the database does not hold.
                receipt = self.records.receipt(session, first, out)
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

    def _release_remarks(self, receipt_id: str) -> None:
        with self.ctx.db.transaction() as session:
            note_changes(session, OpChanges(sync_state=True))
            release_remarks(session, receipt_id)

    # --- remarks and reading children's records --------------------------------------

    def add_remark(self, record_uuid: str, text: str) -> None:
        """A remark or request for correction; it travels in the child's next receipt."""
        text = text.strip()
        if not text:
            raise ValidationError([FieldError("text", "required")])
        with self.ctx.db.transaction() as session:
            note_changes(session, OpChanges(sync_state=True))
            child = child_of_record(session, record_uuid)
            if child is None:
                raise SyncError("remark_unknown_record", uuid=record_uuid)
            add_remark(
                session, child, record_uuid, text, iso_utc(self.ctx.clock()), self.ctx.actor()
            )

    def child_records(
        self, child_code: str, kind: str, *, offset: int = 0, limit: int = 200
    ) -> list[dict[str, Any]]:
        """One child's records of one kind, read-only snapshots, newest first."""
        with self.ctx.db.reading() as session:
            return child_record_page(session, child_code, kind, offset, limit)
