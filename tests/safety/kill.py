"""kill -9 at random moments: a forked child saves records, imports, exports or migrates;
the parent kills it with SIGKILL after a random delay and checks what is left on disk.

Checks after every kill: SQLite ``PRAGMA integrity_check``; the store opens and
``sodanchu check`` (MaintenanceService.check: journal chain, every record against its
journal entry) passes; every ``*.zip`` in the export folder verifies (``*.part`` temporary
files are allowed); every bundle is imported all or nothing (its imported_bundles row
present if and only if its record versions are).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.villages import VillageData, VillageType
from desktop.services.demo import make_demo
from desktop.storage.models import ChildRecordVersionRow, ImportedBundleRow, SyncExportRow
from desktop.storage.paths import DataPaths
from desktop.sync.reader import read_bundle
from tests.sync.world import make_upper, open_services

KINDS = ("save", "import", "export", "migration")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass
class Scene:
    """Templates built once; each trial works on a fresh copy."""

    root: Path
    commune: Path  # generated commune data, never exported
    upper: Path  # a receiving store with the commune registered
    bundles: list[Path]  # bundles 1..N, a receipt imported after each: disjoint versions
    versions: dict[str, set[tuple[str, int]]]  # bundle id -> (uuid, version) it carries
    key: tuple[str, str]  # the commune's public key and key id
    migration_source: Path
    migrated_counts: dict[str, int]


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def build_scene(root: Path, scale_factor: float) -> Scene:
    import json

    root.mkdir(parents=True, exist_ok=True)
    commune = open_services(root / "commune")
    make_demo(commune, scale="commune-1y-tenth", scale_factor=scale_factor)
    key = commune.sync.export_key(root / "commune-key.json")
    info = commune.sync.ensure_keys()
    commune.close()
    shutil.copytree(root / "commune", root / "series-commune")
    make_upper(root / "upper", [key]).close()
    shutil.copytree(root / "upper", root / "series-upper")
    origin = open_services(root / "series-commune")
    upper = open_services(root / "series-upper")
    origin.sync.register_parent(upper.sync.export_key(root / "upper-key.json"))
    bundles: list[Path] = []
    versions: dict[str, set[tuple[str, int]]] = {}
    for step in range(4):
        if step:
            for meeting in origin.meetings.list()[step::4][:40]:
                origin.meetings.update_json(
                    meeting.uuid, {"title": f"{meeting.data.title} ({step})"}
                )
        result = origin.sync.export(root / "bundles")
        [path] = result.files
        bundles.append(path)
        [outcome] = upper.sync_import.import_files([path], receipts_dir=root / "receipts")
        assert outcome.status == "imported", outcome
        assert outcome.receipt is not None
        origin.sync.import_receipt(outcome.receipt)
        with open_zip_records(path) as lines:
            versions[result.bundle_id] = {(o["uuid"], o["version"]) for o in map(json.loads, lines)}
    origin.close()
    upper.close()
    # migrations: the oldest released schema, and what a clean upgrade keeps
    source = root / "migration-source"
    DataPaths(source).ensure()
    fixture = sorted(FIXTURES.glob("schema-*.sqlite3"))[0]
    shutil.copy(fixture, DataPaths(source).database)
    probe = root / "migration-probe"
    shutil.copytree(source, probe)
    open_services(probe).close()
    migrated = _counts(DataPaths(probe).database)
    return Scene(
        root,
        root / "commune",
        root / "upper",
        bundles,
        versions,
        (info.public_key, info.key_id),
        source,
        migrated,
    )


class open_zip_records:
    def __init__(self, path: Path) -> None:
        import zipfile

        self.zf = zipfile.ZipFile(path)

    def __enter__(self) -> list[bytes]:
        name = next(n for n in self.zf.namelist() if n.endswith("data/records.jsonl"))
        return [x for x in self.zf.read(name).split(b"\n") if x]

    def __exit__(self, *exc: object) -> None:
        self.zf.close()


# --- the work, in the child ----------------------------------------------------------


def _work_save(folder: Path, scene: Scene) -> None:
    s = open_services(folder)
    meetings = s.meetings.list()[:50]
    for i in range(100_000):
        if i % 2:
            m = meetings[i % len(meetings)]
            s.meetings.update_json(m.uuid, {"title": f"Hội nghị thôn, lần sửa {i}"})
        else:
            s.villages.add(
                VillageData(
                    code=f"K{os.getpid()}{i}",
                    name=f"Thôn thử {i}",
                    village_type=VillageType.THON,
                    households_total=100,
                )
            )


def _work_import(folder: Path, scene: Scene) -> None:
    s = open_services(folder)
    for path in scene.bundles:
        s.sync_import.import_files([path], receipts_dir=folder / "receipts")


def _work_export(folder: Path, scene: Scene) -> None:
    s = open_services(folder)
    for _ in range(4):
        s.sync.export(folder / "out", full=True)


def _work_migration(folder: Path, scene: Scene) -> None:
    open_services(folder).close()


WORK: dict[str, Callable[[Path, Scene], None]] = {
    "save": _work_save,
    "import": _work_import,
    "export": _work_export,
    "migration": _work_migration,
}
TEMPLATE = {"save": "commune", "import": "upper", "export": "commune", "migration": "migration"}


def _child(kind: str, folder: Path, scene: Scene) -> None:
    try:
        WORK[kind](folder, scene)
    finally:
        os._exit(0)


# --- checks, in the parent -------------------------------------------------------------


@dataclass
class KillFigures:
    trials: Counter[str] = field(default_factory=Counter)
    killed: Counter[str] = field(default_factory=Counter)  # killed before the work ended
    finished_before_kill: int = 0
    corrupt: int = 0  # PRAGMA integrity_check
    check_failed: int = 0  # sodanchu check (journal chain, records against journal)
    open_failed: int = 0
    half_bundles: int = 0  # a .zip in the out folder that fails verification
    not_all_or_nothing: int = 0  # an import partly there
    migration_lost_data: int = 0
    part_files: int = 0  # temporary *.part files left (allowed)
    orphan_bundles: int = 0  # a verified .zip without its sync_exports row (see docs)
    examples: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _integrity(path: Path) -> bool:
    with sqlite3.connect(path) as db:
        return [r[0] for r in db.execute("PRAGMA integrity_check")] == ["ok"]


def _check(kind: str, folder: Path, scene: Scene, fig: KillFigures, tag: str) -> None:
    db_file = DataPaths(folder).database
    if db_file.exists() and not _integrity(db_file):
        fig.corrupt += 1
        fig.examples.append(f"{tag}: integrity_check failed")
        return
    try:
        s = open_services(folder)
    except Exception as exc:  # the store must open (and finish a migration) after a kill
        fig.open_failed += 1
        fig.examples.append(f"{tag}: store does not open: {exc!r}")
        return
    try:
        report = s.maintenance.check()
        if not report.ok:
            fig.check_failed += 1
            fig.examples.append(f"{tag}: check: {report.integrity} {report.problems[:3]}")
        if kind == "migration":
            counts = _counts(db_file)
            lost = {t: n for t, n in scene.migrated_counts.items() if counts.get(t) != n}
            if lost:
                fig.migration_lost_data += 1
                fig.examples.append(f"{tag}: table counts differ after migration: {lost}")
        if kind == "import":
            _check_import(s, scene, fig, tag)
        if kind == "export":
            _check_export(s, folder, scene, fig, tag)
    finally:
        s.close()


def _check_import(s: object, scene: Scene, fig: KillFigures, tag: str) -> None:
    from desktop.services.container import Services

    assert isinstance(s, Services)
    with s.ctx.db.reading() as session:
        taken = set(session.scalars(select(ImportedBundleRow.bundle_id)))
        have = set(
            session.execute(select(ChildRecordVersionRow.uuid, ChildRecordVersionRow.version))
        )
    for bundle_id, versions in scene.versions.items():
        present = versions & {tuple(v) for v in have}
        if (bundle_id in taken and present != versions) or (bundle_id not in taken and present):
            fig.not_all_or_nothing += 1
            fig.examples.append(f"{tag}: bundle {bundle_id[:8]} partly imported")


def _check_export(s: object, folder: Path, scene: Scene, fig: KillFigures, tag: str) -> None:
    from desktop.services.container import Services

    assert isinstance(s, Services)
    out = folder / "out"
    lookup = {"25222": scene.key}.get
    with s.ctx.db.reading() as session:
        names = set(session.scalars(select(SyncExportRow.file_name)))
        rows = int(session.scalar(select(func.count()).select_from(SyncExportRow)) or 0)
    zips = sorted(out.glob("*.zip")) if out.exists() else []
    fig.part_files += len(list(out.glob("*.part"))) if out.exists() else 0
    for path in zips:
        bag, problems = read_bundle(path, lookup, target_code="79")
        if bag is None:
            fig.half_bundles += 1
            fig.examples.append(f"{tag}: {path.name} fails verification: {problems[:2]}")
        elif path.name not in names:
            fig.orphan_bundles += 1
    missing = names - {p.name for p in zips}
    if missing:
        fig.half_bundles += 1
        fig.examples.append(f"{tag}: exports recorded without their file: {sorted(missing)}")
    del rows


def _prepare(kind: str, scene: Scene, folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    source = {
        "save": scene.commune,
        "export": scene.commune,
        "import": scene.upper,
        "migration": scene.migration_source,
    }[kind]
    shutil.copytree(source, folder)


def _run_child(kind: str, folder: Path, scene: Scene, delay: float | None) -> bool:
    """Run the work in a forked child; kill it after ``delay`` s. True if it finished first."""
    ctx = multiprocessing.get_context("fork")
    child = ctx.Process(target=_child, args=(kind, folder, scene))
    child.start()
    assert child.pid is not None
    if delay is None:
        child.join()
        return True
    child.join(delay)
    finished = not child.is_alive()
    if not finished:
        os.kill(child.pid, signal.SIGKILL)
        child.join()
    return finished


def calibrate(scene: Scene, work: Path) -> dict[str, float]:
    """How long each kind of work takes un-killed (the save loop never ends: 1.5 s)."""
    durations = {"save": 1.5}
    for kind in ("import", "export", "migration"):
        folder = work / f"calibrate-{kind}"
        _prepare(kind, scene, folder)
        start = time.monotonic()
        _run_child(kind, folder, scene, None)
        durations[kind] = time.monotonic() - start
        shutil.rmtree(folder, ignore_errors=True)
    return durations


def run_kills(scene: Scene, work: Path, trials: dict[str, int], seed: int) -> KillFigures:
    """Trials until ``trials[kind]`` children of each kind were killed mid-work (a child
    that finished first is checked too, and counted apart; at most 3x the attempts)."""
    start = time.monotonic()
    rng = random.Random(seed)
    durations = calibrate(scene, work)
    fig = KillFigures()
    i = 0
    while True:
        todo = [k for k in KINDS if fig.killed[k] < trials[k] and fig.trials[k] < 3 * trials[k]]
        if not todo:
            break
        kind = rng.choice(todo)
        folder = work / f"trial-{i}"
        _prepare(kind, scene, folder)
        delay = rng.uniform(0.0, durations[kind])
        fig.trials[kind] += 1
        finished = _run_child(kind, folder, scene, delay)
        fig.finished_before_kill += finished
        fig.killed[kind] += not finished
        _check(kind, folder, scene, fig, f"{kind} #{i} after {delay:.3f}s")
        shutil.rmtree(folder, ignore_errors=True)
        i += 1
    fig.seconds = time.monotonic() - start
    return fig
