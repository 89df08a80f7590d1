"""Search across every kind, accents optional."""

from __future__ import annotations

from desktop.services.container import Services
from desktop.services.demo import make_demo


def test_search_all_kinds_without_accents(services: Services) -> None:
    make_demo(services)
    hits = services.search.search("huong uoc thon dong")
    kinds = {h.kind for h in hits}
    assert {"convention", "meeting"} <= kinds
    assert hits[0].title_match and hits[0].title == "Hương ước thôn Đông"
    # A word that is only in the convention's text (an article) is found too.
    assert [h.kind for h in services.search.search("phô trương")] == ["convention"]
    assert [h.title for h in services.search.search("HO NGHEO")] == [
        "Danh sách hộ nghèo, hộ cận nghèo năm 2026"
    ]
    assert services.search.search("đường") == services.search.search("duong")
    assert services.search.search("   ") == []
    assert services.search.search("khong-co-dau-100%") == []
