"""Hương ước life cycle (D61 Arts. 7–14): steps, refusals, status and dates computed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from desktop.core.convention_events import (
    AdoptionFacts,
    TransitionRefused,
    allowed_events,
    apply_event,
    replay_events,
    supersede,
)
from desktop.core.conventions import (
    Convention,
    ConventionEvent,
    ConventionStatus,
    EventType,
    effective_from,
    next_review_on,
    status,
    status_on,
    text_in_force_on,
    validate_convention,
    yearly_statistics,
)
from desktop.core.errors import DomainError, FieldError
from tests.core.convention_samples import (
    HAPPY,
    MEETING,
    build,
    convention,
    event,
    facts,
)

E, S = EventType, ConventionStatus


def refused(c: Convention, e: ConventionEvent, f: AdoptionFacts | None = None) -> TransitionRefused:
    with pytest.raises(TransitionRefused) as info:
        apply_event(c, e, f)
    return info.value


# --- the happy life cycle -----------------------------------------------------------------


def test_full_life_cycle_to_in_force_then_suspend_reinstate_abolish() -> None:
    c = convention()
    assert status(c) is None
    assert allowed_events(None) == {E.PROPOSED}
    seen = []
    for kind, on in HAPPY.items():
        c = apply_event(c, event(kind, on), facts(on) if kind is E.ADOPTED else None)
        seen.append(status(c))
    assert seen == [
        S.PROPOSED,
        S.DRAFTING,
        S.CONSULTATION,
        S.ADOPTED,
        S.SUBMITTED,
        S.IN_FORCE,  # recognition puts it in force from the decision's date (Art. 11)
        S.IN_FORCE,  # distribution changes nothing
    ]
    assert effective_from(c) == date(2026, 3, 23)
    c = apply_event(c, event(E.REVIEWED, date(2026, 11, 18)))
    c = apply_event(c, event(E.SUSPENDED, date(2027, 2, 1)))  # the whole text
    assert status(c) is S.SUSPENDED
    assert allowed_events(S.SUSPENDED) == {
        E.DISTRIBUTED,
        E.REVIEWED,
        E.REINSTATED,
        E.ABOLISHED,
    }
    c = apply_event(c, event(E.REINSTATED, date(2027, 3, 1)))
    assert status(c) is S.IN_FORCE
    c = apply_event(c, event(E.ABOLISHED, date(2027, 6, 1), decision_no="30/QĐ-UBND"))
    assert status(c) is S.ABOLISHED
    assert allowed_events(S.ABOLISHED) == set()
    assert status_on(c, date(2027, 2, 15)) is S.SUSPENDED
    assert status_on(c, date(2026, 1, 1)) is None


def test_abolishing_a_part_keeps_the_rest_in_force() -> None:
    c = build(E.DISTRIBUTED)
    c = apply_event(c, event(E.ABOLISHED, date(2026, 6, 1), part="Điều 2"))
    assert status(c) is S.IN_FORCE


def test_back_to_drafting_after_consultation_and_rejection() -> None:
    c = build(E.CONSULTATION)
    c = apply_event(c, event(E.DRAFTING, date(2026, 2, 20)))
    c = apply_event(c, event(E.CONSULTATION, date(2026, 2, 23)))
    c = apply_event(c, event(E.REJECTED, date(2026, 3, 30), meeting_uuid=MEETING))
    assert status(c) is S.REJECTED
    assert allowed_events(S.REJECTED) == {E.DRAFTING, E.ADOPTED}


def test_household_ballot_adopts_after_a_meeting_that_did_not() -> None:
    # Attendance not reached at the meeting: a household ballot (D61 Art. 10).
    c = build(E.CONSULTATION)
    c = apply_event(c, event(E.REJECTED, date(2026, 3, 16)))
    ballot = facts(date(2026, 3, 27), meeting_uuid="ballot-uuid")
    c = apply_event(c, event(E.ADOPTED, date(2026, 3, 30), meeting_uuid="ballot-uuid"), ballot)
    assert status(c) is S.ADOPTED


def test_refused_dossier_completed_and_resubmitted() -> None:
    c = build(E.SUBMITTED)
    c = apply_event(c, event(E.REFUSED, date(2026, 3, 20)))
    assert allowed_events(S.REFUSED) == {E.SUBMITTED, E.DRAFTING}
    c = apply_event(c, event(E.SUBMITTED, date(2026, 3, 25)))
    c = apply_event(c, event(E.RECOGNIZED, date(2026, 3, 27)))
    assert status(c) is S.IN_FORCE and effective_from(c) == date(2026, 3, 27)


def test_same_day_steps_are_allowed() -> None:
    c = build(E.ADOPTED)
    c = apply_event(c, event(E.SUBMITTED, HAPPY[E.ADOPTED]))
    assert status(c) is S.SUBMITTED


def test_replay_events_checks_every_step() -> None:
    events = [event(k, on) for k, on in HAPPY.items()]
    meeting_facts = {MEETING: facts(HAPPY[E.ADOPTED])}
    c = replay_events(convention(), events, meeting_facts)
    assert status(c) is S.IN_FORCE and len(c.events) == len(HAPPY)
    events[4], events[5] = events[5], events[4]  # recognised before submitted
    with pytest.raises(TransitionRefused) as info:
        replay_events(convention(), events, meeting_facts)
    assert info.value.code == "not_submitted" and info.value.params["index"] == 4


# --- refusals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("upto", "kind", "code"),
    [
        (None, E.DRAFTING, "not_proposed"),
        (E.PROPOSED, E.PROPOSED, "already_proposed"),
        (E.PROPOSED, E.CONSULTATION, "not_drafted"),
        (E.DRAFTING, E.ADOPTED, "not_consulted"),
        (E.DRAFTING, E.REJECTED, "not_consulted"),
        (E.DRAFTING, E.SUBMITTED, "not_adopted"),  # submitted right after drafting
        (E.CONSULTATION, E.SUBMITTED, "not_adopted"),
        (E.ADOPTED, E.RECOGNIZED, "not_submitted"),  # recognised before submitted
        (E.ADOPTED, E.REFUSED, "not_submitted"),
        (E.SUBMITTED, E.DISTRIBUTED, "not_recognized"),  # distributed only after recognition
        (E.ADOPTED, E.REVIEWED, "not_recognized"),  # reviewed only in force or suspended
        (E.SUBMITTED, E.SUSPENDED, "not_recognized"),
        (E.SUBMITTED, E.ABOLISHED, "not_recognized"),
        (E.DISTRIBUTED, E.REINSTATED, "not_suspended"),
        (E.DISTRIBUTED, E.RECOGNIZED, "already_recognized"),
        (E.SUBMITTED, E.DRAFTING, "not_allowed_now"),
        (E.DISTRIBUTED, E.PROPOSED, "already_proposed"),
    ],
)
def test_steps_out_of_order_are_refused(upto: EventType | None, kind: EventType, code: str) -> None:
    c = convention() if upto is None else build(upto)
    before = status(c)
    on = date(2026, 4, 1)
    err = refused(c, event(kind, on), facts(on))
    assert err.code == code
    assert isinstance(err, DomainError) and err.field == "type"
    assert err.params["event"] == kind.value
    assert err.params["status"] == (before.value if before else "")
    assert err.params["convention_type"] == "huong_uoc"
    assert kind not in allowed_events(before)


def test_suspending_twice_and_steps_after_the_end_are_refused() -> None:
    c = apply_event(build(E.DISTRIBUTED), event(E.SUSPENDED, date(2026, 5, 4)))
    assert refused(c, event(E.SUSPENDED, date(2026, 5, 5))).code == "already_suspended"
    c = apply_event(c, event(E.ABOLISHED, date(2026, 6, 1)))
    for kind in (E.REVIEWED, E.REINSTATED, E.DISTRIBUTED, E.RECOGNIZED):
        assert refused(c, event(kind, date(2026, 7, 1))).code == "convention_closed"


def test_superseded_only_through_a_new_version() -> None:
    c = build(E.DISTRIBUTED)
    err = refused(c, event(E.SUPERSEDED, date(2026, 12, 1)))
    assert err.code == "supersede_via_new_version"
    assert E.SUPERSEDED not in allowed_events(S.IN_FORCE)


def test_event_dated_before_the_previous_is_refused() -> None:
    c = build(E.CONSULTATION)
    err = refused(c, event(E.ADOPTED, date(2026, 2, 1)), facts(date(2026, 1, 30)))
    assert (err.code, err.field) == ("date_before_previous", "on")
    assert err.params["on"] == "01/02/2026"
    assert err.params["previous"] == "02/02/2026"
    assert err.params["previous_event"] == "consultation"


@pytest.mark.parametrize(
    ("meeting_uuid", "found", "code"),
    [
        (None, facts(date(2026, 3, 15)), "meeting_required"),
        (MEETING, None, "meeting_not_found"),
        (MEETING, facts(date(2026, 3, 15), meeting_uuid="another"), "meeting_not_found"),
        (MEETING, facts(date(2026, 3, 15), passed=False), "meeting_not_passed"),
        (MEETING, facts(date(2026, 3, 15), matter_is_convention=False), "meeting_other_matter"),
        (MEETING, facts(date(2026, 3, 15), village_uuid="thon-khac"), "meeting_other_village"),
        (MEETING, facts(date(2026, 3, 17)), "meeting_after_adoption"),
    ],
)
def test_adoption_needs_a_passed_convention_vote_of_this_village(
    meeting_uuid: str | None, found: AdoptionFacts | None, code: str
) -> None:
    c = build(E.CONSULTATION)
    e = ConventionEvent(E.ADOPTED, date(2026, 3, 16), meeting_uuid=meeting_uuid)
    err = refused(c, e, found)
    assert (err.code, err.field) == (code, "meeting")
    # The same meeting held on the adoption day is fine.
    assert status(apply_event(c, event(E.ADOPTED, date(2026, 3, 16)), facts(date(2026, 3, 16))))


@pytest.mark.parametrize(
    ("supporting", "total", "code"),
    [
        (21, 212, "initiative_support_too_low"),  # 210 < 212
        (None, 212, "initiative_support_missing"),
        (21, None, "initiative_support_missing"),
        (5, 0, "initiative_support_missing"),
        (213, 212, "supporting_gt_total"),
    ],
)
def test_citizen_initiative_needs_ten_percent_of_households(
    supporting: int | None, total: int | None, code: str
) -> None:
    c = convention(citizen_initiative=True)
    e = ConventionEvent(
        E.PROPOSED, date(2026, 1, 5), households_supporting=supporting, households_total=total
    )
    err = refused(c, e)
    assert (err.code, err.field) == (code, "households_supporting")
    if code == "initiative_support_too_low":
        assert (err.params["supporting"], err.params["total"], err.params["needed"]) == (
            21,
            212,
            22,
        )


def test_citizen_initiative_of_22_in_212_households_is_accepted() -> None:
    e = ConventionEvent(
        E.PROPOSED, date(2026, 1, 5), households_supporting=22, households_total=212
    )
    assert status(apply_event(convention(citizen_initiative=True), e)) is S.PROPOSED
    # A proposal by the village head needs no count.
    assert status(apply_event(convention(), ConventionEvent(E.PROPOSED, e.on))) is S.PROPOSED


@pytest.mark.parametrize(
    ("upto", "kind", "details", "code", "field"),
    [
        (E.DISTRIBUTED, E.SUSPENDED, {"reason": ""}, "reason_required", "reason"),
        (E.DISTRIBUTED, E.SUSPENDED, {"until": None}, "until_required", "until"),
        (
            E.DISTRIBUTED,
            E.SUSPENDED,
            {"until": date(2026, 4, 30)},
            "until_before_on",
            "until",
        ),
        (E.DISTRIBUTED, E.ABOLISHED, {"reason": "  "}, "reason_required", "reason"),
        (E.SUBMITTED, E.REFUSED, {"reason": ""}, "reason_required", "reason"),
        (E.SUBMITTED, E.RECOGNIZED, {"decision_no": ""}, "decision_no_required", "decision_no"),
    ],
)
def test_steps_missing_what_their_article_requires(
    upto: EventType, kind: EventType, details: dict[str, Any], code: str, field: str
) -> None:
    e = event(kind, date(2026, 5, 4))
    e = ConventionEvent(**{**e.__dict__, **details})
    err = refused(build(upto), e)
    assert (err.code, err.field) == (code, field)


def test_suspension_until_its_own_day_is_accepted() -> None:
    e = event(E.SUSPENDED, date(2026, 5, 4), until=date(2026, 5, 4))
    assert status(apply_event(build(E.DISTRIBUTED), e)) is S.SUSPENDED


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "text_missing"),
        ("HƯƠNG ƯỚC THÔN ĐÔNG HÒA", "text_missing"),
        ("Điều 1. A\nĐiều 1. B", "text_duplicate_article"),
    ],
)
def test_consultation_needs_a_text_made_of_articles(text: str, code: str) -> None:
    c = build(E.DRAFTING, base=convention(text=text))
    err = refused(c, event(E.CONSULTATION, date(2026, 2, 2)))
    assert (err.code, err.field) == (code, "text")


# --- content validation -------------------------------------------------------------------


def test_validate_convention() -> None:
    assert validate_convention(convention()) == []
    assert validate_convention(convention(text="")) == []  # only proposed: no text yet
    bad = convention(village_uuid=" ", title="", review_day=(2, 30), text="Điều 1. A\nĐiều 1. B")
    assert validate_convention(bad) == [
        FieldError("village", "required"),
        FieldError("title", "required"),
        FieldError("review_day", "invalid_review_day", {"value": "2-30"}),
        FieldError("text", "duplicate_article", {"number": 1}),
    ]
    assert validate_convention(convention(review_day=(2, 29))) == []


# --- yearly review ------------------------------------------------------------------------


def test_next_review_on_18_november_after_recognition() -> None:
    assert next_review_on(build(E.ADOPTED)) is None  # not in force yet
    c = build(E.DISTRIBUTED)
    assert next_review_on(c) == date(2026, 11, 18)
    c = apply_event(c, event(E.SUSPENDED, date(2026, 6, 1)))
    assert next_review_on(c) == date(2026, 11, 18)  # still reviewed while suspended
    c = apply_event(c, event(E.ABOLISHED, date(2026, 7, 1)))
    assert next_review_on(c) is None


def test_next_review_on_the_village_own_day() -> None:
    assert next_review_on(build(E.DISTRIBUTED, base=convention(review_day=(1, 15)))) == date(
        2027, 1, 15
    )
    leap = build(E.DISTRIBUTED, base=convention(review_day=(2, 29)))
    assert next_review_on(leap) == date(2027, 2, 28)


def test_recognised_on_the_review_day_is_reviewed_a_year_later() -> None:
    c = build(E.SUBMITTED, submitted=date(2026, 11, 16))
    c = apply_event(c, event(E.RECOGNIZED, date(2026, 11, 18)))
    assert next_review_on(c) == date(2027, 11, 18)


@pytest.mark.parametrize(
    "reviewed", [date(2026, 11, 18), date(2026, 11, 10), date(2026, 12, 20), date(2027, 1, 10)]
)
def test_a_review_counts_for_the_nearest_review_day(reviewed: date) -> None:
    c = apply_event(build(E.DISTRIBUTED), event(E.REVIEWED, reviewed))
    assert next_review_on(c) == date(2027, 11, 18)


# --- versions -----------------------------------------------------------------------------


def two_versions() -> tuple[Convention, Convention]:
    # Version 1 recognised in 2019 (same weekdays: 364 weeks earlier), version 2 in 2026.
    v1 = build(E.DISTRIBUTED, weeks=-364)
    assert effective_from(v1) == date(2019, 4, 1)
    v2 = build(E.DISTRIBUTED, base=convention(supersedes_uuid="v1", title="Hương ước (sửa đổi)"))
    return v1, v2


def test_text_in_force_on_a_date_across_two_versions() -> None:
    v1, v2 = two_versions()
    v1 = supersede(v1, "v1", v2, "v2")
    last = v1.events[-1]
    assert (last.type, last.on, last.successor_uuid) == (E.SUPERSEDED, date(2026, 3, 23), "v2")
    assert last.decision_no == "12/QĐ-UBND"
    assert status(v1) is S.SUPERSEDED
    versions = [("v1", v1), ("v2", v2)]
    assert text_in_force_on(versions, date(2019, 3, 31)) is None
    assert text_in_force_on(versions, date(2019, 4, 1)) == ("v1", v1)
    assert text_in_force_on(versions, date(2026, 3, 22)) == ("v1", v1)
    assert text_in_force_on(versions, date(2026, 3, 23)) == ("v2", v2)
    v2 = apply_event(v2, event(E.ABOLISHED, date(2027, 6, 1)))
    assert text_in_force_on([("v1", v1), ("v2", v2)], date(2027, 6, 1)) is None


def test_a_suspended_text_is_still_the_text_in_force() -> None:
    v1, _ = two_versions()
    v1 = apply_event(v1, event(E.SUSPENDED, date(2025, 1, 6)))
    found = text_in_force_on([("v1", v1)], date(2025, 2, 1))
    assert found is not None and status_on(found[1], date(2025, 2, 1)) is S.SUSPENDED


def test_supersede_refusals() -> None:
    v1, v2 = two_versions()
    draft = build(E.SUBMITTED, base=convention(supersedes_uuid="v1"))
    not_yet = build(E.SUBMITTED, weeks=-364)
    for old, old_uuid, new, code in [
        (v1, "other", v2, "not_a_new_version"),
        (v1, "v1", draft, "successor_not_recognized"),
        (not_yet, "v1", v2, "not_recognized"),
    ]:
        with pytest.raises(TransitionRefused) as info:
            supersede(old, old_uuid, new, "v2")
        assert info.value.code == code


# --- statistics (D61 Art. 16) -------------------------------------------------------------


def test_yearly_statistics_count_events_of_the_year() -> None:
    v1, v2 = two_versions()
    v1 = supersede(v1, "v1", v2, "v2")  # replaced in 2026; recognised in 2019
    refused_one = apply_event(build(E.SUBMITTED), event(E.REFUSED, date(2026, 3, 20)))
    suspended = apply_event(build(E.DISTRIBUTED), event(E.SUSPENDED, date(2026, 5, 4)))
    abolished = apply_event(suspended, event(E.ABOLISHED, date(2026, 7, 1)))
    old_suspension = apply_event(
        build(E.DISTRIBUTED, weeks=-52), event(E.SUSPENDED, date(2025, 5, 5))
    )
    proposed = build(E.PROPOSED)
    all_ = [v1, v2, refused_one, suspended, abolished, old_suspension, proposed]
    assert yearly_statistics(all_, 2026) == {
        "recognized": 3,  # v2, suspended, abolished (one convention counted once each)
        "refused": 1,
        "superseded": 1,
        "suspended": 2,
        "abolished": 1,
        "in_force": 3,  # v2, suspended, old_suspension (suspended still counts)
    }
    assert yearly_statistics(all_, 2025) == {
        "recognized": 1,
        "refused": 0,
        "superseded": 0,
        "suspended": 1,
        "abolished": 0,
        "in_force": 2,  # v1 and old_suspension
    }
    assert yearly_statistics([], 2026)["recognized"] == 0


def test_events_dated_later_do_not_count_for_the_status_on_a_date() -> None:
    c = build(E.DISTRIBUTED)
    assert status_on(c, HAPPY[E.RECOGNIZED] - timedelta(days=1)) is S.SUBMITTED
