"""A long job's progress reaches the bar from the GUI thread only (ui/pages/sync_common.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.pages.sync_common import LongJob


def test_progress_reported_on_the_pool_thread_is_shown_by_the_gui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    job = LongJob(parent)
    shown: list[tuple[int, int, bool]] = []
    job.progressed.connect(
        lambda d, t: shown.append((d, t, threading.current_thread() is threading.main_thread()))
    )
    halfway, release = threading.Event(), threading.Event()
    results: list[object] = []

    def work(progress: Callable[[int, int], None]) -> str:
        progress(50, 100)
        halfway.set()
        release.wait(5)
        progress(100, 100)
        return "done"

    assert job.start(work, results.append, results.append)
    assert halfway.wait(5)
    qtbot.waitUntil(lambda: job.bar.value() == 500)  # per mille, from the GUI thread's timer
    release.set()
    qtbot.waitUntil(lambda: results == ["done"])
    assert shown and all(on_gui for _, _, on_gui in shown)
    assert shown[-1][:2] == (100, 100)
    assert job.bar.isHidden()
