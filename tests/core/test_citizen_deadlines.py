"""Every deadline of reception, letters and cases at its boundary (DOMAIN.md §4.0-§4.4):
working days across Tết and a swapped working Saturday, calendar days with the Civil Code
Art. 148(5) roll-over, the rule in force on 1/7/2026, and suspensions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop.core.case_deadlines import case_deadlines, case_warnings, on_time, resolution_deadline
from desktop.core.cases import Case, CaseEvent, CaseType, EventType
from desktop.core.citizen_common import (
    CitizenSettings,
    Suspension,
    Unit,
    due_calendar_days,
    due_working_days,
    format_rate,
    rate_hundredths,
)
from desktop.core.citizen_deadline_messages import word_deadline
from desktop.core.citizen_messages import word_warning
from desktop.core.letters import (
    Jurisdiction,
    Letter,
    LetterHandling,
    LetterType,
    letter_deadlines,
    letter_warnings,
)
from desktop.core.reception import (
    PresiderRole,
    ReceptionSession,
    SessionKind,
    Visit,
    VisitHandling,
    answer_deadline,
    schedule_deadline,
    session_warnings,
)
from tests.core.citizen_calendar import CAL, CAL_SWAP

E = EventType


def _codes(warnings: list) -> list[str]:  # type: ignore[type-arg]
    return [w.code for w in warnings]


def _complaint(*events: CaseEvent, **kw: object) -> Case:
    base = Case(CaseType.COMPLAINT, case_id="KN-1", received_day=date(2026, 3, 3), subject="x")
    return replace(base, events=events, **kw)  # type: ignore[arg-type]


def _denunciation(*events: CaseEvent, **kw: object) -> Case:
    base = Case(CaseType.DENUNCIATION, case_id="TC-1", received_day=date(2026, 3, 2), subject="x")
    return replace(base, events=events, **kw)  # type: ignore[arg-type]


def _due(case: Case, code: str, cal=CAL) -> date | None:  # type: ignore[no-untyped-def]
    return next(d.due for d, _ in case_deadlines(case, cal) if d.code == code)


# --- counting ---------------------------------------------------------------------------


def test_calendar_days_roll_to_the_next_working_day_unless_a_swapped_saturday() -> None:
    # 04/3/2026 + 10 days = Saturday 14/3: Monday 16/3, unless that Saturday is a working day.
    assert due_calendar_days("x", date(2026, 3, 4), 10, "a", CAL).due == date(2026, 3, 16)
    assert due_calendar_days("x", date(2026, 3, 4), 10, "a", CAL_SWAP).due == date(2026, 3, 14)
    # Across Tết 2026: 06/2 + 10 = Monday 16/2 (Tết) -> Monday 23/2.
    assert due_calendar_days("x", date(2026, 2, 6), 10, "a", CAL).due == date(2026, 2, 23)


def test_working_days_skip_tet_and_count_the_swapped_saturday() -> None:
    # Thursday 28/1/2027 + 5 wd: with the working Saturday 30/1 it ends Wednesday 3/2,
    # without it the 5th working day is after Tết 2027 (4-10/2): Thursday 11/2.
    assert due_working_days("x", date(2027, 1, 28), 5, "a", CAL_SWAP).due == date(2027, 2, 3)
    assert due_working_days("x", date(2027, 1, 28), 5, "a", CAL).due == date(2027, 2, 11)


def test_suspended_days_are_not_counted() -> None:
    stop = (Suspension(date(2026, 3, 10), date(2026, 3, 20)),)  # 10 days not counted
    d = due_calendar_days("x", date(2026, 3, 2), 30, "a", CAL, stop)
    assert (d.due, d.suspended_days) == (date(2026, 4, 13), 10)  # 11/4 is a Saturday
    w = due_working_days("x", date(2026, 3, 2), 7, "a", CAL, stop)
    assert w.due == date(2026, 3, 23)  # 3,4,5,6,9 then 20 (the resumption day), 23
    running = due_calendar_days(
        "x", date(2026, 3, 2), 30, "a", CAL, (Suspension(date(2026, 3, 10)),)
    )
    assert running.due is None and running.met_by(date(2030, 1, 1))


def test_rates_are_integer_half_up() -> None:
    assert rate_hundredths(23, 38) == 6053 and format_rate(6053) == "60,53%"
    assert format_rate(rate_hundredths(273, 277), "en") == "98.56%"
    assert rate_hundredths(1, 8) == 1250 and rate_hundredths(1, 0) is None
    assert format_rate(None) == "—"


# --- reception --------------------------------------------------------------------------


def test_schedule_posted_at_least_5_wd_before_the_session_across_tet() -> None:
    s = ReceptionSession(
        date(2026, 2, 24),
        kind=SessionKind.PERIODIC,
        presider_role=PresiderRole.CHAIRMAN,
        chairman_in_person=True,
    )
    d = schedule_deadline(s, CAL)
    assert d is not None and d.due == date(2026, 2, 10)  # 23/2, 13, 12, 11, 10 (Tết skipped)
    assert "schedule_posting_late" not in _codes(
        session_warnings(replace(s, schedule_posted_on=date(2026, 2, 10)), CAL)
    )
    late = session_warnings(replace(s, schedule_posted_on=date(2026, 2, 11)), CAL)
    assert "schedule_posting_late" in _codes(late)
    assert "schedule_posting_missing" in _codes(session_warnings(s, CAL))


def test_answer_within_10_wd_across_tet() -> None:
    visit = Visit(name="A", address="B", handling=VisitHandling.ACCEPTED)
    s = ReceptionSession(date(2026, 2, 10), visits=(visit,))
    d = answer_deadline(s, visit, CAL)
    assert d is not None and d.due == date(2026, 3, 3)
    on_time = replace(s, visits=(replace(visit, answered_on=date(2026, 3, 3)),))
    assert not session_warnings(on_time, CAL, today=date(2026, 12, 1))
    late = replace(s, visits=(replace(visit, answered_on=date(2026, 3, 4)),))
    assert _codes(session_warnings(late, CAL)) == ["visit_answer_late"]
    assert _codes(session_warnings(s, CAL, today=date(2026, 3, 3))) == []
    overdue = session_warnings(s, CAL, today=date(2026, 3, 4))
    assert _codes(overdue) == ["visit_answer_overdue"]
    assert word_warning("visit_answer_overdue", overdue[0].params) == (
        "Lượt tiếp 1: Hạn trả lời công dân: 10 ngày làm việc kể từ 10/2/2026 (Điều 28 Luật "
        "Tiếp công dân) — đã quá hạn 03/3/2026 mà chưa thực hiện"
    )


def test_answer_days_are_a_setting() -> None:
    visit = Visit(name="A", address="B")
    s = ReceptionSession(date(2026, 3, 2), visits=(visit,))
    settings = CitizenSettings(answer_days=5)
    d = answer_deadline(s, visit, CAL, settings)
    assert d is not None and (d.due, d.days) == (date(2026, 3, 9), 5)


# --- letters ----------------------------------------------------------------------------


def _letter(**kw: object) -> Letter:
    return replace(Letter(date(2026, 3, 2), letter_type=LetterType.DENUNCIATION), **kw)  # type: ignore[arg-type]


def test_letter_deadlines_classification_7_or_10_wd_and_forwarding_5_wd() -> None:
    got = {d.code: d.due for d in letter_deadlines(_letter(), CAL)}
    assert got == {
        "letter_processing": date(2026, 3, 16),
        "denunciation_classification": date(2026, 3, 11),
    }
    several = {d.code: d.due for d in letter_deadlines(_letter(several_places=True), CAL)}
    assert several["denunciation_classification"] == date(2026, 3, 16)
    other = {d.code: d.due for d in letter_deadlines(_letter(jurisdiction=Jurisdiction.OTHER), CAL)}
    assert other["letter_forwarding"] == date(2026, 3, 9)


def test_letter_forwarding_boundary_across_tet_2027() -> None:
    x = _letter(received_day=date(2027, 1, 28), jurisdiction=Jurisdiction.OTHER)
    fwd = replace(x, handling=LetterHandling.FORWARDED, forwarded_to="Công an")
    assert "letter_forwarding_late" not in _codes(
        letter_warnings(replace(fwd, handled_on=date(2027, 2, 3)), CAL_SWAP)
    )
    assert "letter_forwarding_late" in _codes(
        letter_warnings(replace(fwd, handled_on=date(2027, 2, 11)), CAL_SWAP)
    )
    assert "letter_forwarding_late" not in _codes(
        letter_warnings(replace(fwd, handled_on=date(2027, 2, 11)), CAL)
    )


def test_letter_processing_unit_is_a_setting() -> None:
    days = CitizenSettings(letter_processing_unit=Unit.DAYS)
    got = {d.code: d.due for d in letter_deadlines(_letter(), CAL, days)}
    assert got["letter_processing"] == date(2026, 3, 12)


# --- complaints -------------------------------------------------------------------------


def test_complaint_acceptance_10_days_from_receipt_worded_with_its_article() -> None:
    c = _complaint()
    (d, done) = case_deadlines(c, CAL)[0]
    assert (d.code, d.due, done) == ("complaint_acceptance", date(2026, 3, 13), None)
    assert word_deadline(d.code, d.params) == (
        "Hạn thụ lý: 10 ngày kể từ 03/3/2026 (Điều 27 Luật Khiếu nại)"
    )
    assert word_deadline(d.code, d.params, "en") == (
        "Acceptance: 10 days from 03/3/2026 (Law on Complaints, Art. 27)"
    )
    ok = _complaint(CaseEvent(E.ACCEPTED, date(2026, 3, 13)))
    late = _complaint(CaseEvent(E.ACCEPTED, date(2026, 3, 14)))
    assert "complaint_acceptance_late" not in _codes(case_warnings(ok, CAL))
    assert "complaint_acceptance_late" in _codes(case_warnings(late, CAL))


def test_complaint_acceptance_in_working_days_as_a_setting() -> None:
    wd = CitizenSettings(complaint_acceptance_unit=Unit.WORKING_DAYS)
    assert case_deadlines(_complaint(), CAL, wd)[0][0].due == date(2026, 3, 17)
    assert case_deadlines(_complaint(), CAL_SWAP, wd)[0][0].due == date(2026, 3, 16)


@pytest.mark.parametrize(
    ("kw", "extended", "due"),
    [
        ({}, False, date(2026, 4, 13)),  # 30 days: Sunday 12/4 -> Monday 13/4
        ({"complex": True, "complex_reason": "nhiều bên"}, True, date(2026, 4, 27)),  # 45
        ({"remote_area": True, "remote_reason": "xã đặc biệt khó khăn"}, False, date(2026, 4, 27)),
        (
            {"complex": True, "complex_reason": "r", "remote_area": True, "remote_reason": "r"},
            True,
            date(2026, 5, 12),  # 60
        ),
    ],
)
def test_complaint_resolution_30_45_60(kw: dict, extended: bool, due: date) -> None:  # type: ignore[type-arg]
    events = [CaseEvent(E.ACCEPTED, date(2026, 3, 13))]
    if extended:
        events.append(CaseEvent(E.EXTENDED, date(2026, 4, 1)))
    c = _complaint(*events, **kw)
    d = resolution_deadline(c, CAL)
    assert d is not None and d.due == due
    decided_ok = replace(c, events=(*c.events, CaseEvent(E.DECIDED, due)))
    decided_late = replace(
        c, events=(*c.events, CaseEvent(E.DECIDED, date.fromordinal(due.toordinal() + 1)))
    )
    assert on_time(decided_ok, CAL) is True and on_time(decided_late, CAL) is False


def test_complaint_suspension_counts_only_from_1_7_2026() -> None:
    before = _complaint(
        CaseEvent(E.ACCEPTED, date(2026, 6, 10)),
        CaseEvent(E.SUSPENDED, date(2026, 6, 20)),
        CaseEvent(E.RESUMED, date(2026, 6, 25)),
        received_day=date(2026, 6, 5),
    )
    d = resolution_deadline(before, CAL)
    assert d is not None and (d.due, d.suspended_days) == (date(2026, 7, 10), 0)
    assert "complaint_step_before_l136" in _codes(case_warnings(before, CAL))
    after = _complaint(
        CaseEvent(E.ACCEPTED, date(2026, 7, 1)),
        CaseEvent(E.SUSPENDED, date(2026, 7, 6)),
        CaseEvent(E.RESUMED, date(2026, 7, 16)),
        received_day=date(2026, 6, 30),
    )
    d = resolution_deadline(after, CAL)
    assert d is not None and (d.due, d.suspended_days) == (date(2026, 8, 10), 10)
    assert "complaint_step_before_l136" not in _codes(case_warnings(after, CAL))


def test_complaint_decision_sent_disclosed_and_second_complaint() -> None:
    c = _complaint(
        CaseEvent(E.ACCEPTED, date(2026, 3, 13)),
        CaseEvent(E.DECIDED, date(2026, 4, 10)),  # Friday
        forwarded_by_deputy=True,
    )
    assert _due(c, "decision_sent") == date(2026, 4, 15)  # 3 wd
    assert _due(c, "complaint_disclosure") == date(2026, 4, 27)  # 25/4 is a Saturday
    assert _due(c, "second_complaint") == date(2026, 5, 11)  # 30 days: Sunday 10/5 -> 11/5
    assert _due(c, "deputy_report") == date(2026, 4, 21)  # 7 wd
    warnings = _codes(case_warnings(c, CAL, today=date(2026, 4, 16)))
    assert warnings == ["decision_sent_overdue"]
    sent = replace(c, events=(*c.events, CaseEvent(E.SENT, date(2026, 4, 15))))
    assert _codes(case_warnings(sent, CAL, today=date(2026, 4, 16))) == []


# --- denunciations ----------------------------------------------------------------------


def test_denunciation_resolution_with_extensions_and_suspension() -> None:
    base = _denunciation(CaseEvent(E.ACCEPTED, date(2026, 3, 2)), criteria=("a",), complex=True)
    assert _due(base, "denunciation_resolution") == date(2026, 4, 1)
    ext = replace(base, events=(*base.events, CaseEvent(E.EXTENDED, date(2026, 3, 30), days=30)))
    assert _due(ext, "denunciation_resolution") == date(2026, 5, 4)  # 1/5 holiday, weekend
    stopped = replace(
        base,
        events=(
            *base.events,
            CaseEvent(E.SUSPENDED, date(2026, 3, 10)),
            CaseEvent(E.RESUMED, date(2026, 3, 20)),
        ),
    )
    assert _due(stopped, "denunciation_resolution") == date(2026, 4, 13)
    running = replace(base, events=(*base.events, CaseEvent(E.SUSPENDED, date(2026, 3, 10))))
    assert _due(running, "denunciation_resolution") is None
    assert "denunciation_resolution_overdue" not in _codes(
        case_warnings(running, CAL, today=date(2027, 1, 1))
    )


def test_denunciation_notification_conclusion_sent_and_disclosure() -> None:
    c = _denunciation(
        CaseEvent(E.ACCEPTED, date(2026, 3, 9)),
        CaseEvent(E.CONCLUDED, date(2026, 4, 6)),
        notified_on=date(2026, 3, 17),  # 5 wd after 9/3 is 16/3
    )
    assert _due(c, "denunciation_classification") == date(2026, 3, 11)  # received 2/3, 7 wd
    assert _due(c, "denunciation_notification") == date(2026, 3, 16)
    assert _due(c, "conclusion_sent") == date(2026, 4, 13)
    assert _due(c, "denunciation_disclosure") == date(2026, 4, 15)
    codes = _codes(case_warnings(c, CAL, today=date(2026, 4, 14)))
    assert codes == ["denunciation_notification_late", "conclusion_sent_overdue"]


def test_suspension_decision_sent_and_conclusion_handled() -> None:
    c = _denunciation(
        CaseEvent(E.ACCEPTED, date(2026, 3, 9)),
        CaseEvent(E.SUSPENDED, date(2026, 3, 10), sent_on=date(2026, 3, 18)),
        CaseEvent(E.RESUMED, date(2026, 3, 20)),
        CaseEvent(E.CONCLUDED, date(2026, 4, 6)),
        notified_on=date(2026, 3, 16),
        conclusion_handled_on=date(2026, 4, 15),
    )
    assert _due(c, "suspension_sent") == date(2026, 3, 17)  # 5 wd
    assert _due(c, "conclusion_handling") == date(2026, 4, 15)  # 7 wd
    codes = _codes(case_warnings(c, CAL))
    assert "suspension_sent_late" in codes and "conclusion_handling_late" not in codes


def test_complaint_limitation_90_days_warns_only() -> None:
    in_time = _complaint(known_on=date(2025, 12, 3))  # + 90 = 03/3/2026
    assert "complaint_limitation_late" not in _codes(case_warnings(in_time, CAL))
    late = _complaint(known_on=date(2025, 12, 2))  # + 90 = 02/3/2026, received 03/3
    assert "complaint_limitation_late" in _codes(case_warnings(late, CAL))


def test_petition_target_is_a_setting_off_by_default() -> None:
    petition = replace(_letter(), letter_type=LetterType.PETITION)
    assert "petition_answer" not in {d.code for d in letter_deadlines(petition, CAL)}
    on = CitizenSettings(petition_target_days=15)
    got = {d.code: d.due for d in letter_deadlines(petition, CAL, on)}
    assert got["petition_answer"] == date(2026, 3, 23)  # 15 wd after 2/3/2026


ACC = CaseEvent(E.ACCEPTED, date(2026, 3, 13))
DEC = CaseEvent(E.DECIDED, date(2026, 4, 10))
CON = CaseEvent(E.CONCLUDED, date(2026, 4, 10))
DEN_ACC = CaseEvent(E.ACCEPTED, date(2026, 3, 9))


def _on(event: CaseEvent, d: date) -> CaseEvent:
    return replace(event, on=d)


# Each case deadline, and the case whose step meeting it is done on day ``d``.
BUILDERS = {
    "complaint_acceptance": lambda d: _complaint(_on(ACC, d)),
    "complaint_resolution": lambda d: _complaint(ACC, _on(DEC, d)),
    "decision_sent": lambda d: _complaint(ACC, DEC, CaseEvent(E.SENT, d)),
    "complaint_disclosure": lambda d: _complaint(
        ACC, DEC, CaseEvent(E.SENT, date(2026, 4, 13)), CaseEvent(E.DISCLOSED, d)
    ),
    "deputy_report": lambda d: _complaint(
        ACC, DEC, forwarded_by_deputy=True, forwarder_reported_on=d
    ),
    "denunciation_classification": lambda d: _denunciation(_on(DEN_ACC, d)),
    "denunciation_notification": lambda d: _denunciation(DEN_ACC, notified_on=d),
    "denunciation_resolution": lambda d: _denunciation(DEN_ACC, _on(CON, d)),
    "suspension_sent": lambda d: _denunciation(
        DEN_ACC, CaseEvent(E.SUSPENDED, date(2026, 3, 20), sent_on=d)
    ),
    "conclusion_sent": lambda d: _denunciation(DEN_ACC, CON, CaseEvent(E.SENT, d)),
    "denunciation_disclosure": lambda d: _denunciation(
        DEN_ACC, CON, CaseEvent(E.SENT, date(2026, 4, 13)), CaseEvent(E.DISCLOSED, d)
    ),
    "conclusion_handling": lambda d: _denunciation(DEN_ACC, CON, conclusion_handled_on=d),
}


@pytest.mark.parametrize("code", sorted(BUILDERS))
@pytest.mark.parametrize("cal", [CAL, CAL_SWAP], ids=["plain", "swapped_saturday"])
def test_every_case_deadline_at_its_boundary(code: str, cal: object) -> None:
    build = BUILDERS[code]
    due = _due(build(date(2030, 1, 1)), code, cal)
    assert due is not None
    on_time = _codes(case_warnings(build(due), cal, today=date(2030, 1, 1)))  # type: ignore[arg-type]
    late = _codes(case_warnings(build(due + timedelta(days=1)), cal))  # type: ignore[arg-type]
    assert f"{code}_late" not in on_time and f"{code}_overdue" not in on_time
    assert f"{code}_late" in late
    # Not done at all: overdue the day after the due day, not on it.
    assert f"{code}_overdue" not in _codes(case_warnings(build(None), cal, today=due))  # type: ignore[arg-type]
    after = due + timedelta(days=1)
    assert f"{code}_overdue" in _codes(case_warnings(build(None), cal, today=after))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "letter"),
    [
        ("letter_processing", _letter(letter_type=LetterType.COMPLAINT)),
        ("denunciation_classification", _letter(jurisdiction=Jurisdiction.OURS)),
        ("letter_forwarding", _letter(jurisdiction=Jurisdiction.OTHER, forwarded_to="Huyện")),
    ],
)
@pytest.mark.parametrize("cal", [CAL, CAL_SWAP], ids=["plain", "swapped_saturday"])
def test_every_letter_deadline_at_its_boundary(code: str, letter: Letter, cal: object) -> None:
    due = next(d.due for d in letter_deadlines(letter, cal) if d.code == code)  # type: ignore[arg-type]
    assert due is not None
    done = replace(letter, handling=LetterHandling.FORWARDED, forwarded_to="Huyện")
    on_time = _codes(letter_warnings(replace(done, handled_on=due), cal))  # type: ignore[arg-type]
    late = replace(done, handled_on=due + timedelta(days=1))
    assert f"{code}_late" not in on_time
    assert f"{code}_late" in _codes(letter_warnings(late, cal))  # type: ignore[arg-type]
    assert not _codes(letter_warnings(letter, cal, today=due))  # type: ignore[arg-type]
    after = due + timedelta(days=1)
    assert f"{code}_overdue" in _codes(letter_warnings(letter, cal, today=after))  # type: ignore[arg-type]
