"""The documents of issues 15 and 16 read back from their PDFs: Vietnamese headings with
their diacritics, the record's values, the form number, the D30 number in the commune's
register, dates dd/mm/yyyy, deadlines in words with their article — and no denouncer."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import ValidationError
from desktop.core.installation import Installation
from desktop.core.print_catalog import PRINTABLE, Printable, printable_for
from desktop.services.container import Services
from tests.documents.civic_samples import (
    COMPLAINANT,
    DENOUNCER,
    Samples,
    make_samples,
    step_case,
)
from tests.documents.pdftext import flat_text, is_nfc, reader

# Each document's heading, as printed (capitals of the title, then the subject).
HEADINGS = {
    "reception-book": "SỔ TIẾP CÔNG DÂN Từ ngày 01/01/2026 đến ngày 31/03/2026",
    "reception-receipt": "GIẤY BIÊN NHẬN Thông tin, tài liệu, bằng chứng",
    "reception-refusal": "THÔNG BÁO Về việc từ chối tiếp công dân",
    "reception-schedule": "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân quý I năm 2026",
    "letter-register": "SỔ THEO DÕI, XỬ LÝ ĐƠN",
    "letter-proposal": "PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN",
    "letter-guidance": "VĂN BẢN HƯỚNG DẪN",
    "letter-forwarding": "PHIẾU CHUYỂN ĐƠN",
    "case-acceptance": "THÔNG BÁO Về việc thụ lý giải quyết khiếu nại",
    "case-dialogue": "BIÊN BẢN ĐỐI THOẠI Về việc giải quyết khiếu nại của Nguyễn Văn An",
    "case-decision": "QUYẾT ĐỊNH Về việc giải quyết khiếu nại của Nguyễn Văn An (lần đầu)",
    "case-acceptance-decision": "QUYẾT ĐỊNH Về việc thụ lý tố cáo",
    "case-extension": "QUYẾT ĐỊNH Về việc gia hạn giải quyết tố cáo",
    "case-suspension": "QUYẾT ĐỊNH Về việc tạm đình chỉ việc giải quyết tố cáo",
    "case-conclusion": "KẾT LUẬN Nội dung tố cáo",
    "consultation-plan": "KẾ HOẠCH Lấy ý kiến về dự án đường liên thôn",
    "consultation-report": "BÁO CÁO Kết quả lấy ý kiến về dự án đường liên thôn",
    "dialogue-minutes": "BIÊN BẢN Đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2026",
    "oversight-plan": "KẾ HOẠCH Kiểm tra việc thu quỹ",
    "oversight-recommendation": "VĂN BẢN KIẾN NGHỊ",
    "oversight-report": "BÁO CÁO Kết quả kiểm tra việc thu quỹ",
}


@pytest.fixture
def samples(services: Services, commune: Installation) -> Samples:
    del commune
    return make_samples(services)


def key_of(p: Printable, x: Samples) -> tuple[str, int]:
    if p.scope == "period":
        return "2026Q1", 0
    keys = {
        "reception": x.reception,
        "letter": x.denunciation_letter if p.name == "letter-forwarding" else x.letter,
        "case": x.case,
        "consultation": x.consultation,
        "dialogue": x.dialogue,
        "oversight": x.oversight,
    }
    visit = 3 if p.name == "reception-refusal" else 1 if p.scope == "visit" else 0
    return step_case(x, p.name) or keys[p.kind], visit


def render(services: Services, tmp_path: Path, name: str, key: str, visit: int = 0) -> bytes:
    out = services.civic_documents.pdf(name, key, tmp_path / f"{name}.pdf", visit=visit)
    return out.read_bytes()


@pytest.mark.parametrize("printable", PRINTABLE, ids=lambda p: p.name)
def test_each_document_prints_its_heading_form_and_no_denouncer(
    services: Services, samples: Samples, tmp_path: Path, printable: Printable
) -> None:
    key, visit = key_of(printable, samples)
    text = flat_text(render(services, tmp_path, printable.name, key, visit))
    assert HEADINGS[printable.name] in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    if printable.form:
        assert printable.form in text
    assert is_nfc(text)
    assert DENOUNCER not in text and "Ngọc" not in text


def test_the_reception_book_is_a_landscape_table_that_hides_the_denouncer(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    pdf = render(services, tmp_path, "reception-book", "2026Q1")
    box = reader(pdf).pages[0].mediabox
    assert box.width > box.height  # A4 landscape
    text = flat_text(pdf)
    assert "Mẫu số 03 ban hành kèm theo Thông tư số 04/2021/TT-TTCP" in text
    assert COMPLAINANT in text and "Khiếu nại thu hồi đất" in text  # a complainant is named
    assert "Tố cáo cán bộ địa chính" in text  # the matter is in the book, not its denouncer
    assert "(Thông tin được giữ bí mật - khoản 2 Điều 3 Luật Tiếp công dân)" in text
    assert "Tổng số: 3 lượt tiếp, 3 người." in text
    assert "Số:" not in text  # a book has no number
    # Another quarter holds none of these visits.
    other = flat_text(render(services, tmp_path, "reception-book", "2026Q2"))
    assert "Trong kỳ không có lượt tiếp công dân nào được ghi sổ." in other


def test_numbers_run_in_the_commune_register_and_a_reprint_keeps_its_own(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    refusal = flat_text(render(services, tmp_path, "reception-refusal", samples.reception, 3))
    assert "Số: 01/TB-UBND" in refusal
    assert "Tân Phú, ngày 03 tháng 3 năm 2026" in refusal  # the visit's day, D30 padding
    assert "Vụ việc đã giải quyết đúng, đã xem xét, trả lời (khoản 3 Điều 9)" in refusal
    forwarding = flat_text(
        render(services, tmp_path, "letter-forwarding", samples.denunciation_letter)
    )
    assert "Số: 02/PC-UBND" in forwarding and "Kính gửi: Thanh tra tỉnh" in forwarding
    assert "Hạn chuyển đơn tố cáo: 5 ngày làm việc kể từ 03/03/2026" in forwarding
    assert "(khoản 2 Điều 24 Luật Tố cáo), đến hết ngày 10/03/2026" in forwarding
    again = flat_text(render(services, tmp_path, "reception-refusal", samples.reception, 3))
    assert "Số: 01/TB-UBND" in again
    guidance = flat_text(render(services, tmp_path, "letter-guidance", samples.letter))
    assert "Số: 03/UBND" in guidance  # a letter (công văn): no type code
    schedule = flat_text(render(services, tmp_path, "reception-schedule", "2026Q1"))
    assert "Số: 04/TB-UBND" in schedule
    assert "Số: 04/TB-UBND" in flat_text(
        render(services, tmp_path, "reception-schedule", "2026q1")  # the same period
    )
    assert "Số: 05/TB-UBND" in flat_text(
        render(services, tmp_path, "reception-schedule", "2026Q2")  # another one
    )


def test_deadlines_in_words_with_their_article(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    case = flat_text(render(services, tmp_path, "case-acceptance", samples.case))
    assert "ngày 05/03/2026 Chủ tịch Ủy ban nhân dân xã Tân Phú đã thụ lý" in case
    assert "Hạn giải quyết khiếu nại: 30 ngày kể từ 05/03/2026 (Điều 28 Luật Khiếu nại)" in case
    receipt = flat_text(render(services, tmp_path, "reception-receipt", samples.reception, 1))
    assert "Hạn trả lời công dân: 10 ngày làm việc kể từ 03/03/2026" in receipt
    assert "Quyết định số 15/QĐ-UBND (bản sao)" in receipt
    plan = flat_text(render(services, tmp_path, "consultation-plan", samples.consultation))
    assert "Từ ngày 02/03/2026 đến hết ngày 22/03/2026" in plan
    assert "khoản 4 Điều 25" in plan
    assert "Số: 02/KH-UBND" in plan  # after the TB of 2026: one register for all types


def test_the_civic_documents_print_their_tables(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    report = flat_text(render(services, tmp_path, "consultation-report", samples.consultation))
    assert "Tổng số ý kiến nhận được: 155 ý kiến" in report and "Tổng cộng 155" in report
    minutes = flat_text(render(services, tmp_path, "dialogue-minutes", samples.dialogue))
    assert "Sửa đường thôn Đông UBND xã 10/07/2026" in minutes
    assert "THƯ KÝ" in minutes and "CHỦ TRÌ" in minutes
    assert "Số: 02/BB-UBND" in minutes  # after the BC
    recommendation = flat_text(
        render(services, tmp_path, "oversight-recommendation", samples.oversight)
    )
    # A board issues its own documents, numbered in its own register.
    assert "BAN THANH TRA NHÂN DÂN" in recommendation and "Số: 01/BTTND" in recommendation
    assert "Công khai sổ thu quỹ" in recommendation
    assert "trong thời hạn 15 ngày" in recommendation and "Điều 40" in recommendation


def test_a_denunciation_prints_nowhere_its_denouncer(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    for name, key in (
        ("case-acceptance", samples.denunciation_case),
        ("letter-register", "2026"),
        ("reception-receipt", samples.reception),
    ):
        text = flat_text(render(services, tmp_path, name, key, 2 if "receipt" in name else 0))
        assert DENOUNCER not in text and "Thôn Tây" not in text, name
    case = flat_text(render(services, tmp_path, "case-acceptance", samples.denunciation_case))
    assert "thụ lý giải quyết tố cáo" in case and "Điều 29 Luật Tố cáo" in case


def test_a_document_that_does_not_apply_is_refused_and_nothing_written(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(ValidationError) as refused:
        services.civic_documents.pdf("reception-refusal", samples.reception, out, visit=1)
    assert refused.value.errors[0].field == "visit_handling"
    with pytest.raises(ValidationError) as missing:
        services.civic_documents.pdf("reception-receipt", samples.reception, out, visit=4)
    assert missing.value.errors[0].code == "print_no_visit"
    with pytest.raises(ValidationError):
        services.civic_documents.pdf("letter-forwarding", samples.letter, out)  # ours
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_every_kind_with_documents_is_a_registered_kind(services: Services) -> None:
    for p in PRINTABLE:
        assert p.kind in services.kinds
        assert p in printable_for(p.kind)


def test_the_other_branches_of_the_templates(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    """Each optional section is filled once: a typo in a template's placeholder fails here."""
    pending = services.cases.add_json(
        {"case_type": "complaint", "received_day": "2026-03-04", "subject": "Khiếu nại mới"}
    )
    text = flat_text(render(services, tmp_path, "case-acceptance", pending.uuid))
    assert "THÔNG BÁO Về việc không thụ lý giải quyết khiếu nại" in text
    # From 1/7/2026 the chairman's minimum is 2 days a month (Law 136/2025/QH15).
    q3 = flat_text(render(services, tmp_path, "reception-schedule", "2026Q3"))
    assert "Chưa có buổi tiếp công dân định kỳ nào" in q3 and "ít nhất 02 ngày trong 01 tháng" in q3
    q1 = flat_text(render(services, tmp_path, "reception-schedule", "2026Q1"))
    assert "ít nhất 01 ngày trong 01 tuần" in q1 and "03/03/2026 Lê Thị Hoa" in q1
    guidance = flat_text(render(services, tmp_path, "letter-guidance", samples.denunciation_letter))
    assert "không thuộc thẩm quyền" in guidance and "Thanh tra tỉnh" in guidance
    ours = flat_text(render(services, tmp_path, "letter-guidance", samples.letter))
    assert "đơn chưa đủ điều kiện để xử lý" in ours
    services.dialogues.update_json(
        samples.dialogue,
        {
            "questions": [
                {"asked_by": "Ông Tư", "question": "Khi nào làm đường?", "answer": "Quý III"}
            ]
        },
    )
    minutes = flat_text(render(services, tmp_path, "dialogue-minutes", samples.dialogue))
    assert "Khi nào làm đường? Quý III" in minutes
    proposal = flat_text(render(services, tmp_path, "letter-proposal", samples.letter))
    assert "Điều 27 Luật Khiếu nại" in proposal and "NGƯỜI ĐỀ XUẤT" in proposal
    report = flat_text(render(services, tmp_path, "oversight-report", samples.oversight))
    assert "Công khai sổ thu quỹ Dự thảo" in report
    plan = flat_text(render(services, tmp_path, "oversight-plan", samples.oversight))
    assert "chậm nhất 05 ngày làm việc" in plan
    assert "Số: 02/KH-BTTND" in plan  # after the board's report: one register per board
