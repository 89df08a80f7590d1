"""Engine and sessions: SQLite in WAL mode with foreign keys on (STYLE.md), or PostgreSQL.

PostgreSQL (``--db-url postgresql+psycopg://...``) is for a receiving level that outgrows one
file; the same models and migrations run on both (docs/architecture.md).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeAlias

from sqlalchemy import (
    Connection,
    Engine,
    String,
    create_engine,
    event,
    func,
    make_url,
    select,
    text,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.changes import ChangePublisher, OpChanges
from desktop.core.errors import EnvironmentFault
from desktop.storage.paths import DB_FILENAME as DB_FILENAME  # re-exported

# The session type, named here so that services need not import SQLAlchemy.
StoreSession: TypeAlias = Session

# How long one statement waits for another process's write to end (SQLite retries in its
# busy handler meanwhile). A writer that finds the store still busy after that waits on
# while other processes keep committing (a queue of writers: 100 `sodanchu add` at once),
# but gives up once nobody has committed for STUCK_AFTER_S (something holds the store; once
# a queue has been seen moving, QUEUE_STUCK_AFTER_S, as a starved CPU slows every writer) or
# after MAX_WRITE_WAIT_S in all, with the clear "held by another program" refusal (issue 17).
BUSY_TIMEOUT_MS = 2_000
STUCK_AFTER_S = 4.0
QUEUE_STUCK_AFTER_S = 10.0
MAX_WRITE_WAIT_S = 60.0
SQLITE_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED (primary result codes)
# Pages of 8 KiB for new SQLite stores: a disclosure row with its feedback and warnings
# is about 2 KiB, and with 4 KiB pages only one such row fitted per page. Measured on
# commune-10y: the file shrinks from 3.2 to 2.9 times records.jsonl (docs/performance.md).
# An existing store keeps its page size (SQLite cannot change it in WAL mode).
SQLITE_PAGE_SIZE = 8192
# A desktop app holds few connections; a small pool, checked before use because a
# server restart or a dropped VPN would otherwise surface as an error on the next click.
PG_POOL = {"pool_size": 5, "max_overflow": 5, "pool_pre_ping": True, "pool_recycle": 1800}
# UTC sessions: naive DateTime columns then store UTC exactly as they do on SQLite,
# whatever time zone the server runs in. lock_timeout plays SQLite's busy timeout: a
# writer waiting longer than that for the write lock fails instead of hanging.
PG_LOCK_TIMEOUT_S = 60
PG_OPTIONS = f"-c timezone=UTC -c lock_timeout={PG_LOCK_TIMEOUT_S}s -c application_name=sodanchu"
# pg_advisory_xact_lock key of the one write lock (migrate.py holds another while migrating).
PG_WRITE_LOCK = 0x50444D32


# Where a transaction keeps what it changed until its commit (Session.info).
CHANGES_KEY = "sodanchu.changes"


def note_changes(session: Session, changes: OpChanges) -> None:
    """Add ``changes`` to what the session's transaction announces once committed.

    ``RecordWriter`` notes the kinds it writes; other writers (settings, sync bookkeeping)
    note their aspect. Nothing is announced when the transaction rolls back.
    """
    noted = session.info.get(CHANGES_KEY)
    if noted is None:
        session.info[CHANGES_KEY] = changes
    elif noted is not changes:  # the same kind again (a batch of records) is the usual case
        session.info[CHANGES_KEY] = noted | changes


def sqlite_url(path: Path) -> str:
    """SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


@compiles(String, "postgresql")
def _pg_varchar(type_: String, compiler: Any, **kw: Any) -> str:
    """Unbounded VARCHAR on PostgreSQL, whatever length the model or migration names.

    SQLite never enforces ``String(n)``, so a commune's store may hold longer text than
    the declared length; the receiving level must accept every record its children can
    send, so PostgreSQL gets the same rule (lengths are checked by the core, not here).
    """
    return "VARCHAR"


def pg_write_lock(session: Session) -> None:
    """Take the store's write lock on PostgreSQL until the transaction ends (re-entrant)."""
    session.execute(select(func.pg_advisory_xact_lock(PG_WRITE_LOCK)))


def take_write_lock(session: Session) -> None:
    """Take the store's write lock now rather than at the first write (SQLite defers it):
    a read-check-write step (a name not yet taken) then runs one writer at a time."""
    if session.get_bind().dialect.name == "postgresql":
        pg_write_lock(session)
    else:
        session.execute(text("DELETE FROM sync_exports WHERE 0"))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the next ones may wait
    cursor.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")  # before WAL; only a new file
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # NORMAL is durable across application crashes in WAL mode; a power cut may
    # lose the last commit but never corrupts the file.
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Checkpoint the WAL every 10,000 pages (80 MB) rather than SQLite's 1,000, and keep up
    # to 32 MB of pages in memory: a province importing hundreds of bundles, one transaction
    # each, otherwise re-reads its indexes and copies its WAL into the database (with an
    # fsync) after nearly every bundle. Durability is the same; memory is taken as needed.
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" (another connection holds the lock)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        return "database is locked" in str(orig) or "database table is locked" in str(orig)
    return int(code) & 0xFF in SQLITE_BUSY_CODES


def _data_version(conn: Connection) -> int | None:
    """Changes whenever another connection commits (https://sqlite.org/pragma.html)."""
    try:
        value = conn.exec_driver_sql("PRAGMA data_version").scalar()
    except OperationalError:
        return None
    return int(value) if value is not None else None


def begin_immediate(conn: Connection) -> None:
    """``BEGIN IMMEDIATE``, waiting while other writers make progress (see STUCK_AFTER_S).

    Raises:
        EnvironmentFault: ``store_busy`` when the store stays held.
    """
    start = last_progress = time.monotonic()
    version = _data_version(conn)
    patience = STUCK_AFTER_S
    while True:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            if not is_busy(exc):
                raise
            now = time.monotonic()
            seen = _data_version(conn)
            if seen != version:
                version, last_progress, patience = seen, now, QUEUE_STUCK_AFTER_S
            if now - last_progress >= patience or now - start >= MAX_WRITE_WAIT_S:
                raise EnvironmentFault("store_busy", seconds=round(now - start)) from exc


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite connections get the pragmas on every connect."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":  # the only driver shipped is psycopg 3
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, connect_args={"options": PG_OPTIONS}, **PG_POOL)
    engine = create_engine(parsed)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Database:
    """An engine with its session factory; one per open data store.

    ``changes`` announces what each committed transaction changed (desktop/core/changes.py).
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.changes = ChangePublisher()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for SQLite stores."""
        database = self.engine.url.database
        if not self.is_sqlite or not database or database == ":memory:":
            return None
        return Path(database)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error.

        On PostgreSQL it first takes the store's write lock, so writers take turns as
        they do on SQLite: read-then-write steps (the journal's last hash, the next
        document number, a bundle's sequence) stay correct under READ COMMITTED, and
        two writers never deadlock on each other's rows.

        On SQLite it begins with ``BEGIN IMMEDIATE``: the write lock is taken (waiting in
        the busy handler) before the first read. A deferred transaction that reads and
        then writes fails at once with "database is locked" when another process wrote
        in between, whatever the busy timeout; 100 concurrent ``sodanchu add`` lost a
        quarter that way (issue 17).

        After the commit, what the transaction noted (:func:`note_changes`) is announced
        on ``changes``; after a rollback nothing is.
        """
        with self._sessions() as session:
            with session.begin():
                if self.is_postgresql:
                    pg_write_lock(session)
                elif self.is_sqlite:
                    # pysqlite then sees a transaction open and adds no BEGIN of its own;
                    # the session's commit/rollback end it as usual.
                    begin_immediate(session.connection())
                yield session
            noted = session.info.pop(CHANGES_KEY, None)
        if noted is not None:
            self.changes.publish(noted)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only."""
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
