"""Restoring a backup into the store (CLI.md ``restore FILE``, the Settings page).

What a backup holds is read first, without changing anything (:func:`preview_backup`):
its unit, role, record counts, last change and schema. A backup of another unit is
refused unless the officer confirms it loudly (``--confirm-other-unit``); one made by
a newer version of the program is refused.

The restore itself never writes into the live file page by page: the backup is copied
to a staging file beside the store, that copy is migrated to the current schema (the
backup file itself stays as it was — it is the copy from before the migration), the
current database is copied aside, and only then the staged file replaces the store.
SQLite's backup API cannot write into a WAL database whose page size differs, which is
what broke restoring an older store's backup into a new folder ("attempt to write a
readonly database").

The restored copy keeps its installation identity; if this folder already exported
bundles after the backup was made, the identity marker beside the keys notices it and
export waits for the officer to confirm a new identity (BUNDLE.md "Records and identity").
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.changes import OpChanges
from desktop.core.errors import FieldError, SetupError, ValidationError
from desktop.core.installation import Role
from desktop.services.context import StoreContext
from desktop.storage.db import Database, sqlite_url
from desktop.storage.installation import get_installation
from desktop.storage.migrate import HEAD_REVISION, known_revision, sqlite_copy, upgrade

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a restore waits for another connection to the store to close (seconds).
IN_USE_WAIT_S = 2.0
# The record tables counted in a preview, in the order they are shown.
COUNTED = ("villages", "meetings", "conventions", "disclosures")


@dataclass(frozen=True)
class BackupPreview:
    """What a backup file holds, read without changing it."""

    path: Path
    unit_code: str
    unit_name: str
    role: Role | None
    installation_id: str
    schema: str
    counts: dict[str, int] = field(default_factory=dict)
    last_change: datetime | None = None
    # The unit of the store it would replace ("" when that store is not set up yet).
    current_code: str = ""
    current_name: str = ""
    current_role: Role | None = None

    @property
    def other_unit(self) -> bool:
        """True when the backup belongs to another unit than the store it would replace."""
        if not self.current_code:
            return False
        return (self.unit_code, self.role) != (self.current_code, self.current_role)

    @property
    def needs_migration(self) -> bool:
        return self.schema != HEAD_REVISION


@dataclass(frozen=True)
class RestoreResult:
    saved: Path  # the copy of what the store held before
    preview: BackupPreview


def _bad(path: Path, code: str, **params: object) -> ValidationError:
    return ValidationError([FieldError("file", code, {"value": path.name, **params})])


def _read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` for reading only, whatever its name holds ('#', '?',
    '%', spaces, Vietnamese).

    A backup alone is opened ``immutable``: no -wal/-shm appear beside it, and a
    write-protected USB stick can be read. A file with a ``-wal`` beside it (a data
    folder copied after a crash) is read with its WAL, which holds its last changes.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def _read(path: Path) -> tuple[dict[str, object], dict[str, int], str, str | None]:
    """The installation row, record counts, schema and last journal time of a backup."""
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError:
        raise _bad(path, "file_unreadable") from None
    if head != SQLITE_MAGIC:
        raise _bad(path, "backup_not_sqlite")
    conn = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not ok or ok[0] != "ok":
            raise _bad(path, "backup_damaged")
        if not {"alembic_version", "installation", "audit_journal"} <= tables:
            raise _bad(path, "backup_not_sodanchu")
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM installation LIMIT 1").fetchone()
        inst = dict(row) if row is not None else {}
        counts = {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in COUNTED
            if t in tables
        }
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or not version[0]:  # emptied by hand
            raise _bad(path, "backup_not_sodanchu")
        schema = str(version[0])
        last = conn.execute("SELECT max(at) FROM audit_journal").fetchone()[0]
    except sqlite3.DatabaseError:
        raise _bad(path, "backup_not_sqlite") from None
    finally:
        conn.close()
    return inst, counts, schema, last


def preview_backup(ctx: StoreContext, path: Path) -> BackupPreview:
    """What ``path`` holds and whose it is, compared with this store's unit.

    Raises:
        ValidationError: the file is not a sound Sổ Dân Chủ backup.
    """
    inst, counts, schema, last = _read(path)
    with ctx.db.reading() as session:
        current = get_installation(session)
    role_value = str(inst.get("role") or "")
    last_change = None
    if last:
        with contextlib.suppress(ValueError):
            last_change = datetime.fromisoformat(str(last))
    return BackupPreview(
        path=path,
        unit_code=str(inst.get("code") or ""),
        unit_name=str(inst.get("name") or ""),
        role=Role(role_value) if role_value in set(Role) else None,
        installation_id=str(inst.get("installation_id") or ""),
        schema=schema,
        counts=counts,
        last_change=last_change,
        current_code=current.data.code if current else "",
        current_name=current.data.name if current else "",
        current_role=current.data.role if current else None,
    )


def check_restorable(preview: BackupPreview, *, confirm_other_unit: bool = False) -> None:
    """Refuse a backup made by a newer program, one without a sound unit, or (unconfirmed)
    one of another unit."""
    if not known_revision(preview.schema):
        raise _bad(preview.path, "backup_newer_schema", schema=preview.schema)
    if preview.role is None or not preview.unit_code or not preview.unit_name:
        # no unit, or one edited by hand: restoring it would leave a store nobody owns
        # or one the program cannot open
        raise _bad(preview.path, "backup_no_unit")
    if preview.other_unit and not confirm_other_unit:
        raise _bad(
            preview.path,
            "backup_other_unit",
            unit=f"{preview.unit_name} ({preview.unit_code})",
            current=f"{preview.current_name} ({preview.current_code})",
        )


def _stage(backup: Path, staging: Path) -> None:
    """Copy ``backup`` into a new file and bring that copy to the current schema."""
    staging.unlink(missing_ok=True)
    src = sqlite3.connect(_read_only_uri(backup), uri=True)
    try:
        dst = sqlite3.connect(str(staging))
        try:
            src.backup(dst)  # into an empty non-WAL file: takes the backup's page size
        finally:
            dst.close()
    finally:
        src.close()
    db = Database(sqlite_url(staging))
    try:
        upgrade(db, None)  # the backup file itself is the copy from before the migration
    finally:
        db.dispose()


def restore_backup(
    ctx: StoreContext, backup: Path, *, confirm_other_unit: bool = False
) -> RestoreResult:
    """Replace the store's content with ``backup``; the old content is kept in ``backups/``.

    Raises:
        ValidationError: the file is not a sound Sổ Dân Chủ backup, was made by a newer
            version, or (without ``confirm_other_unit``) belongs to another unit; nothing
            changed.
        SetupError: the store is not a SQLite file.
    """
    target = ctx.db.sqlite_path
    if target is None:
        raise SetupError("backup_sqlite_only")
    preview = preview_backup(ctx, backup)
    check_restorable(preview, confirm_other_unit=confirm_other_unit)
    stamp = ctx.clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    staging = target.with_name(f"{target.name}.restoring")
    ctx.db.dispose()  # our own connections; another program's are refused below
    _ensure_not_in_use(target)
    folder = target.parent
    try:
        _stage(backup, staging)
        folder = ctx.paths.backups
        saved = ctx.paths.backups / f"before-restore-{stamp}.sqlite3"
        n = 1
        while saved.exists():
            n += 1
            saved = ctx.paths.backups / f"before-restore-{stamp}-{n}.sqlite3"
        sqlite_copy(target, saved)
        ctx.db.dispose()  # the last connection closes: SQLite folds the WAL into the file
        _ensure_not_in_use(target)  # opened meanwhile? (the copy aside is harmless)
        folder = target.parent
        for extra in ("-wal", "-shm"):
            # a WAL left beside the new file would be replayed into it
            target.with_name(target.name + extra).unlink(missing_ok=True)
        staging.replace(target)
    except (OSError, sqlite3.Error):
        log.exception("restore of %s stopped", backup)
        raise SetupError("backup_write_failed", path=str(folder)) from None
    finally:
        staging.unlink(missing_ok=True)
    ctx.announce(OpChanges.all())  # another store's content: every view reads again
    return RestoreResult(saved=saved, preview=preview)


def _ensure_not_in_use(target: Path) -> None:
    """Refuse while another program (a second window, a command) has the store open.

    Replacing the file under it would let it go on writing into the old, deleted file:
    its work would be lost without a word (on Windows the replace would fail half-way).
    An exclusive lock cannot be had while any other connection is open, even idle.
    """
    conn = sqlite3.connect(str(target), timeout=IN_USE_WAIT_S, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError:
        raise SetupError("store_in_use", path=str(target)) from None
    finally:
        conn.close()
