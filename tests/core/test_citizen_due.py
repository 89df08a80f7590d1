"""The overview's "needs doing today" for reception, letters and cases (core/citizen_due.py,
issue 15): what falls due within 5 working days or is overdue, at its boundaries across
Tết 2026 and a swapped working Saturday."""

from __future__ import annotations

from datetime import date

from desktop.core.case_deadlines import case_deadlines
from desktop.core.cases import Case, CaseEvent, CaseType, EventType
from desktop.core.citizen_common import due_working_days
from desktop.core.citizen_due import case_due, letter_due, pending, reception_due
from desktop.core.letters import Letter, LetterHandling, LetterType
from desktop.core.reception import ReceptionSession, Visit, VisitHandling
from desktop.core.warning_words import word
from tests.core.citizen_calendar import CAL, CAL_SWAP

# Received Friday 13/2/2026, the last working day before Tết (16-20/2): the 10 working days
# of the processing run 23/2 .. 6/3 (TT05; setting letter_processing_days).
LETTER = Letter(
    date(2026, 2, 13), summary="Đơn kiến nghị sửa đường", letter_type=LetterType.PETITION
)


def test_a_letter_enters_the_list_five_working_days_before_its_due_day() -> None:
    assert letter_due(LETTER, date(2026, 2, 26), CAL) == []  # horizon Thu 5/3
    [item] = letter_due(LETTER, date(2026, 2, 27), CAL)  # horizon Fri 6/3
    assert (item.due, item.overdue) == (date(2026, 3, 6), False)
    assert item.detail.code == "letter_processing"
    text = word("letter", item.detail.code, item.detail.params)
    assert text == "Hạn xử lý đơn: 10 ngày làm việc kể từ 13/02/2026 (Thông tư 05/2021/TT-TTCP)"


def test_tet_counts_no_working_day_in_the_horizon() -> None:
    # Received Monday 9/2/2026: 10 working days skip Tết (16-20/2) and end Monday 2/3.
    received = Letter(date(2026, 2, 9), letter_type=LetterType.PETITION)
    assert letter_due(received, date(2026, 2, 13), CAL) == []  # horizon Friday 27/2
    [item] = letter_due(received, date(2026, 2, 23), CAL)  # first working day after Tết
    assert (item.due, item.overdue) == (date(2026, 3, 2), False)
    [late] = letter_due(received, date(2026, 3, 3), CAL)
    assert late.overdue and late.detail.code == "letter_processing_overdue"
    assert "đã quá hạn 02/03/2026" in (word("letter", late.detail.code, late.detail.params) or "")


def test_the_day_after_the_due_day_is_overdue_and_a_handled_letter_owes_nothing() -> None:
    [on_due] = letter_due(LETTER, date(2026, 3, 6), CAL)
    assert not on_due.overdue
    [after] = letter_due(LETTER, date(2026, 3, 9), CAL)
    assert after.overdue
    handled = Letter(
        LETTER.received_day,
        letter_type=LetterType.PETITION,
        handling=LetterHandling.ANSWERED,
        handled_on=date(2026, 3, 12),
    )
    assert letter_due(handled, date(2026, 3, 20), CAL) == []


def test_a_swapped_working_saturday_shortens_the_horizon() -> None:
    # From Monday 9/3/2026 five working days reach Friday 13/3 and then Monday 16/3; with
    # Saturday 14/3 a working day they stop at that Saturday.
    start = date(2026, 3, 2)
    on_16 = due_working_days("letter_processing", start, 10, "tt05", CAL)
    assert on_16.due == date(2026, 3, 16)
    today = date(2026, 3, 9)
    assert [i.due for i in pending([(on_16, None)], today, CAL.add_working_days(today, 5))] == [
        date(2026, 3, 16)
    ]
    assert pending([(on_16, None)], today, CAL_SWAP.add_working_days(today, 5)) == []
    # The swapped Saturday is itself a working day the letter counts: due 14/3.
    [swapped] = letter_due(Letter(start, letter_type=LetterType.PETITION), today, CAL_SWAP)
    assert swapped.due == date(2026, 3, 14)


def test_a_visit_awaiting_its_answer_and_not_a_guided_one() -> None:
    session = ReceptionSession(
        date(2026, 3, 3),
        visits=(
            Visit(name="A", summary="Đường"),
            Visit(name="B", summary="Đất", handling=VisitHandling.GUIDED),
            Visit(name="C", summary="Cống", answered_on=date(2026, 3, 10)),
        ),
    )
    [item] = reception_due(session, date(2026, 3, 18), CAL)
    assert item.overdue and item.due == date(2026, 3, 17)  # 10 wd (LTCD Art. 28(1))
    assert item.detail.params["visit"] == 1
    text = word("reception", item.detail.code, item.detail.params) or ""
    assert text.startswith("Lượt tiếp 1: Hạn trả lời công dân")


def test_a_case_owes_its_resolution_and_not_the_complainants_second_complaint() -> None:
    accepted = CaseEvent(EventType.ACCEPTED, on=date(2026, 3, 2))
    case = Case(CaseType.COMPLAINT, received_day=date(2026, 2, 24), events=(accepted,))
    resolution = dict((d.code, d.due) for d, _ in case_deadlines(case, CAL))
    due = resolution["complaint_resolution"]
    assert due == date(2026, 4, 1)  # 30 days from 2/3 (LKN Art. 28)
    assert case_due(case, CAL.add_working_days(due, -6), CAL) == []
    [item] = case_due(case, CAL.add_working_days(due, -5), CAL)
    assert item.detail.code == "complaint_resolution" and not item.overdue
    decided = CaseEvent(EventType.DECIDED, on=date(2026, 3, 30))
    settled = Case(
        CaseType.COMPLAINT,
        received_day=date(2026, 2, 24),
        events=(accepted, decided, CaseEvent(EventType.SENT, on=date(2026, 3, 31))),
    )
    codes = {i.detail.code for i in case_due(settled, date(2026, 4, 20), CAL)}
    assert "second_complaint" not in codes and "complaint_disclosure_overdue" in codes
