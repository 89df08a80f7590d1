"""Restoring a backup into the store (CLI.md ``restore FILE``).

The current database is copied aside first, so a restore is never a loss. The restored
copy keeps its installation identity; if this folder already exported bundles after the
backup was made, the identity marker beside the keys notices it and export waits for the
officer to confirm a new identity (BUNDLE.md "Records and identity").
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.errors import FieldError, SetupError, ValidationError
from desktop.services.context import StoreContext
from desktop.storage.migrate import sqlite_copy, upgrade

SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_backup(path: Path) -> None:
    def bad(code: str) -> ValidationError:
        return ValidationError([FieldError("file", code, {"value": path.name})])

    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError:
        raise bad("file_unreadable") from None
    if head != SQLITE_MAGIC:
        raise bad("backup_not_sqlite")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError:
        raise bad("backup_not_sqlite") from None
    finally:
        conn.close()
    if not ok or ok[0] != "ok":
        raise bad("backup_damaged")
    if not {"alembic_version", "installation", "audit_journal"} <= tables:
        raise bad("backup_not_sodanchu")


def restore_backup(ctx: StoreContext, backup: Path) -> Path:
    """Replace the store's content with ``backup``; returns the copy of what was there.

    Raises:
        ValidationError: the file is not a sound Sổ Dân Chủ backup (nothing changed).
        SetupError: the store is not a SQLite file.
    """
    target = ctx.db.sqlite_path
    if target is None:
        raise SetupError("backup_sqlite_only")
    _check_backup(backup)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    saved = ctx.paths.backups / f"before-restore-{stamp}.sqlite3"
    sqlite_copy(target, saved)
    ctx.db.dispose()
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)  # page by page inside SQLite's own locking: never half a file
        finally:
            dst.close()
    finally:
        src.close()
    upgrade(ctx.db, ctx.paths.backups)  # an older backup is brought to the current schema
    return saved
