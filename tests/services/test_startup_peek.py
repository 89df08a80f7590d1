"""services/startup.py: what the window's frame and overview read before the store is
opened (moved out of ui/startup.py, issue 12): the answers, and no exception for a store
the quick reader cannot read (the full open then decides)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.installation import Installation
from desktop.core.villages import VillageData
from desktop.services.container import Services
from desktop.services.startup import early_figures, frame_facts


def _db(services: Services) -> Path:
    path = services.ctx.db.sqlite_path
    assert path is not None
    return path


def test_a_set_up_store_gives_language_name_and_figures(
    services: Services, commune: Installation
) -> None:
    services.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=124))
    services.villages.add(VillageData(code="BAC", name="Thôn Bắc", households_total=99))
    assert frame_facts(_db(services)) == (None, "Xã Tân Phú")  # no language chosen yet
    services.settings.set_language("en")
    assert frame_facts(_db(services)) == ("en", "Xã Tân Phú")
    assert early_figures(_db(services)) == (commune, 2, 223)


def test_no_store_or_not_set_up_gives_nothing(services: Services, tmp_path: Path) -> None:
    assert frame_facts(tmp_path / "none.sqlite3") == (None, None)
    assert early_figures(tmp_path / "none.sqlite3") is None
    assert not (tmp_path / "none.sqlite3").exists()  # nothing created
    assert frame_facts(_db(services)) == (None, None)  # at head, but not set up
    assert early_figures(_db(services)) is None


def test_an_unreadable_store_at_head_gives_nothing_instead_of_failing(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    copy = tmp_path / "broken.sqlite3"
    with sqlite3.connect(_db(services)) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with sqlite3.connect(copy) as conn:  # still at head, but its tables are gone
        conn.execute("DROP TABLE settings")
        conn.execute("DROP TABLE villages")
    assert frame_facts(copy) == (None, None)
    assert early_figures(copy) is None
