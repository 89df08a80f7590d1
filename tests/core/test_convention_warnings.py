"""Hương ước deadlines (D61 Arts. 9, 11, 12, 15, 18): warnings at their boundaries."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from desktop.core.convention_events import apply_event
from desktop.core.convention_warnings import (
    convention_warnings,
    live_warnings,
    stable_warnings,
)
from desktop.core.conventions import Convention, ConventionType, EventType
from desktop.core.warning_words import word_warning
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar
from tests.core.convention_samples import HOLIDAYS_2026, build, convention, event, facts

E = EventType
CAL = WorkCalendar(HOLIDAYS_2026)
D61 = "Nghị định 61/2023/NĐ-CP"


def codes(warnings: list[RecordWarning]) -> list[str]:
    return [w.code for w in warnings]


def test_a_timely_life_cycle_has_no_warning() -> None:
    c = build(E.DISTRIBUTED)
    assert convention_warnings(c, CAL, date(2026, 4, 1)) == []


# --- stable warnings ----------------------------------------------------------------------


@pytest.mark.parametrize(("adopted", "late"), [(date(2026, 3, 4), False), (date(2026, 3, 3), True)])
def test_consultation_of_30_days(adopted: date, late: bool) -> None:
    # Posted on 2 February 2026: 30 days before 4 March, 29 before 3 March (Art. 9).
    warnings = stable_warnings(build(E.ADOPTED, adopted=adopted), CAL)
    if not late:
        assert warnings == []
        return
    assert said(warnings) == [
        (
            "consultation_short",
            "Dự thảo hương ước niêm yết lấy ý kiến từ ngày 02/02/2026, chỉ 29 ngày trước ngày "
            f"thông qua 03/03/2026; phải niêm yết ít nhất 30 ngày (Điều 9 {D61}; cách tính theo "
            "Điều 147, Điều 148 Bộ luật Dân sự 2015)",
        )
    ]


def test_consultation_taken_down_early() -> None:
    c = build(E.DRAFTING)
    c = apply_event(c, event(E.CONSULTATION, date(2026, 2, 2), until=date(2026, 2, 20)))
    c = apply_event(c, event(E.ADOPTED, date(2026, 3, 16)), facts(date(2026, 3, 16)))
    (w,) = stable_warnings(c, CAL)
    assert w.code == "consultation_short"
    assert "từ ngày 02/02/2026, đến ngày 20/02/2026, chỉ 18 ngày;" in word_warning("convention", w)


TET_DATES: dict[str, Any] = {
    "proposed": date(2025, 12, 1),
    "drafting": date(2025, 12, 8),
    "consultation": date(2026, 1, 5),
    "adopted": date(2026, 2, 13),  # the Friday before Tết
}


@pytest.mark.parametrize(
    ("submitted", "late"),
    [(date(2026, 2, 27), False), (date(2026, 3, 2), True)],
)
def test_dossier_within_5_working_days_across_tet(submitted: date, late: bool) -> None:
    # 16–20 February 2026 are Tết holidays: 23–27 February are working days 1–5,
    # Monday 2 March the 6th (Art. 11).
    c = build(E.SUBMITTED, submitted=submitted, **TET_DATES)
    warnings = stable_warnings(c, CAL)
    if not late:
        assert warnings == []
        # Without the holidays the same dossier would be late.
        assert codes(stable_warnings(c, WorkCalendar())) == ["dossier_late"]
        return
    assert said(warnings) == [
        (
            "dossier_late",
            "Hồ sơ đề nghị công nhận hương ước nộp ngày 02/03/2026, là ngày làm việc thứ 6 sau "
            f"ngày thông qua 13/02/2026; thời hạn là 5 ngày làm việc (Điều 11 {D61})",
        )
    ]


@pytest.mark.parametrize(
    ("decided", "late"), [(date(2026, 3, 25), False), (date(2026, 3, 26), True)]
)
@pytest.mark.parametrize("kind", [E.RECOGNIZED, E.REFUSED])
def test_decision_within_5_working_days_of_the_dossier(
    decided: date, late: bool, kind: EventType
) -> None:
    # Submitted on Wednesday 18 March 2026: 25 March is the 5th working day, 26 the 6th.
    c = apply_event(build(E.SUBMITTED), event(kind, decided))
    expected = "recognition_late" if kind is E.RECOGNIZED else "refusal_late"
    assert codes(stable_warnings(c, CAL)) == ([expected] if late else [])
    if late:
        doc = "Quyết định công nhận" if kind is E.RECOGNIZED else "Văn bản không công nhận"
        assert word_warning("convention", stable_warnings(c, CAL)[0]) == (
            f"{doc} ngày 26/03/2026, là ngày làm việc thứ 6 sau ngày nộp hồ sơ 18/03/2026; "
            f"thời hạn là 5 ngày làm việc (Điều 11 {D61})"
        )


@pytest.mark.parametrize(
    ("distributed", "late"), [(date(2026, 3, 25), False), (date(2026, 3, 26), True)]
)
def test_distribution_within_2_working_days(distributed: date, late: bool) -> None:
    c = build(E.DISTRIBUTED, distributed=distributed)  # recognised Monday 23 March
    warnings = stable_warnings(c, CAL)
    assert codes(warnings) == (["distribution_late"] if late else [])
    if late:
        assert word_warning("convention", warnings[0]) == (
            "Hương ước được gửi cho trưởng thôn và Ban công tác Mặt trận ngày 26/03/2026, là "
            "ngày làm việc thứ 3 sau ngày công nhận 23/03/2026; thời hạn là 2 ngày làm việc "
            f"(Điều 18 {D61})"
        )


def test_a_resubmitted_dossier_is_not_measured_against_the_adoption() -> None:
    c = apply_event(build(E.SUBMITTED), event(E.REFUSED, date(2026, 3, 20)))
    c = apply_event(c, event(E.SUBMITTED, date(2026, 4, 20)))
    assert stable_warnings(c, CAL) == []


def test_quy_uoc_is_named_as_such_and_text_gaps_are_shown() -> None:
    text = "QUY ƯỚC\nĐiều 1. Chung\nĐiều 3. Riêng"
    base = convention(convention_type=ConventionType.QUY_UOC, text=text)
    c = build(E.ADOPTED, base=base, adopted=date(2026, 3, 3))
    warnings = stable_warnings(c, CAL)
    assert codes(warnings) == ["article_numbering", "consultation_short"]
    assert word_warning("convention", warnings[1]).startswith("Dự thảo quy ước niêm yết")


# --- live warnings ------------------------------------------------------------------------


def live(c: Convention, today: date) -> list[str]:
    return codes(live_warnings(c, CAL, today))


def test_steps_awaited_past_their_deadline() -> None:
    adopted = build(E.ADOPTED)  # Monday 16 March 2026
    assert live(adopted, date(2026, 3, 23)) == []
    assert live(adopted, date(2026, 3, 24)) == ["dossier_overdue"]
    submitted = build(E.SUBMITTED)  # Wednesday 18 March
    assert live(submitted, date(2026, 3, 25)) == []
    assert live(submitted, date(2026, 3, 26)) == ["decision_overdue"]
    recognized = build(E.RECOGNIZED)  # Monday 23 March
    assert live(recognized, date(2026, 3, 25)) == []
    assert live(recognized, date(2026, 3, 26)) == ["distribution_overdue"]
    (w,) = live_warnings(recognized, CAL, date(2026, 3, 26))
    assert word_warning("convention", w) == (
        "Chưa gửi hương ước đã công nhận cho trưởng thôn và Ban công tác Mặt trận từ ngày "
        f"23/03/2026: đã 3 ngày làm việc, chậm 1 ngày làm việc so với thời hạn 2 ngày làm việc "
        f"(Điều 18 {D61})"
    )
    (w,) = live_warnings(recognized, CAL, date(2026, 5, 4))  # 30 working days on
    passed, late = (
        int(n)
        for n in re.findall(r"(?:đã|chậm) (\d+) ngày làm việc", word_warning("convention", w))
    )
    assert passed >= 29 and late == passed - 2  # how late, in plain words
    assert "so với thời hạn 2 ngày làm việc" in word_warning("convention", w)
    assert live(build(E.DISTRIBUTED), date(2026, 3, 26)) == []


def test_review_overdue_after_the_review_day() -> None:
    c = build(E.DISTRIBUTED)
    assert live(c, date(2026, 11, 18)) == []
    (w,) = live_warnings(c, CAL, date(2026, 11, 19))
    assert said([w]) == [
        (
            "review_overdue",
            "Chưa đánh giá việc thực hiện hương ước theo định kỳ hằng năm: kỳ đánh giá ngày "
            f"18/11/2026 đã qua (khoản 4 Điều 15 {D61})",
        )
    ]
    reviewed = apply_event(c, event(E.REVIEWED, date(2026, 11, 18)))
    assert live(reviewed, date(2026, 11, 19)) == []
    assert live(reviewed, date(2027, 11, 19)) == ["review_overdue"]
    # Stable warnings never depend on the day.
    assert stable_warnings(c, CAL) == []


def test_suspension_past_its_deadline() -> None:
    c = apply_event(build(E.DISTRIBUTED), event(E.SUSPENDED, date(2026, 5, 4)))
    until = c.events[-1].until
    assert until == date(2026, 7, 3)
    assert live(c, until) == []
    (w,) = live_warnings(c, CAL, date(2026, 7, 4))
    assert w.code == "suspension_expired"
    assert word_warning("convention", w).startswith(
        "Hương ước bị tạm ngưng thực hiện đến ngày 03/07/2026"
    )
    assert live(apply_event(c, event(E.REINSTATED, date(2026, 7, 6))), date(2026, 7, 7)) == []
    assert live(apply_event(c, event(E.ABOLISHED, date(2026, 7, 6))), date(2026, 7, 7)) == []


def test_convention_warnings_are_stable_then_live() -> None:
    c = build(E.RECOGNIZED, submitted=date(2026, 3, 18), recognized=date(2026, 3, 26))
    assert codes(convention_warnings(c, CAL, date(2026, 12, 1))) == [
        "recognition_late",
        "distribution_overdue",
        "review_overdue",
    ]


def said(warnings: list[RecordWarning]) -> list[tuple[str, str]]:
    """Each warning's code and its Vietnamese words (the catalog's, as the window shows)."""
    return [(w.code, word_warning("convention", w)) for w in warnings]
