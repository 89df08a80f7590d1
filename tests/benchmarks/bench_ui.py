"""The window's budgets: start-up, list pages' first paint, resident memory.

"Window shown and usable": a fresh process opens the real main window on the store,
offscreen, the way ``sodanchu`` does (logging, store, translations, MainWindow), and
reports once the first page has been painted and the event loop has gone idle (a
zero-delay timer queued after that paint has fired). The time is wall-clock from
spawning the process to that report, interpreter start and imports included. The
floor is the same for a bare QApplication with an empty QMainWindow.

    python -m tests.benchmarks.bench_ui child window|floor [DATA_DIR]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.common import Result

LIST_BUDGET_MS = 150
MEMORY_BUDGET_MB = 300
WINDOW_BUDGET_MS = 1500
WINDOW_FLOOR_RATIO = 2.0


def run(store: Path, repeat: int) -> list[Result]:
    starts = max(3, repeat // 5)
    window, rss, cpu = _spawned("window", store, starts)
    floor, _, floor_cpu = _spawned("floor", store, starts)
    ratio = window / floor
    results = [
        Result(
            "window shown and usable",
            window,
            floor,
            f"<= {WINDOW_FLOOR_RATIO:g}x floor, < 1.5 s",
            ratio <= WINDOW_FLOOR_RATIO and window < WINDOW_BUDGET_MS,
            note=f"CPU {cpu:.0f} ms, floor CPU {floor_cpu:.0f} ms",
        ),
        Result(
            "resident memory, window open",
            rss,
            None,
            f"< {MEMORY_BUDGET_MB} MB",
            rss < MEMORY_BUDGET_MB,
            unit="MB",
        ),
    ]
    results.extend(_list_pages(store, repeat))
    return results


# --- in a fresh process -------------------------------------------------------------
def _spawned(mode: str, store: Path, repeat: int) -> tuple[float, float, float]:
    """Median wall time (ms) to a usable window, median resident set (MB), median CPU (ms)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SODANCHU_DATA_DIR=str(store))
    times, rss, cpu = [], [], []
    for _ in range(repeat + 1):  # the first run warms the disk cache, and is dropped
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.bench_ui", "child", mode, str(store)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        elapsed = (time.perf_counter() - start) * 1000
        ready = [line for line in proc.stdout.splitlines() if line.startswith("READY ")]
        if proc.returncode != 0 or not ready:
            raise RuntimeError(f"{mode} child failed: {proc.stderr.strip()[-2000:]}")
        times.append(elapsed)
        rss.append(float(ready[0].split()[1]))
        cpu.append(float(ready[0].split()[2]))
    return statistics.median(times[1:]), statistics.median(rss[1:]), statistics.median(cpu[1:])


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows; /proc is Linux only, so fall back to the peak

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_ms() -> float:
    """CPU time of this process so far (user + system): what a busy machine does not
    inflate, unlike the wall time."""
    times = os.times()
    return (times.user + times.system) * 1000


def child(mode: str, data_dir: str) -> int:
    """Open the window (or the floor's empty one), wait for paint + idle, report.

    The window goes through ``sodanchu``'s own entry point (desktop.app.main), so
    imports happen in the app's order; only ``show_fitting`` is wrapped to watch
    the first page's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class FirstPaint(QObject):
        seen = False

        def __init__(self, window: QWidget) -> None:
            super().__init__()
            self.window = window

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, self.done)  # runs once the events queued so far are handled
            return False

        def done(self) -> None:
            print(f"READY {_rss_mb():.1f} {_cpu_ms():.0f}", flush=True)
            self.window.close()
            QApplication.quit()

    if mode == "floor":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        spy = FirstPaint(window)
        window.installEventFilter(spy)
        QTimer.singleShot(20_000, app.quit)  # never hang the benchmark
        app.exec()
        return 0 if spy.seen else 4

    import desktop.cli  # noqa: F401  - what desktop.app.main imports first, in that order
    import desktop.ui.main as ui_main
    from desktop.app import main

    spies: list[FirstPaint] = []
    original = ui_main.show_fitting

    def show_and_watch(window: Any) -> None:
        original(window)
        spies.append(FirstPaint(window))
        window.stack.currentWidget().installEventFilter(spies[0])
        QTimer.singleShot(20_000, QApplication.quit)

    ui_main.show_fitting = show_and_watch
    status = main(["--data-dir", data_dir])
    return status if spies and spies[0].seen else 4


# --- list pages, in this process -----------------------------------------------------
def _list_pages(store: Path, repeat: int) -> list[Result]:
    """Each list page built, shown and painted (``grab()`` paints it synchronously, the
    visible rows included, so the lazy model fetches them)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.ui.i18n import I18n
    from desktop.ui.pages.conventions import ConventionsPage
    from desktop.ui.pages.disclosures import DisclosuresPage
    from desktop.ui.pages.meetings import MeetingsPage
    from desktop.ui.pages.villages import VillagesPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n = I18n(app)  # type: ignore[arg-type]
    i18n.apply("vi")
    services = build_services(open_store(store))

    results = []
    pages: list[tuple[str, Any]] = [
        ("meetings", MeetingsPage),
        ("disclosures", DisclosuresPage),
        ("conventions", ConventionsPage),
        ("villages", VillagesPage),
    ]
    try:
        for name, page_type in pages:
            cpu_ms: list[float] = []

            def first_paint(
                page_type: Any = page_type, name: str = name, cpu_ms: list[float] = cpu_ms
            ) -> float:
                start, cpu_start = time.perf_counter(), time.process_time()
                page: QWidget = page_type(services, i18n)
                page.resize(1060, 760)
                page.show()
                app.processEvents()  # layout, expose
                # A synchronous paint of the whole page: the lists fetch the rows they show.
                page.grab()
                elapsed = (time.perf_counter() - start) * 1000
                cpu_ms.append((time.process_time() - cpu_start) * 1000)
                views = page.findChildren(QAbstractItemView)
                if not any(v.model() is not None and v.model().rowCount() > 0 for v in views):
                    raise RuntimeError(f"the {name} page shows no rows")
                page.close()
                page.deleteLater()
                app.processEvents()
                return elapsed

            first_paint()  # warm-up: imports, translations, SQLite page cache
            cpu_ms.clear()
            median = statistics.median(first_paint() for _ in range(repeat))
            results.append(
                Result(
                    f"list view first paint: {name}",
                    median,
                    None,
                    f"< {LIST_BUDGET_MS} ms",
                    median < LIST_BUDGET_MS,
                    note=f"CPU {statistics.median(cpu_ms):.0f} ms",
                )
            )
    finally:
        services.close()
        i18n.remove()
    return results


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "child":
        sys.exit(child(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else ""))
    print(__doc__)
    sys.exit(2)
