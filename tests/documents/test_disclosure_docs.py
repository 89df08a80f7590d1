"""Disclosure documents on the Decree 30 page: notice, end-of-posting minutes, quarterly list."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest

from desktop.documents.disclosure_docs import (
    Commune,
    DisclosedContent,
    PostingPlace,
    join_words,
    mid_title,
    place_label,
)
from desktop.documents.disclosure_end import (
    EndOfPostingData,
    FeedbackEntry,
    PlaceResult,
    build_end_of_posting,
    render_end_of_posting,
)
from desktop.documents.disclosure_notice import NoticeData, build_notice, render_notice
from desktop.documents.disclosure_quarter import (
    QuarterListData,
    QuarterRow,
    build_quarter_list,
    render_quarter_list,
)
from desktop.documents.page import BodyTable, OfficialDocument, Para
from desktop.documents.templates import load_template
from tests.documents.pdftext import flat_text, is_nfc

D = dt.date
COMMUNE = Commune("xã Tân Phú", "Tân Phú")
POOR = DisclosedContent(
    category_no=7,
    category_name="Chính sách hỗ trợ, tín dụng, an sinh xã hội: tiêu chuẩn, đối tượng thụ hưởng "
    "và kết quả thực hiện",
    category_short="Chính sách hỗ trợ, tín dụng, an sinh xã hội",
    title="Danh sách hộ nghèo năm 2026",
    summary="42 hộ nghèo sau rà soát",
    decision_no="98/QĐ-UBND",
    decided_on=D(2026, 4, 2),
    responsible="Trần Văn Bình",
)
PROCEDURES = DisclosedContent(
    13,
    "Thủ tục hành chính",
    "Thủ tục hành chính",
    "Bộ thủ tục hành chính",
    min_days=None,
    permanent=True,
)
OTHER = DisclosedContent(14, "Nội dung khác ...", "Nội dung khác", "Bảng giá nước", min_days=None)
OFFICE = PostingPlace("", "", D(2026, 4, 6), D(2026, 5, 6))
DONG = PostingPlace("Nhà văn hóa thôn Đông", "thôn Đông", D(2026, 4, 6), D(2026, 5, 5))
TAY = PostingPlace("", "thôn Tây", D(2026, 4, 7))
BAC = PostingPlace("", "thôn Bắc")


def notice(**changes: object) -> NoticeData:
    data = NoticeData(
        commune=COMMUNE,
        content=POOR,
        places=(OFFICE, DONG, TAY),
        issued_on=D(2026, 4, 6),
        starts_on=D(2026, 4, 6),
        until=D(2026, 5, 6),
        number=7,
        record_uuid="5f0c7a52-8d7e-4c1b-9a51-2f1e3d4c5b6a",
        version_hash="a1b2",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def end(**changes: object) -> EndOfPostingData:
    data = EndOfPostingData(
        commune=COMMUNE,
        content=POOR,
        places=(OFFICE, DONG, TAY, BAC),
        issued_on=D(2026, 5, 6),
        starts_on=D(2026, 4, 6),
        until=D(2026, 5, 6),
        number=8,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def quarter(rows: tuple[QuarterRow, ...] = ()) -> QuarterListData:
    return QuarterListData(
        COMMUNE, 2026, 2, D(2026, 4, 1), D(2026, 6, 30), rows, D(2026, 7, 3), number=12
    )


def pdf_text(render: object, data: object) -> str:
    out = io.BytesIO()
    render(data, out, invariant=True)  # type: ignore[operator]
    return flat_text(out.getvalue())


def paragraphs(doc: OfficialDocument) -> list[str]:
    return [b.text if isinstance(b, Para) else str(b) for b in doc.body]


def headings(doc: OfficialDocument) -> list[str]:
    return [b.text for b in doc.body if isinstance(b, Para) and b.kind == "heading"]


# --- shared helpers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Danh sách hộ nghèo năm 2026.", "danh sách hộ nghèo năm 2026"),
        ("UBND xã giao đất", "UBND xã giao đất"),
        ("Đề án ABC", "đề án ABC"),
        ("A", "A"),
    ],
)
def test_mid_title_lowers_only_a_capitalised_word(title: str, expected: str) -> None:
    assert mid_title(title) == expected


def test_small_helpers() -> None:
    assert join_words(["a"]) == "a"
    assert join_words(["a", "b", "c"]) == "a, b và c"
    assert Commune("phường Bến Nghé", "Bến Nghé").kind == "phường"
    assert COMMUNE.issuer_lines == ("Ủy ban nhân dân\nxã Tân Phú",)
    tpl = load_template("disclosure_notice_vi.txt")
    values: dict[str, object] = {"commune_name": "xã Tân Phú"}
    assert place_label(OFFICE, tpl, values).startswith("Trụ sở Hội đồng nhân dân")
    assert place_label(BAC, tpl, values) == "Điểm sinh hoạt cộng đồng thôn Bắc"
    assert place_label(DONG, tpl, values) == "Nhà văn hóa thôn Đông"
    assert place_label(PostingPlace("Nhà văn hóa", "thôn Tây"), tpl, values) == (
        "Nhà văn hóa, thôn Tây"
    )


# --- notice of posting ------------------------------------------------------------------


def test_notice_prints_header_content_places_period_and_feedback() -> None:
    text = pdf_text(render_notice, notice(loudspeaker=True, loudspeaker_days=3))
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN PHÚ",
        "Số: 07/TB-UBND",
        "Tân Phú, ngày 06 tháng 4 năm 2026",
        "THÔNG BÁO",
        "Về việc niêm yết công khai danh sách hộ nghèo năm 2026",
        "khoản 7 Điều 11 Luật Thực hiện dân chủ ở cơ sở: Chính sách hỗ trợ",
        "văn bản số 98/QĐ-UBND ngày 02/04/2026",
        "Tóm tắt nội dung: 42 hộ nghèo sau rà soát.",
        "niêm yết tại 03 địa điểm",
        "Trụ sở Hội đồng nhân dân, Ủy ban nhân dân xã Tân Phú;",
        "Nhà văn hóa thôn Đông;",
        "Điểm sinh hoạt cộng đồng thôn Tây.",
        "Từ ngày 06/04/2026 đến hết ngày 06/05/2026 (30 ngày liên tục",
        "ít nhất 03 ngày liên tục",
        "chậm nhất đến hết ngày 06/05/2026",
        "Người phụ trách tiếp nhận ý kiến: Trần Văn Bình.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nơi nhận:",
        "Lưu: VT.",
        "Mã đối chiếu hồ sơ",
    ):
        assert expected in text, expected
    assert is_nfc(text)


def test_notice_numbers_its_parts_without_gaps() -> None:
    plain = build_notice(notice())
    assert [h.split(".")[0] for h in headings(plain)] == ["1", "2", "3", "4"]
    assert headings(plain)[3] == "4. Tiếp nhận ý kiến của Nhân dân"
    more = build_notice(notice(portal_url="https://x.vn/a", other_forms=("Gửi văn bản",)))
    assert headings(more)[3] == "4. Các hình thức công khai khác"
    assert headings(more)[4] == "5. Tiếp nhận ý kiến của Nhân dân"
    body = paragraphs(more)
    assert "https://x.vn/a" in body  # the address is a paragraph of its own
    assert "- Gửi văn bản." in body


def test_notice_lists_broadcast_days() -> None:
    days = (D(2026, 4, 8), D(2026, 4, 6), D(2026, 4, 7))
    body = paragraphs(build_notice(notice(loudspeaker=True, broadcast_days=days)))
    said = (
        "- Phát trên hệ thống loa truyền thanh vào các ngày 06/04/2026, 07/04/2026 và 08/04/2026."
    )
    assert said in body


def test_permanent_and_open_items_have_no_end_day() -> None:
    permanent = build_notice(
        notice(content=PROCEDURES, places=(OFFICE,), until=None, starts_on=D(2026, 5, 10))
    )
    body = " ".join(paragraphs(permanent))
    assert "Niêm yết thường xuyên kể từ ngày 10/05/2026" in body
    assert "Nội dung trên được niêm yết tại: Trụ sở Hội đồng nhân dân" in body  # one place
    assert "đến hết ngày" not in body
    other = " ".join(paragraphs(build_notice(notice(content=OTHER, until=None))))
    assert "Kể từ ngày 06/04/2026, trong thời hạn do pháp luật" in other
    assert "đến hết ngày" not in other


def test_notice_without_places_or_number_or_record() -> None:
    doc = build_notice(notice(places=(), number=None, record_uuid=""))
    assert "điểm sinh hoạt cộng đồng của các thôn" in " ".join(paragraphs(doc))
    assert doc.number is None and doc.qr_payload is None
    text = pdf_text(render_notice, notice(number=None))
    assert "Số: /TB-UBND" in text


def test_signer_name_is_printed_when_known() -> None:
    doc = build_notice(notice(commune=replace(COMMUNE, signer="Lê Văn Minh")))
    assert doc.signatures[0][0].name == "Lê Văn Minh"
    assert build_notice(notice()).signatures[0][0].name == ""


def test_rendering_is_reproducible() -> None:
    a, b = io.BytesIO(), io.BytesIO()
    render_notice(notice(), a, invariant=True)
    render_notice(notice(), b, invariant=True)
    assert a.getvalue() == b.getvalue()


# --- end-of-posting minutes -------------------------------------------------------------


def test_days_and_results_per_place() -> None:
    data = end()
    assert [data.days(p) for p in data.places] == [30, 29, 29, None]  # Tây: still up on 05/05
    assert [data.result(p) for p in data.places] == [
        PlaceResult.MET,
        PlaceResult.SHORT,
        PlaceResult.RUNNING,
        PlaceResult.MISSING,
    ]
    assert end(content=PROCEDURES).result(OFFICE) is PlaceResult.PERMANENT
    assert end(content=OTHER).result(OFFICE) is PlaceResult.NO_MINIMUM


def test_end_of_posting_prints_the_table_counts_and_conclusion() -> None:
    feedback = (
        FeedbackEntry(D(2026, 4, 10), "Ông Ba", "Thiếu hộ bà Tư", D(2026, 4, 12), "Đã bổ sung"),
        FeedbackEntry(D(2026, 4, 20), "", "Hộ ông Năm đã thoát nghèo"),
    )
    data = end(feedback=feedback, recorder="Nguyễn Thị Lan")
    doc = build_end_of_posting(data)
    places, answers = (b for b in doc.body if isinstance(b, BodyTable))
    assert places.header[1::4] == ("Địa điểm niêm yết", "Kết quả")
    assert [r[2:] for r in places.rows] == [
        ("06/04/2026", "06/05/2026", "30", "Đủ 30 ngày"),
        ("06/04/2026", "05/05/2026", "29", "Chưa đủ 30 ngày"),
        ("07/04/2026", "Chưa gỡ", "29", "Đang niêm yết"),
        ("—", "—", "—", "Chưa niêm yết"),
    ]
    assert [r[2:] for r in answers.rows] == [
        ("Ông Ba", "Thiếu hộ bà Tư", "Ngày 12/04/2026: Đã bổ sung"),
        ("Không ghi tên", "Hộ ông Năm đã thoát nghèo", "Chưa trả lời"),
    ]
    text = pdf_text(render_end_of_posting, data)
    for expected in (
        "Số: 08/BB-UBND",
        "Tân Phú, ngày 06 tháng 5 năm 2026",
        "BIÊN BẢN",
        "Kết thúc niêm yết công khai danh sách hộ nghèo năm 2026",
        "Hôm nay, ngày 06 tháng 5 năm 2026, tại trụ sở Ủy ban nhân dân xã Tân Phú",
        "người lập biên bản: Nguyễn Thị Lan",
        "từ ngày 06/04/2026 đến hết ngày 06/05/2026",
        "Tổng số 04 địa điểm; đã niêm yết 03 địa điểm",
        "đủ 30 ngày liên tục: 01; chưa đủ: 01; đang niêm yết: 01",
        "chưa niêm yết: 01",
        "đã nhận được 02 ý kiến",
        "đã trả lời 01 ý kiến, còn 01 ý kiến chưa trả lời",
        "chưa bảo đảm đủ 30 ngày liên tục tại: Nhà văn hóa thôn Đông.",
        "Việc niêm yết đang tiếp tục tại: Điểm sinh hoạt cộng đồng thôn Tây.",
        "Chưa niêm yết tại: Điểm sinh hoạt cộng đồng thôn Bắc.",
        "ĐẠI DIỆN",
        "BAN CÔNG TÁC MẶT TRẬN",
        "ĐẠI DIỆN UBND XÃ",
        "(Ký, ghi rõ họ tên)",
    ):
        assert expected in text, expected
    assert "Nơi nhận" not in text
    assert is_nfc(text)


def test_all_met_without_feedback() -> None:
    done = (OFFICE, replace(DONG, removed_on=D(2026, 5, 6)))
    doc = build_end_of_posting(end(places=done, front_signs=False, recorder="Nguyễn Thị Lan"))
    body = " ".join(paragraphs(doc))
    assert "không nhận được ý kiến phản ánh, góp ý nào" in body
    assert "bảo đảm đủ 30 ngày liên tục theo khoản 2 Điều 13" in body
    assert "chưa bảo đảm" not in body
    witness, commune = doc.signatures[0]
    assert (witness.capacity, witness.name) == (("Người lập biên bản",), "Nguyễn Thị Lan")
    assert commune.capacity == ("Đại diện UBND xã",)
    answered = (FeedbackEntry(D(2026, 4, 10), "Ông Ba", "Hỏi", D(2026, 4, 11), "Trả lời"),)
    body = " ".join(paragraphs(build_end_of_posting(end(places=done, feedback=answered))))
    assert "đã trả lời đủ 01 ý kiến" in body


def test_permanent_item_minutes() -> None:
    doc = build_end_of_posting(end(content=PROCEDURES, places=(OFFICE,), until=None))
    body = " ".join(paragraphs(doc))
    assert "Nội dung công khai thường xuyên" in body
    assert "Việc niêm yết công khai bộ thủ tục hành chính đã được thực hiện" in body
    table = next(b for b in doc.body if isinstance(b, BodyTable))
    assert table.rows[0][-1] == "Niêm yết thường xuyên"


def test_minutes_without_places() -> None:
    body = " ".join(paragraphs(build_end_of_posting(end(places=()))))
    assert "Chưa có địa điểm niêm yết nào được ghi nhận." in body


# --- quarterly list ---------------------------------------------------------------------

ROWS = (
    QuarterRow(7, "Chính sách hỗ trợ, tín dụng, an sinh xã hội", "Danh sách hộ nghèo",
               ("Niêm yết", "Loa truyền thanh"), D(2026, 4, 6), D(2026, 4, 6), D(2026, 5, 6)),
    QuarterRow(13, "Thủ tục hành chính", "Bộ thủ tục hành chính", ("Niêm yết",), D(2026, 5, 10),
               D(2026, 5, 10), permanent=True),
    QuarterRow(14, "Nội dung khác", "Bảng giá nước", ("Niêm yết",), D(2026, 6, 1), D(2026, 6, 1)),
    QuarterRow(11, "Lấy ý kiến Nhân dân", "Lấy ý kiến quy hoạch", ("Loa truyền thanh",),
               D(2026, 6, 2)),
)  # fmt: skip


def test_quarter_list_table() -> None:
    doc = build_quarter_list(quarter(ROWS))
    assert (doc.type_code, doc.title, doc.subject) == (
        "TB",
        "Thông báo",
        "Danh mục các nội dung đã công khai quý II năm 2026",
    )
    table = next(b for b in doc.body if isinstance(b, BodyTable))
    assert table.header[0] == "STT"
    assert [r[0] for r in table.rows] == ["1", "2", "3", "4"]
    assert table.rows[0][1:] == (
        "Khoản 7: Chính sách hỗ trợ, tín dụng, an sinh xã hội",
        "Danh sách hộ nghèo",
        "Niêm yết;\nLoa truyền thanh",
        "06/04/2026",
        "06/04/2026 - 06/05/2026",
    )
    assert [r[5] for r in table.rows[1:]] == [
        "Thường xuyên từ 10/05/2026",
        "Từ 01/06/2026",
        "Không niêm yết",
    ]
    text = pdf_text(render_quarter_list, quarter(ROWS))
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN PHÚ",
        "Số: 12/TB-UBND",
        "Tân Phú, ngày 03 tháng 7 năm 2026",
        "THÔNG BÁO",
        "Danh mục các nội dung đã công khai quý II năm 2026",
        "từ ngày 01/04/2026 đến ngày 30/06/2026",
        "Tổng số: 04 nội dung đã công khai trong quý II năm 2026.",
        "TM. ỦY BAN NHÂN DÂN",
    ):
        assert expected in text, expected


def test_empty_quarter() -> None:
    doc = build_quarter_list(quarter())
    assert not [b for b in doc.body if isinstance(b, BodyTable)]
    text = pdf_text(render_quarter_list, quarter())
    assert "Trong quý không có nội dung công khai nào." in text
    assert "Tổng số" not in text


def test_quarter_must_be_one_to_four() -> None:
    with pytest.raises(ValueError, match="quarter"):
        QuarterListData(COMMUNE, 2026, 5, D(2026, 4, 1), D(2026, 6, 30), (), D(2026, 7, 1))
