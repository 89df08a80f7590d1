"""The benchmark suite: each budget of BUDGETS.md measured against its floor, same run.

    python3 tasks.py bench            # full: commune-10y reference data, 30 repetitions
    python3 tasks.py bench --smoke    # a tiny generated store, 3 repetitions (CI)
    python3 tasks.py bench --only ui  # the modules whose name contains "ui"

The reference data is generated once and cached in ``.bench-cache/`` (see data.py).
Prints one line per budget: name, median, floor, ratio, budget, PASS or MISS, then a
summary line. Exit status: 1 when a benchmark fails to run (an error, in either mode);
a MISS is printed plainly but does not fail the command, since the figures depend on
the machine (docs/performance.md records them with the machine they were taken on).
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.common import Result, median_ms

__all__ = ["MODULES", "Result", "main", "median_ms"]

# In the order they run; a module that is not there yet prints "not available".
MODULES = (
    "bench_minutes",
    "bench_ui",
    "bench_picker",
    "bench_cli",
    "bench_size",
    "bench_search",
    "bench_report",
    "bench_sync",
    "bench_province_report",
    "bench_receiving",
)
SMOKE_FACTOR = 0.01  # of commune-10y: about 40 meetings and 80 disclosures
SEED = 1

Bench = Callable[[Path, int], list[Result]]


def _entry(module: object, module_name: str) -> Bench | None:
    """The module's ``run(store, repeat)`` (or a function named like the module)."""
    for name in ("run", module_name, "bench"):
        fn = getattr(module, name, None)
        if callable(fn):
            return fn  # type: ignore[no-any-return]
    return None


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _load() -> str:
    """The machine's load: figures taken while other work runs are slower than its own."""
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny store, few repetitions (CI)")
    parser.add_argument("--only", action="append", default=[], help="modules containing TEXT")
    parser.add_argument("--repeat", type=int, help="timed runs per measurement")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    repeat = args.repeat or (3 if args.smoke else 30)
    from tests.benchmarks.data import generation_info, reference_store

    print(
        f"# {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, {os.cpu_count()} CPU "
        f"({cpu_model()}), Python {platform.python_version()}, {platform.system()} "
        f"{platform.release()} ({'smoke' if args.smoke else 'full'}, repeat {repeat}), "
        f"load average {_load()}",
        flush=True,
    )
    factor = SMOKE_FACTOR if args.smoke else 1.0
    store = reference_store("commune-10y", factor=factor, seed=SEED)
    info = generation_info(store)
    print(f"# data: {store.name}, generated in {info.get('seconds', '?')} s", flush=True)

    results: list[Result] = []
    errors: list[str] = []
    for name in MODULES:
        if args.only and not any(o in name for o in args.only):
            continue
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
        except ImportError as exc:
            if (Path(__file__).parent / f"{name}.py").exists():
                traceback.print_exc()  # there but broken: an error, not "not available"
                print(f"{name:<44} ERROR: {exc}")
                errors.append(name)
            else:
                print(f"{name:<44} not available")
            continue
        bench = _entry(module, name)
        if bench is None:
            print(f"{name:<44} ERROR: no run(store, repeat) function")
            errors.append(name)
            continue
        started = time.perf_counter()
        try:
            found = bench(store, repeat)
        except Exception:
            traceback.print_exc()
            print(f"{name:<44} ERROR (traceback above)", flush=True)
            errors.append(name)
            continue
        for r in found:
            print(r.line(), flush=True)
        results.extend(found)
        print(f"#   {name} took {time.perf_counter() - started:.1f} s", flush=True)

    missed = [r for r in results if not r.passed]
    print(
        f"# summary: {len(results)} measured, {len(results) - len(missed)} PASS, "
        f"{len(missed)} MISS, {len(errors)} error(s)"
        + (": MISS " + ", ".join(r.name for r in missed) if missed else "")
        + (": ERROR " + ", ".join(errors) if errors else "")
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
