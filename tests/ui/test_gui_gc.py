"""Cycles are freed on the GUI thread only (ui/gui_gc.py): a worker thread that makes
garbage in cycles and allocates far past the collector's threshold frees none of it;
the GUI thread's collector does, when its count says a collection is due."""

from __future__ import annotations

import gc
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import ClassVar

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.gui_gc import GuiThreadCollector


class _Cycle:
    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def _garbage_then_allocations() -> None:
    for _ in range(50):
        _Cycle()
    # Far past the threshold: the automatic collector would run here, on this thread.
    keep = [[i] for i in range(gc.get_threshold()[0] * 20)]
    del keep


def test_a_pool_thread_frees_no_cycle_and_the_gui_thread_does(
    qapp: QApplication, qtbot: QtBot
) -> None:
    assert not gc.isenabled()  # the UI tests' session collector, as in the app
    collector = GuiThreadCollector(qapp, interval_ms=20)  # the app's, ticking
    try:
        gc.collect()
        _Cycle.freed_on = []
        with ThreadPoolExecutor(1, thread_name_prefix="pool") as pool:
            pool.submit(_garbage_then_allocations).result()
        assert _Cycle.freed_on == []
        held = [[i] for i in range(gc.get_threshold()[0] * 2)]  # the GUI thread's count passes
        qtbot.waitUntil(lambda: len(_Cycle.freed_on) == 50, timeout=3000)
        del held
    finally:
        collector.stop()
    assert not gc.isenabled()
    assert set(_Cycle.freed_on) == {threading.main_thread().name}


def test_the_collector_collects_only_when_a_threshold_is_passed(qapp: QApplication) -> None:
    collector = GuiThreadCollector(qapp, interval_ms=60_000)
    try:
        gc.collect()
        assert collector.check() == 0
        keep = [[i] for i in range(gc.get_threshold()[0] + 10)]
        assert collector.check() >= 1
        assert gc.get_count()[0] < gc.get_threshold()[0]
        del keep
    finally:
        collector.stop()
    assert not gc.isenabled()  # the session's collector still runs: it was off before
