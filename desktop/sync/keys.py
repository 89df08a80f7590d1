"""The installation's Ed25519 key pair and the registration of other installations' keys.

The private key lives in ``<data dir>/keys/installation.key`` (PKCS#8 PEM), readable by
the user only; the public key is handed to the level above on a registration sheet or
as a registration file (``sodanchu key export``). BUNDLE.md "Signature".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from desktop.core.errors import FieldError, ValidationError

PRIVATE_FILE = "installation.key"
PUBLIC_FILE = "installation.pub"
REGISTRATION_FORMAT = "sodanchu-key-registration"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


class KeyDamaged(Exception):
    """The private key file cannot be read, or is not the key its public file names."""


@dataclass(frozen=True)
class KeyInfo:
    """A public key as people and files see it."""

    public_key: str  # base64 of the 32 raw bytes
    key_id: str  # first 16 hex digits of SHA-256(raw key)
    fingerprint: str  # 32 hex digits in groups of four, read aloud over the phone


@dataclass(frozen=True)
class Registration:
    """The contents of a registration file: who, and their key."""

    code: str
    name: str
    role: str
    key: KeyInfo
    # A commune's villages, whose records it relays upward (checked by the registering side).
    relays: tuple[str, ...] = ()


def key_info(raw: bytes) -> KeyInfo:
    digest = hashlib.sha256(raw).hexdigest()
    groups = [digest[i : i + 4].upper() for i in range(0, 32, 4)]
    return KeyInfo(base64.b64encode(raw).decode("ascii"), digest[:16], " ".join(groups))


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(*_RAW)


def _write_private(path: Path, key: Ed25519PrivateKey) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    # Created with owner-only permissions from the start (no window where others can read).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


class KeyStore:
    """The key pair of this installation in ``<data dir>/keys``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def private_path(self) -> Path:
        return self.folder / PRIVATE_FILE

    def exists(self) -> bool:
        return self.private_path.is_file()

    def ensure(self) -> KeyInfo:
        """Make the key pair once (at setup); later calls return the same key."""
        if not self.exists():
            self.regenerate()
        return self.info()

    def regenerate(self) -> KeyInfo:
        """A new key pair (re-keying needs registration at the level above again)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.name != "nt":
            os.chmod(self.folder, 0o700)
        key = Ed25519PrivateKey.generate()
        _write_private(self.private_path, key)
        raw = _raw_public(key.public_key())
        (self.folder / PUBLIC_FILE).write_text(key_info(raw).public_key + "\n", encoding="ascii")
        return key_info(raw)

    @property
    def public_path(self) -> Path:
        return self.folder / PUBLIC_FILE

    def has_public(self) -> bool:
        """The public half is there: a key was made here once (the private one may be lost)."""
        return self.public_path.is_file()

    def _private(self) -> Ed25519PrivateKey:
        try:
            key = serialization.load_pem_private_key(self.private_path.read_bytes(), password=None)
        except (OSError, ValueError, TypeError, UnsupportedAlgorithm) as exc:
            raise KeyDamaged(str(exc)) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyDamaged("installation key is not Ed25519")
        return key

    def info(self) -> KeyInfo:
        """The key's public info; :class:`KeyDamaged` when the private key file cannot be
        read or is not the key of ``installation.pub`` (replaced by another file)."""
        info = key_info(_raw_public(self._private().public_key()))
        try:
            public = self.public_path.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            return info
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyDamaged(str(exc)) from exc
        if public != info.public_key:
            raise KeyDamaged("installation.key is not the key of installation.pub")
        return info

    def sign(self, message: bytes) -> bytes:
        return self._private().sign(message)


def verify_signature(public_key_b64: str, message: bytes, signature: bytes) -> bool:
    """True when ``signature`` is the key's Ed25519 signature of ``message``."""
    try:
        raw = base64.b64decode(public_key_b64, validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def registration_json(
    code: str, name: str, role: str, key: KeyInfo, relays: tuple[str, ...] = ()
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "format": REGISTRATION_FORMAT,
        "version": 1,
        "code": code,
        "name": name,
        "role": role,
        "public_key": key.public_key,
        "key_id": key.key_id,
        "fingerprint": key.fingerprint,
    }
    if relays:
        body["relays"] = list(relays)
    return body


def write_registration(path: Path, registration: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(registration, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def read_registration(path: Path, field: str = "key") -> Registration:
    """Read a registration file (or a bare base64 public key); refuse anything else.

    Raises:
        ValidationError: unreadable, not a registration, or not an Ed25519 key.
    """
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError([FieldError(field, "file_unreadable", {"value": str(path)})]) from exc
    obj: Any
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        obj = {"public_key": text, "code": "", "name": "", "role": ""}
    if not isinstance(obj, dict) or not isinstance(obj.get("public_key"), str):
        raise ValidationError([FieldError(field, "key_file_invalid", {"value": path.name})])
    try:
        raw = base64.b64decode(obj["public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error) as exc:
        raise ValidationError(
            [FieldError(field, "key_file_invalid", {"value": path.name})]
        ) from exc
    info = key_info(raw)
    relays = obj.get("relays") or []
    if not isinstance(relays, list) or not all(isinstance(r, str) for r in relays):
        raise ValidationError([FieldError(field, "key_file_invalid", {"value": path.name})])
    return Registration(
        code=str(obj.get("code") or ""),
        name=str(obj.get("name") or ""),
        role=str(obj.get("role") or ""),
        key=info,
        relays=tuple(relays),
    )
