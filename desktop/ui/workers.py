"""Running slow work (PDF, export, import) off the GUI thread.

A :class:`Worker` hands a plain callable to a Python thread pool and calls back, on
the GUI thread, with its result or the exception it raised. The callable must not
touch widgets; it calls services, which open their own sessions.

Why no Qt runnable and no signal carries the result: a ``QRunnable`` that Qt deletes
when ``run`` returns, emitting a signal with a Python object in it, left the GUI
thread handling the delivery while the pool thread was still unwinding the emit;
about one print in a dozen ended in a segmentation fault (issue 17). Now the pool
thread only ever touches Python: it puts ``(number, ok, value)`` into a thread-safe
queue. A timer of the worker, on the GUI thread and running only while work is
pending, empties the queue and calls the callbacks. Nothing Qt owns is shared
between the threads, so nothing can be deleted under the other's feet.
"""

from __future__ import annotations

import itertools
import logging
import queue
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

# How often the GUI thread looks for finished work while some is pending (ms). Short
# enough that nobody notices, long enough to cost nothing.
POLL_MS = 8


# Every callable still running, whichever worker started it (Python only): a worker's
# QObject may be deleted with its window while its pool thread still reads the store.
_RUNNING: set[Future[None]] = set()


def wait_all(msecs: int = -1) -> bool:
    """Block until every callable any worker started has ended (before a store is closed)."""
    running = list(_RUNNING)
    if not running:
        return True
    _, not_done = wait_futures(running, timeout=None if msecs < 0 else msecs / 1000)
    return not not_done


@dataclass(frozen=True)
class _Pending:
    on_done: Done
    on_error: Failed
    future: Future[None]


class Worker(QObject):
    """Runs callables on its own threads; ``busy_changed`` when work starts or ends.

    Args:
        max_threads: how many callables may run at once (PDFs: one is enough).
    """

    busy_changed = Signal(bool)

    def __init__(self, max_threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=max_threads, thread_name_prefix="worker")
        self._ended: queue.SimpleQueue[tuple[int, bool, tuple[object, object]]] = (
            queue.SimpleQueue()
        )
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.deliver)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, job: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Start ``job`` off the GUI thread; one of the callbacks follows on the GUI thread."""
        number = next(self._numbers)
        was_busy = self.busy
        ended = self._ended

        held: list[Callable[[], Any]] = [job]
        del job  # only ``held`` keeps it: handed back to the GUI thread with the result

        def task() -> None:
            # Runs on the pool thread: Python only, no Qt object is touched here — nor
            # freed: the job (and whatever it captured, a page, a window) goes back to the
            # GUI thread with its result, so its last reference never drops here while the
            # window is being closed (a widget destroyed on this thread corrupts Qt's heap).
            fn = held.pop()
            try:
                result: object = fn()
                ok = True
            except BaseException as exc:  # delivered to the caller, who words it
                result, ok = exc, False
            ended.put((number, ok, (result, fn)))
            del fn, result

        future = self._pool.submit(task)
        _RUNNING.add(future)
        future.add_done_callback(_RUNNING.discard)
        self._pending[number] = _Pending(on_done, on_error, future)
        if not was_busy:
            self._timer.start()
            self.busy_changed.emit(True)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running callables end (closing the window, tests).

        The callbacks follow at the next turn of the event loop, as before.
        """
        futures = [p.future for p in self._pending.values()]
        if not futures:
            return True
        _, not_done = wait_futures(futures, timeout=None if msecs < 0 else msecs / 1000)
        return not not_done

    def deliver(self) -> None:
        """Call the callbacks of the work that has ended (GUI thread; the timer calls it)."""
        while True:
            try:
                number, ok, (value, _job) = self._ended.get_nowait()
            except queue.Empty:
                return
            del _job  # released here, on the GUI thread
            pending = self._pending.pop(number, None)
            if not self._pending:
                self._timer.stop()
            if pending is None:
                log.warning("worker: a task ended that nobody waits for (%s)", number)
                continue
            if not self._pending:
                self.busy_changed.emit(False)
            if ok:
                pending.on_done(value)
            else:
                assert isinstance(value, BaseException)
                pending.on_error(value)
