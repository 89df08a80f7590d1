"""A migration that fails half-way leaves the SQLite store as it was (one transaction).

Found by the kill -9 trials of the safety runner (tests/safety): pysqlite runs DDL outside
any transaction unless told BEGIN, so a crash mid-upgrade left tables of the next schema
beside the old revision number, and the store no longer opened.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command as alembic_command

from desktop.services.context import open_store
from desktop.storage import migrate

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema-0001.sqlite3"


def _tables_and_revision(path: Path) -> tuple[set[str], str]:
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        [(revision,)] = db.execute("SELECT version_num FROM alembic_version").fetchall()
    return tables, revision


def test_failed_upgrade_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_file = data / "sodanchu.sqlite3"
    shutil.copy(FIXTURE, db_file)
    before = _tables_and_revision(db_file)
    real_upgrade = alembic_command.upgrade

    def upgrade_then_crash(cfg: Any, revision: str) -> None:
        real_upgrade(cfg, revision)  # every migration ran...
        raise RuntimeError("power cut")  # ...and the process died before committing

    monkeypatch.setattr(alembic_command, "upgrade", upgrade_then_crash)
    with pytest.raises(RuntimeError):
        open_store(data)
    assert _tables_and_revision(db_file) == before
    monkeypatch.undo()
    open_store(data).db.dispose()  # and the next start migrates it fully
    assert _tables_and_revision(db_file)[1] == migrate.head_revision()
