"""Receipts: the receiver's signed answer to a bundle (BUNDLE.md import rule 7).

A receipt is a small UTF-8 JSON file. Its ``signature`` is the receiver's Ed25519
signature over the canonical JSON of every other field. A receipt is only ever checked
against the parent's key registered at the origin (``sodanchu register-parent``, the
fingerprint compared with the parent's sheet or read over the phone): the ``public_key``
it carries is informative and never trusted on its own (no trust on first use).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.storage.journal import canonical_json
from desktop.sync.keys import verify_signature
from desktop.sync.problems import Problem

RECEIPT_FORMAT = "sodanchu-receipt"
RECEIPT_CONTEXT = b"sodanchu-receipt-v1\n"
MAX_RECEIPT_BYTES = 16 * 1024**2
_REQUIRED = {
    "receipt_id": str,
    "from_code": str,
    "to_code": str,
    "bundle_id": str,
    "bundle_seq": int,
    "installation_id": str,
    "acked_through_seq": int,
    "issued_at": str,
    "outcome": dict,
    "rejections": list,
    "remarks": list,
    "public_key": str,
    "key_id": str,
}


def _message(body: dict[str, Any]) -> bytes:
    return RECEIPT_CONTEXT + canonical_json(body).encode("utf-8")


def sign_receipt(body: dict[str, Any], sign: Callable[[bytes], bytes]) -> dict[str, Any]:
    signed = {"format": RECEIPT_FORMAT, "version": 1, **body}
    signed["signature"] = base64.b64encode(sign(_message(signed))).decode("ascii")
    return signed


def write_receipt(path: Path, receipt: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(receipt, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def looks_like_receipt(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(2)
    except OSError:
        return False
    return head[:1] == b"{"


def read_receipt(
    path: Path, parent_key: tuple[str, str]
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Check a receipt's form and its signature by the registered ``parent_key``
    (public key, key id)."""
    where = path.name

    def bad(detail: str) -> tuple[None, list[Problem]]:
        return None, [Problem("receipt_invalid", {"detail": detail}, where)]

    try:
        if path.stat().st_size > MAX_RECEIPT_BYTES:
            return bad("quá lớn / too large")
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return bad("không phải JSON / not JSON")
    if not isinstance(obj, dict) or obj.get("format") != RECEIPT_FORMAT:
        return bad("format")
    for name, typ in _REQUIRED.items():
        value = obj.get(name)
        if not isinstance(value, typ) or isinstance(value, bool):
            return bad(name)
    signature = obj.get("signature")
    body = {k: v for k, v in obj.items() if k != "signature"}
    try:
        sig = base64.b64decode(str(signature), validate=True)
    except (binascii.Error, ValueError):
        return None, [Problem("receipt_signature_invalid", {}, where)]
    public_key, key_id = parent_key
    if obj["key_id"] != key_id or not verify_signature(public_key, _message(body), sig):
        return None, [Problem("receipt_signature_invalid", {}, where)]
    return obj, []
