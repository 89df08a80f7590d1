"""Hương ước / quy ước documents (Decree 61/2023) on the Decree 30 page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.core.convention_text import ChangeStatus, compare, parse_text
from desktop.core.conventions import (
    Convention,
    ConventionEvent,
    ConventionType,
    EventType,
    yearly_statistics,
)
from desktop.core.resources import resource_path
from desktop.documents.convention_docs import (
    AbolitionDecisionData,
    AdoptionMinutesData,
    ConventionInfo,
    ConventionStatisticsData,
    ConventionTextData,
    DocumentRef,
    RecognitionDecisionData,
    RecognitionRequestData,
    StatisticsRow,
    SuspensionDecisionData,
    build_abolition_decision,
    build_adoption_minutes,
    build_convention_statistics,
    build_convention_text,
    build_recognition_decision,
    build_recognition_request,
    build_suspension_decision,
    comparison_table,
    render_abolition_decision,
    render_adoption_minutes,
    render_convention_statistics,
    render_convention_text,
    render_recognition_decision,
    render_recognition_request,
    render_suspension_decision,
)
from desktop.documents.fonts import BOLD
from desktop.documents.page import (
    MARGIN_LEFT,
    PAGE_HEIGHT,
    TEXT_WIDTH,
    BodyTable,
    OfficialDocument,
    Para,
)
from desktop.documents.templates import load_template
from tests.documents.pdftext import flat_text, is_nfc, page_texts, reader

INFO = ConventionInfo(
    convention_type=ConventionType.HUONG_UOC,
    commune_name="xã Tân Phú",
    place_name="Tân Phú",
    village_name="thôn Đông",
    village_symbol="TĐ",
)
RECOGNITION = DocumentRef("15/QĐ-UBND", dt.date(2026, 3, 9), signer="Nguyễn Văn An")
RULE = (
    "Đạt: 168/212 hộ dự họp > 50% tổng số hộ và 150/212 hộ tán thành > 50% tổng số hộ "
    "(Điều 21 Luật 10/2022/QH15; Điều 10 Nghị định 61/2023/NĐ-CP)"
)

# As an officer pastes it: the title block and a preamble wrapped by the word processor.
TEXT = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
HƯƠNG ƯỚC THÔN ĐÔNG
Để giữ gìn thuần phong mỹ tục, xây dựng nếp sống văn minh, cộng đồng dân cư
thôn Đông thống nhất ban hành Hương ước như sau:
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Hương ước này quy định về giữ gìn an ninh trật tự, vệ sinh môi trường và nếp sống văn hóa.
Điều 2. Đối tượng áp dụng
1. Hộ gia đình, cá nhân thường trú tại thôn Đông.
2. Người tạm trú trên địa bàn thôn.
Chương II
Nội dung cụ thể
Điều 3. Giữ gìn vệ sinh môi trường
1. Mỗi hộ gia đình có trách nhiệm:
a) Thu gom rác thải đúng nơi quy định;
b) Không đổ rác, nước thải ra đường làng.
2. Tổng vệ sinh đường làng vào sáng chủ nhật cuối tháng.
Điều 4. Việc cưới, việc tang
Tổ chức việc cưới, việc tang trang trọng, tiết kiệm, không phô trương.
"""


def long_text(chapters: int = 4, articles: int = 8) -> str:
    lines = ["Cộng đồng dân cư thôn Đông thống nhất ban hành Hương ước như sau:"]
    number = 0
    for ch in range(1, chapters + 1):
        lines += [f"Chương {'I' * ch if ch < 4 else 'IV'}", f"Quy định nhóm {ch}"]
        for _ in range(articles):
            number += 1
            lines.append(f"Điều {number}. Nội dung số {number}")
            lines.append(f"1. Khoản một của Điều {number}, quy định chi tiết việc thực hiện.")
            lines += ["a) Điểm a của khoản một;", "b) Điểm b của khoản một."]
            lines.append(f"2. Khoản hai của Điều {number}.")
    return "\n".join(lines)


def sample_text(**changes: Any) -> ConventionTextData:
    data = ConventionTextData(
        info=INFO,
        text=parse_text(TEXT),
        adopted_on=dt.date(2026, 3, 2),
        village_head="Nguyễn Văn Hùng",
        bctmt_head="Lê Văn Đức",
        household_representatives=("Phạm Thị Hoa", "Võ Quang Trường"),
        recognition=RECOGNITION,
        record_uuid="7d1e6a3c-0b5f-4a8e-9c2d-1e3f5a7b9c0d",
        version_hash="f00dcafe",
    )
    return dataclasses.replace(data, **changes)


def sample_request(**changes: Any) -> RecognitionRequestData:
    data = RecognitionRequestData(
        info=INFO,
        issued_on=dt.date(2026, 3, 4),
        adopted_on=dt.date(2026, 3, 2),
        households_total=212,
        votes_for=150,
        village_head="Nguyễn Văn Hùng",
        minutes=DocumentRef("05/BB-TĐ", dt.date(2026, 3, 2)),
        number=1,
    )
    return dataclasses.replace(data, **changes)


def sample_minutes(**changes: Any) -> AdoptionMinutesData:
    data = AdoptionMinutesData(
        info=INFO,
        held_on=dt.datetime(2026, 3, 2, 19, 30),
        location="Nhà văn hóa thôn Đông",
        chair="Nguyễn Văn Hùng",
        secretary="Trần Thị Lan",
        village_head="Nguyễn Văn Hùng",
        bctmt_head="Lê Văn Đức",
        households_total=212,
        households_present=168,
        method_label="Biểu quyết giơ tay",
        votes_for=150,
        votes_against=12,
        votes_other=6,
        outcome_label="Thông qua",
        rule_text=RULE,
        guests=("Ông Nguyễn Văn An, Chủ tịch UBND xã Tân Phú",),
        discussion="Bà Phạm Thị Hoa đề nghị bổ sung quy định về giữ gìn vệ sinh giếng làng.",
        number=5,
        household_representatives=("Phạm Thị Hoa", "Võ Quang Trường"),
        record_uuid="5f0c7a52-8d7e-4c1b-9a51-2f1e3d4c5b6a",
        version_hash="a1b2c3d4e5f6",
    )
    return dataclasses.replace(data, **changes)


def sample_recognition(**changes: Any) -> RecognitionDecisionData:
    data = RecognitionDecisionData(
        info=INFO,
        issued_on=dt.date(2026, 3, 9),
        adopted_on=dt.date(2026, 3, 2),
        request=DocumentRef("01/TTr-TĐ", dt.date(2026, 3, 4)),
        proposer="công chức Tư pháp - Hộ tịch xã",
        signer="Nguyễn Văn An",
        number=15,
    )
    return dataclasses.replace(data, **changes)


def sample_suspension(**changes: Any) -> SuspensionDecisionData:
    data = SuspensionDecisionData(
        info=INFO,
        issued_on=dt.date(2026, 4, 6),
        recognition=RECOGNITION,
        reason="Điều 5, Điều 7 quy định mức phạt tiền, trái với quy định của pháp luật",
        correct_by=dt.date(2026, 4, 30),
        part="Điều 5, Điều 7",
        grounds="phản ánh của ông Trần Văn Bình ngày 01 tháng 4 năm 2026",
        signer="Nguyễn Văn An",
        number=21,
    )
    return dataclasses.replace(data, **changes)


def sample_abolition(**changes: Any) -> AbolitionDecisionData:
    data = AbolitionDecisionData(
        info=INFO,
        issued_on=dt.date(2026, 5, 11),
        recognition=RECOGNITION,
        reason="hương ước được thông qua khi chưa có trên 50% tổng số hộ gia đình tán thành",
        signer="Nguyễn Văn An",
        number=30,
    )
    return dataclasses.replace(data, **changes)


def sample_statistics(**changes: Any) -> ConventionStatisticsData:
    data = ConventionStatisticsData(
        commune_name="xã Tân Phú",
        place_name="Tân Phú",
        year=2026,
        rows=(
            StatisticsRow("Thôn Đông", recognized=1, superseded=1, in_force=1),
            StatisticsRow("Thôn Tây", recognized=1, suspended=1, in_force=1),
            StatisticsRow("Tổ dân phố Số 3", refused=1, abolished=1),
        ),
        issued_on=dt.date(2026, 12, 28),
        recipient="Sở Tư pháp tỉnh Đồng Nai",
        notes=("Các thôn tổ chức rà soát hương ước đúng ngày 18 tháng 11.",),
        signer="Nguyễn Văn An",
        number=40,
    )
    return dataclasses.replace(data, **changes)


Renderer = Callable[..., None]


def pdf_of(render: Renderer, data: object) -> bytes:
    out = io.BytesIO()
    render(data, out, invariant=True)
    return out.getvalue()


def styled_runs(pdf: bytes, page_index: int) -> list[tuple[str, str, float, float]]:
    """(text, font name, x, y) of each text run of a page."""
    out: list[tuple[str, str, float, float]] = []

    def visit(text: str, cm_: list[float], tm: list[float], font: Any, _size: Any) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            x = tm[4] * cm_[0] + tm[5] * cm_[2] + cm_[4]
            y = tm[4] * cm_[1] + tm[5] * cm_[3] + cm_[5]
            out.append((text.strip(), name, x, y))

    reader(pdf).pages[page_index].extract_text(visitor_text=visit)
    return out


def run_of(pdf: bytes, start: str, page_index: int = 0) -> tuple[str, str, float, float]:
    return next(r for r in styled_runs(pdf, page_index) if r[0].startswith(start))


# --- the text ------------------------------------------------------------------


def test_text_prints_header_title_chapters_articles_and_signers() -> None:
    pdf = pdf_of(render_convention_text, sample_text())
    text = flat_text(pdf)
    for expected in (
        "UBND XÃ TÂN PHÚ",
        "THÔN ĐÔNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "HƯƠNG ƯỚC THÔN ĐÔNG, XÃ TÂN PHÚ",
        "(Được công nhận tại Quyết định số 15/QĐ-UBND ngày 09 tháng 3 năm 2026 "
        "của Chủ tịch Ủy ban nhân dân xã Tân Phú)",
        "Để giữ gìn thuần phong mỹ tục, xây dựng nếp sống văn minh, cộng đồng dân cư "
        "thôn Đông thống nhất ban hành Hương ước như sau:",
        "Chương I NHỮNG QUY ĐỊNH CHUNG",
        "Chương II NỘI DUNG CỤ THỂ",
        "Điều 1. Phạm vi điều chỉnh",
        "Điều 3. Giữ gìn vệ sinh môi trường",
        "1. Mỗi hộ gia đình có trách nhiệm:",
        "a) Thu gom rác thải đúng nơi quy định;",
        "b) Không đổ rác, nước thải ra đường làng.",
        "Điều 4. Việc cưới, việc tang",
        "TM. BAN CÔNG TÁC MẶT TRẬN",
        "TRƯỞNG BAN",
        "TRƯỞNG THÔN",
        "ĐẠI DIỆN HỘ GIA ĐÌNH",
        "Lê Văn Đức",
        "Nguyễn Văn Hùng",
        "Phạm Thị Hoa",
        "Võ Quang Trường",
        "XÁC NHẬN CỦA ỦY BAN NHÂN DÂN XÃ TÂN PHÚ Công nhận tại Quyết định số 15/QĐ-UBND "
        "ngày 09 tháng 3 năm 2026 CHỦ TỊCH",
        "Công nhận tại Quyết định số 15/QĐ-UBND ngày 09 tháng 3 năm 2026",
        "Nguyễn Văn An",
        "Mã đối chiếu hồ sơ",
    ):
        assert expected in text, expected
    assert is_nfc(text)
    # No number line, no date line; the pasted title block is not printed twice.
    assert "Số:" not in text and "Tân Phú, ngày" not in text
    assert text.count("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == 1
    assert "HƯƠNG ƯỚC THÔN ĐÔNG Để" not in text


def test_text_structure_in_the_document() -> None:
    doc = build_convention_text(sample_text())
    assert doc.title == "hương ước\nthôn Đông, xã Tân Phú"
    paras = [b for b in doc.body if isinstance(b, Para)]
    assert Para("Chương I\nNHỮNG QUY ĐỊNH CHUNG", "center") in paras
    assert Para("Điều 2. Đối tượng áp dụng", "heading") in paras
    assert Para("1. Hộ gia đình, cá nhân thường trú tại thôn Đông.") in paras
    assert Para("a) Thu gom rác thải đúng nơi quy định;") in paras
    capacities = [b.capacity for row in doc.signatures for b in row]
    assert capacities == [
        ("TM. Ban công tác Mặt trận", "Trưởng ban"),
        ("Trưởng thôn",),
        ("Đại diện hộ gia đình",),
        ("Đại diện hộ gia đình",),
        ("Xác nhận của Ủy ban nhân dân", "xã Tân Phú", "Chủ tịch"),
    ]
    assert doc.qr_payload == "sodanchu:convention:7d1e6a3c-0b5f-4a8e-9c2d-1e3f5a7b9c0d:f00dcafe"
    assert doc.date == dt.date(2026, 3, 9)


def test_chapters_are_bold_and_centred_clauses_and_points_indented() -> None:
    pdf = pdf_of(render_convention_text, sample_text())
    chapter = run_of(pdf, "Chương I")
    assert "Bold" in chapter[1]
    centre = MARGIN_LEFT + TEXT_WIDTH / 2
    assert chapter[2] + stringWidth("Chương I", BOLD, 13) / 2 == pytest.approx(centre, abs=2)
    article = run_of(pdf, "Điều 1. Phạm vi")
    assert "Bold" in article[1]
    # A wrapped line starts at the text's left edge; clauses and points 1 cm in.
    left = run_of(pdf, "sống văn hóa.")[2]
    assert left == pytest.approx(MARGIN_LEFT, abs=8)
    for start in ("1. Hộ gia đình", "a) Thu gom", "b) Không đổ"):
        run = run_of(pdf, start)
        assert "Bold" not in run[1]
        assert run[2] == pytest.approx(left + 1 * cm, abs=0.5), start
    note = run_of(pdf, "(Được công nhận")
    assert "Italic" in note[1]


def test_text_not_yet_recognised_leaves_the_decision_blank() -> None:
    pdf = pdf_of(render_convention_text, sample_text(recognition=None, record_uuid=""))
    text = flat_text(pdf)
    assert "(Được cộng đồng dân cư thôn Đông thông qua ngày 02 tháng 3 năm 2026)" in text
    assert "Công nhận tại Quyết định số ........../QĐ-UBND" in text
    assert "ngày ....... tháng ....... năm" in text
    assert "Được công nhận tại" not in text
    assert "Mã đối chiếu hồ sơ" not in text
    assert build_convention_text(sample_text(recognition=None)).date == dt.date(2026, 3, 2)


def test_in_force_note_and_subject() -> None:
    data = sample_text(in_force_on=dt.date(2026, 5, 1), subject="Về nếp sống văn minh")
    text = flat_text(pdf_of(render_convention_text, data))
    assert "(Nội dung có hiệu lực tại ngày 01 tháng 5 năm 2026)" in text
    assert "Về nếp sống văn minh" in text


def test_quy_uoc_title() -> None:
    info = dataclasses.replace(INFO, convention_type=ConventionType.QUY_UOC)
    text = flat_text(pdf_of(render_convention_text, sample_text(info=info)))
    assert "QUY ƯỚC THÔN ĐÔNG, XÃ TÂN PHÚ" in text


def test_long_text_spans_pages_numbered_from_page_two() -> None:
    pdf = pdf_of(render_convention_text, sample_text(text=parse_text(long_text())))
    pages = page_texts(pdf)
    assert len(pages) >= 3

    def top_margin(index: int) -> list[str]:
        return [r[0] for r in styled_runs(pdf, index) if r[3] > PAGE_HEIGHT - 20 * mm]

    assert top_margin(0) == []
    for index in range(1, len(pages)):
        assert top_margin(index) == [str(index + 1)]
    text = flat_text(pdf)
    assert "Điều 32. Nội dung số 32" in text
    assert "Chương IV QUY ĐỊNH NHÓM 4" in text
    # The confirmation box comes last, after every article.
    assert text.index("XÁC NHẬN CỦA") > text.index("Điều 32.")


def test_text_is_byte_stable_and_renders_to_a_path(tmp_path: Path) -> None:
    data = sample_text()
    assert pdf_of(render_convention_text, data) == pdf_of(render_convention_text, data)
    path = tmp_path / "huong-uoc.pdf"
    render_convention_text(data, path, invariant=True)
    assert path.read_bytes().startswith(b"%PDF")


# --- request (Mẫu 01) -------------------------------------------------------------


def test_request_lists_the_dossier() -> None:
    text = flat_text(pdf_of(render_recognition_request, sample_request()))
    for expected in (
        "UBND XÃ TÂN PHÚ",
        "THÔN ĐÔNG",
        "Số: 01/TTr-TĐ",
        "Tân Phú, ngày 04 tháng 3 năm 2026",
        "TỜ TRÌNH",
        "Đề nghị công nhận hương ước thôn Đông, xã Tân Phú",
        "Kính gửi: Ủy ban nhân dân xã Tân Phú.",
        "Căn cứ Nghị định số 61/2023/NĐ-CP",
        "Ngày 02 tháng 3 năm 2026, thôn Đông tổ chức hội nghị thông qua hương ước thôn Đông, "
        "xã Tân Phú. Kết quả: 150/212 hộ gia đình tán thành, đạt 70,75% tổng số hộ gia đình "
        "của thôn Đông.",
        "1. Tờ trình đề nghị công nhận hương ước thôn Đông, xã Tân Phú (văn bản này);",
        "2. Biên bản họp thông qua hương ước thôn Đông, xã Tân Phú số 05/BB-TĐ "
        "ngày 02 tháng 3 năm 2026;",
        "3. Văn bản hương ước thôn Đông, xã Tân Phú đã được thông qua.",
        "Thôn Đông kính đề nghị Ủy ban nhân dân xã Tân Phú xem xét, công nhận hương ước thôn "
        "Đông, xã Tân Phú theo quy định./.",
        "TRƯỞNG THÔN",
        "Nguyễn Văn Hùng",
        "Nơi nhận:",
    ):
        assert expected in text, expected


def test_request_by_ballot_replacing_an_earlier_version() -> None:
    data = sample_request(
        household_ballot=True,
        minutes=None,
        number=None,
        replaces=DocumentRef("03/QĐ-UBND", dt.date(2020, 2, 10), "Ủy ban nhân dân huyện Tân Phú"),
    )
    text = flat_text(pdf_of(render_recognition_request, data))
    assert "Ngày 02 tháng 3 năm 2026, thôn Đông tổ chức phát phiếu lấy ý kiến hộ gia đình" in text
    assert "đã được công nhận tại Quyết định số 03/QĐ-UBND ngày 10 tháng 02 năm 2020 " in text
    assert "của Ủy ban nhân dân huyện Tân Phú." in text
    assert "2. Biên bản họp thông qua hương ước thôn Đông, xã Tân Phú;" in text
    assert "/TTr-TĐ" in text and "Số: 01" not in text


def test_request_type_code_is_tờ_trình_and_rules_still_apply() -> None:
    doc = build_recognition_request(sample_request())
    assert isinstance(doc, OfficialDocument)
    assert doc.type_code == "TTr"
    with pytest.raises(ValueError, match="type code"):
        build_recognition_request(sample_request(type_code="XX"))
    with pytest.raises(ValueError, match="starts at 1"):
        build_recognition_request(sample_request(number=0))
    with pytest.raises(ValueError):
        sample_request(votes_for=213)


# --- adoption minutes (Mẫu 02) -------------------------------------------------------


def test_minutes_print_counts_outcome_and_rule() -> None:
    text = flat_text(pdf_of(render_adoption_minutes, sample_minutes()))
    for expected in (
        "UBND XÃ TÂN PHÚ",
        "Số: 05/BB-TĐ",
        "Tân Phú, ngày 02 tháng 3 năm 2026",
        "BIÊN BẢN",
        "Họp thông qua hương ước thôn Đông, xã Tân Phú",
        "vào hồi 19 giờ 30 phút, ngày 02 tháng 3 năm 2026",
        "Nhà văn hóa thôn Đông",
        "tổng số hộ gia đình của thôn Đông: 212 hộ",
        "số đại diện hộ gia đình tham dự: 168, đạt 79,25% tổng số hộ gia đình",
        "không có đại diện tham dự: 44",
        "Đại biểu tham dự: Ông Nguyễn Văn An, Chủ tịch UBND xã Tân Phú.",
        "Bà Phạm Thị Hoa đề nghị bổ sung",
        "Hình thức biểu quyết: Biểu quyết giơ tay.",
        "Số hộ gia đình tán thành: 150 hộ, đạt 70,75% tổng số hộ gia đình;",
        "Số hộ gia đình không tán thành: 12 hộ, chiếm 5,66%",
        "Ý kiến khác: 6 hộ, chiếm 2,83%",
        "Kết quả: Thông qua hương ước thôn Đông, xã Tân Phú. " + RULE + ".",
        "THƯ KÝ",
        "CHỦ TRÌ",
        "TM. BAN CÔNG TÁC MẶT TRẬN",
        "ĐẠI DIỆN HỘ GIA ĐÌNH",
        "Mã đối chiếu hồ sơ",
    ):
        assert expected in text, expected


def test_minutes_signatures_chair_signs_once() -> None:
    doc = build_adoption_minutes(sample_minutes())
    assert [b.capacity for row in doc.signatures for b in row] == [
        ("Thư ký",),
        ("Chủ trì", "Trưởng thôn"),
        ("TM. Ban công tác Mặt trận", "Trưởng ban"),
        ("Đại diện hộ gia đình",),
        ("Đại diện hộ gia đình",),
    ]
    other = build_adoption_minutes(sample_minutes(chair="Hoàng Minh Tâm"))
    assert [len(row) for row in other.signatures] == [2, 2, 2]
    assert other.signatures[1][1].name == "Nguyễn Văn Hùng"


def test_minutes_of_a_household_ballot() -> None:
    data = sample_minutes(
        household_ballot=True,
        method_label="Phát phiếu lấy ý kiến hộ gia đình",
        households_present=190,
        held_on=dt.date(2026, 3, 20),
        guests=(),
        discussion="",
    )
    text = flat_text(pdf_of(render_adoption_minutes, data))
    assert "phát phiếu lấy ý kiến hộ gia đình để thông qua" in text
    assert "số phiếu lấy ý kiến thu về: 190, đạt 89,62%" in text
    assert "Thời gian kiểm phiếu: vào ngày 20 tháng 3 năm 2026." in text
    assert "Đại biểu tham dự" not in text and "Ý kiến tại hội nghị" not in text


@pytest.mark.parametrize(
    "changes",
    [
        {"households_present": 213},
        {"households_total": 0},
        {"votes_for": 169},
        {"votes_against": -1},
    ],
)
def test_minutes_refuse_impossible_counts(changes: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        sample_minutes(**changes)


# --- decisions (Mẫu 03, 04, 05) ------------------------------------------------------

DECISION_HEADER = (
    "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "QUYẾT ĐỊNH",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
    "Căn cứ Nghị định số 61/2023/NĐ-CP ngày 16 tháng 8 năm 2023 của Chính phủ",
    "QUYẾT ĐỊNH:",
    "Nơi nhận:",
    "- Như Điều 3;",
    "- Lưu: VT.",
)


def test_recognition_decision() -> None:
    pdf = pdf_of(render_recognition_decision, sample_recognition())
    text = flat_text(pdf)
    for expected in (
        *DECISION_HEADER,
        "Số: 15/QĐ-UBND",
        "Tân Phú, ngày 09 tháng 3 năm 2026",
        "Về việc công nhận hương ước thôn Đông, xã Tân Phú",
        "Xét đề nghị của Trưởng thôn Đông tại Tờ trình số 01/TTr-TĐ ngày 04 tháng 3 năm 2026;",
        "Theo đề nghị của công chức Tư pháp - Hộ tịch xã.",
        "Điều 1. Công nhận hương ước thôn Đông, xã Tân Phú, được cộng đồng dân cư thôn Đông "
        "thông qua ngày 02 tháng 3 năm 2026 (có văn bản kèm theo).",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Hương ước thôn Đông, xã Tân Phú có "
        "hiệu lực kể từ ngày Quyết định này có hiệu lực.",
        "Điều 3. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Phú, Trưởng thôn Đông",
        "chịu trách nhiệm thi hành Quyết định này./.",
        "CHỦ TỊCH Nguyễn Văn An",
    ):
        assert expected in text, expected
    assert "KT. CHỦ TỊCH" not in text
    authority = run_of(pdf, "CHỦ TỊCH ỦY BAN")
    assert "Bold" in authority[1]
    assert "Bold" in run_of(pdf, "QUYẾT ĐỊNH:")[1]


def test_decision_bases_end_with_semicolons_and_a_full_stop() -> None:
    doc = build_recognition_decision(sample_recognition(proposer=""))
    texts = [b.text for b in doc.body if isinstance(b, Para)]
    bases = [t for t in texts if t.startswith(("Căn cứ", "Xét", "Theo đề nghị"))]
    assert len(bases) == 4
    assert all(t.endswith(";") for t in bases[:-1])
    assert bases[-1].endswith("năm 2026.")
    assert doc.issuer_lines == ("Ủy ban nhân dân\nxã Tân Phú",)


def test_recognition_without_request_number_by_a_vice_chair_replacing_a_version() -> None:
    data = sample_recognition(
        request=None,
        deputy=True,
        signer="Trần Văn Nam",
        replaces=DocumentRef("03/QĐ-UBND", dt.date(2020, 2, 10), "Ủy ban nhân dân huyện Tân Phú"),
    )
    text = flat_text(pdf_of(render_recognition_decision, data))
    assert "Xét hồ sơ đề nghị công nhận hương ước thôn Đông, xã Tân Phú của Trưởng thôn Đông;" in (
        text
    )
    assert (
        "Hương ước thôn Đông, xã Tân Phú thay thế văn bản đã được công nhận tại Quyết định số "
        "03/QĐ-UBND ngày 10 tháng 02 năm 2020 của Ủy ban nhân dân huyện Tân Phú."
    ) in text
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text and "Trần Văn Nam" in text


def test_suspension_decision_of_some_articles() -> None:
    text = flat_text(pdf_of(render_suspension_decision, sample_suspension()))
    for expected in (
        *DECISION_HEADER,
        "Số: 21/QĐ-UBND",
        "Về việc tạm ngừng thực hiện Điều 5, Điều 7 của hương ước thôn Đông, xã Tân Phú",
        "Căn cứ Quyết định số 15/QĐ-UBND ngày 09 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân "
        "xã Tân Phú về việc công nhận hương ước thôn Đông, xã Tân Phú;",
        "Xét phản ánh của ông Trần Văn Bình ngày 01 tháng 4 năm 2026.",
        "Điều 1. Tạm ngừng thực hiện Điều 5, Điều 7 của hương ước thôn Đông, xã Tân Phú, "
        "được công nhận tại Quyết định số 15/QĐ-UBND",
        "Lý do: Điều 5, Điều 7 quy định mức phạt tiền, trái với quy định của pháp luật.",
        "hoàn thành chậm nhất ngày 30 tháng 4 năm 2026.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    ):
        assert expected in text, expected


def test_suspension_of_the_whole_text() -> None:
    text = flat_text(pdf_of(render_suspension_decision, sample_suspension(part="", grounds="")))
    assert "Về việc tạm ngừng thực hiện toàn bộ hương ước thôn Đông, xã Tân Phú" in text
    assert "về việc công nhận hương ước thôn Đông, xã Tân Phú. QUYẾT ĐỊNH:" in text


def test_abolition_decision_whole_and_part() -> None:
    text = flat_text(pdf_of(render_abolition_decision, sample_abolition()))
    for expected in (
        *DECISION_HEADER,
        "Số: 30/QĐ-UBND",
        "Về việc bãi bỏ toàn bộ hương ước thôn Đông, xã Tân Phú",
        "Điều 1. Bãi bỏ toàn bộ hương ước thôn Đông, xã Tân Phú, được công nhận tại Quyết định "
        "số 15/QĐ-UBND ngày 09 tháng 3 năm 2026",
        "Lý do: hương ước được thông qua khi chưa có trên 50% tổng số hộ gia đình tán thành.",
        "Hương ước thôn Đông, xã Tân Phú hết hiệu lực kể từ ngày Quyết định này có hiệu lực.",
        "Điều 3. Trưởng thôn Đông có trách nhiệm thông báo công khai",
    ):
        assert expected in text, expected
    part = flat_text(pdf_of(render_abolition_decision, sample_abolition(part="Điều 9")))
    assert "Về việc bãi bỏ Điều 9 của hương ước thôn Đông, xã Tân Phú" in part
    assert "Các nội dung khác của hương ước thôn Đông, xã Tân Phú tiếp tục được thực hiện." in part


def test_decision_qr_only_with_a_record() -> None:
    assert build_abolition_decision(sample_abolition()).qr_payload is None
    doc = build_suspension_decision(sample_suspension(record_uuid="u-1", version_hash="h"))
    assert doc.qr_payload == "sodanchu:convention:u-1:h"


# --- statistics (D61 Art. 16) ------------------------------------------------------------


def test_statistics_table_and_totals() -> None:
    data = sample_statistics()
    doc = build_convention_statistics(data)
    tables = [b for b in doc.body if isinstance(b, BodyTable)]
    assert len(tables) == 1
    table = tables[0]
    assert len(table.header) == 8
    assert table.rows == (
        ("1", "Thôn Đông", "1", "0", "1", "0", "0", "1"),
        ("2", "Thôn Tây", "1", "0", "0", "1", "0", "1"),
        ("3", "Tổ dân phố Số 3", "0", "1", "0", "0", "1", "0"),
        ("", "Tổng cộng", "2", "1", "1", "1", "1", "2"),
    )
    text = flat_text(pdf_of(render_convention_statistics, data))
    for expected in (
        "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
        "Số: 40/BC-UBND",
        "Tân Phú, ngày 28 tháng 12 năm 2026",
        "BÁO CÁO",
        "Thống kê hương ước, quy ước năm 2026",
        "Kính gửi: Sở Tư pháp tỉnh Đồng Nai.",
        "Thực hiện Điều 16 Nghị định số 61/2023/NĐ-CP",
        "Được công nhận",
        "Không được công nhận",
        "Sửa đổi, bổ sung, thay thế",
        "Tạm ngừng thực hiện",
        "Bãi bỏ",
        "Đang có hiệu lực (31/12)",
        "Tổng cộng 2 1 1 1 1 2",
        "Thôn Đông 1 0 1 0 0 1",
        "trên địa bàn xã Tân Phú có 2 hương ước, quy ước được công nhận; 1 hương ước, quy ước "
        "không được công nhận",
        "Đến ngày 31 tháng 12 năm 2026, có 2 hương ước, quy ước đang có hiệu lực.",
        "II. ĐÁNH GIÁ, KIẾN NGHỊ",
        "Các thôn tổ chức rà soát hương ước đúng ngày 18 tháng 11.",
        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
        "- Như trên;",
    ):
        assert expected in text, expected


def test_statistics_rows_from_the_core_counts() -> None:
    recognised = Convention(
        "v1",
        ConventionType.HUONG_UOC,
        "Hương ước thôn Đông",
        events=(ConventionEvent(EventType.RECOGNIZED, dt.date(2026, 3, 9)),),
    )
    counts = yearly_statistics([recognised], 2026)
    row = StatisticsRow.from_counts("Thôn Đông", counts)
    assert row == StatisticsRow("Thôn Đông", recognized=1, in_force=1)


def test_statistics_without_rows_recipient_or_notes() -> None:
    data = sample_statistics(rows=(), recipient="", notes=(), deputy=True)
    assert data.totals.counts == (0, 0, 0, 0, 0, 0)
    text = flat_text(pdf_of(render_convention_statistics, data))
    assert "Kính gửi" not in text and "ĐÁNH GIÁ" not in text and "Như trên" not in text
    assert "Tổng cộng 0 0 0 0 0 0" in text
    assert "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text
    with pytest.raises(ValueError):
        StatisticsRow("Thôn Đông", recognized=-1)


# --- comparison -----------------------------------------------------------------------


def test_comparison_table() -> None:
    old = parse_text("Điều 1. A\nNội dung cũ.\nĐiều 2. B\nGiữ.\nĐiều 3. C\nBỏ.")
    new = parse_text("Điều 1. A\nNội dung mới.\nĐiều 2. B\nGiữ.\nĐiều 4. D\nThêm.")
    changes = compare(old, new)
    table = comparison_table(changes)
    assert table.header == (
        "Điều",
        "Nội dung trước khi sửa đổi",
        "Nội dung sau khi sửa đổi",
        "Thay đổi",
    )
    assert [(r[0], r[3]) for r in table.rows] == [
        ("1", "Sửa đổi"),
        ("3", "Bãi bỏ"),
        ("4", "Bổ sung"),
    ]
    assert table.rows[0][1:3] == ("Điều 1. A\nNội dung cũ.", "Điều 1. A\nNội dung mới.")
    assert table.rows[1][2] == "(không có)" and table.rows[2][1] == "(không có)"
    full = comparison_table(changes, include_unchanged=True)
    assert [r[3] for r in full.rows] == ["Sửa đổi", "Giữ nguyên", "Bãi bỏ", "Bổ sung"]
    assert {c.status for c in changes} == set(ChangeStatus)


# --- templates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "convention_text_vi.txt",
        "convention_request_vi.txt",
        "convention_minutes_vi.txt",
        "convention_decision_vi.txt",
        "convention_stats_vi.txt",
    ],
)
def test_shipped_templates_parse_and_are_nfc(name: str) -> None:
    source = resource_path("templates", name).read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", source)
    assert load_template(name).sections


def test_an_edited_template_changes_the_wording(tmp_path: Path) -> None:
    source = resource_path("templates", "convention_decision_vi.txt").read_text(encoding="utf-8")
    (tmp_path / "d.txt").write_text(
        source.replace("Căn cứ Luật Thực hiện dân chủ", "Căn cứ Bộ luật Thử nghiệm"),
        encoding="utf-8",
    )
    doc = build_recognition_decision(sample_recognition(), load_template("d.txt", tmp_path))
    assert any(isinstance(b, Para) and "Bộ luật Thử nghiệm" in b.text for b in doc.body)
