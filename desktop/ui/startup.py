"""Start-up in two steps: the frame painted from Qt alone, then the store loaded behind it.

:func:`peek_store` reads, without SQLAlchemy, what the frame needs to be drawn right
the first time (language, the installation's name). :class:`StoreLoader` waits for
the frame's first paint, then opens the store (migrating it if needed), builds the
services and reads the overview's figures on a worker thread, while the GUI thread
keeps painting; then it imports the pages' modules there too. docs/performance.md
"Start-up" has the figures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

from desktop.services.paths import DataPaths
from desktop.services.startup import early_figures, frame_facts
from desktop.ui.workers import Worker

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages.overview import OverviewFigures

log = logging.getLogger(__name__)

# Open the store this long after showing the frame even if no paint was seen (a window
# hidden behind others may not be painted; one opened minimised starts at once).
PAINT_WAIT_MS = 1500


@dataclass(frozen=True)
class FrameFacts:
    """What the frame shows before the store is open (None: not known yet)."""

    language: str | None = None
    title: str | None = None


def peek_store(paths: DataPaths, db_url: str | None = None) -> FrameFacts:
    """The stored language and the installation's name, read-only, in a millisecond.

    Only a SQLite store at the shipped schema is read (services/startup.py); any other
    (new, older, on PostgreSQL, unreadable) gives empty facts, and the full open that
    follows decides. Nothing is written, so no check is skipped: the store is still
    opened, migrated and checked as always, behind the frame.
    """
    if db_url is not None:
        return FrameFacts()
    return FrameFacts(*frame_facts(paths.database))


def peek_figures(paths: DataPaths, db_url: str | None = None) -> OverviewFigures | None:
    """The overview's figures read the same way, once the frame is painted (None: the
    store is not set up or not readable so; they come with the full open)."""
    if db_url is not None:
        return None
    from desktop.ui.pages.overview import OverviewFigures

    early = early_figures(paths.database)
    return None if early is None else OverviewFigures(*early, paths.root)


def open_services(root: Path, db_url: str | None) -> tuple[Services, OverviewFigures]:
    """Open (and migrate) the store, build the services, read the overview's figures.

    Runs on the worker thread: imports SQLAlchemy (and Alembic when migrating).
    """
    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.ui.pages.overview import overview_figures

    services = build_services(open_store(root, db_url=db_url))
    try:
        return services, overview_figures(services)
    except BaseException:
        services.close()
        raise


def preload_pages() -> None:
    """Import the pages' modules (SQLAlchemy, the services): safe off the GUI thread, as
    no widget is made, so that building the pages afterwards only builds widgets.
    Plain import statements, so the frozen build's analysis sees every page. The Sync,
    Reports and Settings pages are built on first visit (ON_FIRST_VISIT), not here."""
    import desktop.ui.pages.conventions
    import desktop.ui.pages.disclosures
    import desktop.ui.pages.meetings
    import desktop.ui.pages.villages
    import desktop.ui.search_popup  # noqa: F401


class _FirstPaint(QObject):
    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint is done
        return False


class StoreLoader:
    """Loads the store behind ``window``'s frame, then the pages' modules."""

    def __init__(self, root: Path, db_url: str | None, window: MainWindow) -> None:
        self._root = root
        self._db_url = db_url
        self._window = window
        self._worker = Worker()
        self._outcome: dict[str, Any] = {}
        self._started = False
        self._handed_over = False
        self._opened: Services | None = None
        self.closed = False

    def load(self) -> tuple[Services, OverviewFigures] | None:
        """Wait (the frame painting and answering) until the store is open; None: it
        could not be (the error is logged), or the application was quit meanwhile
        (``closed``)."""
        loop = QEventLoop()

        def start() -> None:
            if self._started:
                return
            self._started = True
            early = peek_figures(DataPaths(self._root), self._db_url)
            if early is not None:  # shown now, while the store is being opened
                self._window.show_early_figures(early)

            def done(result: object) -> None:
                self._outcome["done"] = result
                loop.quit()

            def failed(exc: BaseException) -> None:
                self._outcome["error"] = exc
                loop.quit()

            self._worker.run(self._open, done, failed)

        spy = _FirstPaint(start)
        self._window.overview.installEventFilter(spy)
        QTimer.singleShot(0 if self._window.isMinimized() else PAINT_WAIT_MS, start)
        if "done" not in self._outcome and "error" not in self._outcome:
            loop.exec()
        self._window.overview.removeEventFilter(spy)
        if "done" not in self._outcome and "error" not in self._outcome:
            self.closed = True  # the application was quit (the frame closed) meanwhile
            return None
        if "error" in self._outcome:
            exc = self._outcome["error"]
            log.error("could not open the data store in %s", self._root, exc_info=exc)
            return None
        services, figures = self._outcome["done"]
        self._handed_over = True
        self._worker.run(self._preload, self._window.fill_pages, self._preload_failed)
        return services, figures

    def _open(self) -> tuple[Services, OverviewFigures]:
        opened = open_services(self._root, self._db_url)
        self._opened = opened[0]  # closed by close() if it is never handed over
        return opened

    @staticmethod
    def _preload() -> None:
        preload_pages()

    def _preload_failed(self, exc: BaseException) -> None:
        log.error("could not load the pages' modules", exc_info=exc)
        self._window.fill_pages()  # builds them on the GUI thread: the error shows there

    def close(self) -> None:
        """Wait for the worker; close a store it opened that nobody took."""
        self._worker.wait()
        if not self._handed_over and self._opened is not None:
            self._opened.close()
