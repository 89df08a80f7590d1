"""storage/quick.py answers exactly as the services do, and only for a store at head."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from desktop.core.installation import Installation
from desktop.core.villages import VillageData, VillageType
from desktop.services.container import Services
from desktop.storage import quick
from desktop.storage.villages import VillageQuery


def _villages(services: Services) -> None:
    add = services.villages.add
    add(VillageData(code="DONG", name="Thôn Đông", head_name="Trần Văn Hùng", households_total=124))
    add(VillageData(code="AP3", name="Ấp Phú Hòa", village_type=VillageType.AP, households_total=9))
    old = add(VillageData(code="CU", name="Thôn Cũ", households_total=50))
    services.villages.retire(old.uuid, date(2026, 1, 1))


def _db(services: Services) -> Path:
    path = services.ctx.db.sqlite_path
    assert path is not None
    return path


def test_village_list_matches_the_service(services: Services, commune: Installation) -> None:
    _villages(services)
    cases = [("", True), ("", False), ("thon", True), ("dong hung", True), ("ĐÔNG", False)]
    with quick.reading(_db(services)) as conn:
        assert conn is not None
        for search, retired in cases:
            expected = services.villages.list(VillageQuery(search=search, include_retired=retired))
            assert quick.villages(conn, search=search, include_retired=retired) == expected
        assert [v.data.code for v in quick.villages(conn)] == ["AP3", "CU", "DONG"]
        assert quick.active_village_totals(conn) == (2, 133)
        assert quick.active_village_totals(conn) == services.villages.totals(
            VillageQuery(include_retired=False)
        )
        assert quick.installation(conn) == commune
        assert quick.installation_name(conn) == "Xã Tân Phú"


def test_language_setting(services: Services, commune: Installation) -> None:
    with quick.reading(_db(services)) as conn:
        assert conn is not None and quick.setting(conn, quick.LANGUAGE_KEY) is None
    services.settings.set_language("en")
    with quick.reading(_db(services)) as conn:
        assert conn is not None and quick.setting(conn, quick.LANGUAGE_KEY) == "en"


def test_no_answer_for_a_store_not_at_head(services: Services, tmp_path: Path) -> None:
    with quick.reading(tmp_path / "none.sqlite3") as conn:
        assert conn is None  # no file: nothing is created either
    assert not (tmp_path / "none.sqlite3").exists()
    copy = tmp_path / "old.sqlite3"
    with sqlite3.connect(_db(services)) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006'")
    with quick.reading(copy) as conn:
        assert conn is None  # an older schema: the full open migrates it first
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    with quick.reading(empty) as conn:
        assert conn is None


def test_read_only(services: Services, commune: Installation) -> None:
    with quick.reading(_db(services)) as conn:
        assert conn is not None
        try:
            conn.execute("DELETE FROM villages")
        except sqlite3.OperationalError as exc:
            assert "readonly" in str(exc)
        else:  # pragma: no cover - the failure this test exists for
            raise AssertionError("the quick reader could write")
