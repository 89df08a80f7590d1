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
