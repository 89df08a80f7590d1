"""Disclosure documents of stored records: notice, end-of-posting minutes, quarterly list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.core.errors import ValidationError
from desktop.core.villages import VillageData
from desktop.services.container import Services
from desktop.services.disclosure_documents import DisclosureDocumentService

URL = "https://tanphu.gov.vn/cong-khai/98"


@pytest.fixture
def docs(services: Services, commune: object) -> DisclosureDocumentService:
    return DisclosureDocumentService(
        services.ctx, services.setup, services.villages, services.disclosures
    )


@pytest.fixture
def villages(services: Services, commune: object) -> dict[str, str]:
    return {
        code: services.villages.add(VillageData(code=code, name=name, households_total=100)).uuid
        for code, name in (("DONG", "Thôn Đông"), ("TAY", "Thôn Tây"), ("BAC", "Thôn Bắc"))
    }


def _poor_list(villages: dict[str, str]) -> dict[str, Any]:
    """Item 7, Q2 2026: the office 30 days, Đông 31 days, Tây 24 days, Bắc never."""
    return {
        "category": 7,
        "title": "Danh sách hộ nghèo, hộ cận nghèo năm 2026",
        "summary": "42 hộ nghèo và 57 hộ cận nghèo sau rà soát",
        "decision_no": "98/QĐ-UBND",
        "decided_on": "2026-04-02",
        "responsible": "Trần Văn Bình",
        "forms": ["notice_board", "loudspeaker", "portal", "village_head"],
        "portal_url": URL,
        "broadcast_days": ["2026-04-06", "2026-04-07", "2026-04-08"],
        "postings": [
            {"location": "Trụ sở UBND xã", "posted_on": "2026-04-06", "removed_on": "2026-05-06"},
            {
                "location": "Nhà văn hóa thôn Đông",
                "village": villages["DONG"],
                "posted_on": "2026-04-06",
                "removed_on": "2026-05-06",
            },
            {
                "location": "Nhà văn hóa",
                "village": villages["TAY"],
                "posted_on": "2026-04-07",
                "removed_on": "2026-04-30",
            },
        ],
        "feedback": [
            {
                "received_on": "2026-04-10",
                "sender": "Ông Nguyễn Văn Ba",
                "content": "Đề nghị bổ sung hộ bà Tư vào danh sách hộ nghèo",
                "answered_on": "2026-04-15",
                "answer": "Đã rà soát và bổ sung",
            },
            {"received_on": "2026-04-20", "content": "Hộ ông Năm đã thoát nghèo"},
        ],
    }


def _procedures() -> dict[str, Any]:
    """Item 13 (permanent), Q2 2026, posted at the office only."""
    return {
        "category": 13,
        "title": "Bộ thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã",
        "decided_on": "2026-05-08",
        "forms": ["notice_board"],
        "postings": [{"location": "Bộ phận một cửa", "posted_on": "2026-05-10"}],
    }


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


def _has(text: str, *expected: str) -> None:
    for item in expected:
        assert item in text, item


def test_notice_says_what_where_when_and_how(
    services: Services, docs: DisclosureDocumentService, villages: dict[str, str], tmp_path: Path
) -> None:
    d = services.disclosures.add_json(_poor_list(villages))
    out = docs.notice_pdf(d.uuid, tmp_path / "tb.pdf")
    text = _text(out)
    _has(
        text,
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN PHÚ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 01/TB-UBND",
        "Tân Phú, ngày 06 tháng 4 năm 2026",
        "THÔNG BÁO",
        "Về việc niêm yết công khai danh sách hộ nghèo, hộ cận nghèo năm 2026",
        "khoản 7 Điều 11",
        "văn bản số 98/QĐ-UBND ngày 02/04/2026",
        "42 hộ nghèo và 57 hộ cận nghèo",
        "niêm yết tại 04 địa điểm",
        "Trụ sở UBND xã",
        "Nhà văn hóa thôn Đông",
        "Nhà văn hóa, thôn Tây",
        "Điểm sinh hoạt cộng đồng thôn Bắc",  # required (Art. 13(2)) though not recorded
        "Từ ngày 06/04/2026 đến hết ngày 06/05/2026 (30 ngày liên tục",
        "loa truyền thanh vào các ngày 06/04/2026, 07/04/2026 và 08/04/2026",
        URL,
        "Qua trưởng thôn, tổ trưởng tổ dân phố",
        "chậm nhất đến hết ngày 06/05/2026",
        "Trần Văn Bình",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nơi nhận:",
    )
    assert "Cổng/trang" not in text  # the portal has its own sentence with the address
    assert not list(tmp_path.glob("*.part"))


def test_permanent_item_is_posted_regularly(
    services: Services, docs: DisclosureDocumentService, villages: dict[str, str], tmp_path: Path
) -> None:
    d = services.disclosures.add_json(_procedures())
    text = _text(docs.notice_pdf(d.uuid, tmp_path / "tb.pdf", signer="Lê Văn Minh"))
    _has(
        text,
        "Tân Phú, ngày 10 tháng 5 năm 2026",
        "khoản 13 Điều 11",
        "Bộ phận một cửa",
        "Niêm yết thường xuyên kể từ ngày 10/05/2026",
        "Lê Văn Minh",
    )
    assert "thôn Bắc" not in text  # items 4 and 13: the office only
    assert "đến hết ngày" not in text


def test_planned_disclosure_announces_its_planned_period(
    services: Services, docs: DisclosureDocumentService, villages: dict[str, str]
) -> None:
    d = services.disclosures.add_json(
        {"category": 5, "title": "Quỹ khuyến học năm 2026", "planned_on": "2026-12-01"}
    )
    data = docs.notice_data(d.uuid)
    assert (data.issued_on.isoformat(), data.starts_on.isoformat()) == ("2026-12-01", "2026-12-01")
    assert data.until is not None and data.until.isoformat() == "2026-12-31"
    assert [(p.place, p.village, p.posted_on) for p in data.places] == [
        ("", "", None),
        ("", "thôn Bắc", None),
        ("", "thôn Đông", None),
        ("", "thôn Tây", None),
    ]


def test_end_of_posting_counts_days_per_place_and_feedback(
    services: Services, docs: DisclosureDocumentService, villages: dict[str, str], tmp_path: Path
) -> None:
    d = services.disclosures.add_json(_poor_list(villages))
    text = _text(docs.end_of_posting_pdf(d.uuid, tmp_path / "bb.pdf"))
    _has(
        text,
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN PHÚ",
        "Số: 01/BB-UBND",
        "Tân Phú, ngày 06 tháng 5 năm 2026",  # the last removal day
        "BIÊN BẢN",
        "Kết thúc niêm yết công khai danh sách hộ nghèo",
        "Trụ sở UBND xã 06/04/2026 06/05/2026 30 Đủ 30 ngày",
        "Nhà văn hóa thôn Đông 06/04/2026 06/05/2026 30 Đủ 30 ngày",
        "Nhà văn hóa, thôn Tây 07/04/2026 30/04/2026 23 Chưa đủ 30 ngày",
        "Điểm sinh hoạt cộng đồng thôn Bắc — — — Chưa niêm yết",
        "niêm yết đủ 30 ngày liên tục: 02; chưa đủ: 01",
        "chưa niêm yết: 01",
        "nhận được 02 ý kiến",
        "đã trả lời 01 ý kiến, còn 01 ý kiến chưa trả lời",
        "Ông Nguyễn Văn Ba",
        "Ngày 15/04/2026: Đã rà soát và bổ sung",
        "Không ghi tên",
        "Chưa trả lời",
        "chưa bảo đảm đủ 30 ngày liên tục tại: Nhà văn hóa, thôn Tây",
        "Chưa niêm yết tại: Điểm sinh hoạt cộng đồng thôn Bắc",
        "người lập biên bản: Nguyễn Thị Lan",
        "BAN CÔNG TÁC MẶT TRẬN",
        "ĐẠI DIỆN UBND XÃ",
    )


def test_posting_still_up_is_counted_to_the_day_of_issue(
    services: Services, docs: DisclosureDocumentService, villages: dict[str, str]
) -> None:
    d = services.disclosures.add_json(
        {
            "category": 2,
            "title": "Dự toán ngân sách năm 2027",
            "decided_on": "2026-11-05",
            "forms": ["notice_board"],
            "postings": [{"posted_on": "2026-11-10"}],
        }
    )
    data = docs.end_of_posting_data(d.uuid)  # today is 23/11/2026 (fixed clock)
    assert data.issued_on.isoformat() == "2026-11-23"
    office = data.places[0]
    assert (data.days(office), data.result(office).value) == (13, "running")
    assert [p.village for p in data.places[1:]] == ["thôn Bắc", "thôn Đông", "thôn Tây"]
    assert not data.front_signs  # only the office posted: the recorder signs


def test_worn_notice_replaced_continues_the_run(
    services: Services, docs: DisclosureDocumentService, villages: dict[str, str]
) -> None:
    dong = villages["DONG"]
    d = services.disclosures.add_json(
        {
            "category": 2,
            "title": "Quyết toán ngân sách năm 2025",
            "decided_on": "2026-04-01",
            "forms": ["notice_board"],
            "postings": [
                {"village": dong, "posted_on": "2026-04-02", "removed_on": "2026-04-15"},
                {"village": dong, "posted_on": "2026-04-16", "removed_on": "2026-05-02"},
                {"village": dong, "posted_on": "2026-06-01", "removed_on": "2026-06-02"},
            ],
        }
    )
    data = docs.end_of_posting_data(d.uuid)
    assert data.issued_on.isoformat() == "2026-06-02"
    rows = [(p.village, data.days(p), data.result(p).value) for p in data.places]
    assert rows == [
        ("", None, "missing"),
        ("thôn Bắc", None, "missing"),
        # 02/04–15/04 and 16/04–02/05: one run of 30 days. The notice posted again later
        # (01/06–02/06) does not undo it: one row per place, core's verdict on the place
        # (core warns nothing either).
        ("thôn Đông", 30, "met"),
        ("thôn Tây", None, "missing"),
    ]
    assert "removed_early" not in {w.code for w in services.disclosures.get(d.uuid).warnings}


def test_numbers_run_in_the_commune_register_and_are_kept(
    services: Services, docs: DisclosureDocumentService, villages: dict[str, str], tmp_path: Path
) -> None:
    d = services.disclosures.add_json(_poor_list(villages))
    assert docs.notice_data(d.uuid).number == 1
    assert docs.end_of_posting_data(d.uuid).number == 2
    assert docs.notice_data(d.uuid).number == 1  # a reprint keeps its number
    assert "Số: 02/BB-UBND" in _text(docs.end_of_posting_pdf(d.uuid, tmp_path / "bb.pdf"))
    assert docs.quarter_list_data("2026Q2").number == 3
    assert docs.quarter_list_data("2026-Q2").number == 3
    assert docs.quarter_list_data("2026Q1").number == 4


def test_quarter_list_has_a_row_per_disclosure(
    services: Services, docs: DisclosureDocumentService, villages: dict[str, str], tmp_path: Path
) -> None:
    services.disclosures.add_json(_procedures())
    services.disclosures.add_json(_poor_list(villages))
    services.disclosures.add_json(  # first disclosed in Q3: not listed
        {
            "category": 2,
            "title": "Quyết toán ngân sách năm 2025",
            "decided_on": "2026-07-01",
            "forms": ["notice_board"],
            "postings": [{"posted_on": "2026-07-03"}],
        }
    )
    out = docs.quarter_list_pdf("2026Q2", tmp_path / "q2.pdf")
    text = _text(out)
    _has(
        text,
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN PHÚ",
        "Tân Phú, ngày 23 tháng 11 năm 2026",
        "THÔNG BÁO",
        "Danh mục các nội dung đã công khai quý II năm 2026",
        "từ ngày 01/04/2026 đến ngày 30/06/2026",
        "1 Khoản 7: Chính sách hỗ trợ, tín dụng, an sinh xã hội",
        "Niêm yết; Loa truyền thanh; Cổng/trang thông tin điện tử; Qua trưởng thôn",
        "06/04/2026 06/04/2026 - 06/05/2026",
        "2 Khoản 13: Thủ tục hành chính",
        "10/05/2026 Thường xuyên từ 10/05/2026",
        "Tổng số: 02 nội dung đã công khai trong quý II năm 2026",
        "TM. ỦY BAN NHÂN DÂN",
    )
    assert "Quyết toán ngân sách" not in text
    assert "Trong quý không có" not in text


def test_empty_quarter_says_so(docs: DisclosureDocumentService, tmp_path: Path) -> None:
    text = _text(docs.quarter_list_pdf("2026Q1", tmp_path / "q1.pdf"))
    _has(
        text,
        "Danh mục các nội dung đã công khai quý I năm 2026",
        "Trong quý không có nội dung công khai nào.",
        "Số: 01/TB-UBND",
    )
    assert "STT" not in text and "Tổng số" not in text


def test_bad_period_is_refused_and_nothing_written(
    docs: DisclosureDocumentService, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "bad.pdf"
    with pytest.raises(ValidationError) as info:
        docs.quarter_list_pdf("2026Q5", out)
    assert [(e.field, e.code) for e in info.value.errors] == [("period", "invalid_period")]
    assert not out.parent.exists()
    assert docs.quarter_list_data("2026Q1").number == 1  # no number was used up


def test_qr_names_the_record_version(
    services: Services, docs: DisclosureDocumentService, villages: dict[str, str]
) -> None:
    d = services.disclosures.add_json(_poor_list(villages))
    data = docs.notice_data(d.uuid)
    assert data.qr_payload is not None
    assert data.qr_payload.startswith(f"sodanchu:disclosure:{d.uuid}:")
    assert len(data.version_hash) == 64
