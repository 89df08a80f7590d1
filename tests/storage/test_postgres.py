"""PostgreSQL at the receiving level: the same migrations, write path and ``check`` as SQLite.

Each test gets a fresh database on a real server (tests/pg.py); without one the tests are
skipped with a notice, and under CI they fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.core.errors import NotFoundError, SetupError
from desktop.core.installation import InstallationData, Role
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.storage.db import Database
from desktop.storage.journal import GENESIS_HASH, append_entry, verify_chain
from desktop.storage.migrate import current_revision, head_revision, upgrade
from desktop.storage.models import AuditEntryRow, Base, DocumentNumberRow, VillageRow
from desktop.storage.numbers import document_number
from desktop.storage.records import RecordWriter
from desktop.storage.villages import VillageAdapter, VillageQuery
from tests.conftest import COMMUNE, FIXED_NOW, Clock, record_total


@pytest.fixture
def pg_empty(pg_url: str, tmp_path: Path) -> Iterator[Services]:
    """Services over an empty PostgreSQL store (the data dir keeps files only)."""
    services = build_services(open_store(tmp_path / "data", db_url=pg_url, clock=Clock()))
    yield services
    services.close()


@pytest.fixture
def pg_services(pg_empty: Services) -> Services:
    """The PostgreSQL store set up as a commune."""
    pg_empty.setup.initialize(COMMUNE)
    return pg_empty


def test_migrations_reach_head_and_match_models(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        assert db.is_postgresql and not db.is_sqlite
        assert db.sqlite_path is None
        assert upgrade(db, None) is None  # nothing to copy on PostgreSQL
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            # Sessions run in UTC so naive timestamps mean the same as on SQLite.
            assert conn.execute(text("SHOW timezone")).scalar() == "UTC"
        assert diff == []
        assert upgrade(db, None) is None  # at head: nothing to do
    finally:
        db.dispose()


def test_downgrade_to_base_and_up_again(pg_url: str) -> None:
    """Every migration's downgrade runs on PostgreSQL too."""
    from alembic import command

    from desktop.storage.migrate import alembic_config

    db = Database(pg_url)
    try:
        upgrade(db, None)
        cfg = alembic_config(db.url)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert current_revision(db) is None
        upgrade(db, None)
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()


def test_concurrent_openers_migrate_once(pg_url: str) -> None:
    """Two app instances opening a new database at once: one migrates, the other waits."""

    def opener(_: int) -> None:
        db = Database(pg_url)
        try:
            upgrade(db, None)
        finally:
            db.dispose()

    assert _in_threads(2, opener) == []
    db = Database(pg_url)
    try:
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()


def test_open_store_keeps_no_sqlite_file(pg_url: str, tmp_path: Path) -> None:
    ctx = open_store(tmp_path / "data", db_url=pg_url)
    try:
        assert ctx.db.is_postgresql
        assert current_revision(ctx.db) == head_revision()
    finally:
        ctx.db.dispose()
    assert not (tmp_path / "data" / "sodanchu.sqlite3").exists()
    assert list((tmp_path / "data" / "backups").glob("*")) == []


def test_plain_postgresql_url_uses_psycopg(pg_url: str) -> None:
    db = Database(pg_url.replace("postgresql+psycopg://", "postgresql://"))
    try:
        assert db.engine.dialect.driver == "psycopg"
    finally:
        db.dispose()


def _village(code: str, households: int = 212) -> VillageData:
    return VillageData(
        code=code, name="Thôn Đông", households_total=households, households_as_of=date(2026, 1, 1)
    )


def test_village_create_update_delete_and_check(pg_services: Services) -> None:
    s = pg_services
    v1 = s.villages.add(_village("DONG"))
    v2 = s.villages.update(v1.uuid, _village("DONG", 215), expected_version=1)
    assert (v2.meta.version, v2.data.households_total) == (2, 215)
    assert v2.meta.created_at == v1.meta.created_at  # timestamps survive the round trip
    assert s.villages.households_on(v1.uuid, date(2026, 6, 1)) == 215
    assert [v.data.code for v in s.villages.list()] == ["DONG"]
    writer = RecordWriter(VillageAdapter(date(2026, 11, 23)), actor="t", origin_code="25222")
    with s.ctx.db.transaction() as session:
        row = writer.delete(session, v1.uuid, expected_version=2)
        assert row.deleted and row.version == 3
    with pytest.raises(NotFoundError):
        s.villages.get(v1.uuid)
    with s.ctx.db.reading() as session:
        assert session.execute(select(VillageRow.deleted, VillageRow.version)).all() == [(True, 3)]
    with pytest.raises(SetupError):  # no file to copy: pg_dump is the backup
        s.maintenance.backup()
    report = s.maintenance.check()
    assert report.ok, report
    assert report.journal_entries == 4  # installation + create, update, delete
    assert report.integrity == []  # SQLite PRAGMAs are not run on PostgreSQL


def test_demo_records_of_every_kind_pass_check(pg_empty: Services) -> None:
    """Meetings, conventions and disclosures (with their child rows) written on PostgreSQL."""
    services = pg_empty
    make_demo(services)
    assert (
        services.villages.count(),
        services.meetings.count(),
        services.conventions.count(),
        services.disclosures.count(),
    ) == (6, 3, 1, 3)
    meeting = services.meetings.list()[0]
    updated = services.meetings.update_json(
        meeting.uuid, {"title": "Họp thôn bàn việc làm đường", "version": meeting.meta.version}
    )
    assert updated.meta.version == meeting.meta.version + 1
    disclosure = services.disclosures.list()[0]
    services.disclosures.update_json(
        disclosure.uuid, {"summary": "Bản cập nhật", "version": disclosure.meta.version}
    )
    convention = services.conventions.list()[0]
    services.conventions.update_json(
        convention.uuid, {"ethnic_text": "", "version": convention.meta.version}
    )
    # Search without FTS5: accents and case optional over the folded search_text columns.
    hits = services.search.search("HUONG UOC thon dong")
    assert [(h.kind, h.title) for h in hits] == [
        ("convention", "Hương ước thôn Đông"),
        ("meeting", "Thông qua Hương ước thôn Đông"),
    ]
    assert services.villages.count(VillageQuery(search="ĐÔNG")) == 1
    report = services.maintenance.check()
    assert report.ok, report
    assert report.records_checked == record_total(services)


def test_text_longer_than_declared_is_kept_as_on_sqlite(pg_services: Services) -> None:
    """SQLite ignores String(n); whatever a child stored, the receiving level must store too."""
    head = "Trần Văn Hùng " * 12  # 168 characters for a String(120) column
    v = pg_services.villages.add(
        VillageData(code="DONG", name="Thôn Đông", households_total=100, head_name=head)
    )
    assert pg_services.villages.get(v.uuid).data.head_name == head.strip()
    with pg_services.ctx.db.reading() as session:
        bounded = session.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND character_maximum_length IS NOT NULL"
            )
        ).all()
    assert bounded == []


def test_check_finds_tampering_on_postgresql(pg_services: Services) -> None:
    s = pg_services
    a = s.villages.add(_village("A")).uuid
    b = s.villages.add(_village("B")).uuid
    with s.ctx.db.transaction() as session:
        session.execute(
            text("UPDATE audit_journal SET actor = 'kẻ giả mạo' WHERE uuid = :u"), {"u": a}
        )
        session.execute(
            text("UPDATE villages SET households_total = 999 WHERE uuid = :u"), {"u": b}
        )
    codes = {(p.code, p.uuid) for p in s.maintenance.check().problems}
    assert codes == {("journal_hash_mismatch", a), ("record_mismatch", b)}


def _in_threads(n: int, work: Callable[[int], None]) -> list[BaseException]:
    """Run ``work(i)`` in ``n`` threads started together; the exceptions they raised."""
    barrier = threading.Barrier(n)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=10)
            work(i)
        except BaseException as exc:  # reported to the test; a thread must not swallow it
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return errors


def test_concurrent_journal_appends_keep_one_chain(pg_url: str, tmp_path: Path) -> None:
    """Under READ COMMITTED two writers would read the same last hash and fork the chain.

    The sessions here are bare (not ``Database.transaction``): append_entry locks by itself.
    """
    db = open_store(tmp_path / "data", db_url=pg_url).db

    def writer(n: int) -> None:
        for i in range(10):
            with Session(db.engine) as session, session.begin():
                append_entry(
                    session,
                    at="2026-12-01T00:00:00Z",
                    actor=f"w{n}",
                    action="create",
                    kind="village",
                    uuid=f"{n}-{i}",
                    version=1,
                    before_version=None,
                    after={"n": n, "i": i},
                )

    try:
        assert _in_threads(4, writer) == []
        with db.reading() as session:
            rows = list(session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.id)))
            assert list(verify_chain(session)) == []
        assert len(rows) == 40
        assert rows[0].prev_hash == GENESIS_HASH
        assert len({r.prev_hash for r in rows}) == 40  # no fork: every hash followed once
    finally:
        db.dispose()


def test_write_transactions_take_turns(pg_url: str, tmp_path: Path) -> None:
    """Read-then-write steps such as the next document number stay gap- and clash-free."""
    db = open_store(tmp_path / "data", db_url=pg_url).db

    def writer(n: int) -> None:
        for i in range(5):
            with db.transaction() as session:
                document_number(
                    session,
                    issuer="25222",
                    year=2026,
                    type_code="BB",
                    record_uuid=f"{n}-{i}",
                    now=FIXED_NOW,
                )

    try:
        assert _in_threads(4, writer) == []
        with db.reading() as session:
            numbers = sorted(session.scalars(select(DocumentNumberRow.number)))
        assert numbers == list(range(1, 21))
    finally:
        db.dispose()


def test_bundle_from_sqlite_commune_imports_into_postgresql_province(
    pg_url: str, tmp_path: Path
) -> None:
    """The receiving level's round trip: a SQLite commune's bundle into a PostgreSQL province."""
    commune = build_services(open_store(tmp_path / "commune", clock=Clock()))
    province = build_services(open_store(tmp_path / "province", db_url=pg_url, clock=Clock()))
    try:
        make_demo(commune)
        key = commune.sync.export_key(tmp_path / "commune.key.json")
        bundle = commune.sync.export(tmp_path / "out")
        province.setup.initialize(
            InstallationData(role=Role.UPPER, code="79", name="Thành phố Hồ Chí Minh")
        )
        province.sync_import.register_child(key)
        receipts = tmp_path / "receipts"
        [first] = province.sync_import.import_files(bundle.files, receipts_dir=receipts)
        assert first.status == "imported", first.problems
        assert first.counts["new"] == bundle.records
        assert first.counts["rejected"] == first.counts["conflict"] == 0
        assert first.receipt is not None and first.receipt.exists()
        [again] = province.sync_import.import_files(bundle.files)
        assert again.status == "already_imported"
        meetings = province.sync_import.child_records("25222", "meeting")
        assert len(meetings) == 3
        assert province.maintenance.check().ok
    finally:
        commune.close()
        province.close()


def test_shuffled_imports_converge_as_on_sqlite(pg_url: str, tmp_path: Path) -> None:
    """Two bundles imported out of order and twice on PostgreSQL leave what SQLite holds."""
    commune = build_services(open_store(tmp_path / "commune", clock=Clock()))
    upper = InstallationData(role=Role.UPPER, code="79", name="Thành phố Hồ Chí Minh")
    on_sqlite = build_services(open_store(tmp_path / "sqlite-upper", clock=Clock()))
    on_pg = build_services(open_store(tmp_path / "pg-upper", db_url=pg_url, clock=Clock()))
    try:
        make_demo(commune)
        key = commune.sync.export_key(tmp_path / "commune.key.json")
        first = commune.sync.export(tmp_path / "b1")
        meeting = commune.meetings.list()[0]
        commune.meetings.update_json(
            meeting.uuid, {"title": "Họp thôn (sửa)", "version": meeting.meta.version}
        )
        second = commune.sync.export(tmp_path / "b2")
        for receiver in (on_sqlite, on_pg):
            receiver.setup.initialize(upper)
            receiver.sync_import.register_child(key)
        for bundle in (first, second):
            [done] = on_sqlite.sync_import.import_files(bundle.files)
            assert done.status == "imported", done.problems
        statuses = [
            on_pg.sync_import.import_files(bundle.files)[0].status
            for bundle in (second, first, second)
        ]
        assert statuses == ["imported", "imported", "already_imported"]
        for kind in ("village", "meeting", "convention", "disclosure"):
            want = on_sqlite.sync_import.child_records("25222", kind)
            got = on_pg.sync_import.child_records("25222", kind)
            assert got == want and want, kind
        titles = {m["title"] for m in on_pg.sync_import.child_records("25222", "meeting")}
        assert "Họp thôn (sửa)" in titles
    finally:
        for services in (commune, on_sqlite, on_pg):
            services.close()


def _cli(tmp_path: Path, pg_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--data-dir",
            str(tmp_path / "cli"),
            "--db-url",
            pg_url,
            *args,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "LANG": "vi_VN.UTF-8"},
        timeout=60,
        check=False,
    )


def test_cli_init_upper_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    r = _cli(
        tmp_path, pg_url,
        "init", "--role", "upper", "--code", "79", "--name", "Thành phố Hồ Chí Minh",
        "--upper-name", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "--upper-code", "79",
        "--officer", "Trần Văn Bình", "--json",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["role"] == "upper"
    check = _cli(tmp_path, pg_url, "check", "--json")
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True
    assert not (tmp_path / "cli" / "sodanchu.sqlite3").exists()
    # The installation lives in PostgreSQL, not in the data dir.
    db = Database(pg_url)
    try:
        with db.reading() as session:
            assert session.execute(text("SELECT role, code FROM installation")).all() == [
                ("upper", "79")
            ]
    finally:
        db.dispose()
