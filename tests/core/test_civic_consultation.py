"""Consultation rules at their boundaries (Law 10/2022/QH15 Arts. 25–28; DOMAIN.md §4.6)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop.core.civic_due import consultation_due
from desktop.core.consultation import consultation_state
from desktop.core.consultation_json import consultation_from_json, consultation_to_json
from desktop.core.errors import ValidationError
from desktop.core.workdays import WorkCalendar

CAL = WorkCalendar()
OPENED = date(2026, 3, 2)


def _json(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": "Dự thảo kế hoạch phát triển kinh tế - xã hội năm 2027",
        "topic": "1",
        "consultation_forms": ["a", "dd"],
        "plan_sent_on": "2026-02-20",
        "published_on": OPENED.isoformat(),
        "closes_on": "2026-03-22",
    }
    base.update(extra)
    return base


def _codes(obj: dict[str, Any], today: date) -> list[str]:
    return [w["code"] for w in obj["warnings"]]


def _refused(obj: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as exc:
        consultation_from_json(obj)
    return [(e.field, e.code) for e in exc.value.errors]


def test_twenty_days_is_enough_nineteen_is_warned() -> None:
    ok = consultation_to_json(consultation_from_json(_json()), date(2026, 3, 10))
    assert "consultation_short" not in _codes(ok, OPENED)
    short = consultation_from_json(_json(closes_on="2026-03-21"))
    out = consultation_to_json(short, date(2026, 3, 10))
    warns = {w["code"]: w["params"] for w in out["warnings"]}
    assert warns["consultation_short"]["days"] == 19
    assert warns["consultation_short"]["required"] == 20
    assert warns["consultation_short"]["earliest"] == "2026-03-22"
    assert warns["consultation_short"]["article"] == "law_28_2"


def test_a_sector_law_sets_another_period_with_its_reason() -> None:
    obj = _json(closes_on="2026-03-12", sector_days=10, sector_reason="Luật Đất đai 2024")
    ten = consultation_to_json(consultation_from_json(obj), date(2026, 3, 5))
    assert "consultation_short" not in _codes(ten, OPENED)
    nine = consultation_from_json({**obj, "closes_on": "2026-03-11"})
    assert "consultation_short" in _codes(consultation_to_json(nine, date(2026, 3, 5)), OPENED)
    assert ("sector_reason", "sector_reason_required") in _refused(_json(sector_days=10))


def test_impossible_input_is_refused() -> None:
    assert ("closes_on", "consultation_closes_before_opens") in _refused(
        _json(closes_on="2026-03-01")
    )
    assert ("consultation_forms", "consultation_no_form") in _refused(_json(consultation_forms=[]))
    assert ("opinions[0].count", "min") in _refused(_json(opinions=[{"channel": "a", "count": -1}]))
    assert ("consultation_forms[0]", "invalid_choice") in _refused(_json(consultation_forms=["z"]))
    assert ("synthesised_on", "must_not_precede") in _refused(_json(synthesised_on="2026-03-20"))
    assert ("typo", "unknown_field") in _refused(_json(typo=1))


def test_a_consultation_runs_end_to_end_and_is_reported() -> None:
    planned = consultation_from_json(_json(plan_sent_on=None, published_on=None, closes_on=None))
    assert consultation_state(planned, date(2026, 2, 1)).value == "planned"
    steps = [
        ({"plan_sent_on": "2026-02-20"}, date(2026, 2, 21), "plan_sent"),
        ({"published_on": "2026-03-02", "closes_on": "2026-03-22"}, date(2026, 3, 2), "open"),
        (
            {"opinions": [{"channel": "a", "count": 41}, {"channel": "dd", "count": 17}]},
            date(2026, 3, 22),
            "open",
        ),
        ({}, date(2026, 3, 23), "closed"),
        (
            {"synthesis": "58 ý kiến", "synthesised_on": "2026-03-25"},
            date(2026, 3, 25),
            "synthesised",
        ),
        (
            {"results_published_on": "2026-03-27", "disclosure": "d-uuid"},
            date(2026, 3, 27),
            "published",
        ),
        (
            {"hdnd_session": "Kỳ họp thứ 5", "reported_on": "2026-04-10"},
            date(2026, 4, 10),
            "reported",
        ),
    ]
    record = planned
    for change, today, state in steps:
        record = consultation_from_json(change, base=record)
        out = consultation_to_json(record, today)
        assert out["status"] == state, change
        assert out["warnings"] == []
    assert record.opinions_total == 58


def test_warnings_for_the_plan_and_the_item_11_link() -> None:
    no_plan = consultation_from_json(_json(plan_sent_on=None))
    assert "consultation_plan_not_sent" in _codes(consultation_to_json(no_plan, OPENED), OPENED)
    late = consultation_from_json(_json(plan_sent_on="2026-03-03"))
    assert "consultation_plan_late" in _codes(consultation_to_json(late, date(2026, 3, 5)), OPENED)
    unlinked = consultation_from_json(
        _json(synthesised_on="2026-03-23", results_published_on="2026-03-24")
    )
    codes = _codes(consultation_to_json(unlinked, date(2026, 3, 24)), OPENED)
    assert "consultation_no_disclosure" in codes


def test_a_consultation_closing_is_due_within_five_working_days() -> None:
    c = consultation_from_json(_json())  # closes Sunday 22/3
    assert consultation_due(c, date(2026, 3, 13), CAL) == []  # 22/3 is after 20/3 (5 wd)
    due = consultation_due(c, date(2026, 3, 16), CAL)
    assert [(d.deadline.code, d.deadline.due, d.overdue) for d in due] == [
        ("consultation_closes", date(2026, 3, 22), False)
    ]
    assert consultation_due(c, date(2026, 3, 23), CAL) == []  # closed: nothing left to do


def test_json_round_trip() -> None:
    c = consultation_from_json(_json(opinions=[{"channel": "c", "count": 3}]))
    assert consultation_from_json(consultation_to_json(c, OPENED)) == c
