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


def test_hostile_titles_neither_break_the_index_nor_leak_into_other_rows() -> None:
    """A unit's titles are its own text: line breaks, tabs, control and combining
    characters, a word repeated a thousand times — found by their words, rows intact."""
    u = "00000000-0000-4000-8000-00000000000"
    rows = [
        ("meeting", f"{u}1", "25222", "Họp\nthôn 25225 meeting\tĐông"),
        ("meeting", f"{u}2", "25223", "\x00\x1f họp thôn \u202eĐông\u0301\u0301"),
        ("letter", f"{u}3", "25224", "đơn " * 1000),
        ("case", f"{u}4", "25225", ""),
    ]
    index = TitleIndex.build((0,), rows)
    found = index.matching(ParsedQuery.parse("hop thon"), 50)
    assert {row for _title, row in found} == {
        ("meeting", f"{u}1", "25222"),
        ("meeting", f"{u}2", "25223"),
    }
    [(_title, row)] = index.matching(ParsedQuery.parse("don "), 50)  # the word, not "dong"
    assert row == ("letter", f"{u}3", "25224")
    assert index.matching(ParsedQuery.parse("25225 meeting"), 50)[0][1][2] == "25222"
