"""The reference data of BUDGETS.md, generated once and kept in ``.bench-cache/``.

The cache key is the scale, its factor, the seed, the generator's version and the
schema head: a change to any of them makes a fresh store, and an unchanged one is
reused across runs (commune-10y takes about a minute to make, 400 MB of attachments).

Benchmarks must not change a cached store: :func:`scratch_copy` gives a copy to write to.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("SODANCHU_BENCH_CACHE", ROOT / ".bench-cache"))
READY = "READY.json"
RECORDS = "records.jsonl"


def cache_key(scale: str, factor: float, seed: int) -> str:
    from desktop.services.generator import GENERATOR_VERSION
    from desktop.storage.db import SQLITE_PAGE_SIZE
    from desktop.storage.migrate import head_revision

    return (
        f"{scale}-x{factor:g}-seed{seed}-gen{GENERATOR_VERSION}-schema{head_revision()}"
        f"-page{SQLITE_PAGE_SIZE}"
    )


@contextmanager
def _exclusive(lock: Path) -> Iterator[None]:
    """One builder at a time: a second benchmark run waits for the first one's data
    instead of building over it."""
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("a") as f:
        try:
            import fcntl
        except ImportError:  # Windows: no concurrent runs expected there
            yield
            return
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def reference_store(scale: str = "commune-10y", *, factor: float = 1.0, seed: int = 1) -> Path:
    """The data dir of the reference data, made now unless the cache has it."""
    target = CACHE / cache_key(scale, factor, seed)
    if (target / READY).exists():
        return target
    with _exclusive(target.with_name(target.name + ".lock")):
        if not (target / READY).exists():  # another run may have made it meanwhile
            _build(target, scale, factor, seed)
    return target


def _build(target: Path, scale: str, factor: float, seed: int) -> None:
    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.services.demo import make_demo

    building = target.with_name(target.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    print(f"# generating {target.name} (once; kept in {CACHE})", flush=True)
    started = time.perf_counter()

    def progress(stage: str, done: int, total: int) -> None:
        sys.stdout.write(f"\r#   {stage}: {done}/{total}        ")
        if done == total:
            sys.stdout.write("\n")
        sys.stdout.flush()

    services = build_services(open_store(building))
    try:
        made = make_demo(services, scale=scale, seed=seed, scale_factor=factor, progress=progress)
    finally:
        services.close()
    seconds = time.perf_counter() - started
    print(f"# generated in {seconds:.1f} s", flush=True)
    counts = asdict(made.generated) if made.generated else {}
    (building / READY).write_text(
        json.dumps({"seconds": round(seconds, 1), **counts}, indent=2), encoding="utf-8"
    )
    shutil.rmtree(target, ignore_errors=True)
    building.rename(target)


def generation_info(store: Path) -> dict[str, float]:
    """What READY.json says: the generation time and the counts made."""
    data: dict[str, float] = json.loads((store / READY).read_text(encoding="utf-8"))
    return data


def records_jsonl(store: Path) -> Path:
    """The latest JSON snapshot of every record, one per line (kept next to the store).

    Read from the audit journal, whose newest entry per record is the record JSON as
    now stored (``sodanchu check`` verifies exactly that)."""
    out = store / RECORDS
    if out.exists():
        return out
    if not (store / READY).exists():  # opening it would make an empty store there
        raise FileNotFoundError(f"no reference data in {store}")
    from desktop.services.context import open_store
    from desktop.storage.journal import latest_snapshots

    ctx = open_store(store)
    tmp = out.with_suffix(".tmp")
    try:
        with ctx.db.reading() as session, tmp.open("w", encoding="utf-8") as f:
            for kind in ("village", "meeting", "convention", "disclosure"):
                for _version, after in latest_snapshots(session, kind).values():
                    f.write(after + "\n")
    finally:
        ctx.db.dispose()
    tmp.replace(out)
    return out


def scratch_copy(store: Path, into: Path) -> Path:
    """A copy to change: the database files copied, attachments linked (read-only use)."""
    into.mkdir(parents=True, exist_ok=True)
    for item in store.iterdir():
        if item.name == "attachments":
            (into / "attachments").symlink_to(item.resolve(), target_is_directory=True)
        elif item.is_dir():
            shutil.copytree(item, into / item.name)
        elif item.name != READY:
            shutil.copy2(item, into / item.name)
    return into
