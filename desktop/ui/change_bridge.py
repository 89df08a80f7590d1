"""The change signal in the window: one bridge to the GUI thread, one follower per page.

The store announces what each operation changed (:class:`desktop.core.changes.OpChanges`),
on whatever thread ran it: an import or a restore runs on a worker thread
(``desktop/ui/workers.py``). :class:`ChangeBridge` hears every announcement, merges those
that arrive within one turn of the event loop and hands them on, on the GUI thread, as
``changed``. A page declares what it shows (``kinds_shown``: record kinds and the flag names
of ``desktop.core.changes``) and how it reads again (``refresh()``); its
:class:`ChangeFollower` refreshes it at once when it is visible, else marks it stale and
refreshes it when it is next shown. Pages never listen to each other (Anki's ``OpChanges``;
docs/architecture.md "Change signal").
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Protocol, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.core.changes import ChangePublisher, OpChanges


class FollowsChanges(Protocol):
    """What a page offers the change signal."""

    kinds_shown: frozenset[str]

    def refresh(self) -> None: ...


class ChangeBridge(QObject):
    """Hears ``publisher`` on any thread; emits ``changed(OpChanges)`` on the GUI thread.

    Nothing Qt is touched off the GUI thread: another thread only keeps the announcement in
    a lock-guarded field, which a timer of the bridge, on the GUI thread, takes and hands on
    within ``POLL_MS``. Emitting even a queued signal from a worker thread raced with the
    window's deletion and ended in a segmentation fault (as ``workers.py`` found for its
    results). On the GUI thread itself the announcement is handed on at the next turn of
    the event loop.
    """

    changed = Signal(object)  # OpChanges
    _wake = Signal()
    POLL_MS = 50

    def __init__(self, publisher: ChangePublisher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: OpChanges | None = None
        self._wake.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._poll = QTimer(self)  # GUI thread: what another thread heard, handed on
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._deliver)
        self._poll.start()
        self._unsubscribe = publisher.subscribe(self._heard)
        unsubscribe = self._unsubscribe  # not self: called while the object is being deleted
        self.destroyed.connect(lambda *_: unsubscribe())

    def close(self) -> None:
        """Stop hearing the store (the window is being replaced)."""
        self._unsubscribe()

    def _heard(self, changes: OpChanges) -> None:
        """Any thread: keep the announcement. On the GUI thread, also wake the bridge once
        per batch; another thread touches nothing Qt owns (the poll timer delivers)."""
        with self._lock:
            first = self._pending is None
            self._pending = changes if self._pending is None else self._pending | changes
        on_gui_thread = threading.current_thread() is threading.main_thread()
        if first and on_gui_thread and isValid(self):
            self._wake.emit()

    def _deliver(self) -> None:
        with self._lock:
            changes, self._pending = self._pending, None
        if changes is not None:
            self.changed.emit(changes)

    def follow(
        self,
        page: QWidget,
        kinds: Iterable[str] | None = None,
        refresh: Callable[[], None] | None = None,
    ) -> ChangeFollower:
        """Refresh ``page`` on the announcements that touch what it shows.

        ``kinds`` and ``refresh`` default to the page's ``kinds_shown`` and ``refresh``.
        """
        hook = cast(FollowsChanges, page)
        shown = frozenset(kinds if kinds is not None else hook.kinds_shown)
        follower = ChangeFollower(page, shown, refresh or hook.refresh)
        self.changed.connect(follower.on_changes)
        return follower


class ChangeFollower(QObject):
    """Refreshes one page: now when it is visible, else once when it is next shown."""

    def __init__(self, page: QWidget, shown: frozenset[str], refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._shown = shown
        self._refresh = refresh
        self.stale = False
        page.installEventFilter(self)

    def on_changes(self, changes: OpChanges) -> None:
        if not changes.touches(self._shown):
            return
        if self._page.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
