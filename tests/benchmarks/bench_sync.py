"""Sync budgets of BUDGETS.md: exports on commune-10y, imports of province-1y, re-import.

Each figure is printed beside its floor, measured in the same run:
- full export without attachments vs ``zip`` (deflate) of the same records.jsonl;
- incremental export of 100 changed records (absolute budget);
- attachment throughput of an export vs sha256 + zip-store of the same files;
- import of province-1y (SQLite, and PostgreSQL when a server can be started) vs SQLAlchemy
  Core executemany of the same rows into the same tables;
- re-import of everything already imported vs the first import.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from tests.benchmarks.common import Result
from tests.benchmarks.data import records_jsonl, scratch_copy


def _full_scale(store: Path) -> bool:
    return "-x1-" in store.name


def _timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _export_rows(store: Path, repeat: int, tmp: Path) -> list[Result]:
    from sqlalchemy import update

    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.storage.models import SyncExportRow

    services = build_services(open_store(scratch_copy(store, tmp / "commune")))
    out = tmp / "out"
    runs = max(1, min(repeat, 5))
    try:
        full = [
            _timed(lambda: services.sync.export(out, full=True, with_attachments=False))
            for _ in range(runs)
        ]
        jsonl = records_jsonl(store).read_bytes()

        def floor_zip() -> None:
            with zipfile.ZipFile(tmp / "floor.zip", "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("records.jsonl", jsonl)

        floor = [_timed(floor_zip) for _ in range(runs)]
        med, fl = statistics.median(full), statistics.median(floor)
        rows = [
            Result(
                "full export, no attachments",
                med,
                fl,
                "< 5 s",
                med < 5000,
                note=f"{len(jsonl) // 2**20} MB records.jsonl",
            )
        ]

        # incremental: everything acknowledged, then 100 different records changed
        incremental = []
        villages = services.villages.list()[:40]
        meetings = services.meetings.ids()[: 100 - len(villages)]
        for r in range(runs):
            with services.ctx.db.transaction() as s:
                s.execute(update(SyncExportRow).values(acked_at=SyncExportRow.created_at))
            for n, v in enumerate(villages):
                cur = services.villages.get(v.uuid)
                services.villages.update(
                    v.uuid,
                    cur.data.__class__(**{**cur.data.__dict__, "head_name": f"Trưởng {r}-{n}"}),
                )
            for uuid in meetings:
                title = services.meetings.get(uuid).data.title
                services.meetings.update_json(uuid, {"title": f"{title[:250]} ({r})"})
            incremental.append(_timed(lambda: services.sync.export(out)))
        med = statistics.median(incremental)
        rows.append(Result("incremental export, 100 changed", med, None, "< 0.5 s", med < 500))

        # attachments: with minus without, against hashing and storing the same files
        files = sorted(p for p in (store / "attachments").rglob("*") if p.is_file())
        if files:
            total = sum(p.stat().st_size for p in files)
            with_att = statistics.median(
                _timed(lambda: services.sync.export(out, full=True)) for _ in range(min(runs, 3))
            )
            without = statistics.median(full)

            def floor_att() -> None:
                with zipfile.ZipFile(tmp / "att.zip", "w", zipfile.ZIP_STORED) as zf:
                    for p in files:
                        data = p.read_bytes()
                        hashlib.sha256(data).hexdigest()
                        zf.writestr(p.name, data)

            fl = statistics.median(_timed(floor_att) for _ in range(min(runs, 3)))
            ours = max(with_att - without, 1e-3)
            mbps, floor_mbps = total / 2**20 / (ours / 1000), total / 2**20 / (fl / 1000)
            rows.append(
                Result(
                    "attachment throughput in export",
                    ours,
                    fl,
                    "≥ 0.5 × floor speed",
                    fl / ours >= 0.5,
                    note=f"{mbps:.0f} MB/s vs floor {floor_mbps:.0f} MB/s, {len(files)} files",
                )
            )
    finally:
        services.close()
    return rows


def _floor_rows(bundles: list[Path]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows an import writes, made ahead (the floor only inserts them)."""
    from desktop.services.sync_import import extract_columns as _extract

    records: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    for path in bundles:
        with zipfile.ZipFile(path) as zf:
            name = next(n for n in zf.namelist() if n.endswith("data/records.jsonl"))
            for line in zf.read(name).split(b"\n"):
                if not line:
                    continue
                r = json.loads(line)
                sha = hashlib.sha256(line).hexdigest()
                versions.append({"uuid": r["uuid"], "version": r["version"], "content_sha256": sha})
                records.append(
                    {
                        "uuid": r["uuid"],
                        "child_code": r["origin_code"],
                        "origin_code": r["origin_code"],
                        "kind": r["kind"],
                        "version": r["version"],
                        "updated_at": r["updated_at"],
                        "updated_by": r["updated_by"],
                        "deleted": r["deleted"],
                        "content": line.decode(),
                        "content_sha256": sha,
                        "bundle_id": "x",
                        **_extract(r),
                    }
                )
    return records, versions


def _import_rows(label: str, url: str | None, data: Path, tmp: Path) -> list[Result]:
    from sqlalchemy import insert

    from desktop.core.installation import InstallationData, Role
    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.storage.models import ChildRecordRow, ChildRecordVersionRow

    bundles = sorted((data / "bundles").glob("*.zip"))
    keys = sorted((data / "keys").glob("*.json"))
    records, versions = _floor_rows(bundles)
    floor_ctx = open_store(tmp / f"floor-{label}", db_url=url and url + "_floor")
    try:

        def floor() -> None:
            with floor_ctx.db.transaction() as s:
                records_table = ChildRecordRow.__table__
                versions_table = ChildRecordVersionRow.__table__
                for i in range(0, len(records), 2000):
                    s.execute(insert(records_table), records[i : i + 2000])
                for i in range(0, len(versions), 2000):
                    s.execute(insert(versions_table), versions[i : i + 2000])

        fl = _timed(floor)
    finally:
        floor_ctx.db.dispose()
    services = build_services(open_store(tmp / f"upper-{label}", db_url=url))
    try:
        services.setup.initialize(InstallationData(role=Role.UPPER, code="79", name="UBND Tỉnh"))
        for k in keys:
            services.sync_import.register_child(k)
        receipts = tmp / f"receipts-{label}"
        first = _timed(lambda: services.sync_import.import_files(bundles, receipts_dir=receipts))
        again = _timed(lambda: services.sync_import.import_files(bundles, receipts_dir=receipts))
    finally:
        services.close()
    n = len(records)
    return [
        Result(
            f"import province-1y, {label}",
            first,
            fl,
            "≥ 0.3 × floor speed",
            fl / first >= 0.3,
            note=f"{len(bundles)} bundles, {n} records, {n / (first / 1000):.0f} rec/s",
        ),
        Result(
            f"re-import everything, {label}",
            again,
            first,
            "≤ 0.2 × first import",
            again <= 0.2 * first,
        ),
    ]


def _postgres_url(tmp: Path) -> tuple[str | None, Any]:
    """A server URL (SODANCHU_TEST_PG_URL, or a temporary cluster), else (None, None)."""
    import os

    given = os.environ.get("SODANCHU_TEST_PG_URL", "").strip()
    if given:
        return given, None
    try:
        from tests.pg import TempCluster, _bindir

        bindir = _bindir()
        if bindir is None:
            return None, None
        cluster = TempCluster(bindir)
        return str(cluster.start().render_as_string(hide_password=False)), cluster
    except Exception:  # no PostgreSQL here: the SQLite figures still count
        return None, None


def _pg_database(server: str, name: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server)
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        for db in (name, name + "_floor"):
            conn.execute(f'DROP DATABASE IF EXISTS "{db}"')
            conn.execute(f"CREATE DATABASE \"{db}\" TEMPLATE template0 ENCODING 'UTF8'")
    return url.set(drivername="postgresql+psycopg", database=name).render_as_string(
        hide_password=False
    )


def run(store: Path, repeat: int) -> list[Result]:
    from tests.benchmarks.province import province_bundles

    with tempfile.TemporaryDirectory(prefix="bench-sync-") as t:
        tmp = Path(t)
        rows = _export_rows(store, repeat, tmp)
        data = province_bundles(300 if _full_scale(store) else 3)
        rows += _import_rows("SQLite", None, data, tmp)
        server, cluster = _postgres_url(tmp)
        if server is not None:
            try:
                rows += _import_rows("PostgreSQL", _pg_database(server, "bench_upper"), data, tmp)
            finally:
                if cluster is not None:
                    cluster.stop()
        else:
            print("# PostgreSQL: no server could be started here; SQLite figures only")
    return rows
