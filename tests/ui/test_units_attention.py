"""The receiving level's overview says what needs attention in its units (lost data apart
from gaps a later bundle covered, late or briefly posted disclosures, suspended hương ước),
and the board lists its units sortable, by name in Vietnamese order (issue 14)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from desktop.services.sync_board import Board, BoardRow, Counts
from desktop.ui.i18n import I18n
from desktop.ui.pages.overview_units import LISTED_MAX, UnitsBox, attention_text
from desktop.ui.pages.sync_board_model import DAYS, BoardModel


def _board(*rows: BoardRow) -> Board:
    return Board(date(2026, 6, 1), 45, "UBND tỉnh", "48", rows)


QUIET = BoardRow("25222", "Xã Tân Phú", "commune", bundles=2, last_seq=2, silent=False)
LOST = BoardRow("25225", "Xã Hòa Vang", "commune", bundles=1, last_seq=3, missing=(("a", 2),))
COVERED = BoardRow("25228", "Phường Ân Thi", "commune", last_seq=2, covered=(("a", 1),))
LATE = BoardRow(
    "25231",
    "Xã Đại Lộc",
    "commune",
    last_seq=1,
    counts=Counts(late=3, short_postings=1, suspended=2),
)


def test_only_units_needing_attention_are_listed_lost_data_first(i18n: I18n) -> None:
    assert attention_text(_board(QUIET)) == ""
    text = attention_text(_board(QUIET, COVERED, LATE, LOST))
    lines = text.split("\n")
    assert lines[0] == "Cần chú ý ở 3 đơn vị:"
    assert lines[1].startswith("• 25225 Xã Hòa Vang: gói số 2 chưa đến và dữ liệu")
    assert "25222" not in text
    covered = next(line for line in lines if "25228" in line)
    assert "gói sau đã mang đủ" in covered and "bị thiếu" not in covered
    late = next(line for line in lines if "25231" in line)
    assert "3 nội dung công khai chậm" in late
    assert "1 nội dung niêm yết không đủ thời gian" in late
    assert "2 hương ước bị tạm ngưng" in late
    i18n.apply("en")
    assert attention_text(_board(LOST)).startswith("Needing attention in 1 units:")


def test_many_units_are_counted_not_listed(qtbot: object, i18n: I18n) -> None:
    del qtbot
    rows = [
        BoardRow(f"{25300 + i}", f"Xã Số {i}", "commune", missing=(("a", 1),)) for i in range(20)
    ]
    text = attention_text(_board(*rows))
    assert text.count("•") == LISTED_MAX
    assert "8" in text.split("\n")[-1]  # the 8 not listed
    box = UnitsBox()
    box.show_board(_board(QUIET))
    assert box.attention.isHidden()
    box.show_board(_board(LOST))
    assert not box.attention.isHidden() and "25225" in box.attention.text()


def test_the_board_sorts_units_by_name_in_vietnamese_order(i18n: I18n) -> None:
    del i18n
    model = BoardModel()
    # Đ after D, proper names without "Xã"/"Phường": Ân, Đại Lộc, Hòa Vang, Tân Phú.
    dong = BoardRow("25240", "Xã Dương Minh", "commune", last_seq=None)
    sent = [replace(r, days_silent=10 + i) for i, r in enumerate((QUIET, LOST, COVERED, LATE))]
    model.set_board(_board(*sent, dong))
    names = [model.rows[r].name for r in range(model.rowCount())]
    assert names == ["Phường Ân Thi", "Xã Dương Minh", "Xã Đại Lộc", "Xã Hòa Vang", "Xã Tân Phú"]
    assert model.data(model.index(0, 0)) == "Phường Ân Thi (25228)"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rows[0].name == "Xã Tân Phú"
    model.sort(DAYS, Qt.SortOrder.DescendingOrder)  # the never-sent unit is the most silent
    assert model.rows[0].code == "25240"
    model.sort(DAYS + 5, Qt.SortOrder.DescendingOrder)  # disclosures late
    assert model.rows[0].code == "25231"
    model.sort(DAYS, Qt.SortOrder.AscendingOrder)
    model.set_board(_board(dong, sent[0]))  # a new board keeps the order chosen
    assert [r.code for r in model.rows] == ["25222", "25240"]
