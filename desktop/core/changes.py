"""The change signal: every operation ends by announcing what it changed (Anki's ``OpChanges``).

An announcement names the record kinds an operation wrote and the other parts of the store it
touched (:data:`SETTINGS`, :data:`SYNC_STATE`, :data:`BACKUPS`), or says that everything may
have changed (a restore replaced the store, a demo was built). Views ask
:meth:`OpChanges.touches` with what they show and read the store again when it answers True;
they never listen to each other (docs/architecture.md "Change signal").

Most announcements cannot be forgotten: ``RecordWriter`` notes the kinds it writes in the
transaction and ``Database.transaction()`` publishes them after a successful commit, never
after a rollback. Work outside the record write path notes or publishes its aspect itself.

Stdlib only: the window's bridge to the GUI thread lives in ``desktop/ui/change_bridge.py``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)

# What a view may show besides record kinds (the values of RecordKind).
SETTINGS = "settings"  # the installation, language, calendar, small settings
SYNC_STATE = "sync_state"  # bundles sent and received, receipts, remarks, registered keys
BACKUPS = "backups"  # the backup files
# Every record kind (the values of desktop.core.records.RecordKind), for views of them all.
RECORD_KINDS = frozenset(
    {
        "village",
        "meeting",
        "convention",
        "disclosure",
        # Issue 16.
        "consultation",
        "dialogue",
        "board",
        "oversight",
    }
)

Subscriber = Callable[["OpChanges"], None]


@dataclass(frozen=True)
class OpChanges:
    """What one operation changed.

    Attributes:
        kinds: the record kinds written (``"village"``, ``"meeting"``, ...).
        settings: the installation or a setting changed.
        sync_state: sync bookkeeping changed (bundles, receipts, remarks, keys, child records).
        backups: a backup file was written or deleted.
        everything: the whole store may differ (a restore, a demo build).
    """

    kinds: frozenset[str] = frozenset()
    settings: bool = False
    sync_state: bool = False
    backups: bool = False
    everything: bool = False

    @classmethod
    def of(cls, *kinds: str) -> OpChanges:
        """The record kinds ``kinds`` changed (RecordKind values or members)."""
        return cls(kinds=frozenset(str(k) for k in kinds))

    @classmethod
    def all(cls) -> OpChanges:
        return cls(everything=True)

    @property
    def empty(self) -> bool:
        return not (
            self.kinds or self.settings or self.sync_state or self.backups or self.everything
        )

    @property
    def aspects(self) -> frozenset[str]:
        """The kinds and flags as one set of names (the flags by their constants)."""
        flags = {SETTINGS: self.settings, SYNC_STATE: self.sync_state, BACKUPS: self.backups}
        return self.kinds | {name for name, on in flags.items() if on}

    def touches(self, shown: Iterable[str]) -> bool:
        """Whether a view showing ``shown`` (kinds and flag names) must read again."""
        return self.everything or not self.aspects.isdisjoint(shown)

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(
            kinds=self.kinds | other.kinds,
            settings=self.settings or other.settings,
            sync_state=self.sync_state or other.sync_state,
            backups=self.backups or other.backups,
            everything=self.everything or other.everything,
        )


class ChangePublisher:
    """Hands each announcement to its subscribers, plain callables, on the caller's thread.

    Operations may run on worker threads: a subscriber that touches widgets marshals to
    the GUI thread itself (``desktop/ui/change_bridge.py``). A subscriber that raises is
    logged and the others still hear: the operation itself has succeeded by then.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Add ``subscriber``; returns the call that removes it again."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, changes: OpChanges) -> None:
        """Announce ``changes`` (nothing is said for an empty announcement)."""
        if changes.empty:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(changes)
            except Exception:  # the change is committed; one deaf listener must not undo it
                log.exception("change subscriber failed: %r", subscriber)
