"""The command line's start-up budgets: ``sodanchu --version`` and ``sodanchu list village``.

Each is a fresh process, timed wall-clock from spawning to its end, against the
floor of a bare ``python -c "import sqlite3"`` on the same interpreter. The commands
run as ``python -m desktop``, which is what the ``sodanchu`` script runs. ``list
village`` reads the reference store (read-only: storage/quick.py). ``show meeting``
has no budget of its own; it is printed beside them, since it opens the store the
full way (SQLAlchemy, no Alembic, no ReportLab).

Start-up is timed as installed: with compiled bytecode, as pip and the frozen build
have it (PYTHONDONTWRITEBYTECODE is dropped, and the first, untimed run writes it).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.common import Result

VERSION_FLOOR_RATIO = 3.0
LIST_FLOOR_RATIO = 6.0


def _median_ms(argv: list[str], repeat: int, store: Path) -> float:
    env = dict(os.environ, SODANCHU_DATA_DIR=str(store), LANG="vi_VN.UTF-8")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = []
    for run_number in range(repeat + 1):  # the first run writes bytecode and warms the cache
        start = time.perf_counter()
        proc = subprocess.run(argv, env=env, capture_output=True, timeout=120, check=False)
        elapsed = (time.perf_counter() - start) * 1000
        if proc.returncode != 0:
            raise RuntimeError(f"{argv[1:]} failed: {proc.stderr.decode()[-2000:]}")
        if run_number:
            times.append(elapsed)
    return statistics.median(times)


def _a_meeting(store: Path) -> str:
    with sqlite3.connect(f"{(store / 'sodanchu.sqlite3').as_uri()}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT uuid FROM meetings WHERE deleted = 0 LIMIT 1").fetchone()
    return str(row[0])


def run(store: Path, repeat: int) -> list[Result]:
    repeat = max(5, repeat // 2)
    py = sys.executable
    floor = _median_ms([py, "-c", "import sqlite3"], repeat, store)
    version = _median_ms([py, "-m", "desktop", "--version"], repeat, store)
    villages = _median_ms([py, "-m", "desktop", "list", "village"], repeat, store)
    show = _median_ms([py, "-m", "desktop", "show", "meeting", _a_meeting(store)], repeat, store)
    return [
        Result(
            "cli start: sodanchu --version",
            version,
            floor,
            f"<= {VERSION_FLOOR_RATIO:g}x floor",
            version / floor <= VERSION_FLOOR_RATIO,
        ),
        Result(
            "cli start: sodanchu list village",
            villages,
            floor,
            f"<= {LIST_FLOOR_RATIO:g}x floor",
            villages / floor <= LIST_FLOOR_RATIO,
            note=f"show meeting: {show:.0f} ms, no budget",
        ),
    ]
