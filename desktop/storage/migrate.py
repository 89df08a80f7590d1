"""Bring a store to the newest schema, copying the SQLite file aside first.

On PostgreSQL there is no file to copy: the operator backs the database up with
``pg_dump`` before installing a new version (docs/architecture.md), and concurrent
openers are serialised by an advisory lock so only one of them migrates.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError

from desktop.storage.db import Database
from desktop.storage.schema_head import HEAD_REVISION as HEAD_REVISION  # re-exported

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# pg_advisory_xact_lock key held while migrating a PostgreSQL store (any fixed number
# unique within the app; journal.py uses another).
PG_MIGRATE_LOCK = 0x50444D31
# The newest revision shipped lives in schema_head.py (a test checks it against the scripts):
# a store already there opens without loading Alembic at all, a tenth of a second at every start.


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at the packaged migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser would read "%" (URL-encoded passwords) as interpolation.
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The newest revision shipped with this version of the app."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("")).get_current_head()
    assert head is not None
    return head


def known_revision(revision: str) -> bool:
    """True when ``revision`` is one this version ships (False: made by a newer version).

    Only exact revision ids count: alembic's own lookup also takes prefixes and symbols
    ("head", "@"), which a hand-edited backup could hold.
    """
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(""))
    return revision in {script.revision for script in scripts.walk_revisions()}


def current_revision(db: Database) -> str | None:
    """The revision the store is at, or None for an empty store."""
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy a live SQLite database consistently (WAL included) with the backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    try:
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(target)  # atomic: a half-written copy never carries the final name
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk must not keep half a copy
        raise


def _stored_revision(db: Database) -> str | None:
    """The store's revision read with one query (None when there is no version table)."""
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(db: Database, backups_dir: Path | None) -> Path | None:
    """Migrate ``db`` to head. Returns the copy made before migrating, if any.

    A store that already holds data and is behind head is copied into
    ``backups_dir`` first, so a failed or unwanted upgrade loses nothing.
    """
    if _stored_revision(db) == HEAD_REVISION:
        return None
    from alembic import command

    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    backup: Path | None = None
    path = db.sqlite_path
    if current is not None and path is not None and path.exists() and backups_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backups_dir / f"before-migrate-{current}-{stamp}.sqlite3"
        sqlite_copy(path, backup)
        log.info("copied %s to %s before migrating", path, backup)
    elif current is not None and db.is_postgresql:
        log.warning(
            "migrating PostgreSQL store from %s to %s: no copy is made here, "
            "back the database up with pg_dump before upgrading the app",
            current,
            head,
        )
    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        if db.is_sqlite:
            # pysqlite opens a transaction only before INSERT/UPDATE/DELETE: without this
            # BEGIN each CREATE/ALTER commits alone, and a crash leaves a half-migrated store.
            conn.exec_driver_sql("BEGIN")
        if db.is_postgresql:
            # Two app instances opening the same database at once: the second waits
            # here, then finds the store at head and Alembic does nothing.
            conn.execute(select(func.pg_advisory_xact_lock(PG_MIGRATE_LOCK)))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("store migrated from %s to %s", current, head)
    return backup
