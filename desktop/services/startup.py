"""What the window's frame shows before the store is opened, read in a millisecond.

Only a SQLite store at the shipped schema is read, read-only and with ``sqlite3`` alone
(storage/quick.py): no SQLAlchemy before the frame is painted (docs/performance.md
"Start-up"). Any other store (new, older, on PostgreSQL, unreadable) answers nothing, and
the full open that follows decides; nothing is written, so no check is skipped.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.storage import quick

if TYPE_CHECKING:
    from desktop.core.installation import Installation

log = logging.getLogger(__name__)


def frame_facts(database: Path) -> tuple[str | None, str | None]:
    """The stored interface language and the installation's name (None: not known yet)."""
    try:
        with quick.reading(database) as conn:
            if conn is None:
                return None, None
            language = quick.setting(conn, quick.LANGUAGE_KEY)
            return language if isinstance(language, str) else None, quick.installation_name(conn)
    except sqlite3.Error:
        log.info("could not peek at %s; the frame starts plain", database, exc_info=True)
        return None, None


def early_figures(database: Path) -> tuple[Installation, int, int] | None:
    """The installation, its active villages and their households, for the overview
    (None: the store is not set up, or not readable so; they come with the full open)."""
    try:
        with quick.reading(database) as conn:
            if conn is None:
                return None
            installation = quick.installation(conn)
            if installation is None:
                return None
            villages, households = quick.active_village_totals(conn)
            return installation, villages, households
    except sqlite3.Error:
        log.info("could not read the overview's figures early", exc_info=True)
        return None
