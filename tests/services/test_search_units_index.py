"""The receiving level's title index (services/search_units.py): the same hits, in the same
order, as reading every title again; refreshed by the next import (issue 14 budget)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.installation import InstallationData, Role
from desktop.core.text import fold
from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.search import ParsedQuery
from desktop.services.search_units import TitleIndex, title_words
from desktop.storage.child_search import child_titles
from tests.conftest import Clock

UPPER = InstallationData(role=Role.UPPER, code="79", name="Thành phố Hồ Chí Minh")
QUERIES = ("hop thon", "hương ước", "thon d", "t", "cong khai ngan sach", "zzz", "ke hoach 2")


def _naive(rows: list[tuple[str, str, str, str]], typed: str, limit: int) -> list[str]:
    """Every title folded again, as before the index: the order the index must keep."""
    query = ParsedQuery.parse(typed)
    last = len(query.words) - 1

    def holds(title: str) -> bool:
        words = title_words(title)
        return all(
            any(c == w or (query.prefix and i == last and c.startswith(w)) for c in words)
            for i, w in enumerate(query.words)
        )

    found = sorted((r for r in rows if holds(r[3])), key=lambda r: (len(r[3]), r[3], r[1]))
    return [r[1] for r in found[:limit]]


def test_the_index_finds_what_a_full_scan_finds_in_the_same_order(tmp_path: Path) -> None:
    commune = build_services(open_store(tmp_path / "commune", clock=Clock()))
    upper = build_services(open_store(tmp_path / "upper", clock=Clock()))
    try:
        make_demo(commune)
        upper.setup.initialize(UPPER)
        upper.sync_import.register_child(commune.sync.export_key(tmp_path / "k.json"))
        upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o1").files))
        with upper.ctx.db.reading() as session:
            rows = list(child_titles(session))
        index = TitleIndex.build((1,), rows)
        for typed in QUERIES:
            for limit in (1, 5, 500):
                got = [row[1] for _title, row in index.matching(ParsedQuery.parse(typed), limit)]
                assert got == _naive(rows, typed, limit), (typed, limit)
        assert index.matching(ParsedQuery.parse("t"), 500)  # a first letter finds titles

        # A record renamed at the commune: found by its new title once imported, not before.
        meeting = commune.meetings.list()[0]
        assert not upper.search.search("Xaylapnhavanhoa")
        commune.meetings.update_json(meeting.uuid, {"title": "Họp bàn Xaylapnhavanhoa thôn"})
        upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o2").files))
        [hit] = upper.search.search("xaylapnhavanhoa")
        assert hit.uuid == meeting.uuid and hit.unit_code == "25222"
        assert fold("Xaylapnhavanhoa") in fold(hit.title)
    finally:
        commune.close()
        upper.close()
