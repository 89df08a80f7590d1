"""Telling environment faults from bugs: the disk, the folder, a lock held by another program.

An :class:`OSError` or a SQLite error anywhere in an exception's chain (SQLAlchemy wraps the
driver's) becomes an :class:`~desktop.core.errors.EnvironmentFault` that names the path and
what to do; anything else stays an internal error.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from desktop.core.errors import EnvironmentFault
from desktop.storage.db import BUSY_TIMEOUT_MS

# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, its SQLAlchemy ``orig``, causes and contexts (no cycles)."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        cur = todo.pop(0)
        if cur is None or any(cur is s for s in seen):
            continue
        seen.append(cur)
        if isinstance(cur, DBAPIError) and isinstance(cur.orig, BaseException):
            todo.append(cur.orig)
        todo += [cur.__cause__, cur.__context__]
    return seen


def _sqlite_fault(exc: sqlite3.Error, data_dir: Path, database: Path) -> EnvironmentFault | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # Python builds without result codes: the message is all there is
        text = str(exc).lower()
        code = (
            SQLITE_BUSY
            if "locked" in text
            else SQLITE_FULL
            if "full" in text
            else SQLITE_READONLY
            if "readonly" in text
            else SQLITE_CANTOPEN
            if "unable to open" in text
            else SQLITE_NOTADB
            if "not a database" in text
            else None
        )
        if code is None:
            return None
    primary = code & 0xFF
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return EnvironmentFault("store_busy", seconds=BUSY_TIMEOUT_MS // 1000)
    if primary == SQLITE_FULL:
        return EnvironmentFault("disk_full", path=str(database))
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
        return EnvironmentFault("read_only", path=str(data_dir))
    if primary in (SQLITE_NOTADB, SQLITE_CORRUPT):
        return EnvironmentFault("store_damaged", path=str(database))
    if primary == SQLITE_IOERR:
        return EnvironmentFault("disk_error", path=str(database), errno=f"SQLITE {code}")
    return None


def _os_fault(exc: OSError, data_dir: Path) -> EnvironmentFault | None:
    if exc.errno is None:  # raised by code, not by the operating system
        return None
    path = str(exc.filename) if exc.filename is not None else str(data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        return EnvironmentFault("data_dir_not_folder", path=str(data_dir))
    if exc.errno in _FULL_ERRNOS:
        return EnvironmentFault("disk_full", path=path)
    if exc.errno in _READ_ONLY_ERRNOS:
        return EnvironmentFault("read_only", path=path)
    if exc.errno == errno.ENOENT:
        return EnvironmentFault("path_missing", path=path)
    if exc.errno == errno.EISDIR:
        return EnvironmentFault("path_is_folder", path=path)
    name = errno.errorcode.get(exc.errno or 0, str(exc.errno))
    return EnvironmentFault("disk_error", path=path, errno=name)


def environment_fault(
    exc: BaseException, data_dir: Path, database: Path | None = None
) -> EnvironmentFault | None:
    """The fault behind ``exc`` in words a person can act on, or None for a bug."""
    database = database or data_dir
    for cur in _chain(exc):
        if isinstance(cur, EnvironmentFault):
            return cur
        if isinstance(cur, sqlite3.Error):
            fault = _sqlite_fault(cur, data_dir, database)
            if fault is not None:
                return fault
        elif isinstance(cur, OSError):
            fault = _os_fault(cur, data_dir)
            if fault is not None:
                return fault
        elif isinstance(cur, UnicodeEncodeError) and "surrogates" in str(cur):
            return EnvironmentFault("not_utf8_argument")
    return None


def failure_text(exc: BaseException, lang: str = "vi", data_dir: Path | None = None) -> str:
    """A failed action in words for the window: a refusal or an environment fault as the
    catalog words it; only a genuine bug falls back to the exception's own text (logged)."""
    from desktop.core.errors import DomainError
    from desktop.core.messages import format_error

    if isinstance(exc, DomainError):
        return format_error(exc, lang)
    fault = environment_fault(exc, data_dir or Path.cwd())
    if fault is not None:
        return format_error(fault, lang)
    return str(exc) or type(exc).__name__
