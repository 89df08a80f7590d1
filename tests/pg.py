"""A real PostgreSQL server for tests: ``pg_url`` is a fresh, empty database per test.

Where the server comes from, in order:

1. ``SODANCHU_TEST_PG_URL`` — a server URL (any database on it) that ``.ci/run`` starts and
   exports; the fixtures create and drop databases on it, nothing else.
2. A throwaway cluster started here for the session (``initdb`` + ``pg_ctl`` from the Debian
   ``postgresql`` package, run as the ``postgres`` user when the tests run as root, since the
   server refuses root), listening on 127.0.0.1 only, on a free port, stopped at session end.
3. Neither: the test is skipped with a notice saying how to get a server — except under CI
   (``CI=true``), where a missing server fails the test instead of hiding it (as does a
   ``SODANCHU_TEST_PG_URL`` server that cannot be reached).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

ENV_URL = "SODANCHU_TEST_PG_URL"
SERVER_USER = "postgres"  # the system account that owns the cluster when we run as root
DB_USER = "sodanchu_test"
START_TIMEOUT_S = 60
NOTICE = (
    "no PostgreSQL server for the PostgreSQL tests: set SODANCHU_TEST_PG_URL to a server URL "
    "(postgresql+psycopg://user:password@127.0.0.1:5432/postgres) or install the Debian "
    "package 'postgresql' so the tests can start a temporary one"
)


def _bindir() -> Path | None:
    """The folder holding initdb and pg_ctl: PATH first, else the newest Debian version."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempCluster:
    """A PostgreSQL cluster in a temporary folder, alive for one test session."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="sodanchu-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.password = secrets.token_hex(16)
        self.port = 0
        self._as: list[str] = []
        if os.geteuid() == 0:
            # The server will not run as root: hand the folder to the postgres account.
            account = pwd.getpwnam(SERVER_USER)
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._as = ["runuser", "-u", SERVER_USER, "--"]
            self._owner: tuple[int, int] | None = (account.pw_uid, account.pw_gid)
        else:
            self._owner = None

    def _run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self._as, str(self.bindir / cmd[0]), *cmd[1:]],
            cwd=self.root,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
            check=False,
        )

    def start(self) -> URL:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self._owner is not None:
            os.chown(pwfile, *self._owner)
        done = self._run(
            "initdb", "-D", str(self.data), "-U", DB_USER, "--pwfile", str(pwfile),
            "--auth", "scram-sha-256", "--encoding", "UTF8", "--locale", "C.UTF-8", "--no-sync",
        )  # fmt: skip
        pwfile.unlink()
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
        for _attempt in range(3):  # another process may take the free port in between
            self.port = _free_port()
            # Test data is throwaway: skip the fsyncs that make every commit slow.
            options = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} "
                f"-c unix_socket_directories={self.root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            done = self._run(
                "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                "-t", str(START_TIMEOUT_S), "-o", options, "start",
            )  # fmt: skip
            if done.returncode == 0:
                return URL.create(
                    "postgresql+psycopg",
                    username=DB_USER,
                    password=self.password,
                    host="127.0.0.1",
                    port=self.port,
                    database="postgres",
                )
        log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
        raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()}\n{log}")

    def stop(self) -> None:
        if self.port:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class PgServer:
    """A reachable server: its admin URL, or why there is none."""

    url: URL | None
    reason: str = ""

    def libpq(self, database: str) -> str:
        """A libpq connection string for psycopg (no SQLAlchemy driver suffix)."""
        assert self.url is not None
        return self.url.set(drivername="postgresql", database=database).render_as_string(
            hide_password=False
        )


def _no_server(reason: str) -> None:
    # Under CI, or with a server named explicitly, a missing server is an error, not a skip.
    if os.environ.get("CI", "").lower() == "true" or os.environ.get(ENV_URL, "").strip():
        pytest.fail(f"PostgreSQL is required here: {reason}", pytrace=False)
    pytest.skip(f"{NOTICE} ({reason})")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server (see the module docstring for where it comes from)."""
    given = os.environ.get(ENV_URL, "").strip()
    if given:
        yield PgServer(make_url(given).set(drivername="postgresql+psycopg"))
        return
    bindir = _bindir()
    if bindir is None:
        yield PgServer(None, "initdb/pg_ctl not found")
        return
    try:
        cluster = TempCluster(bindir)
    except (KeyError, OSError) as exc:  # no postgres account, or no temp folder
        yield PgServer(None, f"cannot prepare a cluster: {exc}")
        return
    try:
        url = cluster.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        yield PgServer(None, str(exc))
        return
    try:
        yield PgServer(url)
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """SQLAlchemy URL (postgresql+psycopg) of a new, empty database, dropped after the test."""
    if pg_server.url is None:
        _no_server(pg_server.reason)
    import psycopg

    name = f"sodanchu_t_{secrets.token_hex(6)}"
    admin = pg_server.libpq(pg_server.url.database or "postgres")  # type: ignore[union-attr]
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    except psycopg.OperationalError as exc:
        _no_server(f"cannot reach the server: {exc}")
    assert pg_server.url is not None
    yield pg_server.url.set(database=name).render_as_string(hide_password=False)
    with contextlib.suppress(psycopg.Error), psycopg.connect(admin, autocommit=True) as conn:
        # FORCE: a test that failed may have left connections open.
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
