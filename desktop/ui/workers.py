"""Running slow work (PDF, export, import) off the GUI thread.

A :class:`Worker` hands a plain callable to a thread pool and calls back, on
the GUI thread, with its result or the exception it raised. The callable must
not touch widgets; it calls services, which open their own sessions.

The pool thread never calls Python callbacks itself: it emits a signal of a
relay object that lives on the GUI thread, so Qt queues the delivery to the
worker's slots there.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Carries a task's end from the pool thread to the GUI thread."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, number: int, job: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._job = job
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as exc:  # delivered to the caller, who words it
            self._relay.failed.emit(self._number, exc)
        else:
            self._relay.done.emit(self._number, result)


@dataclass(frozen=True)
class _Pending:
    on_done: Done
    on_error: Failed


class Worker(QObject):
    """Runs callables on its own thread pool; ``busy_changed`` when work starts or ends.

    Args:
        max_threads: how many callables may run at once (PDFs: one is enough).
    """

    busy_changed = Signal(bool)

    def __init__(self, max_threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Pending] = {}

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, job: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Start ``job`` off the GUI thread; one of the callbacks follows on the GUI thread."""
        number = next(self._numbers)
        was_busy = self.busy
        self._pending[number] = _Pending(on_done, on_error)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Task(number, job, self._relay))

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running callables end (closing the window, tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _done(self, number: int, result: object) -> None:
        pending = self._finish(number)
        if pending is not None:
            pending.on_done(result)

    @Slot(int, object)
    def _failed(self, number: int, exc: object) -> None:
        pending = self._finish(number)
        if pending is None:
            return
        assert isinstance(exc, BaseException)
        pending.on_error(exc)

    def _finish(self, number: int) -> _Pending | None:
        pending = self._pending.pop(number, None)
        if pending is None:
            log.warning("worker: a task ended that nobody waits for (%s)", number)
            return None
        if not self._pending:
            self.busy_changed.emit(False)
        return pending
