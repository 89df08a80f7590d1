"""Public disclosures: refusals, posting periods, deadlines, status, warnings, JSON."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from desktop.core.disclosure_catalog import DisclosureForm
from desktop.core.disclosure_json import disclosure_from_json, disclosure_json_fields
from desktop.core.disclosure_messages import DISCLOSURE_MESSAGES
from desktop.core.disclosure_warnings import disclosure_warnings, stable_warnings
from desktop.core.disclosures import (
    Attachment,
    Disclosure,
    DisclosureStatus,
    Feedback,
    Posting,
    broadcast_runs,
    disclosure_due,
    disclosure_status,
    first_disclosed_on,
    in_quarter,
    live_warnings,
    posting_until,
    quarter_bounds,
    validate_disclosure,
)
from desktop.core.errors import FieldError, ValidationError
from desktop.core.warning_words import word_warning
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar

TET_2026 = [date(2026, 2, d) for d in range(16, 21)]  # Mon 16 – Fri 20 February
# Hùng Kings (Sun 26/4, observed Mon 27/4), Reunification Day (Thu 30/4), Labour Day (Fri 1/5)
SPRING_2026 = [date(2026, 4, 27), date(2026, 4, 30), date(2026, 5, 1)]
CAL = WorkCalendar([*TET_2026, *SPRING_2026])
TODAY = date(2026, 6, 30)
VILLAGES = [("v-dong", "Thôn Đông"), ("v-tay", "Thôn Tây"), ("v-nam", "Tổ dân phố Nam")]
NB, LS, PORTAL = DisclosureForm.NOTICE_BOARD, DisclosureForm.LOUDSPEAKER, DisclosureForm.PORTAL
DECIDED = date(2026, 3, 2)  # a Monday
POSTED = date(2026, 3, 4)
SHA = "ab" * 32
ONE = timedelta(days=1)


def office(on: date | None, off: date | None = None) -> Posting:
    return Posting("Bảng tin trụ sở UBND xã", None, on, off)


def at(village: str, on: date | None, off: date | None = None) -> Posting:
    return Posting("", village, on, off)


def everywhere(on: date = POSTED) -> tuple[Posting, ...]:
    return (office(on), *(at(uuid, on) for uuid, _ in VILLAGES))


def disclosure(**changes: Any) -> Disclosure:
    base = Disclosure(
        category=1,
        title="Kế hoạch phát triển kinh tế - xã hội năm 2026",
        decided_on=DECIDED,
        forms=(NB,),
        postings=everywhere(),
    )
    return replace(base, **changes)


def codes(warnings: list[RecordWarning]) -> list[str]:
    return [w.code for w in warnings]


def stable(d: Disclosure) -> list[RecordWarning]:
    return stable_warnings(d, CAL, VILLAGES)


def by_code(d: Disclosure, code: str, today: date = TODAY) -> RecordWarning:
    (warning,) = [w for w in disclosure_warnings(d, CAL, VILLAGES, today) if w.code == code]
    return warning


# --- refusals -----------------------------------------------------------------------------

FB = Feedback(date(2026, 3, 10), "Bà Lò Thị Mai", "Đề nghị bổ sung hộ ông Tòng Văn Sơn")
PERM = {"category": 13, "postings": (office(POSTED),)}

REFUSALS: list[tuple[str, dict[str, Any], FieldError]] = [
    ("category 0", {"category": 0}, FieldError("category", "invalid_category", {"value": 0})),
    ("category 15", {"category": 15}, FieldError("category", "invalid_category", {"value": 15})),
    ("blank title", {"title": "  "}, FieldError("title", "required")),
    ("no decision", {"decided_on": None}, FieldError("decided_on", "required")),
    (
        "no decision, planned but broadcast",
        {
            "decided_on": None,
            "postings": (),
            "forms": (LS,),
            "planned_on": TODAY,
            "broadcast_days": (POSTED,),
        },
        FieldError("decided_on", "required"),
    ),
    (
        "sector deadline before the decision",
        {"deadline_on": DECIDED - ONE},
        FieldError("deadline_on", "must_not_precede", {"other": "decided_on"}),
    ),
    (
        "posted before the decision",
        {"postings": (office(DECIDED - ONE),)},
        FieldError("postings[0].posted_on", "before_decision", {"decided_on": "2026-03-02"}),
    ),
    (
        "posted in the future",
        {"postings": (office(TODAY + ONE),)},
        FieldError("postings[0].posted_on", "not_in_future"),
    ),
    (
        "removed in the future",
        {"postings": (office(POSTED, TODAY + ONE),)},
        FieldError("postings[0].removed_on", "not_in_future"),
    ),
    (
        "removed before posted",
        {"postings": (office(POSTED, POSTED - ONE),)},
        FieldError(
            "postings[0].removed_on", "must_not_precede", {"other": "postings[0].posted_on"}
        ),
    ),
    (
        "removed but never posted",
        {"postings": (office(None, POSTED),)},
        FieldError("postings[0].posted_on", "required"),
    ),
    (
        "same village, overlapping",
        {"postings": (at("v-dong", POSTED), office(POSTED), at("v-dong", date(2026, 3, 10)))},
        FieldError("postings[2].posted_on", "posting_overlap", {"other": "postings[0]"}),
    ),
    (
        "same village, same day",
        {"postings": (at("v-dong", POSTED, POSTED), at("v-dong", POSTED, date(2026, 4, 20)))},
        FieldError("postings[1].posted_on", "posting_overlap", {"other": "postings[0]"}),
    ),
    (
        "same village, earlier posting inside a later one",
        {"postings": (at("v-dong", date(2026, 3, 10), date(2026, 3, 12)), at("v-dong", POSTED))},
        FieldError("postings[1].posted_on", "posting_overlap", {"other": "postings[0]"}),
    ),
    (
        "broadcast before the decision",
        {"forms": (NB, LS), "broadcast_days": (DECIDED - ONE,)},
        FieldError("broadcast_days[0]", "before_decision", {"decided_on": "2026-03-02"}),
    ),
    (
        "broadcast in the future",
        {"forms": (NB, LS), "broadcast_days": (TODAY + ONE,)},
        FieldError("broadcast_days[0]", "not_in_future"),
    ),
    (
        "broadcast day twice",
        {"forms": (NB, LS), "broadcast_days": (POSTED, POSTED + ONE, POSTED)},
        FieldError("broadcast_days[2]", "duplicate_day", {"day": "2026-03-04"}),
    ),
    (
        "postings without the notice board form",
        {"forms": (PORTAL,), "portal_url": "https://tanphu.gov.vn/cong-khai"},
        FieldError("forms", "form_missing", {"form": "notice_board", "source": "postings"}),
    ),
    (
        "broadcast without the loudspeaker form",
        {"broadcast_days": (POSTED,)},
        FieldError("forms", "form_missing", {"form": "loudspeaker", "source": "broadcast_days"}),
    ),
    (
        "portal address without the portal form",
        {"portal_url": "https://tanphu.gov.vn/cong-khai"},
        FieldError("forms", "form_missing", {"form": "portal", "source": "portal_url"}),
    ),
    (
        "portal address not a web address",
        {"forms": (NB, PORTAL), "portal_url": "tanphu.gov.vn"},
        FieldError("portal_url", "invalid_url"),
    ),
    (
        "content change on a non-permanent item",
        {"content_changed_on": POSTED},
        FieldError("content_changed_on", "permanent_only"),
    ),
    (
        "content change before the decision",
        {**PERM, "content_changed_on": DECIDED - ONE},
        FieldError("content_changed_on", "must_not_precede", {"other": "decided_on"}),
    ),
    (
        "content change in the future",
        {**PERM, "content_changed_on": TODAY + ONE},
        FieldError("content_changed_on", "not_in_future"),
    ),
    (
        "feedback without a day",
        {"feedback": (replace(FB, received_on=None),)},
        FieldError("feedback[0].received_on", "required"),
    ),
    (
        "feedback received in the future",
        {"feedback": (FB, replace(FB, received_on=TODAY + ONE))},
        FieldError("feedback[1].received_on", "not_in_future"),
    ),
    (
        "feedback without content",
        {"feedback": (replace(FB, content=" "),)},
        FieldError("feedback[0].content", "required"),
    ),
    (
        "answered before received",
        {"feedback": (replace(FB, answered_on=date(2026, 3, 9), answer="Đã bổ sung"),)},
        FieldError(
            "feedback[0].answered_on", "must_not_precede", {"other": "feedback[0].received_on"}
        ),
    ),
    (
        "answered in the future",
        {"feedback": (replace(FB, answered_on=TODAY + ONE, answer="Đã bổ sung"),)},
        FieldError("feedback[0].answered_on", "not_in_future"),
    ),
    (
        "answer without a day",
        {"feedback": (replace(FB, answer="Đã bổ sung"),)},
        FieldError("feedback[0].answered_on", "required"),
    ),
    (
        "answer day without an answer",
        {"feedback": (replace(FB, answered_on=date(2026, 3, 12)),)},
        FieldError("feedback[0].answer", "required"),
    ),
    (
        "attachment hash",
        {"attachments": (Attachment("xyz", "ke-hoach.pdf", 10),)},
        FieldError("attachments[0].sha256", "invalid_sha256"),
    ),
    (
        "attachment name",
        {"attachments": (Attachment(SHA, " ", 10),)},
        FieldError("attachments[0].name", "required"),
    ),
    (
        "attachment size",
        {"attachments": (Attachment(SHA, "ke-hoach.pdf", -1),)},
        FieldError("attachments[0].size", "min", {"min": 0}),
    ),
]


@pytest.mark.parametrize(
    ("changes", "error"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_each_refusal(changes: dict[str, Any], error: FieldError) -> None:
    assert validate_disclosure(disclosure(**changes), TODAY) == [error]


@pytest.mark.parametrize(
    ("changes", "error"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_refusal_has_a_message(changes: dict[str, Any], error: FieldError, lang: str) -> None:
    text = DISCLOSURE_MESSAGES[error.code][lang].format(field=error.field, **error.params)
    assert text.startswith(error.field + ": ")
    assert unicodedata.is_normalized("NFC", text)


def test_catalog_lists_exactly_the_codes_used() -> None:
    used = {error.code for _, _, error in REFUSALS} | {"invalid_period"}
    assert set(DISCLOSURE_MESSAGES) == used
    assert all(list(entry) == ["vi", "en"] for entry in DISCLOSURE_MESSAGES.values())


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({}, id="plain"),
        pytest.param(
            {"decided_on": None, "postings": (), "forms": (), "planned_on": date(2026, 7, 15)},
            id="only planned, no decision yet",
        ),
        pytest.param(
            {
                "postings": (
                    at("v-dong", POSTED, date(2026, 4, 10)),
                    at("v-dong", date(2026, 4, 10)),
                )
            },
            id="hand-over on the removal day",
        ),
        pytest.param(
            {"postings": (office(POSTED), Posting("Bộ phận một cửa", None, POSTED))},
            id="several office boards",
        ),
        pytest.param({"postings": (office(DECIDED, TODAY),)}, id="posted on the decision day"),
        pytest.param({"postings": (office(None), at("v-dong", None))}, id="planned postings"),
        pytest.param({**PERM, "content_changed_on": TODAY}, id="permanent content changed"),
        pytest.param(
            {
                "forms": (NB, LS, PORTAL),
                "broadcast_days": (POSTED, POSTED + ONE),
                "portal_url": "HTTPS://tanphu.gov.vn/a",
                "deadline_on": DECIDED,
                "feedback": (replace(FB, answered_on=FB.received_on, answer="Đã bổ sung"),),
                "attachments": (Attachment(SHA, "ke-hoach.pdf", 0, "application/pdf"),),
            },
            id="everything",
        ),
    ],
)
def test_accepted(changes: dict[str, Any]) -> None:
    assert validate_disclosure(disclosure(**changes), TODAY) == []


def test_errors_are_all_collected() -> None:
    d = disclosure(category=0, title="", postings=(office(TODAY + ONE, POSTED),))
    fields = [e.field for e in validate_disclosure(d, TODAY)]
    assert fields == [
        "category",
        "title",
        "postings[0].posted_on",
        "postings[0].removed_on",
    ]


# --- 30 consecutive days (Art. 13(2)) -----------------------------------------------------


def test_posting_until_is_day_30_inclusive() -> None:
    # posted 4 March, not counted (Civil Code Art. 147(1)): day 1 is 5 March, day 30 is 3 April
    assert posting_until(disclosure()) == date(2026, 4, 3)
    # the earliest posting, whatever the order
    later = disclosure(postings=(at("v-dong", date(2026, 3, 9)), office(date(2026, 3, 5))))
    assert posting_until(later) == date(2026, 4, 4)
    assert posting_until(disclosure(postings=(office(None),))) is None
    assert posting_until(disclosure(postings=())) is None


@pytest.mark.parametrize("category", [4, 13, 14])
def test_no_posting_until_without_a_minimum(category: int) -> None:
    assert posting_until(disclosure(category=category)) is None


@pytest.mark.parametrize(
    ("removed_on", "days_shown", "early"),
    [
        (date(2026, 3, 4), 0, True),  # taken down the day it went up
        (date(2026, 4, 2), 29, True),  # day 29
        (date(2026, 4, 3), 30, False),  # day 30 = posting_until
        (date(2026, 4, 4), 31, False),
    ],
)
def test_removed_early_boundary(removed_on: date, days_shown: int, early: bool) -> None:
    postings = (
        office(POSTED),
        at("v-dong", POSTED, removed_on),
        at("v-tay", POSTED),
        at("v-nam", POSTED),
    )
    d = disclosure(postings=postings)
    assert ("removed_early" in codes(stable(d))) is early
    if early:
        message = word_warning("disclosure", by_code(d, "removed_early"))
        assert message == (
            f"Niêm yết tại điểm sinh hoạt cộng đồng Thôn Đông từ ngày 04/03/2026 đến ngày "
            f"{removed_on:%d/%m/%Y}, chỉ {days_shown} ngày; phải niêm yết ít nhất 30 ngày liên "
            "tục, đến hết ngày 03/04/2026 (khoản 2 Điều 13 Luật 10/2022/QH15; cách tính theo "
            "Điều 147, Điều 148 Bộ luật Dân sự 2015)"
        )


def test_removed_early_names_the_location_given() -> None:
    d = disclosure(postings=(*everywhere()[1:], office(POSTED, date(2026, 3, 20))))
    assert (
        "Niêm yết tại Bảng tin trụ sở UBND xã từ ngày 04/03/2026 đến ngày 20/03/2026, chỉ 16 ngày"
        in (word_warning("disclosure", by_code(d, "removed_early")))
    )


@pytest.mark.parametrize(
    ("dong", "early"),
    [
        # a worn notice replaced the same day or the next day: still consecutive
        ((at("v-dong", POSTED, date(2026, 3, 10)), at("v-dong", date(2026, 3, 10))), False),
        (
            (
                at("v-dong", POSTED, date(2026, 3, 10)),
                at("v-dong", date(2026, 3, 11), date(2026, 4, 3)),
            ),
            False,
        ),
        # a gap breaks the run; a later full run still meets the rule
        ((at("v-dong", POSTED, date(2026, 3, 10)), at("v-dong", date(2026, 3, 12))), False),
        (
            (
                at("v-dong", POSTED, date(2026, 3, 10)),
                at("v-dong", date(2026, 3, 12), date(2026, 4, 11)),
            ),
            False,
        ),
        (
            (
                at("v-dong", POSTED, date(2026, 3, 10)),
                at("v-dong", date(2026, 3, 12), date(2026, 4, 10)),
            ),
            True,
        ),
    ],
)
def test_consecutive_days_at_one_place(dong: tuple[Posting, ...], early: bool) -> None:
    d = disclosure(postings=(office(POSTED), *dong, at("v-tay", POSTED), at("v-nam", POSTED)))
    assert validate_disclosure(d, TODAY) == []
    assert ("removed_early" in codes(stable(d))) is early


def test_removed_early_names_the_longest_span() -> None:
    dong = (
        at("v-dong", POSTED, date(2026, 3, 10)),
        at("v-dong", date(2026, 3, 12), date(2026, 4, 10)),
    )
    d = disclosure(postings=(office(POSTED), *dong, at("v-tay", POSTED), at("v-nam", POSTED)))
    assert word_warning("disclosure", by_code(d, "removed_early")).startswith(
        "Niêm yết tại điểm sinh hoạt cộng đồng Thôn Đông từ ngày 12/03/2026 đến ngày "
        "10/04/2026, chỉ 29 ngày; phải niêm yết ít nhất 30 ngày liên tục, đến hết ngày 11/04/2026"
    )


def test_office_covered_by_another_board() -> None:
    boards = (office(POSTED, date(2026, 3, 5)), Posting("Bộ phận một cửa", None, POSTED))
    d = disclosure(postings=(*boards, *everywhere()[1:]))
    assert stable(d) == []


def test_a_posting_still_up_is_running_not_removed_early() -> None:
    d = disclosure()
    day_10 = POSTED + 9 * ONE
    assert disclosure_warnings(d, CAL, VILLAGES, day_10) == []
    assert disclosure_status(d, day_10, CAL) is DisclosureStatus.POSTED


def test_each_early_removal_is_a_warning() -> None:
    postings = (
        office(POSTED, date(2026, 3, 10)),
        *(at(u, POSTED, date(2026, 3, 11)) for u, _ in VILLAGES),
    )
    assert codes(stable(disclosure(postings=postings))) == ["removed_early"] * 4


# --- every village (Art. 13(2)) -----------------------------------------------------------


def test_every_village_posted() -> None:
    assert stable(disclosure()) == []


def test_one_village_missing() -> None:
    d = disclosure(postings=everywhere()[:3])
    assert codes(stable(d)) == ["village_missing"]
    assert word_warning("disclosure", by_code(d, "village_missing")) == (
        "Chưa niêm yết tại điểm sinh hoạt cộng đồng của 1 thôn, tổ dân phố: Tổ dân phố Nam; "
        "nội dung này phải niêm yết tại trụ sở HĐND, UBND xã và tại mọi thôn, tổ dân phố "
        "(khoản 2 Điều 13 Luật 10/2022/QH15)"
    )


def test_villages_missing_are_named_in_one_warning() -> None:
    d = disclosure(postings=(office(POSTED), at("v-tay", POSTED), at("v-nam", None)))
    (warning,) = stable(d)
    assert "của 2 thôn, tổ dân phố: Thôn Đông, Tổ dân phố Nam;" in word_warning(
        "disclosure", warning
    )


def test_only_active_villages_are_required() -> None:
    # A retired village is not in the list; a posting there is harmless.
    d = disclosure(postings=(*everywhere(), at("v-cu", POSTED)))
    assert stable_warnings(d, CAL, VILLAGES[:2]) == []


def test_office_missing() -> None:
    d = disclosure(postings=everywhere()[1:])
    assert codes(stable(d)) == ["office_missing"]
    assert word_warning("disclosure", by_code(d, "office_missing")) == (
        "Chưa niêm yết tại trụ sở HĐND, UBND xã (khoản 2 Điều 13 Luật 10/2022/QH15)"
    )


def test_other_items_need_no_village() -> None:
    assert stable(disclosure(category=14, postings=(at("v-dong", POSTED, POSTED),))) == []


def test_nothing_disclosed_yet_no_posting_warnings() -> None:
    assert stable(disclosure(postings=(office(None),))) == []


# --- loudspeaker, 3 consecutive days (Art. 13(3)–(4)) -------------------------------------


def loud(*days: int, category: int = 7) -> Disclosure:
    return disclosure(
        category=category, forms=(NB, LS), broadcast_days=tuple(date(2026, 3, d) for d in days)
    )


@pytest.mark.parametrize(
    ("days", "longest"),
    [
        ((4, 5), 2),
        ((4, 5, 6), None),
        ((6, 4, 5), None),  # order does not matter
        ((4, 5, 7), 2),  # three days, not consecutive
        ((4, 6, 8), 1),
        ((4, 5, 7, 8, 9), None),
        ((4,), 1),
        ((), 0),
    ],
)
def test_loudspeaker_boundary(days: tuple[int, ...], longest: int | None) -> None:
    warnings = stable(loud(*days))
    if longest is None:
        assert warnings == []
    else:
        (warning,) = warnings
        assert warning.code == "loudspeaker_short"
        assert word_warning("disclosure", warning).startswith(
            f"Phát trên loa truyền thanh nhiều nhất {longest} ngày liên tục"
        )
        assert word_warning("disclosure", warning).endswith(
            "ít nhất 3 ngày liên tục (khoản 3, khoản 4 Điều 13 Luật 10/2022/QH15)"
        )


@pytest.mark.parametrize("category", [7, 8, 9, 10, 11, 12])
def test_loudspeaker_items(category: int) -> None:
    assert codes(stable(loud(4, 5, category=category))) == ["loudspeaker_short"]


@pytest.mark.parametrize("category", [1, 6, 14])
def test_loudspeaker_other_items_free(category: int) -> None:
    assert "loudspeaker_short" not in codes(stable(loud(4, category=category)))


def test_broadcast_runs() -> None:
    days = [date(2026, 2, 27), date(2026, 3, 1), date(2026, 2, 28), date(2026, 3, 3)]
    assert broadcast_runs(days) == [
        (date(2026, 2, 27), date(2026, 3, 1)),
        (date(2026, 3, 3), date(2026, 3, 3)),
    ]


def test_broadcast_in_progress_is_posted() -> None:
    d = disclosure(
        category=8, postings=(), forms=(LS,), broadcast_days=(date(2026, 3, 4), date(2026, 3, 5))
    )
    assert disclosure_status(d, date(2026, 3, 5), CAL) is DisclosureStatus.POSTED
    assert disclosure_status(d, date(2026, 3, 6), CAL) is DisclosureStatus.POSTED
    assert disclosure_status(d, date(2026, 3, 7), CAL) is DisclosureStatus.COMPLETED
    full = replace(d, broadcast_days=(*d.broadcast_days, date(2026, 3, 6)))
    assert disclosure_status(full, date(2026, 3, 6), CAL) is DisclosureStatus.COMPLETED


# --- 5 working days (Art. 12(3)) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("decided_on", "due"),
    [
        (date(2026, 3, 2), date(2026, 3, 9)),  # Monday → next Monday
        (date(2026, 2, 12), date(2026, 2, 26)),  # Thu before Tết: 13, 23, 24, 25, 26
        (date(2026, 2, 13), date(2026, 2, 27)),  # Fri before Tết: the whole Tết week skipped
        (date(2026, 2, 18), date(2026, 2, 27)),  # decided during Tết
        (date(2026, 4, 23), date(2026, 5, 5)),  # 24, (27 Hùng Kings) 28, 29, (30/4, 1/5) 4, 5
        (date(2026, 4, 24), date(2026, 5, 6)),  # 28, 29, 4, 5, 6
        (date(2026, 4, 29), date(2026, 5, 8)),  # 4, 5, 6, 7, 8
    ],
)
def test_due_in_five_working_days(decided_on: date, due: date) -> None:
    assert disclosure_due(disclosure(decided_on=decided_on), CAL) == due


@pytest.mark.parametrize(
    ("decided_on", "first", "late"),
    [
        (date(2026, 2, 13), date(2026, 2, 27), False),  # 5th working day, across Tết
        (date(2026, 2, 13), date(2026, 2, 28), True),  # the Saturday after it
        (date(2026, 2, 13), date(2026, 3, 2), True),  # 6th working day
        (date(2026, 4, 24), date(2026, 5, 6), False),  # across 27/4 and 30/4–1/5
        (date(2026, 4, 24), date(2026, 5, 7), True),
        (date(2026, 4, 24), date(2026, 5, 1), False),  # posted on a holiday, early
    ],
)
def test_late_first_disclosure(decided_on: date, first: date, late: bool) -> None:
    d = disclosure(decided_on=decided_on, postings=everywhere(first))
    warnings = stable(d)
    if not late:
        assert warnings == []
    else:
        due = disclosure_due(d, CAL)
        assert due is not None and CAL.working_days_between(decided_on, due) == 5
        assert said(warnings) == [
            (
                "late",
                f"Công khai lần đầu ngày {first:%d/%m/%Y}, quá thời hạn ngày {due:%d/%m/%Y}, tức "
                f"chậm nhất 5 ngày làm việc kể từ ngày ban hành {decided_on:%d/%m/%Y} "
                "(khoản 3 Điều 12 Luật 10/2022/QH15)",
            )
        ]


def test_a_broadcast_can_be_the_first_disclosure() -> None:
    d = disclosure(
        category=7,
        decided_on=date(2026, 4, 24),
        forms=(NB, LS),
        postings=everywhere(date(2026, 5, 8)),
        broadcast_days=(date(2026, 5, 6), date(2026, 5, 7), date(2026, 5, 8)),
    )
    assert first_disclosed_on(d) == date(2026, 5, 6)
    assert stable(d) == []


@pytest.mark.parametrize(
    ("deadline_on", "first", "late"),
    [
        (date(2026, 3, 20), date(2026, 3, 20), False),  # longer than 5 wd: still on time
        (date(2026, 3, 20), date(2026, 3, 21), True),
        (date(2026, 3, 3), date(2026, 3, 4), True),  # shorter than 5 wd
    ],
)
def test_sector_deadline(deadline_on: date, first: date, late: bool) -> None:
    d = disclosure(deadline_on=deadline_on, postings=everywhere(first))
    assert disclosure_due(d, CAL) == deadline_on
    assert ("late" in codes(stable(d))) is late
    if late:
        assert word_warning("disclosure", by_code(d, "late")) == (
            f"Công khai lần đầu ngày {first:%d/%m/%Y}, quá thời hạn ngày {deadline_on:%d/%m/%Y} "
            "theo quy định của pháp luật chuyên ngành (khoản 3 Điều 12 Luật 10/2022/QH15)"
        )


# --- status with today --------------------------------------------------------------------


def status(d: Disclosure, y: int, m: int, day: int) -> DisclosureStatus:
    return disclosure_status(d, date(y, m, day), CAL)


def test_status_not_disclosed_before_tet() -> None:
    d = disclosure(decided_on=date(2026, 2, 13), postings=(), forms=())
    assert status(d, 2026, 2, 13) is DisclosureStatus.PLANNED
    assert status(d, 2026, 2, 27) is DisclosureStatus.PLANNED  # last day, across Tết
    assert status(d, 2026, 2, 28) is DisclosureStatus.OVERDUE
    assert live_warnings(d, CAL, date(2026, 2, 27)) == []
    assert said(live_warnings(d, CAL, date(2026, 2, 28))) == [
        (
            "overdue",
            "Chưa công khai; đã quá thời hạn ngày 27/02/2026, tức chậm nhất 5 ngày làm việc kể "
            "từ ngày ban hành 13/02/2026 (khoản 3 Điều 12 Luật 10/2022/QH15)",
        )
    ]


def test_status_through_a_posting_period() -> None:
    d = disclosure(decided_on=date(2026, 2, 13), postings=everywhere(date(2026, 3, 2)))
    assert status(d, 2026, 2, 27) is DisclosureStatus.PLANNED  # as it stood then
    assert status(d, 2026, 3, 2) is DisclosureStatus.POSTED
    assert status(d, 2026, 4, 1) is DisclosureStatus.POSTED  # day 30 (2/3 not counted)
    assert status(d, 2026, 4, 2) is DisclosureStatus.COMPLETED
    # disclosed late: completed, with the stable warning, and nothing live
    assert codes(disclosure_warnings(d, CAL, VILLAGES, date(2026, 4, 2))) == ["late"]


def test_status_when_every_posting_is_removed() -> None:
    postings = (
        office(POSTED, date(2026, 3, 20)),
        *(at(u, POSTED, date(2026, 4, 20)) for u, _ in VILLAGES),
    )
    d = disclosure(postings=postings)
    assert status(d, 2026, 3, 20) is DisclosureStatus.POSTED  # the villages still run
    assert status(d, 2026, 4, 3) is DisclosureStatus.POSTED
    assert status(d, 2026, 4, 4) is DisclosureStatus.COMPLETED
    only_office = disclosure(postings=(office(POSTED, date(2026, 3, 20)),))
    assert status(only_office, 2026, 3, 19) is DisclosureStatus.POSTED
    assert status(only_office, 2026, 3, 20) is DisclosureStatus.COMPLETED


def test_status_of_a_plan() -> None:
    d = disclosure(decided_on=None, postings=(), forms=(NB,), planned_on=date(2026, 5, 11))
    assert status(d, 2026, 5, 11) is DisclosureStatus.PLANNED
    assert status(d, 2026, 5, 12) is DisclosureStatus.OVERDUE
    assert codes(live_warnings(d, CAL, date(2026, 5, 12))) == ["plan_overdue"]
    assert word_warning("disclosure", live_warnings(d, CAL, date(2026, 5, 12))[0]) == (
        "Chưa công khai; theo kế hoạch phải công khai ngày 11/05/2026 (Điều 14 Luật 10/2022/QH15)"
    )


def test_plan_earlier_than_the_legal_deadline() -> None:
    d = disclosure(postings=(), planned_on=date(2026, 3, 3))
    assert status(d, 2026, 3, 4) is DisclosureStatus.OVERDUE
    assert codes(live_warnings(d, CAL, date(2026, 3, 10))) == ["overdue", "plan_overdue"]


def test_item_14_is_completed_once_disclosed() -> None:
    d = disclosure(category=14, postings=(office(POSTED),))
    assert status(d, 2026, 3, 4) is DisclosureStatus.COMPLETED


# --- permanent items 4 and 13 -------------------------------------------------------------


def permanent(**changes: Any) -> Disclosure:
    base = disclosure(
        category=13,
        title="Bộ thủ tục hành chính cấp xã",
        decided_on=date(2025, 1, 6),
        postings=(office(date(2025, 1, 8)),),
    )
    return replace(base, **changes)


def test_permanent_never_completed_by_expiry() -> None:
    d = permanent()
    assert d.permanent and posting_until(d) is None
    for today in (date(2025, 2, 7), date(2026, 6, 30), date(2030, 1, 1)):
        assert disclosure_status(d, today, CAL) is DisclosureStatus.POSTED
    assert disclosure_warnings(d, CAL, VILLAGES, TODAY) == []  # no village needed


def test_permanent_withdrawn_is_completed_without_warning() -> None:
    d = permanent(postings=(office(date(2025, 1, 8), date(2025, 1, 10)),))
    assert status(d, 2025, 1, 10) is DisclosureStatus.COMPLETED
    assert stable(d) == []


def test_permanent_not_updated_after_a_change() -> None:
    d = permanent(content_changed_on=date(2026, 3, 2))
    assert codes(stable(d)) == ["permanent_not_updated"]
    assert word_warning("disclosure", by_code(d, "permanent_not_updated")) == (
        "Nội dung thay đổi ngày 02/03/2026 nhưng lần niêm yết gần nhất là ngày 08/01/2025; "
        "nội dung công khai thường xuyên phải được niêm yết lại khi có thay đổi "
        "(Điều 13 Luật 10/2022/QH15)"
    )


@pytest.mark.parametrize("reposted", [date(2026, 3, 2), date(2026, 3, 5)])
def test_permanent_reposted_after_the_change(reposted: date) -> None:
    postings = (office(date(2025, 1, 8), reposted), office(reposted))
    d = permanent(content_changed_on=date(2026, 3, 2), postings=postings)
    assert validate_disclosure(d, TODAY) == []
    assert stable(d) == []
    assert status(d, 2026, 6, 30) is DisclosureStatus.POSTED


def test_permanent_needs_the_office() -> None:
    d = permanent(category=4, postings=(at("v-dong", date(2025, 1, 8)),))
    assert codes(stable(d)) == ["office_missing"]
    assert "(Điều 13 Luật 10/2022/QH15)" in word_warning("disclosure", by_code(d, "office_missing"))


# --- feedback and the stable / live split -------------------------------------------------


def test_feedback_unanswered() -> None:
    answered = replace(FB, answered_on=date(2026, 3, 12), answer="Đã bổ sung vào danh sách")
    other = replace(FB, received_on=date(2026, 3, 11))
    d = disclosure(feedback=(FB, answered, other))
    assert codes(stable(d)) == ["feedback_unanswered"]
    assert word_warning("disclosure", by_code(d, "feedback_unanswered")).startswith(
        "2 ý kiến phản hồi chưa được trả lời (nhận ngày 10/03/2026, 11/03/2026)"
    )
    assert stable(disclosure(feedback=(answered,))) == []


def test_stable_warnings_do_not_depend_on_today() -> None:
    d = disclosure(
        decided_on=date(2026, 2, 13),
        postings=(office(date(2026, 3, 2), date(2026, 3, 5)),),
        feedback=(FB,),
    )
    expected = ["late", "village_missing", "removed_early", "feedback_unanswered"]
    assert codes(stable(d)) == expected
    for today in (date(2026, 3, 10), TODAY, date(2027, 1, 1)):
        assert disclosure_warnings(d, CAL, VILLAGES, today) == stable(d)
        assert live_warnings(d, CAL, today) == []


def test_live_warnings_follow_today() -> None:
    d = disclosure(postings=(), forms=())
    assert disclosure_warnings(d, CAL, VILLAGES, date(2026, 3, 9)) == []
    assert codes(disclosure_warnings(d, CAL, VILLAGES, date(2026, 3, 10))) == ["overdue"]
    assert stable(d) == []


def test_every_warning_is_nfc_and_cites_the_law() -> None:
    d = disclosure(
        category=7,
        decided_on=date(2026, 2, 13),
        forms=(NB, LS),
        postings=(at("v-dong", date(2026, 3, 2), date(2026, 3, 3)),),
        broadcast_days=(date(2026, 3, 2),),
        feedback=(FB,),
    )
    warnings = stable(d)
    assert len(warnings) == 6
    for w in warnings:
        assert unicodedata.is_normalized("NFC", word_warning("disclosure", w))
        assert "Luật 10/2022/QH15" in word_warning("disclosure", w)


# --- record JSON --------------------------------------------------------------------------


def full() -> Disclosure:
    return disclosure(
        category=8,
        summary="Danh sách 42 hộ được hỗ trợ sau bão số 3",
        decision_no="125/QĐ-UBND",
        deadline_on=date(2026, 3, 12),
        responsible="Ông Hà Văn Tiến, công chức Văn hóa - Xã hội",
        forms=(NB, LS, PORTAL),
        postings=(*everywhere(), office(None)),
        broadcast_days=(date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6)),
        portal_url="https://tanphu.gov.vn/cong-khai/125",
        planned_on=date(2026, 3, 4),
        attachments=(Attachment(SHA, "Danh sách hộ.pdf", 20480, "application/pdf"),),
        feedback=(FB, replace(FB, answered_on=date(2026, 3, 12), answer="Đã bổ sung")),
    )


def test_json_round_trip() -> None:
    d = full()
    out = disclosure_json_fields(d)
    assert disclosure_from_json(json.loads(json.dumps(out, ensure_ascii=False))) == d
    assert out["permanent"] is False
    assert out["posting_until"] == "2026-04-03"
    assert out["postings"][0] == {
        "location": "Bảng tin trụ sở UBND xã",
        "village": None,
        "posted_on": "2026-03-04",
        "removed_on": None,
    }
    assert out["broadcast_days"] == ["2026-03-04", "2026-03-05", "2026-03-06"]
    assert out["forms"] == ["notice_board", "loudspeaker", "portal"]


def test_json_permanent_item() -> None:
    out = disclosure_json_fields(permanent(content_changed_on=date(2026, 3, 2)))
    assert (out["permanent"], out["posting_until"], out["content_changed_on"]) == (
        True,
        None,
        "2026-03-02",
    )


def test_json_computed_and_common_fields_are_ignored() -> None:
    obj = {
        **disclosure_json_fields(full()),
        "permanent": True,
        "posting_until": "1999-01-01",
        "status": "completed",
        "kind": "disclosure",
        "uuid": "x",
        "version": 3,
        "warnings": [],
    }
    assert disclosure_from_json(obj) == full()


def test_json_update_keeps_absent_fields() -> None:
    d = full()
    assert disclosure_from_json({"title": "Danh sách bổ sung"}, base=d) == replace(
        d, title="Danh sách bổ sung"
    )
    cleared = disclosure_from_json(
        {"postings": [], "broadcast_days": None, "decided_on": None}, base=d
    )
    assert (cleared.postings, cleared.broadcast_days, cleared.decided_on) == ((), (), None)
    assert cleared.feedback == d.feedback


def test_json_category_required_on_create_only() -> None:
    with pytest.raises(ValidationError) as exc:
        disclosure_from_json({"title": "Kế hoạch"})
    assert exc.value.errors == (FieldError("category", "required"),)
    assert disclosure_from_json({"title": "Kế hoạch"}, base=full()).category == 8


def test_json_text_is_nfc_and_tidy() -> None:
    nfd = unicodedata.normalize("NFD", "Thông báo thu hồi đất")
    d = disclosure_from_json(
        {
            "category": "3",
            "title": f"  {nfd} ",
            "forms": ["notice_board", "notice_board"],
            "postings": [{"location": unicodedata.normalize("NFD", "Nhà văn hóa"), "village": ""}],
            "attachments": [{"sha256": SHA.upper(), "name": "a.pdf", "size": 1}],
        }
    )
    assert d.category == 3
    assert d.title == "Thông báo thu hồi đất"
    assert d.forms == (NB,)
    assert d.postings == (Posting("Nhà văn hóa", None, None, None),)
    assert d.attachments == (Attachment(SHA, "a.pdf", 1, None),)


def test_json_bad_types_are_all_named() -> None:
    obj = {
        "category": "bảy",
        "title": 12,
        "decided_on": "02/03/2026",
        "forms": ["notice_board", "radio"],
        "postings": [
            {"location": "Nhà văn hóa", "posted_on": "2026-13-01", "uuid": "x"},
            "trụ sở",
        ],
        "broadcast_days": ["2026-03-04", 5, None],
        "attachments": {"sha256": SHA},
        "feedback": [{"received_on": "2026-03-10", "content": "Ý kiến", "reply": "?"}],
        "planned": "2026-03-04",
    }
    with pytest.raises(ValidationError) as exc:
        disclosure_from_json(obj)
    assert {(e.field, e.code) for e in exc.value.errors} == {
        ("planned", "unknown_field"),
        ("category", "invalid_int"),
        ("title", "not_text"),
        ("decided_on", "invalid_date"),
        ("forms[1]", "invalid_choice"),
        ("postings[0].uuid", "unknown_field"),
        ("postings[0].posted_on", "invalid_date"),
        ("postings[1]", "not_object"),
        ("broadcast_days[1]", "invalid_date"),
        ("broadcast_days[2]", "invalid_date"),
        ("attachments", "not_list"),
        ("feedback[0].reply", "unknown_field"),
    }


@pytest.mark.parametrize("key", ["forms", "postings", "broadcast_days", "attachments", "feedback"])
def test_json_lists_must_be_lists(key: str) -> None:
    with pytest.raises(ValidationError) as exc:
        disclosure_from_json({key: "notice_board"}, base=full())
    assert exc.value.errors == (FieldError(key, "not_list"),)


def test_json_bad_size() -> None:
    with pytest.raises(ValidationError) as exc:
        disclosure_from_json(
            {"attachments": [{"sha256": SHA, "name": "a", "size": "lớn"}]}, base=full()
        )
    assert exc.value.errors == (FieldError("attachments[0].size", "invalid_int", {"value": "lớn"}),)


# --- the quarterly list -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("2026Q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026Q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026Q4", date(2026, 10, 1), date(2026, 12, 31)),
        (" 2028-q1 ", date(2028, 1, 1), date(2028, 3, 31)),
    ],
)
def test_quarter_bounds(period: str, start: date, end: date) -> None:
    assert quarter_bounds(period) == (start, end)


@pytest.mark.parametrize(
    "period", ["2026Q5", "2026Q0", "2026", "Q2", "", "26Q1", "2026Q1x", "0000Q1"]
)
def test_quarter_bounds_refused(period: str) -> None:
    with pytest.raises(ValidationError) as exc:
        quarter_bounds(period)
    assert exc.value.errors == (FieldError("period", "invalid_period", {"value": period}),)


def test_in_quarter_by_first_disclosure() -> None:
    q1, q2 = quarter_bounds("2026Q1"), quarter_bounds("2026Q2")
    march = disclosure(postings=everywhere(date(2026, 3, 31)))
    assert in_quarter(march, *q1) and not in_quarter(march, *q2)
    april = disclosure(
        category=7,
        forms=(NB, LS),
        postings=everywhere(date(2026, 4, 2)),
        broadcast_days=(date(2026, 4, 1),),
    )
    assert in_quarter(april, *q2) and not in_quarter(april, *q1)
    plan = disclosure(decided_on=None, postings=(), planned_on=date(2026, 2, 1))
    assert not in_quarter(plan, *q1)


def said(warnings: list[RecordWarning]) -> list[tuple[str, str]]:
    """Each warning's code and its Vietnamese words (the catalog's, as the window shows)."""
    return [(w.code, word_warning("disclosure", w)) for w in warnings]
