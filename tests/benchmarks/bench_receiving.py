"""The receiving level's budgets (issue 14, BUDGETS.md), on province-1y imported:

- search over the units' records: p95 < 50 ms over typical queries, accents optional and
  words being typed (services/search_units.py); the floor is one pass folding every title
  of the units' records, as the search did before its index (what a query without an
  index costs). The index's build, once after each import, is in the note.
- the receiving window shown and usable with 300 units < 1.5 s: a fresh process opens the
  window on the province (bench_ui's child: wall time from spawning to the overview
  painted with its figures, the units' box included); floor: an empty window's first paint.
- «Units below» (Đồng bộ › Đơn vị cấp dưới) shown with 300 units and their records, in
  this process: the tab built, its units and first page of records read, painted.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from tests.benchmarks.common import Result
from tests.benchmarks.data import scratch_copy

SEARCH_BUDGET_MS = 50.0
WINDOW_BUDGET_MS = 1500.0
TAB_BUDGET_MS = 1500.0
QUERIES = (
    "hop thon",
    "họp thôn",
    "huong uoc",
    "hương ước thôn",
    "cong khai",
    "công khai ngân sách",
    "ke hoach",
    "duong be tong",
    "nha van hoa",
    "quy",
    "thon d",
    "hop b",
    "t",
    "bao cao quyet toan",
    "xay dung",
)


def _units(store: Path) -> int:
    import json

    return int(json.loads((store / "READY.json").read_text(encoding="utf-8"))["communes"])


def run(store: Path, repeat: int, units: int | None = None) -> list[Result]:
    """Full scale (300 units) with the full reference data, 3 units in smoke mode."""
    from tests.benchmarks.province_state import province_state

    province = province_state(units or (300 if "-x1-" in store.name else 3))
    with tempfile.TemporaryDirectory(prefix="bench-receiving-") as t:
        data = scratch_copy(province, Path(t) / "province")
        rows = _search(data, repeat)
        rows += _window(data, repeat)
        rows += _units_tab(data, repeat)
    said = f"{_units(province)} units"
    return [replace(r, note=f"{said}; {r.note}") for r in rows]


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _search(data: Path, repeat: int) -> list[Result]:
    from desktop.core.text import fold
    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.storage.child_search import child_titles

    services = build_services(open_store(data))
    try:
        start = time.perf_counter()
        services.search.search("a")  # the index, built once after an import
        build_ms = (time.perf_counter() - start) * 1000
        samples: list[float] = []
        found = 0
        for _ in range(max(1, repeat // 3)):
            for typed in QUERIES:
                start = time.perf_counter()
                found += len(services.search.search(typed, 50))
                samples.append((time.perf_counter() - start) * 1000)

        def floor() -> None:
            with services.ctx.db.reading() as session:
                for _kind, _uuid, _code, title in child_titles(session):
                    fold(title)

        floor_samples = []
        for _ in range(max(1, min(repeat, 3))):
            start = time.perf_counter()
            floor()
            floor_samples.append((time.perf_counter() - start) * 1000)
        with services.ctx.db.reading() as session:
            records = sum(1 for _ in child_titles(session))
    finally:
        services.close()
    p95 = _p95(samples)
    return [
        Result(
            "search the units' records, p95",
            p95,
            statistics.median(floor_samples),
            f"< {SEARCH_BUDGET_MS:g} ms",
            p95 < SEARCH_BUDGET_MS,
            note=f"{records} records, {len(samples)} queries, {found} hits; "
            f"index built in {build_ms:.0f} ms",
        )
    ]


def _window(data: Path, repeat: int) -> list[Result]:
    from tests.benchmarks.bench_ui import _spawned

    starts = max(3, repeat // 5)
    window = _spawned("window", data, starts)
    floor = _spawned("floor", data, starts)
    usable = window["READY"]
    return [
        Result(
            "receiving window usable, units shown",
            usable,
            floor["FRAME"],
            f"< {WINDOW_BUDGET_MS / 1000:g} s",
            usable < WINDOW_BUDGET_MS,
            note=f"frame at {window['FRAME']:.0f} ms, CPU {window['READY_CPU']:.0f} ms",
        )
    ]


def _units_tab(data: Path, repeat: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.ui.i18n import I18n
    from desktop.ui.pages.sync import SyncPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n = I18n(app)  # type: ignore[arg-type]
    i18n.apply("vi")
    services = build_services(open_store(data))
    samples: list[float] = []
    rows = 0
    try:
        for run_number in range(max(2, min(repeat, 6))):
            start = time.perf_counter()
            page = SyncPage(services, i18n)
            page.resize(1120, 700)
            tab = page.children_tab
            assert tab is not None
            page.tabs.setCurrentWidget(tab)
            page.show()
            app.processEvents()
            page.grab()
            elapsed = (time.perf_counter() - start) * 1000
            rows = tab.model.rowCount()
            page.close()
            page.deleteLater()
            app.processEvents()
            if run_number:  # the first builds the imports' caches
                samples.append(elapsed)
    finally:
        services.close()
    median = statistics.median(samples)
    return [
        Result(
            "«Units below» shown with the units' records",
            median,
            None,
            f"< {TAB_BUDGET_MS / 1000:g} s",
            median < TAB_BUDGET_MS,
            note=f"{rows} rows fetched",
        )
    ]


if __name__ == "__main__":  # python -m tests.benchmarks.bench_receiving [UNITS [REPEAT]]
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    times = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    for result in run(Path("unused"), times, count):
        print(result.line(), flush=True)
