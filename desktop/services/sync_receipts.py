"""Receipts from the parent (BUNDLE.md "Receipts"): registering the parent's key, checking
a receipt against it, and taking it (the bundle acknowledged, remarks attached).

:class:`~desktop.services.sync.SyncService` delegates here; its methods are the API.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.changes import OpChanges
from desktop.core.errors import ValidationError
from desktop.core.installation import expected_parent_role, peer_code_errors
from desktop.core.sync_rejections import rejection_remark
from desktop.services.sync_errors import SyncError
from desktop.storage.db import note_changes
from desktop.storage.sync_receipts import (
    Parent,
    bundle_exported,
    has_verified_parent,
    receipt_taken,
    registered_parent,
    save_parent,
    take_receipt,
    withdraw_unverified_acks,
)
from desktop.sync.keys import KeyInfo, read_registration
from desktop.sync.reader import Problem
from desktop.sync.receipt import read_receipt as read_signed_receipt

if TYPE_CHECKING:
    from desktop.services.sync import SyncService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReceiptResult:
    receipt_id: str
    bundle_seq: int
    already_imported: bool
    remarks: int
    rejections: int


def parent(svc: SyncService) -> Parent | None:
    """The parent registered here (its receipts' key), or None.

    A key the first receipt pinned before issue 13 (trust on first use, possibly a
    forger's) was never compared with the parent's sheet, so it is not trusted; the
    officer registers the parent's key (which replaces it).
    """
    with svc.ctx.db.reading() as session:
        return registered_parent(session)


def register_parent(svc: SyncService, key_file: Path) -> KeyInfo:
    """Register the parent's key (from its registration file) for checking receipts.

    The only way a parent's key becomes trusted (no trust on first use): the officer
    compares the fingerprint shown with the parent's printed sheet or reads it over the
    phone. The file must name this installation's parent and a parent's role.
    """
    reg = read_registration(key_file)
    inst = svc.installation()
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
    if reg.key.key_id == svc.ensure_keys().key_id:
        raise SyncError("parent_is_self")
    with svc.ctx.db.transaction() as session:
        note_changes(session, OpChanges(sync_state=True))
        if not has_verified_parent(session):
            # At the first registration, receipts taken before it under a key pinned on
            # first use (before issue 13, possibly a forger's) and not signed by the key
            # now registered acknowledge nothing: their bundles' records go again.
            for receipt_id in withdraw_unverified_acks(session, reg.key.key_id):
                log.warning("receipt %s not signed by the registered parent: withdrawn", receipt_id)
        save_parent(
            session,
            code=code,
            name=reg.name,
            role=role,
            public_key=reg.key.public_key,
            key_id=reg.key.key_id,
            registered_at=svc.ctx.clock().replace(tzinfo=None),
        )
    return reg.key


def read_receipt(svc: SyncService, path: Path) -> dict[str, Any]:
    """A receipt checked against the registered parent's key, or a refusal.

    Raises:
        SyncError: no parent registered yet (``parent_not_registered``: what to do), or
            the receipt is invalid, not signed by the parent, or not for this unit.
    """
    inst = svc.installation()
    registered = parent(svc)
    if registered is None:
        raise SyncError("parent_not_registered", file=path.name)
    receipt, problems = read_signed_receipt(path, (registered.public_key, registered.key_id))
    if receipt is None:
        raise SyncError("bundle_refused", problems, file=path.name)
    wrong: list[Problem] = []
    if receipt["to_code"] != inst.data.code:
        wrong.append(Problem("receipt_not_ours", {"code": receipt["to_code"]}, path.name))
    if receipt["from_code"] != registered.code:
        params = {"code": receipt["from_code"], "parent": registered.code}
        wrong.append(Problem("receipt_not_from_parent", params, path.name))
    if wrong:
        raise SyncError("bundle_refused", wrong, file=path.name)
    return receipt


def check_receipt(svc: SyncService, path: Path) -> ReceiptResult:
    """What :func:`import_receipt` would do, changing nothing (``verify``): the same
    refusals (a bundle never exported here), and a receipt taken already says so."""
    receipt = read_receipt(svc, path)
    with svc.ctx.db.reading() as session:
        again = receipt_taken(session, receipt["receipt_id"])
        if not again:
            _refuse_unknown_bundle(
                exported=bundle_exported(session, receipt["bundle_id"]), receipt=receipt, path=path
            )
    rejections = [r for r in receipt["rejections"] if isinstance(r, dict)]
    remarks = [r for r in receipt["remarks"] if isinstance(r, dict)]
    return ReceiptResult(
        receipt["receipt_id"], receipt["bundle_seq"], again, len(remarks), len(rejections)
    )


def import_receipt(svc: SyncService, path: Path) -> ReceiptResult:
    """Mark the bundle acknowledged; remarks attach to their records. Idempotent.

    Only a receipt signed by the registered parent is taken; the records it rejects
    stay unacknowledged and go again in the next bundle (``rejected_uuids``).
    """
    receipt = read_receipt(svc, path)
    with svc.ctx.db.transaction() as session:
        note_changes(session, OpChanges(sync_state=True))
        if receipt_taken(session, receipt["receipt_id"]):
            return ReceiptResult(receipt["receipt_id"], receipt["bundle_seq"], True, 0, 0)
        _refuse_unknown_bundle(
            exported=bundle_exported(session, receipt["bundle_id"]), receipt=receipt, path=path
        )
        remarks = [r for r in receipt["remarks"] if isinstance(r, dict)]
        rejections = [r for r in receipt["rejections"] if isinstance(r, dict)]
        worded = remarks + [{**x, "text": rejection_text(x)} for x in rejections]
        take_receipt(session, receipt, worded, svc.ctx.clock().replace(tzinfo=None))
    return ReceiptResult(
        receipt["receipt_id"], receipt["bundle_seq"], False, len(remarks), len(rejections)
    )


def _refuse_unknown_bundle(*, exported: bool, receipt: dict[str, Any], path: Path) -> None:
    """A receipt for a bundle never sent from here acknowledges nothing."""
    if not exported:
        raise SyncError(
            "bundle_refused",
            [Problem("receipt_unknown_bundle", {"seq": receipt["bundle_seq"]}, path.name)],
            file=path.name,
        )


def rejection_text(rejection: dict[str, Any]) -> str:
    """A rejection from the parent's receipt as the record's remark keeps it: its code and
    params (``core.sync_rejections.remark_text`` words it in the reader's language)."""
    return rejection_remark(rejection)
