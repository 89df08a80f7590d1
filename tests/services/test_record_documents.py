"""Documents of conventions and disclosures, printed from stored records (text extracted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.errors import ValidationError
from desktop.services.container import Services
from desktop.services.demo import make_demo


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


@pytest.fixture
def demo(services: Services) -> Services:
    make_demo(services)
    return services


def test_convention_documents(demo: Services, tmp_path: Path) -> None:
    conv = demo.conventions.list()[0]
    docs = demo.convention_documents
    text = _text(docs.text_pdf(conv.uuid, tmp_path / "hu.pdf"))
    assert "HƯƠNG ƯỚC" in text and "Điều 3. Giữ gìn vệ sinh môi trường" in text
    assert "15/QĐ-UBND" in text
    request = _text(docs.request_pdf(conv.uuid, tmp_path / "ttr.pdf"))
    assert "TỜ TRÌNH" in request and "Số: 01/TTr-TĐ" in request
    decision = _text(docs.decision_pdf(conv.uuid, tmp_path / "qd.pdf"))
    assert "QUYẾT ĐỊNH" in decision and "Số: 15/QĐ-UBND" in decision
    minutes = _text(docs.adoption_minutes_pdf(conv.uuid, tmp_path / "bb.pdf"))
    assert "BIÊN BẢN" in minutes
    with pytest.raises(ValidationError):
        docs.decision_pdf(conv.uuid, tmp_path / "tn.pdf", kind="suspended")
    assert not (tmp_path / "tn.pdf").exists()
    stats = _text(docs.statistics_pdf(2026, tmp_path / "tk.pdf"))
    assert "BÁO CÁO" in stats and "Thôn Đông" in stats


def test_disclosure_documents(demo: Services, tmp_path: Path) -> None:
    running = next(d for d in demo.disclosures.list() if d.data.category == 7)
    docs = demo.disclosure_documents
    notice = _text(docs.notice_pdf(running.uuid, tmp_path / "tb.pdf"))
    assert "THÔNG BÁO" in notice and "hộ nghèo" in notice
    quarter = _text(docs.quarter_list_pdf("2026Q4", tmp_path / "q.pdf"))
    assert "Danh sách hộ nghèo, hộ cận nghèo năm 2026" in quarter
    with pytest.raises(ValidationError):
        docs.quarter_list_pdf("2026Q5", tmp_path / "bad.pdf")
    assert not (tmp_path / "bad.pdf").exists()


def test_text_as_in_force_marks_suspended_and_abolished_parts(
    demo: Services, tmp_path: Path
) -> None:
    """D61 Arts. 12, 14: a part suspended or abolished leaves the rest in force, marked;
    the "as in force on date X" print never shows that part as in force."""
    from datetime import date

    c = demo.conventions
    conv = c.list()[0]
    recognized_on = conv.data.events[-1].on
    today = demo.ctx.today()
    for ev in (
        {
            "type": "abolished",
            "on": today.isoformat(),
            "part": "Điều 4",
            "decision_no": "20/QĐ-UBND",
            "reason": "Trái quy định",
        },
        {
            "type": "suspended",
            "on": today.isoformat(),
            "part": "khoản 2 Điều 3",
            "decision_no": "21/QĐ-UBND",
            "reason": "Có khiếu nại",
            "until": "2027-01-31",
        },
    ):
        conv = c.event_json(conv.uuid, ev)
    assert c.to_json(conv)["status"] == "in_force"  # the rest stays in force
    assert "reinstated" in c.to_json(conv)["allowed_events"]
    docs = demo.convention_documents
    text = _text(docs.text_pdf(conv.uuid, tmp_path / "now.pdf", on=today))
    assert "Điều 4. Việc cưới, việc tang (Điều này đã bị bãi bỏ" in text
    assert "theo Quyết định số 20/QĐ-UBND" in text
    assert "Tổ chức việc cưới, việc tang trang trọng" not in text  # not printed as in force
    assert "Điều 3. Giữ gìn vệ sinh môi trường (Tạm ngưng thực hiện khoản 2 Điều 3" in text
    assert "Tổng vệ sinh đường làng" in text  # suspended, still shown, marked
    assert "Điều 1. Phạm vi điều chỉnh Hương ước này quy định" in text  # unmarked, in force
    assert "Toàn văn tạm ngưng" not in text
    before = _text(docs.text_pdf(conv.uuid, tmp_path / "then.pdf", on=recognized_on))
    assert "bãi bỏ" not in before and "Tổ chức việc cưới, việc tang trang trọng" in before
    # The partial suspension lifted: the article is no longer marked; the abolition stays.
    conv = c.event_json(
        conv.uuid, {"type": "reinstated", "on": today.isoformat(), "part": "khoản 2 Điều 3"}
    )
    after = _text(docs.text_pdf(conv.uuid, tmp_path / "after.pdf", on=today))
    assert "Tạm ngưng" not in after and "Điều này đã bị bãi bỏ" in after
    # The whole text suspended: said under the title.
    conv = c.event_json(
        conv.uuid,
        {
            "type": "suspended",
            "on": today.isoformat(),
            "decision_no": "22/QĐ-UBND",
            "reason": "Có khiếu nại",
            "until": "2027-01-31",
        },
    )
    assert c.to_json(conv)["status"] == "suspended"
    whole = _text(docs.text_pdf(conv.uuid, tmp_path / "whole.pdf", on=today))
    assert "Toàn văn tạm ngưng thực hiện từ ngày" in whole and "22/QĐ-UBND" in whole
    assert date(2026, 11, 23) == today  # the tests' fixed clock
