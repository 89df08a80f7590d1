"""Opening a data store and wiring the services over it."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop.core.changes import ChangePublisher, OpChanges
from desktop.core.records import utc_now
from desktop.storage.db import Database, sqlite_url
from desktop.storage.installation import get_installation
from desktop.storage.migrate import upgrade
from desktop.storage.paths import DataPaths

log = logging.getLogger(__name__)

VN_OFFSET_HOURS = 7  # Vietnam has one time zone, UTC+7, and no daylight saving


def vietnam_today(clock: Callable[[], datetime] = utc_now) -> date:
    """Today's date in Vietnam (a record dated 'today' means the local day)."""
    from datetime import timedelta, timezone

    return clock().astimezone(timezone(timedelta(hours=VN_OFFSET_HOURS))).date()


@dataclass
class StoreContext:
    """What every service needs: the database, the folders, who acts, the clock."""

    db: Database
    paths: DataPaths
    clock: Callable[[], datetime] = field(default=utc_now)
    actor_override: str | None = None

    def today(self) -> date:
        return vietnam_today(self.clock)

    @property
    def changes(self) -> ChangePublisher:
        """The change signal of this store: subscribe a callable to hear each operation's
        :class:`OpChanges` (committed transactions announce themselves)."""
        return self.db.changes

    def announce(self, changes: OpChanges) -> None:
        """Announce work done outside a transaction (a restore, a backup, a demo build)."""
        self.db.changes.publish(changes)

    def actor(self) -> str:
        """Who is acting: the officer named at set-up, else the computer's user name."""
        if self.actor_override:
            return self.actor_override
        with self.db.reading() as session:
            inst = get_installation(session)
        if inst is not None and inst.data.officer_name:
            return inst.data.officer_name
        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no user name on some locked-down Windows setups
            return "unknown"

    def origin_code(self) -> str:
        with self.db.reading() as session:
            inst = get_installation(session)
        return inst.data.code if inst is not None else ""


def open_store(
    data_dir: Path,
    *,
    db_url: str | None = None,
    clock: Callable[[], datetime] = utc_now,
    actor: str | None = None,
) -> StoreContext:
    """Open (creating if needed) the store in ``data_dir`` and migrate it to head.

    The SQLite file is copied into ``backups/`` before any migration of a store
    that already holds data. With ``db_url`` (PostgreSQL at the receiving level) the
    records live in that database and ``data_dir`` keeps only files (attachments,
    keys, logs); backing the database up is the operator's ``pg_dump``.
    """
    paths = DataPaths(data_dir)
    paths.ensure()
    db = Database(db_url or sqlite_url(paths.database))
    backup = upgrade(db, paths.backups)
    if backup is not None:
        log.info("backup before migration: %s", backup)
    return StoreContext(db=db, paths=paths, clock=clock, actor_override=actor)
