"""The decisions and minutes of a case (DOMAIN.md §4.3, §4.4) read back from their PDFs:
each prints the step it is about (its day, finding, reason, days), the deadline it starts
in words with its article, no denouncer; a case without the step, or of the other type,
is refused naming the steps and nothing is written; a second extension is a second
decision with its own number, a reprint keeps its number."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import ValidationError
from desktop.core.installation import Installation
from desktop.core.print_catalog import PRINTABLE
from desktop.documents import case_parts
from desktop.documents.templates import load_template
from desktop.services.container import Services
from tests.documents.civic_samples import COMPLAINANT, DENOUNCER, Samples, make_samples
from tests.documents.pdftext import flat_text


@pytest.fixture
def samples(services: Services, commune: Installation) -> Samples:
    del commune
    return make_samples(services)


def text_of(services: Services, tmp_path: Path, name: str, key: str) -> str:
    out = services.civic_documents.pdf(name, key, tmp_path / f"{name}.pdf")
    return flat_text(out.read_bytes())


def test_the_complaint_decision_prints_its_finding_dialogue_and_second_complaint_right(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    text = text_of(services, tmp_path, "case-decision", samples.decided_case)
    assert "Số: 01/QĐ-UBND" in text
    assert "Tân Phú, ngày 27 tháng 3 năm 2026" in text  # the decision's day
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHÚ" in text
    assert f"Xét đơn khiếu nại nhận ngày 03/03/2026 của {COMPLAINANT}" in text
    assert "Khiếu nại việc thu phí chợ" in text
    dialogue = "3. Kết quả đối thoại (ngày 20/03/2026, Điều 30 Luật Khiếu nại): hai bên thống"
    assert f"{dialogue} nhất mức phí." in text
    assert "4. Kết luận: nội dung khiếu nại là đúng một phần. Hoàn trả phần phí thu vượt." in text
    # The second complaint's deadline runs from the decision (LKN Art. 33): 30 days end on
    # Sunday 26/04, the Hùng Kings' day, whose holiday is Monday 27/04: it ends on the next
    # working day (Civil Code Art. 148(5)).
    assert "Thời hạn khiếu nại lần hai: 30 ngày kể từ 27/03/2026" in text
    assert "(Điều 33 Luật Khiếu nại), đến hết ngày 28/04/2026" in text
    minutes = text_of(services, tmp_path, "case-dialogue", samples.decided_case)
    assert "Số: 02/BB-UBND" in minutes and "ngày 20 tháng 3 năm 2026" in minutes
    assert "Hai bên thống nhất mức phí." in minutes
    assert "NGƯỜI KHIẾU NẠI" in minutes and "NGƯỜI GIẢI QUYẾT KHIẾU NẠI" in minutes


def test_the_denunciation_decisions_follow_its_steps_and_never_name_the_denouncer(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    key = samples.concluded_case
    accepted = text_of(services, tmp_path, "case-acceptance-decision", key)
    assert "Thụ lý tố cáo đối với nội dung: Tố cáo cán bộ tư pháp gây khó khăn." in accepted
    assert "ngày 06 tháng 3 năm 2026" in accepted
    assert "(khoản 3 Điều 29 Luật Tố cáo)" in accepted  # notify within 5 working days
    extension = text_of(services, tmp_path, "case-extension", key)
    assert "Thời gian gia hạn: 30 ngày." in extension
    assert "Điểm a khoản 2 Điều 3 NĐ 31/2019" in extension  # the criterion met
    assert "Lý do gia hạn: cần xác minh nhiều nơi." in extension
    suspension = text_of(services, tmp_path, "case-suspension", key)
    assert "Căn cứ Điều 34 Luật Tố cáo" in suspension
    assert "Lý do tạm đình chỉ: chờ kết quả giám định." in suspension
    assert "(khoản 4 Điều 34 Luật Tố cáo)" in suspension  # sent within 5 working days
    conclusion = text_of(services, tmp_path, "case-conclusion", key)
    assert "Số: 04/KL-UBND" in conclusion and "ngày 04 tháng 5 năm 2026" in conclusion
    assert "Nội dung tố cáo là sai." in conclusion
    assert "(khoản 3 Điều 35 Luật Tố cáo)" in conclusion
    for text in (accepted, extension, suspension, conclusion):
        assert DENOUNCER not in text and "Thôn Tây" not in text
    # One register for every type of the commune's documents, in the order printed.
    for n, text in enumerate((accepted, extension, suspension), start=1):
        assert f"Số: 0{n}/QĐ-UBND" in text


def test_a_case_without_the_step_or_of_the_other_type_is_refused_and_nothing_written(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    for name, key in (
        ("case-decision", samples.case),  # accepted only: no decision yet
        ("case-dialogue", samples.case),
        ("case-conclusion", samples.decided_case),  # a complaint has no conclusion
        ("case-extension", samples.denunciation_case),  # never extended
        ("case-acceptance-decision", samples.decided_case),  # a complaint: a notice
    ):
        with pytest.raises(ValidationError) as refused:
            services.civic_documents.pdf(name, key, out)
        [error] = refused.value.errors
        assert (error.field, error.code) == ("events", "print_no_step"), name
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_second_extension_is_a_second_decision_and_a_reprint_keeps_its_number(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    del commune
    case = services.cases.add_json(
        {
            "case_type": "denunciation",
            "received_day": "2026-02-10",  # before Tết 2026 (17/02)
            "subject": "Tố cáo việc cấp phép xây dựng",
            "person_name": DENOUNCER,
            "complex": True,
            "especially_complex": True,
            "criteria": ["a", "b"],
        }
    )
    services.cases.event_json(case.uuid, {"type": "accepted", "on": "2026-02-12"})
    services.cases.event_json(case.uuid, {"type": "extended", "on": "2026-03-12", "days": 30})
    first = text_of(services, tmp_path, "case-extension", case.uuid)
    assert "Số: 01/QĐ-UBND" in first and "ngày 12 tháng 3 năm 2026" in first
    services.cases.event_json(case.uuid, {"type": "extended", "on": "2026-04-10", "days": 20})
    second = text_of(services, tmp_path, "case-extension", case.uuid)
    assert "Số: 02/QĐ-UBND" in second and "Thời gian gia hạn: 20 ngày." in second
    assert "ngày 10 tháng 4 năm 2026" in second
    again = text_of(services, tmp_path, "case-extension", case.uuid)
    assert "Số: 02/QĐ-UBND" in again


def test_the_other_branches_of_the_case_templates(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    """A decision without a dialogue, and one whose case has no second-complaint deadline
    worked out (a hand-made record), fill their optional sections: a placeholder typo
    fails here."""
    del commune
    case = services.cases.add_json(
        {
            "case_type": "complaint",
            "received_day": "2026-03-02",
            "subject": "Khiếu nại về cấp giấy",
            "person_name": COMPLAINANT,
            "signed": True,
        }
    )
    services.cases.event_json(case.uuid, {"type": "accepted", "on": "2026-03-04"})
    services.cases.event_json(case.uuid, {"type": "decided", "on": "2026-03-30"})
    text = text_of(services, tmp_path, "case-decision", case.uuid)
    assert "3. Kết quả đối thoại: không tổ chức đối thoại." in text
    record = {
        "case_type": "complaint",
        "subject": "Khiếu nại",
        "events": [{"type": "decided", "on": "2026-03-30"}],
    }
    draft = case_parts.decision_draft(record, record["events"][0])
    assert "right_generic" in draft.parts and "second_complaint" not in draft.parts
    template = load_template(draft.template)
    values = {"commune_name": "xã Tân Phú", "commune_caps": "XÃ TÂN PHÚ", "form": ""}
    for part in draft.parts:
        assert template.paragraphs(str(part), {**values, **draft.values}), part


def test_what_the_window_offers_is_exactly_what_prints(
    services: Services, samples: Samples, tmp_path: Path
) -> None:
    """``applies`` (the print menu's greying) and ``pdf`` (the refusal) agree for every
    record document and every sample record of its kind."""
    by_kind = {
        "letter": (samples.letter, samples.denunciation_letter),
        "case": (
            samples.case,
            samples.denunciation_case,
            samples.decided_case,
            samples.concluded_case,
        ),
    }
    checked = 0
    for p in PRINTABLE:
        for key in by_kind.get(p.kind, ()) if p.scope == "record" else ():
            record = services.kinds.service(p.kind).to_json(
                services.kinds.service(p.kind).find(key)
            )
            try:
                services.civic_documents.pdf(p.name, key, tmp_path / f"{p.name}-{key}.pdf")
            except ValidationError:
                printed = False
            else:
                printed = True
            assert services.civic_documents.applies(p.name, record) is printed, (p.name, key)
            checked += 1
    assert checked == 3 * 2 + 7 * 4  # every letter and case document, every sample record
