"""Community decisions: thresholds (Law Art. 21), refusals and deadline warnings."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop.core.errors import FieldError, ValidationError
from desktop.core.meeting_deadlines import meeting_warnings
from desktop.core.meeting_messages import MEETING_MESSAGES
from desktop.core.meetings import (
    HouseholdBallot,
    ItemResult,
    Matter,
    Meeting,
    MeetingItem,
    MeetingType,
    Method,
    Outcome,
    Recognizer,
    RuleCode,
    TakesEffect,
    evaluate_item,
    evaluate_meeting,
    validate_meeting,
)
from desktop.core.warning_words import word_rule, word_warning
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar

TOTAL = 212
HOLIDAYS_2026 = [*(date(2026, 2, d) for d in range(16, 21)), date(2026, 4, 30), date(2026, 5, 1)]
CAL = WorkCalendar(HOLIDAYS_2026)
LAW21 = "(Điều 21 Luật 10/2022/QH15)"
PASS, FAIL = Outcome.PASSED, Outcome.FAILED
HANDS, SECRET, BALLOT, ONLINE = (
    Method.SHOW_OF_HANDS,
    Method.SECRET_BALLOT,
    Method.HOUSEHOLD_BALLOT,
    Method.ONLINE,
)


def item(
    matter: Matter = Matter.CONTRIBUTION,
    method: Method = Method.SHOW_OF_HANDS,
    votes_for: int = 143,
    votes_against: int = 5,
    votes_other: int = 2,
) -> MeetingItem:
    return MeetingItem(
        "Làm đường bê tông xóm Đông", matter, method, votes_for, votes_against, votes_other
    )


def meeting(**changes: Any) -> Meeting:
    base = Meeting(
        village_uuid="0b6c1f9e-village",
        title="Hội nghị thôn Tân Phú bàn việc làm đường",
        meeting_type=MeetingType.DECISION,
        held_on=date(2026, 3, 12),
        households_total=TOTAL,
        households_present=150,
        items=(item(),),
    )
    return replace(base, **changes)


def ballot(**changes: Any) -> HouseholdBallot:
    return replace(HouseholdBallot(papers_issued=TOTAL, papers_returned=180), **changes)


# --- thresholds -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("matter", "method", "votes_for", "present", "outcome", "rule_code"),
    [
        # Matters 1–2: votes_for × 3 ≥ total × 2 — 2/3 of 212 is 141.33
        (Matter.CONTRIBUTION, HANDS, 141, 200, FAIL, "two_thirds_of_total"),
        (Matter.CONTRIBUTION, HANDS, 142, 200, PASS, "two_thirds_of_total"),
        (Matter.FUND_MANAGEMENT, SECRET, 141, 200, FAIL, "two_thirds_of_total"),
        (Matter.FUND_MANAGEMENT, SECRET, 142, 200, PASS, "two_thirds_of_total"),
        # a household ballot counts against all households too
        (Matter.CONTRIBUTION, BALLOT, 141, 150, FAIL, "two_thirds_of_total"),
        (Matter.CONTRIBUTION, BALLOT, 142, 150, PASS, "two_thirds_of_total"),
        # Matters 4–6: votes_for × 2 > total — half of 212 is 106
        (Matter.OTHER, HANDS, 106, 200, FAIL, "majority_of_total"),
        (Matter.OTHER, HANDS, 107, 200, PASS, "majority_of_total"),
        (Matter.OTHER, ONLINE, 106, 0, FAIL, "majority_of_total"),
        (Matter.OTHER, ONLINE, 107, 0, PASS, "majority_of_total"),
        (Matter.VILLAGE_HEAD, SECRET, 106, 200, FAIL, "majority_of_total"),
        (Matter.VILLAGE_HEAD, SECRET, 107, 200, PASS, "majority_of_total"),
        (Matter.BOARDS, SECRET, 106, 200, FAIL, "majority_of_total"),
        (Matter.BOARDS, SECRET, 107, 200, PASS, "majority_of_total"),
        # Hương ước: also present × 2 > total (D61 Art. 10)
        (Matter.CONVENTION, HANDS, 200, 106, FAIL, "convention_attendance"),
        (Matter.CONVENTION, HANDS, 107, 107, PASS, "convention_majority"),
        (Matter.CONVENTION, HANDS, 106, 107, FAIL, "convention_majority"),
        # ... except by the fallback household ballot, where only the majority counts
        (Matter.CONVENTION, BALLOT, 107, 107, PASS, "majority_of_total"),
        (Matter.CONVENTION, BALLOT, 106, 180, FAIL, "majority_of_total"),
        # Procedural: more than 50% of those present (D59 Art. 3)
        (Matter.PROCEDURAL, HANDS, 75, 150, FAIL, "majority_of_present"),
        (Matter.PROCEDURAL, HANDS, 76, 150, PASS, "majority_of_present"),
        (Matter.PROCEDURAL, HANDS, 53, 107, FAIL, "majority_of_present"),
        (Matter.PROCEDURAL, HANDS, 54, 107, PASS, "majority_of_present"),
    ],
)
def test_thresholds(
    matter: Matter, method: Method, votes_for: int, present: int, outcome: Outcome, rule_code: str
) -> None:
    result = evaluate_item(item(matter, method, votes_for, 0, 0), TOTAL, present)
    assert (result.outcome, result.rule_code) == (outcome, rule_code)
    assert word_rule(result.rule_code, result.rule_params).startswith(
        "Đạt: " if outcome is Outcome.PASSED else "Không đạt: "
    )
    assert unicodedata.is_normalized("NFC", word_rule(result.rule_code, result.rule_params))


@pytest.mark.parametrize(
    ("matter", "votes_for", "present", "rule"),
    [
        (Matter.CONTRIBUTION, 143, 150, f"Đạt: 143/212 hộ tán thành ≥ 2/3 tổng số hộ {LAW21}"),
        (
            Matter.CONTRIBUTION,
            141,
            150,
            f"Không đạt: 141/212 hộ tán thành < 2/3 tổng số hộ {LAW21}",
        ),
        (Matter.OTHER, 107, 150, f"Đạt: 107/212 hộ tán thành > 50% tổng số hộ {LAW21}"),
        (
            Matter.OTHER,
            106,
            150,
            f"Không đạt: 106/212 hộ tán thành, không quá 50% tổng số hộ {LAW21}",
        ),
        (
            Matter.CONVENTION,
            200,
            106,
            "Không đạt: 106/212 hộ dự họp không quá 50% tổng số hộ "
            "(Điều 10 Nghị định 61/2023/NĐ-CP)",
        ),
        (
            Matter.CONVENTION,
            150,
            160,
            "Đạt: 160/212 hộ dự họp > 50% tổng số hộ và 150/212 hộ tán thành > 50% tổng số hộ "
            "(Điều 21 Luật 10/2022/QH15; Điều 10 Nghị định 61/2023/NĐ-CP)",
        ),
        (
            Matter.PROCEDURAL,
            76,
            150,
            "Đạt: 76/150 đại diện hộ dự họp tán thành > 50% số đại diện dự họp "
            "(Điều 3 Nghị định 59/2023/NĐ-CP)",
        ),
    ],
)
def test_rule_text_cites_the_article(
    matter: Matter, votes_for: int, present: int, rule: str
) -> None:
    assert (
        word_rule(
            evaluate_item(item(matter, votes_for=votes_for), TOTAL, present).rule_code,
            evaluate_item(item(matter, votes_for=votes_for), TOTAL, present).rule_params,
        )
        == rule
    )


@pytest.mark.parametrize(
    ("matter", "takes_effect"),
    [
        (Matter.CONTRIBUTION, TakesEffect.ON_VOTE_DAY),
        (Matter.FUND_MANAGEMENT, TakesEffect.ON_VOTE_DAY),
        (Matter.CONVENTION, TakesEffect.ON_UBND_RECOGNITION),
        (Matter.VILLAGE_HEAD, TakesEffect.ON_UBND_RECOGNITION),
        (Matter.BOARDS, TakesEffect.ON_MTTQ_RECOGNITION),
        (Matter.OTHER, TakesEffect.ON_VOTE_DAY),
        (Matter.PROCEDURAL, TakesEffect.ON_VOTE_DAY),
    ],
)
def test_takes_effect(matter: Matter, takes_effect: TakesEffect) -> None:
    passed = evaluate_item(item(matter, votes_for=TOTAL), TOTAL, TOTAL)
    failed = evaluate_item(item(matter, votes_for=0), TOTAL, TOTAL)
    assert (passed.outcome, passed.takes_effect) == (Outcome.PASSED, takes_effect)
    assert (failed.outcome, failed.takes_effect) == (Outcome.FAILED, None)


@pytest.mark.parametrize("total", [0, -1])
def test_evaluate_refuses_no_households(total: int) -> None:
    with pytest.raises(ValidationError) as exc:
        evaluate_item(item(), total, 0)
    assert exc.value.errors == (FieldError("households_total", "min", {"min": 1}),)


def test_evaluate_meeting_uses_returned_papers_for_a_ballot() -> None:
    procedural = item(Matter.PROCEDURAL, Method.HOUSEHOLD_BALLOT, votes_for=91)
    m = meeting(households_present=None, items=(procedural,), ballot=ballot(papers_returned=180))
    (result,) = evaluate_meeting(m)
    assert result == ItemResult(
        Outcome.PASSED,
        RuleCode.MAJORITY_OF_PRESENT,
        {"votes": 91, "total": 212, "present": 180, "variant": "passed"},
        TakesEffect.ON_VOTE_DAY,
    )
    assert word_rule(result.rule_code, result.rule_params) == (
        "Đạt: 91/180 đại diện hộ dự họp tán thành > 50% số đại diện dự họp "
        "(Điều 3 Nghị định 59/2023/NĐ-CP)"
    )
    assert word_rule(result.rule_code, result.rule_params, "en") == (
        "Passed: 91/180 household representatives present for > 50% of those present "
        "(Decree 59/2023/ND-CP, Art. 3)"
    )


def test_evaluate_meeting_needs_a_total() -> None:
    with pytest.raises(ValidationError):
        evaluate_meeting(meeting(households_total=None))


# --- refusals ---------------------------------------------------------------------------

FAILED_MEETING = "5f1d7a22-failed-meeting"
REFUSALS: list[tuple[str, dict[str, Any], FieldError]] = [
    ("no village", {"village_uuid": " "}, FieldError("village", "required")),
    ("no title", {"title": ""}, FieldError("title", "required")),
    ("no date", {"held_on": None}, FieldError("held_on", "required")),
    ("no items", {"items": ()}, FieldError("items", "required")),
    ("no total", {"households_total": None}, FieldError("households_total", "required")),
    ("total 0", {"households_total": 0}, FieldError("households_total", "min", {"min": 1})),
    (
        "no present",
        {"households_present": None},
        FieldError("households_present", "required"),
    ),
    (
        "negative present",
        {"households_present": -1},
        FieldError("households_present", "min", {"min": 0}),
    ),
    (
        "present > total",
        {"households_present": 213},
        FieldError("households_present", "present_gt_total", {"present": 213, "total": 212}),
    ),
    (
        "item title",
        {"items": (replace(item(), title=" "),)},
        FieldError("items[0].title", "required"),
    ),
    (
        "negative votes",
        {"items": (item(votes_against=-1),)},
        FieldError("items[0].votes_against", "min", {"min": 0}),
    ),
    (
        "votes > present",
        {"items": (item(), item(votes_for=140, votes_against=10, votes_other=1))},
        FieldError("items[1].votes_for", "votes_gt_present", {"votes": 151, "present": 150}),
    ),
    *(
        (
            f"{matter} online",
            {"items": (item(matter, Method.ONLINE, votes_for=120),)},
            FieldError("items[0].method", "online_not_allowed", {"matter": matter.value}),
        )
        for matter in Matter
        if matter is not Matter.OTHER
    ),
    (
        "online votes > total",
        {"items": (item(Matter.OTHER, Method.ONLINE, 200, 10, 3),)},
        FieldError("items[0].votes_for", "votes_gt_total", {"votes": 213, "total": 212}),
    ),
    *(
        (
            f"{matter} by ballot first",
            {
                "items": (item(matter, Method.HOUSEHOLD_BALLOT, votes_for=120),),
                "ballot": ballot(after_failed_meeting_uuid=blank),
            },
            FieldError("items[0].method", "ballot_needs_failed_meeting", {"matter": matter.value}),
        )
        for matter in (Matter.CONVENTION, Matter.VILLAGE_HEAD, Matter.BOARDS)
        for blank in (None, "")
    ),
    (
        "ballot item without ballot",
        {"items": (item(method=Method.HOUSEHOLD_BALLOT),)},
        FieldError("ballot", "required"),
    ),
    (
        "returned > issued",
        {"ballot": ballot(papers_issued=200, papers_returned=201)},
        FieldError(
            "ballot.papers_returned", "returned_gt_issued", {"returned": 201, "issued": 200}
        ),
    ),
    (
        "issued > total",
        {"ballot": ballot(papers_issued=213, papers_returned=180)},
        FieldError("ballot.papers_issued", "issued_gt_total", {"issued": 213, "total": 212}),
    ),
    (
        "negative papers",
        {"ballot": ballot(papers_returned=-1)},
        FieldError("ballot.papers_returned", "min", {"min": 0}),
    ),
    (
        "negative papers with a ballot item",
        {
            "items": (item(method=Method.HOUSEHOLD_BALLOT),),
            "ballot": ballot(papers_returned=-1),
        },
        FieldError("ballot.papers_returned", "min", {"min": 0}),
    ),
    (
        "ballot votes > returned",
        {
            "items": (item(method=Method.HOUSEHOLD_BALLOT, votes_for=170, votes_against=9),),
            "ballot": ballot(papers_returned=180),
        },
        FieldError("items[0].votes_for", "votes_gt_returned", {"votes": 181, "returned": 180}),
    ),
    (
        "ballot deadline before announcement",
        {"ballot": ballot(announced_on=date(2026, 3, 5), deadline_on=date(2026, 3, 4))},
        FieldError("ballot.deadline_on", "must_not_precede", {"other": "ballot.announced_on"}),
    ),
    (
        "notice after meeting",
        {"notice_on": date(2026, 3, 13)},
        FieldError("notice_on", "must_not_follow", {"other": "held_on"}),
    ),
    (
        "minutes before meeting",
        {"minutes_sent_on": date(2026, 3, 11)},
        FieldError("minutes_sent_on", "must_not_precede", {"other": "held_on"}),
    ),
    (
        "recognised before minutes",
        {
            "minutes_sent_on": date(2026, 3, 13),
            "recognized_on": date(2026, 3, 12),
            "recognized_by": Recognizer.UBND,
        },
        FieldError("recognized_on", "must_not_precede", {"other": "minutes_sent_on"}),
    ),
    (
        "recognised and refused",
        {
            "recognized_on": date(2026, 3, 13),
            "recognized_by": Recognizer.UBND,
            "refused_on": date(2026, 3, 13),
            "refusal_reason": "Nội dung trái pháp luật",
        },
        FieldError("refused_on", "conflict", {"other": "recognized_on"}),
    ),
    (
        "refused without reason",
        {"refused_on": date(2026, 3, 13), "refusal_reason": " "},
        FieldError("refusal_reason", "required"),
    ),
    (
        "recognised by nobody",
        {"recognized_on": date(2026, 3, 13)},
        FieldError("recognized_by", "required"),
    ),
    (
        "head recognised by the MTTQ",
        {
            "items": (item(Matter.VILLAGE_HEAD, Method.SECRET_BALLOT, votes_for=120),),
            "recognized_on": date(2026, 3, 13),
            "recognized_by": Recognizer.MTTQ,
        },
        FieldError("recognized_by", "wrong_recognizer", {"expected": "ubnd"}),
    ),
    (
        "boards recognised by the UBND",
        {
            "items": (item(Matter.BOARDS, Method.SECRET_BALLOT, votes_for=120),),
            "recognized_on": date(2026, 3, 13),
            "recognized_by": Recognizer.UBND,
        },
        FieldError("recognized_by", "wrong_recognizer", {"expected": "mttq"}),
    ),
]


@pytest.mark.parametrize(
    ("changes", "error"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_each_refusal(changes: dict[str, Any], error: FieldError) -> None:
    assert validate_meeting(meeting(**changes)) == [error]


@pytest.mark.parametrize(
    ("changes", "error"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_refusal_has_a_message(changes: dict[str, Any], error: FieldError, lang: str) -> None:
    text = MEETING_MESSAGES[error.code][lang].format(field=error.field, **error.params)
    assert text.startswith(error.field + ": ")
    assert unicodedata.is_normalized("NFC", text)


def test_catalog_lists_exactly_the_codes_used() -> None:
    assert set(MEETING_MESSAGES) == {error.code for _, _, error in REFUSALS}
    assert all(list(entry) == ["vi", "en"] for entry in MEETING_MESSAGES.values())


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({}, id="plain meeting"),
        pytest.param({"households_present": TOTAL}, id="everyone present"),
        pytest.param(
            {"items": (item(votes_for=140, votes_against=9, votes_other=1),)}, id="votes = present"
        ),
        pytest.param(
            {"items": (item(Matter.OTHER, Method.ONLINE, 200, 10, 2),)}, id="online other"
        ),
        pytest.param(
            {
                "households_present": None,
                "items": (item(Matter.CONTRIBUTION, Method.HOUSEHOLD_BALLOT, 170, 9, 1),),
                "ballot": ballot(papers_issued=TOTAL, papers_returned=180),
            },
            id="contribution by ballot, votes = returned",
        ),
        *(
            pytest.param(
                {
                    "households_present": None,
                    "items": (item(matter, Method.HOUSEHOLD_BALLOT, votes_for=120),),
                    "ballot": ballot(after_failed_meeting_uuid=FAILED_MEETING),
                },
                id=f"{matter} by ballot after a failed meeting",
            )
            for matter in (Matter.CONVENTION, Matter.VILLAGE_HEAD, Matter.BOARDS)
        ),
        pytest.param(
            {
                "notice_on": date(2026, 3, 12),
                "minutes_sent_on": date(2026, 3, 12),
                "items": (item(Matter.CONVENTION, votes_for=120),),
                "recognized_on": date(2026, 3, 12),
                "recognized_by": Recognizer.UBND,
            },
            id="same-day dates",
        ),
    ],
)
def test_accepted(changes: dict[str, Any]) -> None:
    assert validate_meeting(meeting(**changes)) == []


def test_all_errors_reported_together() -> None:
    m = meeting(village_uuid="", households_total=0, items=(item(Matter.BOARDS, Method.ONLINE),))
    codes = [(e.field, e.code) for e in validate_meeting(m)]
    assert codes == [
        ("village", "required"),
        ("households_total", "min"),
        ("items[0].method", "online_not_allowed"),
    ]


# --- warnings ---------------------------------------------------------------------------


def codes(m: Meeting, cal: WorkCalendar = CAL) -> list[str]:
    return [w.code for w in meeting_warnings(m, cal)]


@pytest.mark.parametrize(
    ("meeting_type", "notice_on", "expected"),
    [
        (MeetingType.DECISION, date(2026, 3, 10), []),  # exactly 2 days before
        (MeetingType.DECISION, date(2026, 3, 11), ["notice_late"]),  # 1 day
        (MeetingType.DECISION, date(2026, 3, 12), ["notice_late"]),  # same day
        (MeetingType.PERIODIC, date(2026, 3, 7), []),  # exactly 5 days before
        (MeetingType.PERIODIC, date(2026, 3, 8), ["notice_late"]),  # 4 days
        (MeetingType.CONVENTION, date(2026, 3, 10), []),
        (MeetingType.DECISION, None, []),
    ],
)
def test_notice_warning(
    meeting_type: MeetingType, notice_on: date | None, expected: list[str]
) -> None:
    assert codes(meeting(meeting_type=meeting_type, notice_on=notice_on)) == expected


def test_notice_warning_message() -> None:
    assert said(meeting_warnings(meeting(notice_on=date(2026, 3, 11)), CAL)) == [
        (
            "notice_late",
            "Giấy mời gửi ngày 11/03/2026, chỉ 1 ngày trước ngày họp 12/03/2026; phải gửi "
            "trước ít nhất 2 ngày (Điều 3 Nghị định 59/2023/NĐ-CP)",
        )
    ]
    (periodic,) = meeting_warnings(
        meeting(meeting_type=MeetingType.PERIODIC, notice_on=date(2026, 3, 8)), CAL
    )
    assert "ít nhất 5 ngày (Điều 33 Luật 10/2022/QH15)" in word_warning("meeting", periodic)


@pytest.mark.parametrize(
    ("held_on", "sent_on", "expected"),
    [
        (date(2026, 3, 12), date(2026, 3, 19), []),  # Thursday → 5th wd
        (date(2026, 3, 12), date(2026, 3, 20), ["minutes_late"]),  # 6th wd
        # Across Tết 2026: Fri 13/2 is the 1st wd, Thu 26/2 the 5th, Fri 27/2 the 6th
        (date(2026, 2, 12), date(2026, 2, 26), []),
        (date(2026, 2, 12), date(2026, 2, 27), ["minutes_late"]),
        # Across 30/4–1/5: Wed 29/4 is the 1st wd, Thu 7/5 the 5th, Fri 8/5 the 6th
        (date(2026, 4, 28), date(2026, 5, 7), []),
        (date(2026, 4, 28), date(2026, 5, 8), ["minutes_late"]),
    ],
)
def test_minutes_warning(held_on: date, sent_on: date, expected: list[str]) -> None:
    assert codes(meeting(held_on=held_on, minutes_sent_on=sent_on)) == expected


def test_minutes_warning_depends_on_the_holidays_given() -> None:
    m = meeting(held_on=date(2026, 2, 12), minutes_sent_on=date(2026, 2, 26))
    assert codes(m, WorkCalendar()) == ["minutes_late"]  # without Tết it is the 10th wd
    local = WorkCalendar(HOLIDAYS_2026, days_off=[date(2026, 3, 16)])
    late = meeting(held_on=date(2026, 3, 12), minutes_sent_on=date(2026, 3, 20))
    assert codes(late, local) == []  # a local day off moves the deadline too


def test_minutes_warning_message() -> None:
    m = meeting(held_on=date(2026, 2, 12), minutes_sent_on=date(2026, 2, 27))
    assert said(meeting_warnings(m, CAL)) == [
        (
            "minutes_late",
            "Biên bản gửi UBND và Ủy ban MTTQ xã ngày 27/02/2026, là ngày làm việc thứ 6 sau "
            "ngày họp 12/02/2026; thời hạn là 5 ngày làm việc (Điều 20 Luật 10/2022/QH15)",
        )
    ]


@pytest.mark.parametrize(
    ("deadline_on", "sent_on", "expected"),
    [
        (date(2026, 2, 12), date(2026, 2, 26), []),
        (date(2026, 2, 12), date(2026, 2, 27), ["minutes_late"]),
    ],
)
def test_ballot_minutes_count_from_the_return_deadline(
    deadline_on: date, sent_on: date, expected: list[str]
) -> None:
    m = meeting(
        held_on=date(2026, 2, 5), minutes_sent_on=sent_on, ballot=ballot(deadline_on=deadline_on)
    )
    warnings = meeting_warnings(m, CAL)
    assert [w.code for w in warnings] == expected
    assert all(
        "hạn thu phiếu 12/02/2026" in word_warning("meeting", w)
        and "Điều 4 Nghị định 59" in word_warning("meeting", w)
        for w in warnings
    )


@pytest.mark.parametrize(
    ("announced_on", "expected"),
    [(date(2026, 3, 10), []), (date(2026, 3, 11), ["ballot_notice_late"])],
)
def test_ballot_announcement_warning(announced_on: date, expected: list[str]) -> None:
    assert codes(meeting(ballot=ballot(announced_on=announced_on))) == expected


@pytest.mark.parametrize(
    ("field", "code", "decided_on", "late"),
    [
        ("recognized_on", "recognition_late", date(2026, 2, 26), False),
        ("recognized_on", "recognition_late", date(2026, 2, 27), True),
        ("refused_on", "refusal_late", date(2026, 2, 26), False),
        ("refused_on", "refusal_late", date(2026, 2, 27), True),
        ("recognized_on", "recognition_late", date(2026, 5, 7), False),
        ("recognized_on", "recognition_late", date(2026, 5, 8), True),
    ],
)
def test_recognition_warnings(field: str, code: str, decided_on: date, late: bool) -> None:
    sent = date(2026, 2, 12) if decided_on.month == 2 else date(2026, 4, 28)
    m = meeting(held_on=sent, minutes_sent_on=sent, **{field: decided_on})
    warnings = meeting_warnings(m, CAL)
    assert [w.code for w in warnings] == ([code] if late else [])
    for w in warnings:
        assert "là ngày làm việc thứ 6 sau ngày gửi biên bản" in word_warning("meeting", w)
        assert word_warning("meeting", w).endswith("(Điều 20 Luật 10/2022/QH15)")
        assert unicodedata.is_normalized("NFC", word_warning("meeting", w))


def test_no_dates_no_warnings() -> None:
    assert meeting_warnings(meeting(recognized_on=date(2026, 12, 31)), CAL) == []


def said(warnings: list[RecordWarning]) -> list[tuple[str, str]]:
    """Each warning's code and its Vietnamese words (the catalog's, as the window shows)."""
    return [(w.code, word_warning("meeting", w)) for w in warnings]
