"""What every benchmark module shares: the result line and the median timer.

A benchmark module (``tests/benchmarks/bench_*.py``) has a function
``run(store: Path, repeat: int) -> list[Result]``: ``store`` is the data dir of the
cached reference data (commune-10y, or a tiny one in smoke mode), which it must not
change (copy it with :func:`tests.benchmarks.data.scratch_copy` first), and
``repeat`` is how many timed runs to take (3 in smoke mode, 30 in full).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One row of BUDGETS.md as measured: ``median_ms`` and ``floor_ms`` are in ``unit``
    (milliseconds unless told: MB for memory and file sizes)."""

    name: str
    median_ms: float
    floor_ms: float | None
    budget: str
    passed: bool
    unit: str = "ms"
    note: str = ""

    def line(self) -> str:
        u = self.unit
        floor = f"{self.floor_ms:9.1f} {u:<2}" if self.floor_ms is not None else f"{'-':>9}   "
        ratio = f"{self.median_ms / self.floor_ms:6.2f}x" if self.floor_ms else f"{'-':>7}"
        verdict = "PASS" if self.passed else "MISS"
        note = f"  ({self.note})" if self.note else ""
        return (
            f"{self.name:<44} median {self.median_ms:9.1f} {u:<2}  floor {floor}  "
            f"ratio {ratio}  budget {self.budget:<22} {verdict}{note}"
        )


def samples_ms(fn: Callable[[], object], repeat: int, *, warm_up: bool = True) -> list[float]:
    """``repeat`` timings of ``fn`` in milliseconds (after one untimed warm-up run:
    fonts registered, templates read, imports done)."""
    if warm_up:
        fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    return statistics.median(samples_ms(fn, repeat))
