"""Search across every kind over the FTS5 index: accents optional, ranked, highlighted."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desktop.core.text import fold
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.search import ParsedQuery, SearchHit
from desktop.storage import search_index as search_module
from desktop.storage.migrate import alembic_config, current_revision, head_revision, upgrade
from desktop.storage.records import RecordWriter
from desktop.storage.search_index import fold_aligned
from desktop.storage.villages import VillageAdapter
from tests.conftest import Clock

CONVENTION = "Hương ước thôn Đông"


def titles(hits: list[SearchHit]) -> list[str]:
    return [h.title for h in hits]


def indexed(services: Services) -> int:
    path = services.ctx.db.sqlite_path
    assert path is not None
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM search_documents").fetchone()[0])
    finally:
        con.close()


def add_village(services: Services, code: str, name: str, head: str = "") -> str:
    data = VillageData(code=code, name=name, head_name=head, households_total=100)
    return services.villages.add(replace(data, households_as_of=date(2026, 1, 1))).meta.uuid


@pytest.fixture
def demo(services: Services) -> Services:
    make_demo(services)
    return services


def test_accents_optional_both_ways(demo: Services) -> None:
    hits = demo.search.search("huong uoc thon dong")
    assert {"convention", "meeting"} <= {h.kind for h in hits}
    assert hits[0].title == CONVENTION and hits[0].kind == "convention"
    assert titles(demo.search.search("Hương Ước Thôn Đông")) == titles(hits)
    assert titles(demo.search.search("HUONG UOC THON DONG")) == titles(hits)
    # A word only in the convention's articles is found.
    assert [h.kind for h in demo.search.search("phô trương")] == ["convention"]
    assert [h.kind for h in demo.search.search("pho truong")] == ["convention"]


def test_d_with_stroke_matches_d_both_ways(demo: Services) -> None:
    road = "Bàn và quyết định mức đóng góp làm đường bê tông"
    assert road in titles(demo.search.search("duong be tong"))
    assert titles(demo.search.search("đường")) == titles(demo.search.search("duong"))
    assert titles(demo.search.search("ĐƯỜNG")) == titles(demo.search.search("duong"))
    add_village(demo, "DL", "Xóm Duong Lam", head="Do Van An")  # typed without accents
    assert "Xóm Duong Lam" in titles(demo.search.search("đường lâm"))
    assert "Xóm Duong Lam" in titles(demo.search.search("Đỗ Văn"))  # a head's name


def test_title_matches_rank_first(demo: Services) -> None:
    hits = demo.search.search("ho ngheo")
    assert hits[0].title == "Danh sách hộ nghèo, hộ cận nghèo năm 2026" and hits[0].title_match
    # The road meeting only mentions poor households in its minutes: it comes after.
    assert len(hits) >= 2 and not hits[-1].title_match
    flags = [h.title_match for h in demo.search.search("thon dong")]
    assert flags == sorted(flags, reverse=True) and flags[0]


def test_last_word_is_a_prefix_while_typing(demo: Services) -> None:
    assert CONVENTION in titles(demo.search.search("huong uoc thon do"))
    assert CONVENTION in titles(demo.search.search("hươ"))
    assert demo.search.search("pho truo") != []
    # A space after the word: the word is complete and must match whole.
    assert demo.search.search("pho truo ") == []
    assert ParsedQuery.parse("pho truo ").fts() == '"pho" "truo"'
    assert ParsedQuery.parse("Phô trươ").fts() == '"pho" "truo"*'


def test_spans_highlight_the_original_text(demo: Services) -> None:
    hit = demo.search.search("huong uoc thon dong")[0]
    assert [hit.title[a:b] for a, b in hit.title_spans] == ["Hương", "ước", "thôn", "Đông"]
    assert hit.snippet and hit.snippet_spans
    words = {fold(hit.snippet[a:b]) for a, b in hit.snippet_spans}
    assert words <= {"huong", "uoc", "thon", "dong"}
    # The snippet is cut around the first match of a word deep in the text.
    deep = demo.search.search("phô trương")[0]
    assert deep.snippet.startswith("…")
    assert [deep.snippet[a:b] for a, b in deep.snippet_spans] == ["phô", "trương"]
    # Prefix: the whole word typed so far is highlighted.
    prefix = demo.search.search("Đông hươ")[0]
    assert "Hương" in [prefix.title[a:b] for a, b in prefix.title_spans]


def test_fold_aligned_keeps_offsets() -> None:
    text = "Đường làng ĐÔNG — ß ﬁ Ấp"
    folded = fold_aligned(text)
    assert len(folded) == len(text)
    assert folded.startswith("duong lang dong")
    assert folded.endswith("ap")


def test_update_reindexes_and_tombstone_leaves_the_index(demo: Services) -> None:
    uuid = add_village(demo, "GIANG", "Thôn Giang Biên", head="Nguyễn Văn Tú")
    assert titles(demo.search.search("giang bien")) == ["Thôn Giang Biên"]
    current = demo.villages.get(uuid)
    demo.villages.update(uuid, replace(current.data, name="Thôn Sơn Hà"))
    assert demo.search.search("giang bien") == []
    assert titles(demo.search.search("son ha")) == ["Thôn Sơn Hà"]
    before = indexed(demo)
    writer = RecordWriter(VillageAdapter(date(2026, 12, 1)), actor="t", origin_code="25222")
    with demo.ctx.db.transaction() as session:
        writer.delete(session, uuid)
    assert demo.search.search("son ha") == []
    assert indexed(demo) == before - 1
    assert CONVENTION in titles(demo.search.search("huong uoc"))  # the rest is intact


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "*",
        "AND",
        "NEAR(",
        "a OR b",
        "title: x",
        "{title}: x",
        "^x",
        "-x",
        "(",
        ")",
        "'",
        '"hương',
        "NOT huong",
        "huong AND",
        "huong*",
        "x" * 500,
        "đ" * 40 + " " * 3,
        "100%",
        "_",
    ],
)
def test_fts_syntax_cannot_be_injected(demo: Services, typed: str) -> None:
    hits = demo.search.search(typed)
    assert isinstance(hits, list)


def test_operators_are_plain_words(demo: Services) -> None:
    assert demo.search.search("huong AND") == []  # "and" is a word no record holds
    assert CONVENTION in titles(demo.search.search('"huong" uoc*'))


def test_empty_and_limit(demo: Services) -> None:
    assert demo.search.search("") == []
    assert demo.search.search("   ") == []
    assert demo.search.search("?!") == []
    assert len(demo.search.search("thon", limit=2)) == 2
    assert demo.search.search("thon", limit=0) == []
    assert demo.search.search("khong-co-dau-100%") == []


def test_like_fallback_without_fts(demo: Services) -> None:
    """PostgreSQL has no FTS5: the folded search_text columns answer."""
    hits = demo.search._like(ParsedQuery.parse("huong uoc thon dong"), 50)
    assert hits[0].title == CONVENTION and hits[0].title_match
    a, b = hits[0].title_spans[0]
    assert hits[0].title[a:b] == "Hương"


def test_migration_builds_the_index_for_existing_rows(demo: Services) -> None:
    db = demo.ctx.db
    expected = titles(demo.search.search("huong uoc thon dong"))
    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    assert current_revision(db) == "0005"
    with db.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert not {"search_fts", "search_documents"} & names
    upgrade(db, None)
    assert current_revision(db) == head_revision()
    assert indexed(demo) == 13  # 6 villages, 3 meetings, 1 convention, 3 disclosures
    assert titles(demo.search.search("huong uoc thon dong")) == expected


def test_broad_query_lists_title_matches_first_then_newest(
    demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past RANK_LIMIT matches nothing is ranked: title matches first, newest first."""
    ranked = demo.search.search("thon")
    monkeypatch.setattr(search_module, "RANK_LIMIT", 1)
    broad = demo.search.search("thon")
    assert sorted(h.uuid for h in broad) == sorted(h.uuid for h in ranked)
    flags = [h.title_match for h in broad]
    assert flags == sorted(flags, reverse=True) and flags[0] and not flags[-1]
    assert ranked[0].kind == "village"  # ranked: the shortest title holding the word
    assert broad[0].kind != "village"  # broad: the newest (villages were made first)


def test_postgresql_searches_the_folded_columns(pg_url: str, tmp_path: Path) -> None:
    """The receiving level on PostgreSQL: no FTS5 tables, the write path skips the index,
    and the LIKE over ``search_text`` answers with accents optional."""
    services = build_services(open_store(tmp_path / "data", db_url=pg_url, clock=Clock()))
    try:
        make_demo(services)
        with services.ctx.db.reading() as session:
            tables = session.execute(
                text("SELECT tablename FROM pg_tables WHERE tablename LIKE 'search%'")
            ).all()
        assert tables == []
        hits = services.search.search("huong uoc thon dong")
        assert hits[0].title == CONVENTION and hits[0].title_match
        assert titles(services.search.search("đường")) == titles(services.search.search("duong"))
        assert services.search.search('NEAR( "*') == []
    finally:
        services.close()
