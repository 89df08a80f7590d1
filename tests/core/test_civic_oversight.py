"""Inspection plans and recommendations (D59 Art. 14(1); Law 10/2022/QH15 Arts. 40, 45;
Civil Code Arts. 147–148; DOMAIN.md §4.0, §4.8)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from desktop.core.civic_due import oversight_due
from desktop.core.errors import ValidationError
from desktop.core.oversight_json import oversight_from_json, oversight_to_json
from desktop.core.workdays import WorkCalendar

CAL = WorkCalendar()
RECEIVED = date(2026, 3, 2)  # a Monday; day 15 is Tuesday 17/3


def _rec(**extra: Any) -> dict[str, Any]:
    return {
        "content": "Đề nghị UBND xã làm rõ việc thu tiền đóng góp xây nhà văn hóa thôn 4",
        "countersigned_on": "2026-02-26",
        "sent_on": "2026-02-27",
        "ubnd_received_on": RECEIVED.isoformat(),
        **extra,
    }


def _json(**extra: Any) -> dict[str, Any]:
    return {
        "title": "Kiểm tra việc thu, chi quỹ xây nhà văn hóa thôn 4",
        "board": "board-uuid",
        "activity": "inspection",
        "plan_sent_on": "2026-02-09",
        "starts_on": "2026-02-23",
        "recommendations": [_rec()],
        **extra,
    }


def _warns(obj: dict[str, Any], today: date, cal: WorkCalendar = CAL) -> dict[str, Any]:
    out = oversight_to_json(oversight_from_json(obj), today, cal)
    return {w["code"]: w["params"] for w in out["warnings"]}


def test_answered_on_day_15_is_on_time_day_16_is_late() -> None:
    on_time = _json(recommendations=[_rec(answered_on="2026-03-17")])
    assert _warns(on_time, date(2026, 3, 20)) == {}
    out = oversight_to_json(oversight_from_json(on_time), date(2026, 3, 20), CAL)
    assert out["recommendations"][0]["state"] == "answered"
    late = _json(recommendations=[_rec(answered_on="2026-03-18")])
    warns = _warns(late, date(2026, 3, 20))
    assert warns["answer_late"]["due"] == "2026-03-17"
    assert warns["answer_late"]["article"] == "law_40_1c"
    out = oversight_to_json(oversight_from_json(late), date(2026, 3, 20), CAL)
    assert out["recommendations"][0]["state"] == "answered_late"


def test_no_answer_is_warned_from_day_16() -> None:
    assert "answer_missing" not in _warns(_json(), date(2026, 3, 17))
    assert "answer_missing" in _warns(_json(), date(2026, 3, 18))
    o = oversight_from_json(_json())
    assert oversight_to_json(o, date(2026, 3, 18), CAL)["recommendations"][0]["state"] == (
        "unanswered"
    )
    items = oversight_due(o, date(2026, 3, 11), CAL)
    assert [(i.deadline.code, i.deadline.due, i.overdue) for i in items] == [
        ("answer_due", date(2026, 3, 17), False)
    ]
    assert oversight_due(o, date(2026, 3, 19), CAL)[0].overdue


def test_a_last_day_off_moves_the_answer_to_the_next_working_day() -> None:
    # Received Friday 6/3: day 15 is Saturday 21/3, so the UBND may answer on Monday 23/3
    # (Civil Code Art. 148(5)); with 23/3 a holiday, on Tuesday 24/3.
    obj = _json(recommendations=[_rec(ubnd_received_on="2026-03-06", answered_on="2026-03-23")])
    assert _warns(obj, date(2026, 3, 30)) == {}
    obj["recommendations"][0]["answered_on"] = "2026-03-24"
    assert _warns(obj, date(2026, 3, 30))["answer_late"]["due"] == "2026-03-23"
    holiday = WorkCalendar(holidays=[date(2026, 3, 23)])
    assert _warns(obj, date(2026, 3, 30), holiday) == {}
    obj["recommendations"][0]["answered_on"] = "2026-03-25"
    assert "answer_late" in _warns(obj, date(2026, 3, 30), holiday)


def test_the_15_days_count_from_sending_when_receipt_is_unknown() -> None:
    # Sent Friday 27/2: day 15 is Saturday 14/3, so the answer is due Monday 16/3.
    obj = _json(recommendations=[_rec(ubnd_received_on=None, answered_on="2026-03-16")])
    assert _warns(obj, date(2026, 3, 20)) == {}
    obj["recommendations"][0]["answered_on"] = "2026-03-17"
    assert _warns(obj, date(2026, 3, 20))["answer_late"]["received"] == "2026-02-27"


# Tết 2026 as a test calendar: Monday 16/2 to Friday 20/2 off; a swap notice may make
# Saturday 14/2 a working day. The inspection starts Monday 23/2.
TET = [date(2026, 2, 16) + timedelta(days=i) for i in range(5)]


def test_the_plan_goes_out_5_working_days_ahead_across_tet() -> None:
    tet = WorkCalendar(holidays=TET)
    assert _warns(_json(plan_sent_on="2026-02-09"), date(2026, 2, 23), tet) == {}
    late = _warns(_json(plan_sent_on="2026-02-10"), date(2026, 2, 23), tet)
    assert late["plan_late"]["due"] == "2026-02-09"
    assert late["plan_late"]["article"] == "d59_14_1"


def test_a_swapped_working_saturday_counts() -> None:
    swapped = WorkCalendar(holidays=TET, working_days=[date(2026, 2, 14)])
    assert _warns(_json(plan_sent_on="2026-02-10"), date(2026, 2, 23), swapped) == {}
    assert "plan_late" in _warns(_json(plan_sent_on="2026-02-11"), date(2026, 2, 23), swapped)


def test_a_plan_not_sent_is_warned_once_the_inspection_starts() -> None:
    obj = _json(plan_sent_on=None)
    assert "plan_missing" not in _warns(obj, date(2026, 2, 22))
    assert "plan_missing" in _warns(obj, date(2026, 2, 23))
    supervision = _json(plan_sent_on=None, activity="supervision")
    assert "plan_missing" not in _warns(supervision, date(2026, 2, 23))


def test_a_recommendation_sent_before_being_countersigned_is_refused() -> None:
    def refused(obj: dict[str, Any]) -> list[tuple[str, str]]:
        with pytest.raises(ValidationError) as exc:
            oversight_from_json(obj)
        return [(e.field, e.code) for e in exc.value.errors]

    errs = refused(_json(recommendations=[_rec(countersigned_on=None)]))
    assert ("recommendations[0].sent_on", "recommendation_not_countersigned") in errs
    errs = refused(_json(recommendations=[_rec(countersigned_on="2026-02-28")]))
    assert ("recommendations[0].sent_on", "must_not_precede") in errs
    errs = refused(_json(recommendations=[_rec(answered_on="2026-03-01")]))
    assert ("recommendations[0].answered_on", "must_not_precede") in errs
    errs = refused(_json(recommendations=[_rec(sent_on=None, countersigned_on=None)]))
    assert ("recommendations[0].ubnd_received_on", "recommendation_not_sent") in errs
    assert ("board", "required") in refused(_json(board=""))
    assert ("violations", "min") in refused(_json(violations=-1))
    assert ("ends_on", "must_not_precede") in refused(_json(ends_on="2026-02-20"))


def test_recommendation_states() -> None:
    recs = [
        {"content": "A"},
        {"content": "B", "countersigned_on": "2026-02-26"},
        _rec(),
    ]
    o = oversight_from_json(_json(recommendations=recs))
    out = oversight_to_json(o, date(2026, 3, 5), CAL)
    assert [r["state"] for r in out["recommendations"]] == ["drafted", "countersigned", "sent"]


def test_json_round_trip() -> None:
    o = oversight_from_json(_json(reports=[{"period": "quarter", "period_end": "2026-03-31"}]))
    assert oversight_from_json(oversight_to_json(o, date(2026, 3, 5), CAL)) == o
