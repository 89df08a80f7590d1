"""The board page says a covered gap apart from a missing one (issue 14): no false
"còn thiếu gói số 1" when a later bundle carried everything bundle 1 held."""

from __future__ import annotations

from desktop.services.sync_board import BoardRow
from desktop.ui.i18n import I18n
from desktop.ui.pages.sync_board_model import BoardModel

MISSING_COLUMN = 5


def test_covered_and_missing_numbers_are_said_apart(i18n: I18n) -> None:
    model = BoardModel()
    covered = BoardRow("25222", "Xã Tân Phú", "commune", bundles=1, last_seq=2, covered=(("a", 1),))
    assert model.text(covered, MISSING_COLUMN) == "số 1 đã được gói sau bù đủ"
    both = BoardRow(
        "25222", "Xã Tân Phú", "commune", missing=(("b", 3),), covered=(("a", 1), ("a", 2))
    )
    assert model.text(both, MISSING_COLUMN) == "3; số 1, 2 đã được gói sau bù đủ"
    plain = BoardRow("25223", "Xã Bình Minh", "commune", missing=(("a", 4),))
    assert model.text(plain, MISSING_COLUMN) == "4"
    i18n.apply("en")
    assert model.text(covered, MISSING_COLUMN) == "no. 1 covered by a later bundle"


def test_a_units_search_hit_names_its_unit(i18n: I18n) -> None:
    from desktop.services.search import SearchHit
    from desktop.ui.search_results import hit_html

    hit = SearchHit(
        "meeting", "u1", "Bàn làm đường", True, unit_code="25222", unit_name="Xã Tân Phú"
    )
    assert "Xã Tân Phú (25222) · Hội nghị" in hit_html(hit, "#777")
    own = SearchHit("meeting", "u2", "Bàn làm đường", True)
    assert "(25222)" not in hit_html(own, "#777")
