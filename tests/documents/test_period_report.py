"""The period report (BÁO CÁO) on the Decree 30 page: header, title, tables, sections."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from desktop.documents.disclosure_docs import Commune
from desktop.documents.page import BodyTable
from desktop.documents.period_report import (
    DisclosureItemCounts,
    FeedbackCounts,
    MeetingFormCounts,
    PeriodFigures,
    PeriodReportData,
    ReportPeriod,
    build_period_report,
    render_period_report,
)
from desktop.documents.templates import DocumentTemplate, TemplateError, load_template
from tests.documents.pdftext import flat_text, is_nfc

H1 = ReportPeriod("2026H1", "half", 2026, 1, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
FIGURES = PeriodFigures(
    disclosures={
        7: DisclosureItemCounts(disclosed=12, late=3, short=2),
        13: DisclosureItemCounts(disclosed=5, late=0, short=0),
    },
    forms={"notice_board": 17, "loudspeaker": 9},
    postings=1540,
    meetings={
        "meeting": MeetingFormCounts(held=41, minutes_late=6, minutes_unsent=2),
        "household_ballot": MeetingFormCounts(held=3),
    },
    decisions={("contribution", "passed"): 27, ("contribution", "failed"): 4},
    convention_events={"recognized": 2, "suspended": 1},
    convention_states={"in_force": 38, "suspended": 1},
    feedback=FeedbackCounts(received=2058, answered=2051, unanswered=7),
)


def _data(**changes: object) -> PeriodReportData:
    base: dict[str, object] = {
        "commune": Commune("xã Tân Phú", "Tân Phú", "Nguyễn Văn An"),
        "period": H1,
        "figures": FIGURES,
        "issued_on": dt.date(2026, 7, 3),
        "number": 7,
    }
    return PeriodReportData(**(base | changes))  # type: ignore[arg-type]


def _pdf(data: PeriodReportData) -> str:
    buf = io.BytesIO()
    render_period_report(data, buf, invariant=True)
    return flat_text(buf.getvalue())


def test_header_title_and_figures() -> None:
    text = _pdf(_data())
    assert is_nfc(text)
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN PHÚ",
        "Số: 07/BC-UBND",
        "Tân Phú, ngày 03 tháng 7 năm 2026",
        "BÁO CÁO",
        "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026",
        "Kính gửi: Hội đồng nhân dân xã Tân Phú.",
        "từ ngày 01/01/2026 đến ngày 30/06/2026",
        "đã công khai 17 nội dung; có 3 nội dung công khai chậm",
        "2 nội dung niêm yết",
        "1.540 lượt niêm yết",  # thousands grouped the Vietnamese way
        "tổ chức 44 cuộc",
        "6 biên bản gửi",
        "quyết định 31 nội dung: 27 nội dung được thông qua, 4 nội dung không",
        "tiếp nhận 2.058 ý kiến",
        "đã trả lời 2.051 ý kiến, còn 7 ý kiến",
        "TM. ỦY BAN NHÂN DÂN",
        "Nguyễn Văn An",
        "Nơi nhận:",
    ):
        assert expected in text, expected
    for heading in ("I. CÔNG KHAI", "II. HÌNH THỨC", "III. HỘI NGHỊ", "VI. TIẾP NHẬN"):
        assert heading in text


def test_tables_hold_the_counts() -> None:
    doc = build_period_report(_data())
    tables = [b for b in doc.body if isinstance(b, BodyTable)]
    by_item = tables[0]
    assert len(by_item.rows) == 14 + 1  # every item of Art. 11, then the total
    assert by_item.rows[6][1:] == (
        "Khoản 7: Chính sách hỗ trợ, tín dụng, an sinh xã hội",
        "12",
        "9",
        "3",
        "0",
        "2",
    )
    assert by_item.rows[-1][2:] == ("17", "14", "3", "0", "2")
    forms = tables[1]  # only the forms used
    assert [r[1:] for r in forms.rows] == [("Niêm yết", "17"), ("Loa truyền thanh", "9")]
    meetings = tables[2]
    assert meetings.rows[0][2:] == ("41", "6", "2") and meetings.rows[-1][2:] == ("44", "6", "2")
    decisions = tables[3]
    assert decisions.rows[0][2:] == ("31", "27", "4") and len(decisions.rows) == 6 + 1
    events, states = tables[4], tables[5]
    assert [r[2] for r in events.rows] == ["2", "0", "0", "1", "0"]
    assert [r[1:] for r in states.rows] == [
        ("Đang có hiệu lực", "38"),
        ("Đang tạm ngừng thực hiện", "1"),
        ("Tổng cộng", "39"),
    ]


def test_sections_chosen_and_numbered_without_gaps() -> None:
    text = _pdf(_data(sections=("decisions", "feedback")))
    assert "I. KẾT QUẢ BÀN VÀ QUYẾT ĐỊNH" in text and "II. TIẾP NHẬN" in text
    assert "CÔNG KHAI THÔNG TIN" not in text and "HƯƠNG ƯỚC, QUY ƯỚC (ĐIỀU 16" not in text


@pytest.mark.parametrize(
    ("period", "words"),
    [
        (
            ReportPeriod("2026", "year", 2026, 0, dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
            "dân chủ ở cơ sở năm 2026",
        ),
        (
            ReportPeriod("2026H2", "half", 2026, 2, dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
            "6 tháng cuối năm 2026",
        ),
        (
            ReportPeriod("2026Q3", "quarter", 2026, 3, dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
            "quý III năm 2026",
        ),
    ],
)
def test_period_in_words(period: ReportPeriod, words: str) -> None:
    assert words in build_period_report(_data(period=period)).subject


def test_empty_period_says_so() -> None:
    text = _pdf(_data(figures=PeriodFigures(), number=None))
    assert "chưa ghi nhận nội dung công khai" in text
    assert "Trong kỳ không có nội dung nào được công khai." in text
    assert "Trong kỳ không có ý kiến phản ánh" in text
    assert "/BC-UBND" in text and "Số: 0" not in text  # blank number, written by hand


def test_template_row_labels_must_match() -> None:
    source = load_template("period_report_vi.txt")
    broken = dict(source.sections) | {"matters": ("Chỉ một dòng",)}
    with pytest.raises(TemplateError, match=r"\[matters\] needs 6 lines"):
        build_period_report(_data(), DocumentTemplate(source.name, broken))
