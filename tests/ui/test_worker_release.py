"""What a worker's job captured (a page, a window) is released on the GUI thread, never on
the pool thread that ran it: a widget whose last reference dropped there was destroyed off
the GUI thread while the window was closing, and corrupted Qt's heap (the suite's crashes
in QScreen::virtualSiblings and QWidget::ensurePolished, one run in three)."""

from __future__ import annotations

import functools
import threading
import time
from typing import ClassVar

from pytestqt.qtbot import QtBot

from desktop.ui.workers import Worker


class _Captured:
    freed_on: ClassVar[list[str]] = []

    def __del__(self) -> None:
        _Captured.freed_on.append(threading.current_thread().name)


def test_a_finished_jobs_captures_are_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    worker = Worker()
    _Captured.freed_on = []
    done: list[object] = []
    captured = _Captured()
    worker.run(lambda c=captured: type(c).__name__, done.append, done.append)
    del captured
    assert worker.wait(5000)
    time.sleep(0.05)  # the pool thread has let go of its task by now
    assert _Captured.freed_on == []  # still held, for the GUI thread to release
    worker.deliver()
    assert done == ["_Captured"]
    assert _Captured.freed_on == [threading.main_thread().name]


def _full_disk(captured: _Captured) -> None:
    raise OSError(28, "No space left on device", type(captured).__name__)


def test_a_failed_jobs_captures_and_traceback_too(qtbot: QtBot) -> None:
    worker = Worker()
    _Captured.freed_on = []
    failed: list[BaseException] = []

    worker.run(functools.partial(_full_disk, _Captured()), lambda _: None, failed.append)
    assert worker.wait(5000)
    time.sleep(0.05)
    assert _Captured.freed_on == []
    worker.deliver()
    assert isinstance(failed[0], OSError) and failed[0].filename == "_Captured"
    failed.clear()
    assert _Captured.freed_on == [threading.main_thread().name]
