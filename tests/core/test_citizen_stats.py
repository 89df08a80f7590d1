"""The §4.10 indicators against a hand count: a Tuesday reception with five visits and a
repeated matter, the chairman's days (weekly before 1/7/2026, monthly after, Tết exempt),
letters, and cases with the settlement rate "60,53%"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from desktop.core.cases import Case, CaseEvent, CaseType, EventType, Finding
from desktop.core.chairman_days import chairman_days
from desktop.core.citizen_common import format_rate
from desktop.core.citizen_messages import word_warning
from desktop.core.citizen_stats import case_stats, letter_stats, reception_stats
from desktop.core.letters import Jurisdiction, Letter, LetterHandling, LetterType
from desktop.core.reception import (
    MatterType,
    PresiderRole,
    ReceptionSession,
    SessionKind,
    Visit,
)
from desktop.core.workdays import WorkCalendar
from tests.core.citizen_calendar import CAL, HOLIDAYS

E = EventType


def _visit(case_id: str, matter: MatterType, people: int = 1, reps: int = 0) -> Visit:
    return Visit(
        name="Người dân",
        address="Thôn 1",
        matter_type=matter,
        people=people,
        group_representatives=tuple(f"R{i}" for i in range(reps)),
        case_id=case_id,
    )


def _chairman(on: date, *visits: Visit) -> ReceptionSession:
    return ReceptionSession(
        on,
        kind=SessionKind.PERIODIC,
        presider_role=PresiderRole.CHAIRMAN,
        chairman_in_person=True,
        visits=visits,
    )


FEB_24 = _chairman(date(2026, 2, 24), _visit("A", MatterType.COMPLAINT))
TUESDAY = _chairman(  # Tuesday 3/3/2026: five visits
    date(2026, 3, 3),
    _visit("A", MatterType.COMPLAINT),  # A again: a lượt, not a new vụ việc
    _visit("B", MatterType.DENUNCIATION),
    _visit("C", MatterType.PETITION, people=6, reps=2),  # a group of 6
    _visit("", MatterType.PETITION),  # no case id: its own matter
    _visit("E", MatterType.COMPLAINT, people=2),
)
MAR_10 = _chairman(date(2026, 3, 10), _visit("B", MatterType.DENUNCIATION))
MAR_12_REGULAR = ReceptionSession(date(2026, 3, 12), visits=(_visit("F", MatterType.PETITION),))


def test_the_tuesday_reception_counted_by_hand() -> None:
    s = reception_stats([FEB_24, TUESDAY, MAR_10], date(2026, 3, 1), date(2026, 3, 31), CAL)
    assert (s.sessions, s.visits, s.people) == (2, 6, 12)
    assert (s.cases, s.cases_first_time, s.cases_repeated, s.repeat_visits) == (5, 4, 1, 2)
    assert (s.groups, s.group_people) == (1, 6)
    assert s.visits_by_type == {"complaint": 2, "denunciation": 2, "petition": 2}
    assert s.visits_by_session_kind == {"periodic": 6}
    # Weeks of March 2026 (by their Thursday): 2-8, 9-15, 16-22, 23-29; held 3/3 and 10/3.
    assert (s.chairman_held, s.chairman_required) == (2, 4)
    assert format_rate(s.chairman_rate) == "50,00%"


def test_a_repeat_visit_adds_a_visit_never_a_case() -> None:
    once = reception_stats([TUESDAY], date(2026, 3, 1), date(2026, 3, 31), CAL)
    twice = reception_stats([TUESDAY, MAR_10], date(2026, 3, 1), date(2026, 3, 31), CAL)
    assert (twice.visits - once.visits, twice.cases - once.cases) == (1, 0)


def test_session_kinds_are_counted_apart() -> None:
    s = reception_stats([TUESDAY, MAR_12_REGULAR], date(2026, 3, 1), date(2026, 3, 31), CAL)
    assert s.sessions_by_kind == {"periodic": 1, "regular": 1}
    assert s.visits_by_session_kind == {"periodic": 5, "regular": 1}


def test_chairman_weekly_minimum_with_tet_exempt_and_a_deputy_not_counted() -> None:
    deputy = replace(
        _chairman(date(2026, 2, 26)),
        presider_role=PresiderRole.VICE_CHAIRMAN,
        chairman_in_person=False,
    )
    sessions = [_chairman(date(2026, 2, 3)), _chairman(date(2026, 2, 10)), deputy]
    days = chairman_days(sessions, date(2026, 2, 1), date(2026, 2, 28), CAL)
    # Weeks 2-8, 9-15, 23/2-1/3; Tết 16-22 has no working day.
    assert [(u.first.day, u.held) for u in days.units] == [(2, 1), (9, 1), (23, 0)]
    assert format_rate(days.rate) == "66,67%"
    [short] = days.warnings()
    assert short.code == "chairman_week_short"
    assert word_warning(short.code, short.params) == (
        "Tuần 23/2/2026–01/3/2026: Chủ tịch UBND trực tiếp tiếp công dân định kỳ 0/1 ngày "
        "(điểm d khoản 2 Điều 15 Luật Tiếp công dân)"
    )
    # A swapped working Saturday in the Tết week makes that week count.
    swap = WorkCalendar(HOLIDAYS, working_days=[date(2026, 2, 21)])
    assert chairman_days(sessions, date(2026, 2, 1), date(2026, 2, 28), swap).required == 4


def test_chairman_rule_in_force_on_the_date_weekly_then_monthly() -> None:
    q3 = [_chairman(date(2026, 6, 30)), _chairman(date(2026, 7, 7)), _chairman(date(2026, 7, 21))]
    q3 += [_chairman(date(2026, 8, 4))]
    days = chairman_days(q3, date(2026, 7, 1), date(2026, 9, 30), CAL)
    # The week 29/6-5/7 began under the old law (1 day); July, August, September: 2 each.
    assert [(u.unit, u.first, u.required, u.held) for u in days.units] == [
        ("week", date(2026, 6, 29), 1, 1),
        ("month", date(2026, 7, 1), 2, 2),
        ("month", date(2026, 8, 1), 2, 1),
        ("month", date(2026, 9, 1), 2, 0),
    ]
    assert (days.held, days.required) == (4, 7)
    assert [w.code for w in days.warnings()] == ["chairman_month_short", "chairman_month_short"]


def test_letters_carried_over_and_new_by_type_and_handling() -> None:
    letters = [
        Letter(date(2026, 2, 20), letter_type=LetterType.COMPLAINT),  # carried over, pending
        Letter(
            date(2026, 2, 10),
            letter_type=LetterType.PETITION,
            handling=LetterHandling.ANSWERED,
            handled_on=date(2026, 2, 20),
        ),  # settled before the period: out
        Letter(
            date(2026, 3, 2),
            letter_type=LetterType.DENUNCIATION,
            eligible=True,
            jurisdiction=Jurisdiction.OTHER,
            handling=LetterHandling.FORWARDED,
            handled_on=date(2026, 3, 5),
            forwarded_to="UBND xã B",
        ),
        Letter(
            date(2026, 3, 9),
            letter_type=LetterType.COMPLAINT,
            eligible=True,
            jurisdiction=Jurisdiction.OURS,
            signed=True,
            handling=LetterHandling.ACCEPTED,
            handled_on=date(2026, 3, 12),
        ),
        Letter(date(2026, 4, 2), letter_type=LetterType.PETITION),  # after the period
    ]
    s = letter_stats(letters, date(2026, 3, 1), date(2026, 3, 31))
    assert (s.received, s.carried_over, s.new, s.eligible, s.ours) == (3, 1, 2, 2, 1)
    assert s.by_type == {"complaint": 2, "denunciation": 1}
    assert s.by_handling == {"forwarded": 1, "accepted": 1}
    assert s.by_jurisdiction == {"other": 1, "ours": 1}


def _accepted(on: date, decided: date | None = None, finding: Finding | None = None) -> Case:
    events = [CaseEvent(E.ACCEPTED, on)]
    if decided is not None:
        events.append(CaseEvent(E.DECIDED, decided, finding=finding))
    return Case(CaseType.COMPLAINT, received_day=on, subject="x", events=tuple(events))


def test_cases_settlement_rate_60_53_percent_and_timeliness() -> None:
    start, end = date(2027, 1, 1), date(2027, 6, 30)
    cases = [_accepted(date(2026, 12, 1), date(2026, 12, 20))]  # settled before: out
    cases += [_accepted(date(2026, 12, 10)), _accepted(date(2026, 12, 15), date(2027, 1, 5))]
    # 36 accepted in the period (from 1/3/2027): 19 decided on day 20 (on time), 3 on day 40
    # (late), 14 pending. With the 2 carried over (one decided in time): 23 settled of 38.
    for i in range(36):
        on = date(2027, 3, 1) + timedelta(days=i)
        if i < 19:
            cases.append(_accepted(on, on + timedelta(days=20), Finding.RIGHT))
        elif i < 22:
            cases.append(_accepted(on, on + timedelta(days=40), Finding.WRONG))
        else:
            cases.append(_accepted(on))
    cases.append(_accepted(date(2027, 7, 1), date(2027, 7, 2)))  # after the period: out
    s = case_stats(cases, start, end, CAL)
    assert (s.in_jurisdiction, s.carried_over, s.accepted) == (38, 2, 36)
    assert (s.settled, s.on_time, s.late) == (23, 20, 3)
    assert format_rate(s.rate) == "60,53%"
    assert s.findings == {"right": 19, "wrong": 3}
    assert s.by_type == {"complaint": 38} and s.settled_by_type == {"complaint": 23}
