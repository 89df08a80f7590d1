"""Sync at the origin: keys, exporting bundles, and importing the parent's receipts.

BUNDLE.md is the protocol. Export reads the change log and the audit journal (the one
write path keeps both), writes a signed BagIt ZIP atomically, and records the bundle
with its gap-free number in the same transaction; a failure leaves no number used and
no file behind.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.core.errors import SetupError, ValidationError
from desktop.core.installation import (
    Installation,
    Role,
    expected_parent_role,
    peer_code_errors,
)
from desktop.core.messages import format_error
from desktop.core.records import iso_utc, new_uuid
from desktop.core.sync_messages import format_sync_problem
from desktop.core.value_labels import kind_words
from desktop.documents.sync_docs import bundle_cover, registration_sheet
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext
from desktop.services.registry import KINDS
from desktop.storage.attachments import AttachmentStore
from desktop.storage.db import take_write_lock
from desktop.storage.disclosures import overdue_disclosures
from desktop.storage.installation import get_installation, save_installation
from desktop.storage.journal import canonical_json
from desktop.storage.models import (
    ImportedBundleRow,
    ReceivedReceiptRow,
    SyncExportRow,
    SyncPeerRow,
    SyncRemarkRow,
)
from desktop.storage.sync_audit import (
    current_head,
    export_problems,
    hash_at,
    journal_export,
    last_signed_head,
)
from desktop.storage.sync_store import (
    RECORD_KINDS,
    acked_change_seq,
    acked_through_seq,
    last_change_seq,
    last_export,
    peer,
    peers,
    record_lines,
    rejected_uuids,
    state_digest,
    village_codes,
)
from desktop.sync.bag import BagPart, write_bag_zip
from desktop.sync.identity import identity_pending, write_marker
from desktop.sync.keys import (
    KeyDamaged,
    KeyInfo,
    KeyStore,
    read_registration,
    registration_json,
)
from desktop.sync.reader import SCHEMA_VERSION, Problem
from desktop.sync.receipt import read_receipt

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)
DEFAULT_SPLIT_BYTES = 20 * 1024 * 1024
PENDING_EXPORT = "export-pending.json"  # in keys/: an export between commit and renames
# The cover sheet names each kind by its list's name (its declaration, in Vietnamese).
KIND_LABELS = {spec.name: kind_words(spec.plural) for spec in KINDS}


class SyncError(SetupError):
    """A sync action refused as a whole (CLI exit 2); ``problems`` lists why."""

    def __init__(self, error: str, problems: Sequence[Problem] = (), /, **params: Any) -> None:
        super().__init__(error)
        self.params = dict(params)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class ExportResult:
    files: tuple[Path, ...]
    bundle_id: str
    seq: int
    records: int
    attachments: int
    full: bool


@dataclass(frozen=True)
class ExportStatus:
    """What the export page shows before the officer presses the button."""

    pending_changes: int
    last_seq: int
    acked_through: int
    last_export_at: datetime | None
    identity_problem: str | None
    key: KeyInfo


@dataclass(frozen=True)
class ReceiptResult:
    receipt_id: str
    bundle_seq: int
    already_imported: bool
    remarks: int
    rejections: int


class _Trial(Exception):
    """Raised inside the export transaction of a test bundle: nothing is committed."""


def bundle_file_name(
    origin: str, seq: int, installation_id: str, part: int, parts: int, *, test: bool = False
) -> str:
    suffix = f"-p{part}of{parts}" if parts > 1 else ""
    trial = "-THU" if test else ""  # a test bundle never takes a real bundle's name
    return f"SoDanChu-{origin}-{seq:06d}-{installation_id[:8]}{trial}{suffix}.zip"


def _split(
    lines: Sequence[bytes], attachments: dict[str, Path], limit: int
) -> list[tuple[list[bytes], dict[str, Path]]]:
    """Group record lines and attachments into parts of at most ``limit`` bytes (about)."""
    parts: list[tuple[list[bytes], dict[str, Path]]] = [([], {})]
    size = 0
    for line in lines:
        if size and size + len(line) > limit:
            parts.append(([], {}))
            size = 0
        parts[-1][0].append(line)
        size += len(line) + 1
    for sha, path in sorted(attachments.items()):
        n = path.stat().st_size
        if size and size + n > limit:
            parts.append(([], {}))
            size = 0
        parts[-1][1][sha] = path
        size += n
    return parts


class SyncService:
    """Keys, export and receipts of this installation."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.keys = KeyStore(ctx.paths.keys)
        self._finish_interrupted_export()

    @property
    def _pending_file(self) -> Path:
        return self.ctx.paths.keys / PENDING_EXPORT

    def _finish_interrupted_export(self) -> None:
        """Roll an export cut short between its commit and its renames forward (or back).

        Its parts were fully written under ``.tmp`` names and listed in the pending file
        before the commit: if the number was committed they get their final names, else
        they are removed. Either way no valid bundle is left without its number.
        """
        try:
            pending = json.loads(self._pending_file.read_text(encoding="utf-8"))
            inst_id, seq = str(pending["installation_id"]), int(pending["seq"])
            files = [(Path(a), Path(b)) for a, b in pending["files"]]
        except (OSError, ValueError, KeyError, TypeError):
            return
        with self.ctx.db.reading() as session:
            committed = session.scalars(
                select(SyncExportRow.id).where(
                    SyncExportRow.installation_id == inst_id, SyncExportRow.seq == seq
                )
            ).first()
        for staging, final in files:
            if committed is not None and staging.exists():
                os.replace(staging, final)
            else:
                staging.unlink(missing_ok=True)
        if committed is not None:
            write_marker(self.ctx.paths.keys, self.ctx.paths.root, inst_id, seq)
        self._pending_file.unlink(missing_ok=True)
        log.warning(
            "export %s of %s interrupted: %s", seq, inst_id, "finished" if committed else "undone"
        )

    # --- identity and keys ---------------------------------------------------------

    def _installation(self) -> Installation:
        with self.ctx.db.reading() as session:
            inst = get_installation(session)
        if inst is None:
            raise SyncError("sync_not_initialized")
        return inst

    def ensure_keys(self) -> KeyInfo:
        """The key pair, made at setup (or on first use for stores set up before sync).

        A key that was made once is never silently made again: a missing or damaged key
        file is a stop naming what to do (restore it from a backup, or ``key new`` and
        register again), since a new key makes the level above see "tampered".
        """
        where = str(self.keys.private_path)
        if not self.keys.exists():
            if self.keys.has_public() or self._key_in_use():
                raise SyncError("key_missing", file=where)
            return self.keys.regenerate()
        try:
            return self.keys.info()
        except KeyDamaged as exc:
            raise SyncError("key_damaged", file=where) from exc

    def _key_in_use(self) -> bool:
        """This installation has signed something (a bundle, a receipt) with its key."""
        with self.ctx.db.reading() as session:
            exported = session.scalar(select(SyncExportRow.id).limit(1))
            imported = session.scalar(select(ImportedBundleRow.bundle_id).limit(1))
        return exported is not None or imported is not None

    def new_key(self) -> KeyInfo:
        """A new key pair on the officer's request (``sodanchu key new``): the old one was
        lost; the new one must be registered again at the level above."""
        info = self.keys.regenerate()
        log.warning("new installation key %s made on request", info.key_id)
        return info

    def export_key(self, out: Path) -> Path:
        """A registration file (JSON) for the level above: code, name, role and public key."""
        inst = self._installation()
        relays: tuple[str, ...] = ()
        if inst.data.role is Role.COMMUNE:  # its villages, whose records it relays upward
            with self.ctx.db.reading() as session:
                relays = village_codes(session, inst.data.code)
        body = registration_json(
            inst.data.code, inst.data.name, inst.data.role.value, self.ensure_keys(), relays
        )
        from desktop.sync.keys import write_registration

        write_registration(out, body)
        if out.suffix.lower() == ".pdf":
            raise ValueError("use registration_sheet for a PDF")
        return out

    def registration_sheet(self, out: Path) -> Path:
        inst = self._installation()
        key = self.ensure_keys()
        d = inst.data
        fields = [
            ("Đơn vị", f"{d.name} (mã {d.code})"),
            (
                "Vai trò",
                {"commune": "Xã/phường", "village": "Thôn/tổ dân phố"}.get(
                    d.role.value, d.role.value
                ),
            ),
            (
                "Gửi dữ liệu cho",
                f"{d.upper_name or d.parent_name} ({d.upper_code or d.parent_code})",
            ),
            ("Cán bộ phụ trách", d.officer_name or "—"),
            ("Mã khóa (Key-Id)", key.key_id),
            ("Ngày lập", self.ctx.today().strftime("%d/%m/%Y")),
        ]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(registration_sheet(fields, key.fingerprint))
        return out

    def identity_problem(self) -> str | None:
        inst = self._installation()
        with self.ctx.db.reading() as session:
            last = last_export(session, inst.installation_id)
        return identity_pending(
            self.ctx.paths.keys, self.ctx.paths.root, inst.installation_id, last.seq if last else 0
        )

    def confirm_new_identity(self) -> Installation:
        """The officer confirmed: this copy becomes a new installation with its own numbers."""
        inst = self._installation()
        new = Installation(installation_id=new_uuid(), data=inst.data)
        with self.ctx.db.transaction() as session:
            save_installation(session, new, actor=self.ctx.actor(), now=self.ctx.clock())
        write_marker(self.ctx.paths.keys, self.ctx.paths.root, new.installation_id, 0)
        log.info("new installation identity %s (was %s)", new.installation_id, inst.installation_id)
        return new

    def status(self) -> ExportStatus:
        inst = self._installation()
        try:
            key = self.ensure_keys()
        except SyncError as exc:  # shown where the fingerprint goes; export then refuses
            key = KeyInfo("", "", format_error(exc))
        with self.ctx.db.reading() as session:
            acked = acked_change_seq(session)
            from desktop.storage.models import ChangeLogRow

            pending = int(
                session.scalar(
                    select(func.count(func.distinct(ChangeLogRow.uuid))).where(
                        ChangeLogRow.seq > acked
                    )
                )
                or 0
            )
            again = set(rejected_uuids(session))
            if again:  # rejected by the parent: they go again, so they are pending too
                changed = session.scalars(
                    select(ChangeLogRow.uuid).where(
                        ChangeLogRow.seq > acked, ChangeLogRow.uuid.in_(sorted(again))
                    )
                )
                pending += len(again - set(changed))
            last = last_export(session, inst.installation_id)
            through = acked_through_seq(session, inst.installation_id)
        problem = identity_pending(
            self.ctx.paths.keys, self.ctx.paths.root, inst.installation_id, last.seq if last else 0
        )
        return ExportStatus(
            pending_changes=pending,
            last_seq=last.seq if last else 0,
            acked_through=through,
            last_export_at=last.created_at if last else None,
            identity_problem=problem,
            key=key,
        )

    # --- export ----------------------------------------------------------------------

    def export(
        self,
        out: Path,
        *,
        full: bool = False,
        split_bytes: int | None = None,
        record_status: str = "NEW",
        with_attachments: bool = True,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the next bundle. ``out`` is a folder, or a file name for a one-part bundle.

        ``with_attachments=False`` leaves the attachment files out (the records still name
        them by hash): for a quick report over a slow line; the next full export carries them.
        """
        inst = self._installation()
        if inst.data.role is Role.UPPER:
            raise SyncError("export_wrong_role")
        trial = record_status == "TEST"
        key = self.ensure_keys()
        if out.suffix.lower() == ".zip" and out.exists():
            raise SyncError("export_file_exists", file=str(out))
        self._refuse_broken_history()
        attachments = AttachmentStore(self.ctx.paths.attachments)
        # Parts are written under a ".tmp" name and get their final name only once the
        # bundle's number is committed: a crash never leaves a valid bundle whose number the
        # next export would reuse.
        staged: list[Path] = []
        written: list[Path] = []
        calendar = CalendarService(self.ctx).calendar()
        try:
            with self.ctx.db.transaction() as session:
                # Exports take turns from here (the store's write lock): the names they
                # claim below are checked and staged one export at a time.
                take_write_lock(session)
                prev = last_export(session, inst.installation_id)
                problem = identity_pending(
                    self.ctx.paths.keys,
                    self.ctx.paths.root,
                    inst.installation_id,
                    prev.seq if prev else 0,
                )
                if problem is not None:
                    raise SyncError("export_identity_pending", reason=problem)
                seq = (prev.seq if prev else 0) + 1
                head = current_head(session)  # signed below; nothing after it is sent
                signed_head = last_signed_head(session)
                acked = 0 if full else acked_change_seq(session)
                through = last_change_seq(session)
                # Records the parent rejected in its newest receipt go again (never acked).
                again = [] if full else rejected_uuids(session)
                lines = record_lines(session, None if full else acked, again)
                counts, state = state_digest(session)
                # Disclosures the Công khai page shows as Quá hạn today (nothing disclosed
                # though due): a fact of today, not of any record version, so it travels
                # here for the receiving level's board (core verdict, Law Art. 12(3)).
                overdue = overdue_disclosures(session, self.ctx.today(), calendar)
                counts["disclosure"]["overdue"] = len(overdue)
                files_needed: dict[str, Path] = {}
                for _kind, _uuid, line in lines:
                    if with_attachments and b'"attachments":[{' in line:
                        for a in json.loads(line).get("attachments", []):
                            sha = str(a.get("sha256", ""))
                            if sha and attachments.exists(sha):
                                files_needed[sha] = attachments.path_of(sha)
                bundle_id = new_uuid()
                now = self.ctx.clock()
                signed_at = iso_utc(now.replace(microsecond=0))
                groups = _split([line for _, _, line in lines], files_needed, split_bytes or 2**62)
                tags = {
                    "Source-Organization": f"{inst.data.name} ({inst.data.code})",
                    "External-Identifier": f"{inst.data.code}-{seq}",
                    "Bagging-Date": self.ctx.today().isoformat(),
                    "Bundle-Id": bundle_id,
                    "Bundle-Seq": str(seq),
                    "Acked-Through-Seq": str(acked_through_seq(session, inst.installation_id)),
                    "Prev-Bundle-SHA256": prev.tagmanifest_sha256 if prev else "0" * 64,
                    "Schema-Version": str(SCHEMA_VERSION),
                    "App-Version": __version__,
                    "Origin-Role": inst.data.role.value,
                    "Origin-Code": inst.data.code,
                    "Target-Code": inst.data.upper_code or inst.data.parent_code,
                    "Record-Status": record_status,
                    "Key-Id": key.key_id,
                    "Installation-Id": inst.installation_id,
                    "Bag-Group-Identifier": bundle_id,
                    "Attachments-Included": "yes" if with_attachments else "no",
                    "Journal-Head": head.tag,
                }
                if signed_head is not None:  # that entry's hash as the journal holds it now
                    now_hash = hash_at(session, signed_head.entry_id) or "0" * 64
                    tags["Journal-Prev-Head"] = f"{signed_head.entry_id}:{now_hash}"
                counts_json = {
                    "schema_version": SCHEMA_VERSION,
                    "origin_code": inst.data.code,
                    "full": full,
                    "records_in_bundle": len(lines),
                    "counts": counts,
                    "state_sha256": state,
                }
                cover = self._cover(inst, seq, full, lines, counts, key)
                total_bytes = sum(len(x) for _, _, x in lines) + sum(
                    p.stat().st_size for p in files_needed.values()
                )
                done = 0
                out_dir = out if out.suffix.lower() != ".zip" or len(groups) > 1 else out.parent
                for k, (part_lines, part_files) in enumerate(groups, start=1):
                    part_tags = dict(tags)
                    part_tags["Bag-Count"] = f"{k} of {len(groups)}"
                    top = bundle_id if len(groups) == 1 else f"{bundle_id}.{k}"
                    files = {
                        "records.jsonl": b"".join(x + b"\n" for x in part_lines),
                        "counts.json": (canonical_json({**counts_json, "part": k}) + "\n").encode(),
                    }
                    if k == 1:
                        files["cover.pdf"] = cover
                    target = (
                        out
                        if len(groups) == 1 and out.suffix.lower() == ".zip"
                        else out_dir
                        / bundle_file_name(
                            inst.data.code, seq, inst.installation_id, k, len(groups), test=trial
                        )
                    )

                    def tick(n: int) -> None:
                        nonlocal done
                        done += n
                        if progress is not None:
                            progress(done, total_bytes)

                    _claim(target, self._pending_file)
                    written.append(target)
                    staging = target.with_name(target.name + ".tmp")
                    digest = write_bag_zip(
                        staging,
                        top,
                        part_tags,
                        BagPart(files, part_files),
                        self.keys.sign,
                        signed_at,
                        progress=tick,
                    )
                    staged.append(staging)
                    tick(sum(len(x) for x in part_lines))
                    if k == 1:
                        first_digest = digest
                if trial:
                    # A test bundle only checks the path: it uses no number (the parent
                    # refuses it, so a number used here would be a gap it reports for
                    # ever), signs no head and is never acknowledged. Named while the
                    # lock is held, as a real bundle's files are.
                    for path, final in zip(staged, written, strict=True):
                        os.replace(path, final)
                    staged.clear()
                    raise _Trial
                session.add(
                    SyncExportRow(
                        installation_id=inst.installation_id,
                        seq=seq,
                        bundle_id=bundle_id,
                        created_at=now.replace(tzinfo=None),
                        full=full,
                        change_from=acked,
                        change_through=through,
                        record_count=len(lines),
                        parts=len(groups),
                        file_name=written[0].name,
                        tagmanifest_sha256=first_digest,
                    )
                )
                journal_export(
                    session,
                    at=signed_at,
                    actor=self.ctx.actor(),
                    bundle_id=bundle_id,
                    seq=seq,
                    head=head,
                )
                session.flush()
                # Listed before the commit, so a crash after it can be finished at next start.
                pending = {
                    "installation_id": inst.installation_id,
                    "seq": seq,
                    "files": [[str(a), str(b)] for a, b in zip(staged, written, strict=True)],
                }
                tmp = self._pending_file.with_suffix(".part")
                tmp.write_text(json.dumps(pending, ensure_ascii=False), encoding="utf-8")
                os.replace(tmp, self._pending_file)
        except _Trial:  # nothing was written to the store
            log.info("exported test bundle %s (seq %s, not used)", bundle_id, seq)
            return ExportResult(tuple(written), bundle_id, seq, len(lines), len(files_needed), full)
        except BaseException:
            for path in staged:
                path.unlink(missing_ok=True)
            self._pending_file.unlink(missing_ok=True)
            raise
        for path, final in zip(staged, written, strict=True):
            os.replace(path, final)
        self._pending_file.unlink(missing_ok=True)
        write_marker(self.ctx.paths.keys, self.ctx.paths.root, inst.installation_id, seq)
        log.info("exported bundle %s seq %s: %s records", bundle_id, seq, len(lines))
        return ExportResult(tuple(written), bundle_id, seq, len(lines), len(files_needed), full)

    def _refuse_broken_history(self) -> None:
        """The next export never signs a history ``check`` finds broken (issue 13): the
        journal since the last signed head, that head, the installation row and the change
        log are checked here (in time for the export budgets); ``check`` checks the rest."""
        from desktop.services.maintenance import problem_text

        with self.ctx.db.reading() as session:
            problems = list(export_problems(session))
        if problems:
            raise SyncError(
                "export_history_broken", count=len(problems), first=problem_text(problems[0])
            )

    def _cover(
        self,
        inst: Installation,
        seq: int,
        full: bool,
        lines: Sequence[tuple[str, str, bytes]],
        counts: dict[str, dict[str, int]],
        key: KeyInfo,
    ) -> bytes:
        d = inst.data
        in_bundle: dict[str, int] = dict.fromkeys(RECORD_KINDS, 0)
        for kind, _, _ in lines:
            in_bundle[kind] += 1
        times = sorted(t for _, _, line in lines if (t := _updated_day(line)))
        period = (
            f"từ {_vn_date(times[0])} đến {_vn_date(times[-1])}" if times else "không có thay đổi"
        )
        fields = [
            ("Đơn vị gửi", f"{d.name} (mã {d.code})"),
            ("Gửi đến", f"{d.upper_name or d.parent_name} (mã {d.upper_code or d.parent_code})"),
            (
                "Gói số",
                f"{seq} ({'toàn bộ dữ liệu' if full else 'các thay đổi chưa được xác nhận'})",
            ),
            ("Dữ liệu thay đổi", period),
            ("Ngày lập", self.ctx.today().strftime("%d/%m/%Y")),
            ("Dấu vân tay khóa", key.fingerprint),
        ]
        rows: list[list[object]] = [["Loại bản ghi", "Trong gói", "Tổng tại đơn vị"]]
        for kind in RECORD_KINDS:
            rows.append([KIND_LABELS[kind], in_bundle[kind], counts[kind]["records"]])
        return bundle_cover(fields, rows)

    # --- receipts from the parent ----------------------------------------------------

    def parent(self) -> SyncPeerRow | None:
        """The parent registered here (its receipts' key), or None.

        A row without a role is a key the first receipt pinned before issue 13 (trust on
        first use, possibly a forger's): it was never compared with the parent's sheet, so
        it is not trusted; the officer registers the parent's key (which replaces it).
        """
        with self.ctx.db.reading() as session:
            rows = [r for r in peers(session, "parent") if r.role]
        return rows[0] if rows else None

    def register_parent(self, key_file: Path) -> KeyInfo:
        """Register the parent's key (from its registration file) for checking receipts.

        The only way a parent's key becomes trusted (no trust on first use): the officer
        compares the fingerprint shown with the parent's printed sheet or reads it over the
        phone. The file must name this installation's parent and a parent's role.
        """
        reg = read_registration(key_file)
        inst = self._installation()
        role = expected_parent_role(inst.data.role)
        if role is None:
            raise SyncError("parent_wrong_role", role=inst.data.role.value)
        expected = inst.data.upper_code or inst.data.parent_code
        code = reg.code or expected
        errors = peer_code_errors("code", code)
        if errors:
            raise ValidationError(errors)
        if expected and code != expected:
            raise SyncError("parent_code_mismatch", code=code, expected=expected)
        if reg.role and reg.role != role:
            raise SyncError("parent_role_mismatch", role=reg.role, expected=role)
        if reg.key.key_id == self.ensure_keys().key_id:
            raise SyncError("parent_is_self")
        with self.ctx.db.transaction() as session:
            if not any(r.role for r in peers(session, "parent")):
                _withdraw_unverified_acks(session, reg.key.key_id)
            for other in peers(session, "parent"):  # one parent: a re-registration replaces it
                if other.code != code:
                    session.delete(other)
            session.flush()
            row = peer(session, "parent", code) or SyncPeerRow(relation="parent", code=code)
            row.name = reg.name
            row.role = role
            row.public_key = reg.key.public_key
            row.key_id = reg.key.key_id
            row.registered_at = self.ctx.clock().replace(tzinfo=None)
            session.add(row)
        return reg.key

    def read_receipt(self, path: Path) -> dict[str, Any]:
        """A receipt checked against the registered parent's key, or a refusal.

        Raises:
            SyncError: no parent registered yet (``parent_not_registered``: what to do), or
                the receipt is invalid, not signed by the parent, or not for this unit.
        """
        inst = self._installation()
        parent = self.parent()
        if parent is None:
            raise SyncError("parent_not_registered", file=path.name)
        receipt, problems = read_receipt(path, (parent.public_key, parent.key_id))
        if receipt is None:
            raise SyncError("bundle_refused", problems, file=path.name)
        wrong: list[Problem] = []
        if receipt["to_code"] != inst.data.code:
            wrong.append(Problem("receipt_not_ours", {"code": receipt["to_code"]}, path.name))
        if receipt["from_code"] != parent.code:
            params = {"code": receipt["from_code"], "parent": parent.code}
            wrong.append(Problem("receipt_not_from_parent", params, path.name))
        if wrong:
            raise SyncError("bundle_refused", wrong, file=path.name)
        return receipt

    def check_receipt(self, path: Path) -> ReceiptResult:
        """What :meth:`import_receipt` would do, changing nothing (``verify``): the same
        refusals (a bundle never exported here), and a receipt taken already says so."""
        receipt = self.read_receipt(path)
        with self.ctx.db.reading() as session:
            again = session.get(ReceivedReceiptRow, receipt["receipt_id"]) is not None
            if not again:
                _exported(session, receipt, path)
        rejections = [r for r in receipt["rejections"] if isinstance(r, dict)]
        remarks = [r for r in receipt["remarks"] if isinstance(r, dict)]
        return ReceiptResult(
            receipt["receipt_id"], receipt["bundle_seq"], again, len(remarks), len(rejections)
        )

    def import_receipt(self, path: Path) -> ReceiptResult:
        """Mark the bundle acknowledged; remarks attach to their records. Idempotent.

        Only a receipt signed by the registered parent is taken; the records it rejects
        stay unacknowledged and go again in the next bundle (:func:`rejected_uuids`).
        """
        receipt = self.read_receipt(path)
        with self.ctx.db.transaction() as session:
            if session.get(ReceivedReceiptRow, receipt["receipt_id"]) is not None:
                return ReceiptResult(receipt["receipt_id"], receipt["bundle_seq"], True, 0, 0)
            export = _exported(session, receipt, path)
            now = self.ctx.clock().replace(tzinfo=None)
            if export.acked_at is None:
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
            remarks = [r for r in receipt["remarks"] if isinstance(r, dict)]
            rejections = [r for r in receipt["rejections"] if isinstance(r, dict)]
            for r in remarks + [{**x, "text": rejection_text(x)} for x in rejections]:
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
        return ReceiptResult(
            receipt["receipt_id"], receipt["bundle_seq"], False, len(remarks), len(rejections)
        )

    def remarks_for(self, record_uuid: str) -> list[dict[str, str]]:
        """Remarks from the parent (or pending for a child) on one record."""
        with self.ctx.db.reading() as session:
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


def _withdraw_unverified_acks(session: Session, key_id: str) -> None:
    """At the first registration of the parent's key, receipts taken before it under a key
    pinned on first use (before issue 13, possibly a forger's) and not signed by the key now
    registered acknowledge nothing: their bundles' records go again, their remarks go."""
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
        log.warning("receipt %s not signed by the registered parent: withdrawn", row.receipt_id)


def _exported(session: Session, receipt: dict[str, Any], path: Path) -> SyncExportRow:
    """The export a receipt answers, or a refusal: a receipt for a bundle never sent from
    here acknowledges nothing."""
    export = session.scalars(
        select(SyncExportRow).where(SyncExportRow.bundle_id == receipt["bundle_id"])
    ).first()
    if export is None:
        raise SyncError(
            "bundle_refused",
            [Problem("receipt_unknown_bundle", {"seq": receipt["bundle_seq"]}, path.name)],
            file=path.name,
        )
    return export


def rejection_text(rejection: dict[str, Any]) -> str:
    """A rejection from the parent's receipt, worded for the record's remarks."""
    reason = str(rejection.get("reason", ""))
    params = {k: v for k, v in rejection.items() if k not in ("reason", "uuid", "version")}
    worded = format_sync_problem(reason, params) if reason.startswith("owned_by") else reason
    return f"Cấp trên từ chối phiên bản {rejection.get('version')}: {worded}"


def _claim(target: Path, pending: Path) -> None:
    """Refuse a name that is taken: an existing bundle is never overwritten, nor one that an
    export committed a moment ago is still renaming (its pending file is there).

    Called under the store's write lock, so a ``.tmp`` file not in a pending file is what a
    killed export left, removed here.
    """
    staging = target.with_name(target.name + ".tmp")
    if target.exists() or (pending.exists() and staging.exists()):
        raise SyncError("export_file_exists", file=str(target))
    staging.unlink(missing_ok=True)


def _updated_day(line: bytes) -> str:
    """The day of ``updated_at`` in a canonical record line, without parsing all of it."""
    at = line.find(b'"updated_at":"')
    return line[at + 14 : at + 24].decode("ascii", "replace") if at >= 0 else ""


def _vn_date(iso: str) -> str:
    """2026-03-05 -> 05/03/2026."""
    return "/".join(reversed(iso.split("-"))) if iso.count("-") == 2 else iso


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
