"""The Decree 30 page: number and date formats, header, page numbers, stability."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.lib.units import mm

from desktop.documents.page import (
    PAGE_HEIGHT,
    BodyTable,
    OfficialDocument,
    Para,
    SignatureBlock,
    date_fields,
    format_number,
    format_place_date,
    record_qr_payload,
    render_document,
)
from tests.documents.pdftext import flat_text, is_nfc, page_texts, reader, runs


def make_doc(**changes: object) -> OfficialDocument:
    base: dict[str, object] = {
        "issuer_lines": ("UBND XÃ TÂN PHÚ", "THÔN ĐÔNG"),
        "type_code": "TB",
        "issuer_symbol": "TĐ",
        "place": "Tân Phú",
        "date": dt.date(2026, 3, 9),
        "title": "Thông báo",
        "subject": "Về lịch họp thôn quý I năm 2026",
        "body": ("Thôn Đông thông báo lịch họp như sau.",),
        "signatures": ((SignatureBlock(("Trưởng thôn",), "Nguyễn Văn Hùng"),),),
        "recipients": ("Các hộ gia đình;", "Lưu: thôn Đông."),
        "number": 7,
    }
    return OfficialDocument(**{**base, **changes})  # type: ignore[arg-type]


def render(doc: OfficialDocument, *, invariant: bool | None = True) -> bytes:
    out = io.BytesIO()
    render_document(doc, out, invariant=invariant)
    return out.getvalue()


# --- formats -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, "Số: 01/BB-TĐ"), (9, "Số: 09/BB-TĐ"), (10, "Số: 10/BB-TĐ"), (123, "Số: 123/BB-TĐ")],
)
def test_format_number_pads_below_ten(number: int, expected: str) -> None:
    assert format_number(number, "BB", "TĐ") == expected


def test_format_number_blank_leaves_room_to_write() -> None:
    text = format_number(None, "GM", "TĐ")
    assert text.startswith("Số: ") and text.endswith("/GM-TĐ")
    assert text[len("Số:") : -len("/GM-TĐ")].strip() == ""
    assert len(text) >= len("Số:   /GM-TĐ")


def test_format_number_without_symbol() -> None:
    assert format_number(5, "QĐ", "") == "Số: 05/QĐ"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.date(2026, 1, 9), "Tân Phú, ngày 09 tháng 01 năm 2026"),
        (dt.date(2026, 1, 10), "Tân Phú, ngày 10 tháng 01 năm 2026"),
        (dt.date(2026, 2, 28), "Tân Phú, ngày 28 tháng 02 năm 2026"),
        (dt.date(2026, 3, 1), "Tân Phú, ngày 01 tháng 3 năm 2026"),
        (dt.date(2026, 9, 30), "Tân Phú, ngày 30 tháng 9 năm 2026"),
        (dt.date(2026, 12, 31), "Tân Phú, ngày 31 tháng 12 năm 2026"),
    ],
)
def test_format_place_date_padding(date: dt.date, expected: str) -> None:
    assert format_place_date("Tân Phú", date) == expected


def test_date_fields_with_time() -> None:
    assert date_fields(dt.datetime(2026, 2, 3, 7, 5)) == {
        "day": "03",
        "month": "02",
        "year": "2026",
        "hour": "07",
        "minute": "05",
    }
    assert "hour" not in date_fields(dt.date(2026, 3, 3))


def test_record_qr_payload() -> None:
    assert record_qr_payload("meeting", "u-1", "h") == "sodanchu:meeting:u-1:h"


# --- validation --------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"type_code": "XX"},
        {"issuer_lines": ()},
        {"number": 0},
        {"signatures": ((SignatureBlock(("A",)),) * 3,)},
    ],
)
def test_document_rejects_bad_fields(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        make_doc(**changes)


def test_table_rows_must_match_header() -> None:
    with pytest.raises(ValueError):
        BodyTable(header=("A", "B"), rows=(("1",),))
    with pytest.raises(ValueError):
        BodyTable(header=("A", "B"), rows=(), widths=(1.0,))


def test_year_is_the_date_year() -> None:
    assert make_doc().year == 2026


# --- rendering ---------------------------------------------------------------


def test_header_title_and_closing_are_printed() -> None:
    text = flat_text(render(make_doc()))
    for expected in (
        "UBND XÃ TÂN PHÚ",
        "THÔN ĐÔNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 07/TB-TĐ",
        "Tân Phú, ngày 09 tháng 3 năm 2026",
        "THÔNG BÁO",
        "Về lịch họp thôn quý I năm 2026",
        "TRƯỞNG THÔN",
        "Nguyễn Văn Hùng",
        "Nơi nhận:",
        "- Lưu: thôn Đông.",
    ):
        assert expected in text
    assert is_nfc(text)


def test_blank_number_prints_the_type_and_symbol() -> None:
    text = flat_text(render(make_doc(number=None)))
    assert "Số:" in text and "/TB-TĐ" in text
    assert "Số: 07" not in text


def test_text_is_escaped_and_normalised_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Hộ ông Nguyễn Văn Tưởng & bà <Lê>")
    text = flat_text(render(make_doc(body=(nfd,))))
    assert "Hộ ông Nguyễn Văn Tưởng & bà <Lê>" in text


def test_body_kinds_and_table_render() -> None:
    body = (
        Para("I. PHẦN MỘT", "heading"),
        Para("Dòng giữa", "center"),
        Para("Đoạn không thụt đầu dòng\nxuống dòng", "plain"),
        BodyTable(
            header=("TT", "Nội dung"), rows=(("1", "Đường bê tông"),), align=("center", "left")
        ),
    )
    text = flat_text(render(make_doc(body=body)))
    for expected in ("I. PHẦN MỘT", "Dòng giữa", "xuống dòng", "Đường bê tông"):
        assert expected in text


def test_metadata() -> None:
    meta = reader(render(make_doc())).metadata
    assert meta is not None
    assert meta.title == "THÔNG BÁO - Về lịch họp thôn quý I năm 2026"
    assert meta.author == "THÔN ĐÔNG"
    assert meta.creator == "Sổ Dân Chủ"


def _top_margin_runs(pdf: bytes, page_index: int) -> list[str]:
    return [r.text for r in runs(pdf, page_index) if r.y > PAGE_HEIGHT - 20 * mm]


def test_page_numbers_from_page_two_in_the_top_margin() -> None:
    long_body = tuple(f"Đoạn {i}: " + "nội dung dài của văn bản " * 12 for i in range(40))
    pdf = render(make_doc(body=long_body))
    assert len(reader(pdf).pages) >= 3
    assert _top_margin_runs(pdf, 0) == []
    assert _top_margin_runs(pdf, 1) == ["2"]
    assert _top_margin_runs(pdf, 2) == ["3"]


def test_one_page_document_has_no_page_number() -> None:
    pdf = render(make_doc())
    assert len(page_texts(pdf)) == 1
    assert _top_margin_runs(pdf, 0) == []


def test_invariant_output_is_byte_stable() -> None:
    doc = make_doc(qr_payload="sodanchu:notice:x:1")
    assert render(doc) == render(doc)


def test_invariant_follows_rl_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    doc = make_doc()
    assert render(doc, invariant=None) == render(doc, invariant=None) == render(doc)


def test_render_to_path(tmp_path: Path) -> None:
    target = tmp_path / "tb.pdf"
    render_document(make_doc(), target, invariant=True)
    assert target.read_bytes() == render(make_doc())


def test_qr_caption_printed_only_with_payload() -> None:
    assert "Mã đối chiếu hồ sơ" not in flat_text(render(make_doc()))
    assert "Mã đối chiếu hồ sơ" in flat_text(render(make_doc(qr_payload="sodanchu:x:y:z")))
