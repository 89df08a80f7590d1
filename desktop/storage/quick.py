"""Read-only answers straight from the SQLite file, without SQLAlchemy (~0.3 s to import).

For the start-up paths that must be quick (docs/performance.md "Start-up"): the
window's frame (language and title before the store is opened) and ``sodanchu list
village``. Each function answers only for a store that needs nothing done to it: a
SQLite file at exactly the shipped schema (HEAD_REVISION). Anything else (no file, an
older or newer schema, PostgreSQL, a locked or damaged file) gives ``None`` and the
caller takes the full path, which migrates, checks and words errors as always.
The queries mirror storage/villages.py and storage/settings.py; tests compare them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.storage.schema_head import HEAD_REVISION

if TYPE_CHECKING:  # imported by the functions that build them, after the frame's paint
    from desktop.core.installation import Installation
    from desktop.core.villages import Village

INSTALLATION_ROW_ID = 1  # the one row of the installation table (storage/installation.py)
LANGUAGE_KEY = "ui.language"  # the settings row of the interface language
VILLAGE_COLUMNS = (
    "uuid, version, created_at, created_by, updated_at, updated_by, deleted, origin_code, "
    "code, name, village_type, head_name, households_total, households_as_of, retired_on"
)


@contextmanager
def reading(database: Path) -> Iterator[sqlite3.Connection | None]:
    """A read-only connection to a store at HEAD_REVISION, else None."""
    if not database.is_file():
        yield None
        return
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        yield None
        return
    with closing(conn):
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.Error:
            rows = []
        yield conn if rows == [(HEAD_REVISION,)] else None


def setting(conn: sqlite3.Connection, key: str) -> Any:
    """A setting's value (stored as JSON, storage/installation.py), or None."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def installation_name(conn: sqlite3.Connection) -> str | None:
    """The installation's name, or None before set-up."""
    row = conn.execute(
        "SELECT name FROM installation WHERE id = ?", (INSTALLATION_ROW_ID,)
    ).fetchone()
    return None if row is None else str(row[0])


def installation(conn: sqlite3.Connection) -> Installation | None:
    """What storage/installation.py ``get_installation`` returns (None before set-up)."""
    from desktop.core.installation import Installation, InstallationData, Role, UpperKind

    row = conn.execute(
        "SELECT installation_id, role, code, name, province_code, province_name, parent_code,"
        " parent_name, upper_code, upper_name, upper_kind, officer_name"
        " FROM installation WHERE id = ?",
        (INSTALLATION_ROW_ID,),
    ).fetchone()
    if row is None:
        return None
    data = InstallationData(
        role=Role(row[1]),
        code=row[2],
        name=row[3],
        province_code=row[4],
        province_name=row[5],
        parent_code=row[6],
        parent_name=row[7],
        upper_code=row[8],
        upper_name=row[9],
        upper_kind=UpperKind(row[10]),
        officer_name=row[11],
    )
    return Installation(installation_id=row[0], data=data)


def active_village_totals(conn: sqlite3.Connection) -> tuple[int, int]:
    """Active villages and their households: storage/villages.py ``village_totals`` with
    ``VillageQuery(include_retired=False)``."""
    count, households = conn.execute(
        "SELECT count(uuid), sum(households_total) FROM villages"
        " WHERE deleted = 0 AND retired_on IS NULL"
    ).fetchone()
    return int(count or 0), int(households or 0)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _utc(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def villages(
    conn: sqlite3.Connection, *, search: str = "", include_retired: bool = True
) -> list[Village]:
    """What ``VillageService.list(VillageQuery(search, include_retired))`` returns:
    ordered by code, tombstones left out, every folded word of ``search`` found."""
    from desktop.core.records import RecordMeta
    from desktop.core.text import fold
    from desktop.core.villages import Village, VillageData, VillageType

    sql = f"SELECT {VILLAGE_COLUMNS} FROM villages WHERE deleted = 0"
    params: list[str] = []
    if not include_retired:
        sql += " AND retired_on IS NULL"
    for word in fold(search).split():
        sql += " AND instr(search_text, ?) > 0"
        params.append(word)
    out = []
    for row in conn.execute(sql + " ORDER BY code", params):
        meta = RecordMeta(
            uuid=row[0],
            version=row[1],
            created_at=_utc(row[2]),
            created_by=row[3],
            updated_at=_utc(row[4]),
            updated_by=row[5],
            deleted=bool(row[6]),
            origin_code=row[7],
        )
        data = VillageData(
            code=row[8],
            name=row[9],
            village_type=VillageType(row[10]),
            head_name=row[11],
            households_total=row[12],
            households_as_of=_day(row[13]),
            retired_on=_day(row[14]),
        )
        out.append(Village(meta=meta, data=data, history=()))
    return out
