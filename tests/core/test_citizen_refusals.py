"""Every refusal of reception, letters and cases (DOMAIN.md §4.1-§4.4 "Invalid"), and the
warnings that are not deadlines (LTCD Art. 29 representatives, Law 136 ID number)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.core.cases import Case, CaseEvent, CaseType, EventType, status, validate_case
from desktop.core.errors import FieldError
from desktop.core.letters import (
    Letter,
    LetterHandling,
    LetterType,
    forwarding_errors,
    letter_warnings,
    validate_letter,
)
from desktop.core.reception import (
    MatterType,
    PresiderRole,
    ReceptionSession,
    RefusalGround,
    SessionForm,
    SessionKind,
    Visit,
    VisitHandling,
    session_warnings,
    validate_session,
)
from tests.core.citizen_calendar import CAL

E = EventType
VISIT = Visit(name="Nguyễn Văn A", address="Thôn 1", id_no="001", summary="Đất")
SESSION = ReceptionSession(date(2026, 3, 3), visits=(VISIT,))


def _errors(errors: list[FieldError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in errors}


# --- reception --------------------------------------------------------------------------


def test_a_valid_session_has_no_refusal() -> None:
    assert validate_session(SESSION) == []


@pytest.mark.parametrize(
    ("visit", "expected"),
    [
        (replace(VISIT, name=" "), ("visits[0].name", "required")),
        (replace(VISIT, address=""), ("visits[0].address", "required")),
        (replace(VISIT, people=0), ("visits[0].people", "min")),
        (
            replace(VISIT, people=2, group_representatives=("A", "B", "C")),
            ("visits[0].group_representatives", "representatives_gt_people"),
        ),
        (
            replace(VISIT, handling=VisitHandling.REFUSED),
            ("visits[0].refusal_ground", "refusal_without_ground"),
        ),
        (
            replace(VISIT, refusal_ground=RefusalGround.SETTLED),
            ("visits[0].refusal_ground", "ground_without_refusal"),
        ),
        (
            replace(VISIT, handling=VisitHandling.FORWARDED),
            ("visits[0].handled_to", "required"),
        ),
        (
            replace(VISIT, answered_on=date(2026, 3, 2)),
            ("visits[0].answered_on", "answer_before_visit"),
        ),
    ],
)
def test_visit_refusals(visit: Visit, expected: tuple[str, str]) -> None:
    assert expected in _errors(validate_session(replace(SESSION, visits=(visit,))))


def test_a_refusal_with_its_article_9_ground_is_valid() -> None:
    visit = replace(VISIT, handling=VisitHandling.REFUSED, refusal_ground=RefusalGround.DISORDERLY)
    assert validate_session(replace(SESSION, visits=(visit,))) == []


def test_a_visit_without_any_date_is_refused_but_inherits_the_session_day() -> None:
    undated = ReceptionSession(None, visits=(VISIT,))
    assert {("session_on", "required"), ("visits[0].on", "required")} <= _errors(
        validate_session(undated)
    )
    assert validate_session(replace(undated, visits=(replace(VISIT, on=date(2026, 3, 3)),))) == [
        FieldError("session_on", "required")
    ]


def test_a_deputys_session_is_not_counted_as_the_chairmans() -> None:
    deputy = replace(
        SESSION,
        kind=SessionKind.PERIODIC,
        presider_role=PresiderRole.VICE_CHAIRMAN,
        chairman_in_person=True,
    )
    assert ("chairman_in_person", "deputy_counted_as_chairman") in _errors(validate_session(deputy))
    honest = replace(deputy, chairman_in_person=False)
    assert validate_session(honest) == []
    assert "periodic_not_by_chairman" in [w.code for w in session_warnings(honest, CAL)]


def test_online_reception_only_from_1_7_2026() -> None:
    online = replace(SESSION, form=SessionForm.ONLINE, session_on=date(2026, 6, 30))
    assert ("form", "online_before_l136") in _errors(validate_session(online))
    assert validate_session(replace(online, session_on=date(2026, 7, 1))) == []


@pytest.mark.parametrize(
    ("people", "reps", "warned"),
    [
        (4, 0, False),
        (5, 0, True),
        (5, 1, False),
        (10, 2, False),
        (10, 3, True),
        (11, 3, False),
        (11, 5, False),
        (11, 6, True),
    ],
)
def test_representatives_outside_article_29_numbers_warn(
    people: int, reps: int, warned: bool
) -> None:
    visit = replace(VISIT, people=people, group_representatives=tuple(f"R{i}" for i in range(reps)))
    codes = [w.code for w in session_warnings(replace(SESSION, visits=(visit,)), CAL)]
    assert ("representatives_count" in codes) is warned


def test_id_number_expected_from_1_7_2026_and_mixed_matters_split() -> None:
    visit = replace(VISIT, id_no="", matter_type=MatterType.MIXED, handling=VisitHandling.GUIDED)
    before = session_warnings(replace(SESSION, visits=(visit,)), CAL)
    after = session_warnings(replace(SESSION, session_on=date(2026, 7, 1), visits=(visit,)), CAL)
    assert [w.code for w in before] == ["mixed_matter"]
    assert [w.code for w in after] == ["visit_id_missing", "mixed_matter"]


# --- letters ----------------------------------------------------------------------------

LETTER = Letter(date(2026, 3, 2), letter_type=LetterType.COMPLAINT, signed=True, case_id="V1")


def test_letter_refusals() -> None:
    assert validate_letter(LETTER) == []
    assert ("letter_type", "required") in _errors(
        validate_letter(replace(LETTER, letter_type=None))
    )
    unsigned = replace(LETTER, signed=False, handling=LetterHandling.ACCEPTED)
    assert ("signed", "unsigned_complaint_accepted") in _errors(validate_letter(unsigned))
    proposed = replace(unsigned, handling=LetterHandling.PROPOSED)
    assert ("signed", "unsigned_complaint_accepted") in _errors(validate_letter(proposed))
    assert validate_letter(replace(unsigned, handling=LetterHandling.GUIDED)) == []
    early = replace(LETTER, handled_on=date(2026, 3, 1))
    assert ("handled_on", "handled_before_received") in _errors(validate_letter(early))
    nowhere = replace(LETTER, handling=LetterHandling.FORWARDED)
    assert ("forwarded_to", "required") in _errors(validate_letter(nowhere))


def test_one_forwarding_per_content() -> None:
    first = replace(
        LETTER,
        letter_type=LetterType.DENUNCIATION,
        handling=LetterHandling.FORWARDED,
        forwarded_to="UBND xã B",
        handled_on=date(2026, 3, 5),
    )
    second = replace(first, received_day=date(2026, 4, 1), handled_on=date(2026, 4, 2))
    assert _errors(forwarding_errors(second, [first])) == {("handling", "second_forwarding")}
    assert forwarding_errors(second, [replace(first, case_id="V2")]) == []
    assert forwarding_errors(replace(second, handling=LetterHandling.FILED), [first]) == []


def test_an_anonymous_denunciation_accepted_warns() -> None:
    x = replace(LETTER, letter_type=LetterType.DENUNCIATION, anonymous=True)
    accepted = replace(x, handling=LetterHandling.ACCEPTED, handled_on=date(2026, 3, 3))
    assert "anonymous_denunciation_accepted" in [w.code for w in letter_warnings(accepted, CAL)]


# --- cases ------------------------------------------------------------------------------

COMPLAINT = Case(
    CaseType.COMPLAINT, case_id="KN-1", received_day=date(2026, 3, 3), subject="QĐ thu hồi đất"
)
ACCEPT = CaseEvent(E.ACCEPTED, date(2026, 3, 10))


def test_the_complaint_life_cycle_is_valid() -> None:
    c = replace(
        COMPLAINT,
        complex=True,
        complex_reason="Nhiều hộ liên quan",
        events=(
            ACCEPT,
            CaseEvent(E.EXTENDED, date(2026, 4, 1)),
            CaseEvent(E.DIALOGUE, date(2026, 4, 10)),
            CaseEvent(E.DECIDED, date(2026, 4, 20)),
            CaseEvent(E.SENT, date(2026, 4, 21)),
            CaseEvent(E.DISCLOSED, date(2026, 4, 25)),
            CaseEvent(E.CLOSED, date(2026, 5, 30)),
        ),
    )
    assert validate_case(c) == []
    assert status(c) is not None and status(c).value == "closed"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (replace(COMPLAINT, subject=""), ("subject", "required")),
        (replace(COMPLAINT, received_day=None), ("received_day", "required")),
        (
            replace(COMPLAINT, signed=False, events=(ACCEPT,)),
            ("signed", "unsigned_complaint_accepted"),
        ),
        (
            replace(COMPLAINT, events=(ACCEPT, CaseEvent(E.DECIDED, date(2026, 3, 9)))),
            ("events[1].on", "decision_before_acceptance"),
        ),
        (
            replace(COMPLAINT, events=(CaseEvent(E.ACCEPTED, date(2026, 3, 2)),)),
            ("events[0].on", "accepted_before_received"),
        ),
        (
            replace(COMPLAINT, events=(CaseEvent(E.DECIDED, date(2026, 3, 20)),)),
            ("events[0].type", "event_not_allowed"),
        ),
        (
            replace(COMPLAINT, events=(ACCEPT, CaseEvent(E.CONCLUDED, date(2026, 3, 20)))),
            ("events[1].type", "event_not_for_type"),
        ),
        (
            replace(COMPLAINT, events=(ACCEPT, CaseEvent(E.SENT, date(2026, 3, 20)))),
            ("events[1].type", "event_not_allowed"),
        ),
        (
            replace(
                COMPLAINT,
                events=(
                    ACCEPT,
                    CaseEvent(E.DIALOGUE, date(2026, 3, 20)),
                    CaseEvent(E.DIALOGUE, date(2026, 3, 19)),
                ),
            ),
            ("events[2].on", "event_before_previous"),
        ),
        (
            replace(COMPLAINT, resolution_days=45),
            ("resolution_days", "resolution_days_without_flag"),
        ),
        (
            replace(COMPLAINT, resolution_days=60, complex=True, complex_reason="r"),
            ("resolution_days", "resolution_days_without_flag"),
        ),
        (
            replace(COMPLAINT, events=(ACCEPT, CaseEvent(E.EXTENDED, date(2026, 4, 1)))),
            ("events[1].type", "extension_without_complex"),
        ),
        (replace(COMPLAINT, complex=True), ("complex_reason", "complex_without_reason")),
        (replace(COMPLAINT, remote_area=True), ("remote_reason", "remote_without_reason")),
    ],
)
def test_complaint_refusals(case: Case, expected: tuple[str, str]) -> None:
    assert expected in _errors(validate_case(case))


def test_45_and_60_days_with_their_flags_are_valid() -> None:
    assert (
        validate_case(replace(COMPLAINT, resolution_days=45, complex=True, complex_reason="r"))
        == []
    )
    remote = replace(COMPLAINT, remote_area=True, remote_reason="r")
    assert validate_case(replace(remote, resolution_days=45)) == []
    assert (
        validate_case(replace(remote, resolution_days=60, complex=True, complex_reason="r")) == []
    )


DENUNCIATION = Case(
    CaseType.DENUNCIATION, received_day=date(2026, 3, 2), subject="Cán bộ địa chính"
)


def _extended(criteria: tuple[str, ...], *days: int) -> Case:
    events = [CaseEvent(E.ACCEPTED, date(2026, 3, 5))]
    events += [CaseEvent(E.EXTENDED, date(2026, 4, 1 + i), days=d) for i, d in enumerate(days)]
    return replace(DENUNCIATION, criteria=criteria, events=tuple(events))


def test_denunciation_extensions_follow_the_recorded_criteria() -> None:
    assert ("events[1].type", "extension_beyond_criteria") in _errors(
        validate_case(_extended((), 30))
    )
    assert validate_case(_extended(("a",), 30)) == []
    assert ("events[2].type", "extension_beyond_criteria") in _errors(
        validate_case(_extended(("a",), 30, 30))
    )
    assert validate_case(_extended(("a", "c"), 30, 30)) == []
    assert ("events[3].type", "extension_beyond_criteria") in _errors(
        validate_case(_extended(("a", "c"), 30, 30, 10))
    )
    assert ("events[1].days", "extension_too_long") in _errors(validate_case(_extended(("a",), 31)))
    assert ("events[1].days", "extension_too_long") in _errors(validate_case(_extended(("a",), 0)))
    no_days = replace(
        DENUNCIATION,
        criteria=("a",),
        events=(CaseEvent(E.ACCEPTED, date(2026, 3, 5)), CaseEvent(E.EXTENDED, date(2026, 4, 1))),
    )
    assert ("events[1].days", "required") in _errors(validate_case(no_days))


def test_denunciation_flags_need_their_criteria() -> None:
    assert ("complex", "criteria_too_few") in _errors(
        validate_case(replace(DENUNCIATION, complex=True))
    )
    especially = replace(DENUNCIATION, especially_complex=True, criteria=("a",))
    assert ("especially_complex", "criteria_too_few") in _errors(validate_case(especially))
    assert ("criteria", "unknown_criterion") in _errors(
        validate_case(replace(DENUNCIATION, criteria=("h",)))
    )
    assert ("events[1].type", "event_not_for_type") in _errors(
        validate_case(
            replace(
                DENUNCIATION,
                events=(
                    CaseEvent(E.ACCEPTED, date(2026, 3, 5)),
                    CaseEvent(E.DECIDED, date(2026, 4, 1)),
                ),
            )
        )
    )


def test_a_suspended_case_can_only_resume_or_terminate() -> None:
    stopped = (CaseEvent(E.ACCEPTED, date(2026, 3, 5)), CaseEvent(E.SUSPENDED, date(2026, 3, 10)))
    bad = replace(DENUNCIATION, events=(*stopped, CaseEvent(E.CONCLUDED, date(2026, 3, 20))))
    assert ("events[2].type", "event_not_allowed") in _errors(validate_case(bad))
    good = replace(DENUNCIATION, events=(*stopped, CaseEvent(E.RESUMED, date(2026, 3, 20))))
    assert validate_case(good) == []
