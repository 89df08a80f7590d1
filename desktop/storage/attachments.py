"""Attachment files stored once by their SHA-256 in the data dir (never duplicated or lost).

A record refers to an attachment by its hash; changing or deleting the record never
removes the file, so every version in the audit journal stays readable.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import FieldError, ValidationError

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024  # a scanned decision or a phone photo fits easily
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int


class AttachmentStore:
    """Files under ``<root>/<first two hex>/<sha256>``."""

    def __init__(self, root: Path, max_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def add_file(self, source: Path, field: str = "attachments") -> StoredFile:
        """Copy ``source`` in (atomically); a file already stored is not copied twice.

        Raises:
            ValidationError: the file is missing, empty or larger than the limit.
        """
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise ValidationError(
                [FieldError(field, "file_unreadable", {"value": str(source)})]
            ) from exc
        if size == 0:
            raise ValidationError([FieldError(field, "file_empty", {"value": source.name})])
        if size > self.max_bytes:
            raise ValidationError(
                [
                    FieldError(
                        field,
                        "file_too_large",
                        {"value": source.name, "max_mb": self.max_bytes // (1024 * 1024)},
                    )
                ]
            )
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_of(sha)
            if target.exists():
                tmp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp.replace(target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return StoredFile(sha, size)

    def export(self, sha256: str, target: Path) -> Path:
        """Copy a stored file out (to open or print it)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.path_of(sha256), target)
        return target

    def verify(self, sha256: str) -> bool:
        """True when the stored bytes still hash to their name."""
        digest = hashlib.sha256()
        with self.path_of(sha256).open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256
