"""Sync at the origin: keys, exporting bundles, and importing the parent's receipts.

BUNDLE.md is the protocol. :class:`SyncService` is the API the window and the command line
call; the export itself is in services/sync_export.py, the parent's receipts in
services/sync_receipts.py, and their queries in storage/sync_exports.py and
storage/sync_receipts.py.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.changes import OpChanges
from desktop.core.installation import Installation, Role
from desktop.core.messages import format_error
from desktop.core.records import new_uuid
from desktop.core.text import day_text
from desktop.documents.sync_docs import registration_sheet
from desktop.services import sync_receipts
from desktop.services.context import StoreContext
from desktop.services.sync_errors import SyncError as SyncError  # re-exported
from desktop.services.sync_export import ExportResult as ExportResult  # re-exported
from desktop.services.sync_export import Progress, export_bundle
from desktop.services.sync_receipts import ReceiptResult as ReceiptResult  # re-exported
from desktop.storage.db import note_changes
from desktop.storage.installation import get_installation, save_installation
from desktop.storage.sync_exports import export_committed, key_in_use, pending_changes
from desktop.storage.sync_receipts import Parent, remarks_for
from desktop.storage.sync_store import acked_through_seq, last_export, village_codes
from desktop.sync.identity import identity_pending, write_marker
from desktop.sync.keys import KeyDamaged, KeyInfo, KeyStore, registration_json

log = logging.getLogger(__name__)

DEFAULT_SPLIT_BYTES = 20 * 1024 * 1024
PENDING_EXPORT = "export-pending.json"  # in keys/: an export between commit and renames


@dataclass(frozen=True)
class ExportStatus:
    """What the export page shows before the officer presses the button."""

    pending_changes: int
    last_seq: int
    acked_through: int
    last_export_at: datetime | None
    identity_problem: str | None
    key: KeyInfo


class SyncService:
    """Keys, export and receipts of this installation."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.keys = KeyStore(ctx.paths.keys)
        self._finish_interrupted_export()

    @property
    def pending_file(self) -> Path:
        """Where an export lists its staged parts between its commit and their renames."""
        return self.ctx.paths.keys / PENDING_EXPORT

    def _finish_interrupted_export(self) -> None:
        """Roll an export cut short between its commit and its renames forward (or back).

        Its parts were fully written under ``.tmp`` names and listed in the pending file
        before the commit: if the number was committed they get their final names, else
        they are removed. Either way no valid bundle is left without its number.
        """
        try:
            pending = json.loads(self.pending_file.read_text(encoding="utf-8"))
            inst_id, seq = str(pending["installation_id"]), int(pending["seq"])
            files = [(Path(a), Path(b)) for a, b in pending["files"]]
        except (OSError, ValueError, KeyError, TypeError):
            return
        with self.ctx.db.reading() as session:
            committed = export_committed(session, inst_id, seq)
        for staging, final in files:
            if committed and staging.exists():
                os.replace(staging, final)
            else:
                staging.unlink(missing_ok=True)
        if committed:
            write_marker(self.ctx.paths.keys, self.ctx.paths.root, inst_id, seq)
        self.pending_file.unlink(missing_ok=True)
        log.warning(
            "export %s of %s interrupted: %s", seq, inst_id, "finished" if committed else "undone"
        )

    # --- identity and keys ---------------------------------------------------------

    def installation(self) -> Installation:
        """This installation, or a refusal before set-up (``sync_not_initialized``)."""
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
            return key_in_use(session)

    def new_key(self) -> KeyInfo:
        """A new key pair on the officer's request (``sodanchu key new``): the old one was
        lost; the new one must be registered again at the level above."""
        info = self.keys.regenerate()
        self.ctx.announce(OpChanges(sync_state=True))
        log.warning("new installation key %s made on request", info.key_id)
        return info

    def export_key(self, out: Path) -> Path:
        """A registration file (JSON) for the level above: code, name, role and public key."""
        inst = self.installation()
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
        inst = self.installation()
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
            ("Ngày lập", day_text(self.ctx.today())),
        ]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(registration_sheet(fields, key.fingerprint))
        return out

    def identity_problem(self) -> str | None:
        inst = self.installation()
        with self.ctx.db.reading() as session:
            last = last_export(session, inst.installation_id)
        return identity_pending(
            self.ctx.paths.keys, self.ctx.paths.root, inst.installation_id, last.seq if last else 0
        )

    def confirm_new_identity(self) -> Installation:
        """The officer confirmed: this copy becomes a new installation with its own numbers."""
        inst = self.installation()
        new = Installation(installation_id=new_uuid(), data=inst.data)
        with self.ctx.db.transaction() as session:
            note_changes(session, OpChanges(sync_state=True))
            save_installation(session, new, actor=self.ctx.actor(), now=self.ctx.clock())
        write_marker(self.ctx.paths.keys, self.ctx.paths.root, new.installation_id, 0)
        log.info("new installation identity %s (was %s)", new.installation_id, inst.installation_id)
        return new

    def status(self) -> ExportStatus:
        inst = self.installation()
        try:
            key = self.ensure_keys()
        except SyncError as exc:  # shown where the fingerprint goes; export then refuses
            key = KeyInfo("", "", format_error(exc))
        with self.ctx.db.reading() as session:
            pending = pending_changes(session)
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
        return export_bundle(
            self,
            out,
            full=full,
            split_bytes=split_bytes,
            record_status=record_status,
            with_attachments=with_attachments,
            progress=progress,
        )

    # --- receipts from the parent ----------------------------------------------------

    def parent(self) -> Parent | None:
        """The parent registered here (its receipts' key), or None."""
        return sync_receipts.parent(self)

    def register_parent(self, key_file: Path) -> KeyInfo:
        """Register the parent's key (from its registration file) for checking receipts."""
        return sync_receipts.register_parent(self, key_file)

    def read_receipt(self, path: Path) -> dict[str, Any]:
        """A receipt checked against the registered parent's key, or a refusal."""
        return sync_receipts.read_receipt(self, path)

    def check_receipt(self, path: Path) -> ReceiptResult:
        """What :meth:`import_receipt` would do, changing nothing (``verify``)."""
        return sync_receipts.check_receipt(self, path)

    def import_receipt(self, path: Path) -> ReceiptResult:
        """Mark the bundle acknowledged; remarks attach to their records. Idempotent."""
        return sync_receipts.import_receipt(self, path)

    def remarks_for(self, record_uuid: str) -> list[dict[str, str]]:
        """Remarks from the parent (or pending for a child) on one record."""
        with self.ctx.db.reading() as session:
            return remarks_for(session, record_uuid)
