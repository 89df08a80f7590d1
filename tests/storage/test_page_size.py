"""New SQLite stores use 8 KiB pages; an existing store keeps the size it was made with."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.services.context import open_store
from desktop.storage.db import DB_FILENAME, SQLITE_PAGE_SIZE


def _page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])


def test_a_new_store_has_8k_pages(tmp_path: Path) -> None:
    ctx = open_store(tmp_path / "new")
    ctx.db.dispose()
    assert SQLITE_PAGE_SIZE == 8192
    assert _page_size(tmp_path / "new" / DB_FILENAME) == SQLITE_PAGE_SIZE


def test_an_existing_store_keeps_its_page_size(tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    with sqlite3.connect(old / DB_FILENAME) as conn:
        conn.execute("PRAGMA page_size=4096")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (x)")
    ctx = open_store(old)
    with ctx.db.reading() as session:
        assert session.connection().exec_driver_sql("PRAGMA page_size").scalar() == 4096
    ctx.db.dispose()
    assert _page_size(old / DB_FILENAME) == 4096
