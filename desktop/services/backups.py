"""The data folder's backups: listing, backing up now, daily automatic backups thinned by
Anki's rule (:mod:`desktop.core.backup_rule`), previewing and restoring one.

File names say what made a backup and when (UTC): ``auto-…`` (the window, once a day),
``sodanchu-…`` (the officer's "back up now", ``sodanchu backup``), ``before-restore-…``
and ``before-migrate-…`` (made by the program before it changed the store). Only the
automatic ones are ever deleted, and only by the thinning rule.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path

from desktop.core.backup_rule import Thinning, backups_to_delete
from desktop.core.changes import OpChanges
from desktop.core.errors import SetupError
from desktop.services.context import VN_OFFSET_HOURS, StoreContext
from desktop.services.restore import (
    BackupPreview,
    RestoreResult,
    preview_backup,
    restore_backup,
)
from desktop.storage.migrate import sqlite_copy

log = logging.getLogger(__name__)

_STAMP = re.compile(r"(\d{8}T\d{6}Z)")
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
DEFAULT_THINNING = Thinning()
VN_TZ = timezone(timedelta(hours=VN_OFFSET_HOURS))


class BackupKind(StrEnum):
    AUTO = "auto"
    MANUAL = "sodanchu"
    BEFORE_RESTORE = "before-restore"
    BEFORE_MIGRATE = "before-migrate"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: BackupKind
    made_at: datetime  # UTC
    size: int


def _kind(name: str) -> BackupKind:
    for kind in (BackupKind.BEFORE_RESTORE, BackupKind.BEFORE_MIGRATE, BackupKind.AUTO):
        if name.startswith(kind.value + "-"):
            return kind
    return BackupKind.MANUAL


def _made_at(path: Path) -> datetime:
    found = _STAMP.search(path.name)
    if found:
        return datetime.strptime(found.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


class BackupService:
    """Backups of one SQLite store, in its data folder's ``backups/``."""

    def __init__(self, ctx: StoreContext, thinning: Thinning = DEFAULT_THINNING) -> None:
        self.ctx = ctx
        self.thinning = thinning

    @property
    def folder(self) -> Path:
        return self.ctx.paths.backups

    def files(self) -> list[BackupFile]:
        """The backups in the data folder, newest first."""
        found: list[BackupFile] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*.sqlite3"):
            try:
                size = path.stat().st_size
                made = _made_at(path)
            except OSError:
                continue  # gone meanwhile
            found.append(BackupFile(path, _kind(path.name), made, size))
        return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)

    def _new_path(self, kind: BackupKind) -> Path:
        stamp = self.ctx.clock().astimezone(UTC).strftime(STAMP_FORMAT)
        path = self.folder / f"{kind.value}-{stamp}.sqlite3"
        n = 1
        while path.exists():
            n += 1
            path = self.folder / f"{kind.value}-{stamp}-{n}.sqlite3"
        return path

    def _copy(self, kind: BackupKind) -> Path:
        source = self.ctx.db.sqlite_path
        if source is None:
            raise SetupError("backup_sqlite_only")
        try:
            out = self._new_path(kind)
            sqlite_copy(source, out)
        except (OSError, sqlite3.Error):
            log.exception("backup not written in %s", self.folder)
            raise SetupError("backup_write_failed", path=str(self.folder)) from None
        log.info("backup written: %s", out)
        self.ctx.announce(OpChanges(backups=True))
        return out

    def back_up_now(self) -> Path:
        """The officer's backup; never deleted by the program."""
        return self._copy(BackupKind.MANUAL)

    def auto_backup(self) -> Path | None:
        """Once a day (UTC+7 day): a backup, then the old automatic ones thinned.

        Returns the new backup, or None when today's exists or the store is not SQLite.
        """
        if self.ctx.db.sqlite_path is None:
            return None
        today = self.ctx.today()
        # any of today's, not only the newest: a clock set back leaves "newer" ones behind
        if any(_vn(b.made_at).date() == today for b in self.files() if b.kind is BackupKind.AUTO):
            return None
        made = self._copy(BackupKind.AUTO)
        self.thin(keep=made)
        return made

    def thin(self, keep: Path | None = None) -> list[Path]:
        """Delete the automatic backups the thinning rule lets go; returns them.

        ``keep`` (the backup just made) stays whatever its date: with the clock set back
        it is the "oldest" and the rule would delete the only copy of today's data.
        """
        autos = [b for b in self.files() if b.kind is BackupKind.AUTO]
        by_time = {_vn(b.made_at): b.path for b in autos}  # days as the officer counts them
        dropped = [
            by_time[t] for t in backups_to_delete(by_time, self.thinning) if by_time[t] != keep
        ]
        for path in dropped:
            path.unlink(missing_ok=True)
            log.info("old automatic backup deleted: %s", path.name)
        if dropped:
            self.ctx.announce(OpChanges(backups=True))
        return dropped

    def preview(self, path: Path) -> BackupPreview:
        return preview_backup(self.ctx, path)

    def restore(self, path: Path, *, confirm_other_unit: bool = False) -> RestoreResult:
        return restore_backup(self.ctx, path, confirm_other_unit=confirm_other_unit)


def _vn(when: datetime) -> datetime:
    return when.astimezone(VN_TZ)
