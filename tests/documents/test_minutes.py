"""Meeting minutes (Law Art. 20) on the Decree 30 page."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from desktop.documents.minutes import MinutesData, build_minutes, render_minutes
from desktop.documents.page import BodyTable
from tests.documents.conftest import RULE_2_3, RULE_HALF, sample_minutes
from tests.documents.pdftext import flat_text, is_nfc


def render(data: MinutesData) -> bytes:
    out = io.BytesIO()
    render_minutes(data, out, invariant=True)
    return out.getvalue()


def test_minutes_print_header_title_counts_and_rules(minutes_data: MinutesData) -> None:
    text = flat_text(render(minutes_data))
    for expected in (
        "UBND XÃ TÂN PHÚ",
        "THÔN ĐÔNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/BB-TĐ",
        "Tân Phú, ngày 05 tháng 01 năm 2026",
        "BIÊN BẢN HỘI NGHỊ",
        "Bàn và quyết định mức đóng góp xây dựng đường bê tông thôn Đông năm 2026",
        "vào hồi 19 giờ 30 phút, ngày 05 tháng 01 năm 2026",
        "tổng số hộ gia đình của thôn Đông: 212 hộ",
        "số đại diện hộ gia đình tham dự: 168",
        "không có đại diện tham dự: 44",
        "Biểu quyết giơ tay",
        "Bỏ phiếu kín",
        RULE_2_3,
        RULE_HALF,
        "Thông qua",
        "Không thông qua",
        "Bà Phạm Thị Hoa (xóm Giữa) đề nghị miễn đóng góp",
        "Nơi nhận:",
        "Mã đối chiếu hồ sơ",
    ):
        assert expected in text, expected
    assert is_nfc(text)


def test_vote_counts_are_in_the_table(minutes_data: MinutesData) -> None:
    doc = build_minutes(minutes_data)
    tables = [b for b in doc.body if isinstance(b, BodyTable)]
    assert len(tables) == 1
    assert [row[3:] for row in tables[0].rows] == [("143", "20", "5"), ("98", "60", "10")]
    text = flat_text(render(minutes_data))
    for count in ("143", "20", "98", "60"):
        assert f" {count} " in text


def test_signatures_follow_article_20(minutes_data: MinutesData) -> None:
    doc = build_minutes(minutes_data)
    capacities = [b.capacity for row in doc.signatures for b in row]
    names = [b.name for row in doc.signatures for b in row]
    # The chair is the village head: signs once, in both capacities.
    assert capacities == [
        ("Thư ký",),
        ("Chủ trì", "Trưởng thôn"),
        ("TM. Ban công tác Mặt trận", "Trưởng ban"),
        ("Đại diện hộ gia đình",),
        ("Đại diện hộ gia đình",),
    ]
    assert names == [
        "Trần Thị Lan",
        "Nguyễn Văn Hùng",
        "Lê Văn Đức",
        "Phạm Thị Hoa",
        "Võ Quang Trường",
    ]
    text = flat_text(render(minutes_data))
    for expected in (
        "THƯ KÝ",
        "CHỦ TRÌ",
        "TRƯỞNG THÔN",
        "TM. BAN CÔNG TÁC MẶT TRẬN",
        "TRƯỞNG BAN",
        "ĐẠI DIỆN HỘ GIA ĐÌNH",
        "Lê Văn Đức",
        "Võ Quang Trường",
    ):
        assert expected in text


def test_other_chair_adds_the_village_head_block() -> None:
    doc = build_minutes(sample_minutes(chair="Hoàng Minh Tâm"))
    assert [len(row) for row in doc.signatures] == [2, 2, 2]
    assert doc.signatures[0][1].capacity == ("Chủ trì",)
    assert doc.signatures[1][1].name == "Nguyễn Văn Hùng"


def test_bctmt_head_chairing_signs_once() -> None:
    doc = build_minutes(sample_minutes(chair="lê  văn đức"))
    assert doc.signatures[0][1].capacity == ("Chủ trì", "Trưởng Ban công tác Mặt trận")
    assert [b.name for b in doc.signatures[1]] == ["Nguyễn Văn Hùng"]


def test_qr_payload_identifies_the_record_version(minutes_data: MinutesData) -> None:
    doc = build_minutes(minutes_data)
    assert doc.qr_payload == "sodanchu:meeting:5f0c7a52-8d7e-4c1b-9a51-2f1e3d4c5b6a:a1b2c3d4e5f6"


def test_households_absent_is_computed() -> None:
    assert sample_minutes(households_present=212).households_absent == 0
    assert sample_minutes().households_absent == 44


@pytest.mark.parametrize(
    "changes", [{"households_present": 213}, {"households_present": -1}, {"households_total": 0}]
)
def test_impossible_counts_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        sample_minutes(**changes)


def test_without_items_text_or_number() -> None:
    data = sample_minutes(items=(), minutes_text="", number=None, held_on=dt.date(2026, 3, 9))
    text = flat_text(render(data))
    assert "Hội nghị không biểu quyết nội dung nào." in text
    assert "Diễn biến và ý kiến" not in text
    assert "/BB-TĐ" in text and "Số: 05" not in text
    assert "Tân Phú, ngày 09 tháng 3 năm 2026" in text
    assert not any(isinstance(b, BodyTable) for b in build_minutes(data).body)


def test_issued_on_overrides_the_date_line() -> None:
    doc = build_minutes(sample_minutes(issued_on=dt.date(2026, 1, 6)))
    assert doc.date == dt.date(2026, 1, 6)


def test_minutes_are_byte_stable(minutes_data: MinutesData) -> None:
    assert render(minutes_data) == render(minutes_data)


def test_empty_fields_print_dotted_lines_to_fill_in() -> None:
    """A paper form: an empty place, chair or secretary is a dotted line, never "Địa điểm: ."."""
    text = flat_text(render(sample_minutes(location="", chair=" ", secretary="")))
    assert "Địa điểm: ." + "." * 59 in text  # 60 dots, then the sentence's full stop
    assert "Chủ trì: " + "." * 35 + ". Thư ký: " + "." * 35 + "." in text
    filled = flat_text(render(sample_minutes(location="Nhà văn hóa", chair="Ông A")))
    assert "Địa điểm: Nhà văn hóa." in filled and "Chủ trì: Ông A." in filled
