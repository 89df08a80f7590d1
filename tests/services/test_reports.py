"""The period report: period parsing, SQL figures against a real store, numbering, PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.core.conventions import status_on, yearly_statistics
from desktop.core.errors import ValidationError
from desktop.core.messages import format_error
from desktop.core.villages import VillageData
from desktop.documents.period_report import (
    SECTIONS,
    DisclosureItemCounts,
    FeedbackCounts,
    MeetingFormCounts,
)
from desktop.services.container import Services
from desktop.services.reports import parse_period
from desktop.storage.conventions import ConventionQuery
from tests.documents.pdftext import flat_text, is_nfc

# --- periods -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2026", "year", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026H1", "half", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026H2", "half", date(2026, 7, 1), date(2026, 12, 31)),
        ("2026Q1", "quarter", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026Q2", "quarter", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026Q3", "quarter", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026Q4", "quarter", date(2026, 10, 1), date(2026, 12, 31)),
        ("2028q1", "quarter", date(2028, 1, 1), date(2028, 3, 31)),
        (" 2026-h2 ", "half", date(2026, 7, 1), date(2026, 12, 31)),
        ("9998Q4", "quarter", date(9998, 10, 1), date(9998, 12, 31)),
    ],
)
def test_period_bounds(text: str, kind: str, start: date, end: date) -> None:
    p = parse_period(text)
    assert (p.kind, p.start, p.end) == (kind, start, end)
    assert parse_period(p.key) == p  # the key reads back as the same period


@pytest.mark.parametrize(
    "text",
    ["", "26", "20261", "2026H0", "2026H3", "2026Q0", "2026Q5", "2026X1", "2026Q", "0000", "9999"],
)
def test_bad_period_names_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_period(text)
    assert [(e.field, e.code) for e in info.value.errors] == [("period", "invalid_report_period")]
    message = format_error(info.value, "vi")
    assert message.startswith("Kỳ báo cáo: «") and "2026H1" in message
    assert format_error(info.value, "en").startswith("Reporting period:")


# --- a commune with known records ----------------------------------------------------------


def _meeting(services: Services, village: str, on: str, matter: str, votes: int, **kw: Any) -> str:
    body: dict[str, Any] = {
        "village": village,
        "title": f"Hội nghị ngày {on}",
        "meeting_type": "convention" if matter == "convention" else "decision",
        "held_on": on,
        "households_present": 180,
        "items": [
            {"title": "Biểu quyết", "matter": matter, "method": "show_of_hands", "votes_for": votes}
        ],
    }
    body.update(kw)
    return services.meetings.add_json(body).uuid


def _disclosure(services: Services, **kw: Any) -> str:
    body: dict[str, Any] = {"title": f"Nội dung khoản {kw['category']}", "forms": ["notice_board"]}
    body.update(kw)
    return services.disclosures.add_json(body).uuid


@pytest.fixture
def records(services: Services, commune: object) -> dict[str, str]:
    """Known records of 2025–2026 in one village of 212 households (figures worked out by hand
    in the tests below)."""
    s = services
    dong = s.villages.add(
        VillageData(code="DONG", name="Thôn Đông", households_total=212, households_as_of=None)
    ).uuid
    # Meetings: 2025 (out of 2026); 2026-03-10 passed with a procedural vote beside it,
    # minutes on time; 2026-05-04 failed, minutes late; a household ballot after it.
    _meeting(s, dong, "2025-12-20", "contribution", 150, minutes_sent_on="2025-12-22")
    procedural = {"title": "Cử thư ký", "matter": "procedural", "method": "show_of_hands"}
    m1 = _meeting(s, dong, "2026-03-10", "contribution", 142, minutes_sent_on="2026-03-12")
    s.meetings.update_json(
        m1,
        {
            "version": 1,
            "items": [
                {
                    "title": "Biểu quyết",
                    "matter": "contribution",
                    "method": "show_of_hands",
                    "votes_for": 142,
                },
                procedural | {"votes_for": 170},
            ],
        },
    )
    m2 = _meeting(s, dong, "2026-05-04", "contribution", 100, minutes_sent_on="2026-05-20")
    s.meetings.add_json(
        {
            "village": dong,
            "title": "Phát phiếu lấy ý kiến mức đóng góp",
            "meeting_type": "decision",
            "held_on": "2026-07-01",
            "items": [
                {
                    "title": "Mức đóng góp",
                    "matter": "contribution",
                    "method": "household_ballot",
                    "votes_for": 150,
                }
            ],
            "ballot": {"papers_issued": 212, "papers_returned": 190, "after_failed_meeting": m2},
        }
    )
    # Conventions: v1 recognised 2026-03-06, replaced by v2 recognised 2026-09-15; another
    # still in consultation since 2026-01-20.
    c = s.conventions
    draft = [
        {"type": "proposed", "on": "2026-01-05"},
        {"type": "drafting", "on": "2026-01-10"},
        {"type": "consultation", "on": "2026-01-20"},
    ]
    text = "Điều 1. Phạm vi\nHương ước này quy định việc giữ gìn vệ sinh chung.\n"
    base = {"village": dong, "convention_type": "huong_uoc", "text": text, "events": draft}
    v1 = c.add_json(base | {"title": "Hương ước thôn Đông"}).uuid
    c.add_json(base | {"title": "Quy ước về an ninh", "convention_type": "quy_uoc"})
    passed = _meeting(s, dong, "2026-02-25", "convention", 140, households_present=150)
    c.event_json(v1, {"type": "adopted", "on": "2026-02-25", "meeting": passed})
    c.event_json(v1, {"type": "submitted", "on": "2026-03-02"})
    c.event_json(v1, {"type": "recognized", "on": "2026-03-06", "decision_no": "12/QĐ-UBND"})
    v2 = c.new_version(v1).uuid
    later = [
        {"type": t, "on": f"2026-08-0{i}"}
        for i, t in enumerate(("proposed", "drafting", "consultation"), 1)
    ]
    c.update_json(v2, {"events": later, "version": 1})
    passed2 = _meeting(s, dong, "2026-09-10", "convention", 150, households_present=160)
    c.event_json(v2, {"type": "adopted", "on": "2026-09-10", "meeting": passed2})
    c.event_json(v2, {"type": "submitted", "on": "2026-09-11"})
    c.event_json(v2, {"type": "recognized", "on": "2026-09-15", "decision_no": "40/QĐ-UBND"})
    # Disclosures: item 12 posted 2026-04-06, taken down early at the office and never
    # broadcast (short), with two feedback items; item 13 posted late (decided 2026-01-05,
    # posted 2026-02-20); item 1 of 2025 whose feedback of 2026 was answered in July.
    _disclosure(
        s,
        category=12,
        decided_on="2026-04-02",
        forms=["notice_board", "loudspeaker"],
        postings=[
            {"location": "Trụ sở UBND xã", "posted_on": "2026-04-06", "removed_on": "2026-04-20"},
            {"village": dong, "posted_on": "2026-04-06", "removed_on": "2026-05-10"},
        ],
        feedback=[
            {
                "received_on": "2026-04-10",
                "sender": "Ông A",
                "content": "Hỏi mức phí",
                "answered_on": "2026-04-15",
                "answer": "Đã trả lời",
            },
            {"received_on": "2026-06-25", "sender": "Bà B", "content": "Đề nghị giảm phí"},
        ],
    )
    _disclosure(
        s,
        category=13,
        decided_on="2026-01-05",
        forms=["notice_board", "portal"],
        postings=[{"location": "Trụ sở UBND xã", "posted_on": "2026-02-20"}],
    )
    _disclosure(
        s,
        category=1,
        decided_on="2025-11-01",
        postings=[
            {"location": "Trụ sở UBND xã", "posted_on": "2025-11-03", "removed_on": "2025-12-10"},
            {"village": dong, "posted_on": "2025-11-03", "removed_on": "2025-12-10"},
        ],
        feedback=[
            {
                "received_on": "2026-01-15",
                "sender": "Ông C",
                "content": "Hỏi kế hoạch",
                "answered_on": "2026-07-01",
                "answer": "Đã trả lời",
            },
        ],
    )
    return {"village": dong, "v1": v1, "v2": v2}


def test_year_figures(services: Services, records: dict[str, str]) -> None:
    f = services.reports.figures("2026")
    assert f.disclosures == {
        12: DisclosureItemCounts(disclosed=1, late=0, short=1),
        13: DisclosureItemCounts(disclosed=1, late=1, short=0),
    }
    assert f.forms == {"notice_board": 2, "loudspeaker": 1, "portal": 1}
    assert f.postings == 3
    assert f.meetings == {
        "meeting": MeetingFormCounts(held=4, minutes_late=1, minutes_unsent=2),
        "household_ballot": MeetingFormCounts(held=1, minutes_late=0, minutes_unsent=1),
    }
    # The procedural vote is not a decision; the 2025 meeting is out of the period.
    assert f.decisions == {
        ("contribution", "passed"): 2,
        ("contribution", "failed"): 1,
        ("convention", "passed"): 2,
    }
    assert f.convention_events == {"recognized": 2, "superseded": 1}
    assert f.convention_states == {"superseded": 1, "in_force": 1, "consultation": 1}
    assert f.feedback == FeedbackCounts(received=3, answered=2, unanswered=1)
    assert not f.empty


def test_half_and_quarter_figures(services: Services, records: dict[str, str]) -> None:
    h1 = services.reports.figures("2026H1")
    assert h1.decisions == {
        ("contribution", "passed"): 1,
        ("contribution", "failed"): 1,
        ("convention", "passed"): 1,
    }
    assert h1.convention_events == {"recognized": 1}
    # On 30 June: v1 in force, the other in consultation, v2 not begun.
    assert h1.convention_states == {"in_force": 1, "consultation": 1}
    # Received in H1: 15/01, 10/04, 25/06; only 10/04 answered by 30 June.
    assert h1.feedback == FeedbackCounts(received=3, answered=1, unanswered=2)
    q3 = services.reports.figures("2026Q3")
    assert q3.disclosures == {} and q3.postings == 0 and q3.feedback.received == 0
    assert q3.meetings == {
        "meeting": MeetingFormCounts(1, 0, 1),
        "household_ballot": MeetingFormCounts(1, 0, 1),
    }
    assert q3.convention_events == {"recognized": 1, "superseded": 1}
    empty = services.reports.figures("2024")
    assert empty.empty and empty.convention_states == {}
    assert services.reports.figures("2025").postings == 2


def test_convention_figures_match_the_core_rules(
    services: Services, records: dict[str, str]
) -> None:
    """The SQL folds events the way core.conventions does, for every period end."""
    c = services.conventions
    stored = c.fetch(c.ids(ConventionQuery(current_only=False)))
    for key in ("2026Q1", "2026Q2", "2026Q3", "2026"):
        p = parse_period(key)
        states: dict[str, int] = {}
        for s in stored:
            state = status_on(s.data, p.end)
            if state is not None:
                states[state.value] = states.get(state.value, 0) + 1
        assert services.reports.figures(key).convention_states == states
    year = yearly_statistics([s.data for s in stored], 2026)
    events = services.reports.figures("2026").convention_events
    assert {k: events.get(k, 0) for k in year if k != "in_force"} == {
        k: v for k, v in year.items() if k != "in_force"
    }


def test_sections_setting(services: Services, commune: object) -> None:
    r = services.reports
    assert r.sections() == SECTIONS
    r.set_sections(["feedback", "disclosures"])
    assert r.sections() == ("disclosures", "feedback")  # print order, not the order given
    with pytest.raises(ValidationError) as info:
        r.set_sections(["disclosures", "budget"])
    assert info.value.errors[0].field == "sections"
    assert r.sections() == ("disclosures", "feedback")  # unchanged


def test_report_pdf_numbered_once(
    services: Services, records: dict[str, str], tmp_path: Path
) -> None:
    first = services.reports.report_data("2026")
    again = services.reports.report_data("2026")
    other = services.reports.report_data("2026H1")
    assert first.number == again.number and other.number == first.number + 1  # type: ignore[operator]
    out = services.reports.report_pdf("2026", tmp_path / "r.pdf")
    text = flat_text(out.read_bytes())
    assert is_nfc(text)
    assert f"Số: {first.number:02d}/BC-UBND" in text
    assert "BÁO CÁO" in text and "Kết quả thực hiện dân chủ ở cơ sở năm 2026" in text
    assert "Kính gửi: Hội đồng nhân dân xã Tân Phú." in text
    assert "đã công khai 2 nội dung; có 1 nội dung công khai chậm" in text
    assert "tiếp nhận 3 ý kiến" in text and "đã trả lời 2 ý kiến, còn 1 ý kiến" in text
    with pytest.raises(ValidationError):
        services.reports.report_pdf("2026H3", tmp_path / "bad.pdf")
    assert not (tmp_path / "bad.pdf").exists()


def test_benchmark_module_runs(services: Services, records: dict[str, str]) -> None:
    """The benchmark of BUDGETS.md prints the busiest year's report (smoke run)."""
    from tests.benchmarks.bench_report import bench_report, busiest_year

    root = services.ctx.paths.root
    assert busiest_year(root) == 2026
    (result,) = bench_report(root, 1)
    assert result.passed and "2026" in result.name


def test_refused_at_the_receiving_level(services: Services, tmp_path: Path) -> None:
    from dataclasses import replace

    from desktop.core.errors import SetupError
    from desktop.core.installation import Role
    from tests.conftest import COMMUNE

    services.setup.initialize(replace(COMMUNE, role=Role.UPPER, code="79", name="Tỉnh X"))
    with pytest.raises(SetupError) as info:
        services.reports.report_pdf("2026", tmp_path / "r.pdf")
    assert format_error(info.value, "vi").startswith("Báo cáo kỳ là báo cáo của Ủy ban nhân dân xã")
    assert not (tmp_path / "r.pdf").exists()
