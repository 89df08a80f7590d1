"""Engine and sessions: SQLite in WAL mode with foreign keys on (STYLE.md), or PostgreSQL.

PostgreSQL (``--db-url postgresql+psycopg://...``) is for a receiving level that outgrows one
file; the same models and migrations run on both (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, String, create_engine, event, func, make_url, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.paths import DB_FILENAME as DB_FILENAME  # re-exported

BUSY_TIMEOUT_MS = 10_000
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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")  # before WAL; only a new file
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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
    """An engine with its session factory; one per open data store."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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
        """
        with self._sessions() as session, session.begin():
            if self.is_postgresql:
                pg_write_lock(session)
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only."""
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
