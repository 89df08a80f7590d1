"""The §4.10 figures against a hand count, rates in integer arithmetic, and the board's
per-record counters adding up to the same figures (DOMAIN.md §4.10, §5)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from desktop.core.board_json import board_from_json, board_to_json
from desktop.core.civic import percent
from desktop.core.civic_counts import (
    board_counts,
    consultation_counts,
    dialogue_counts,
    oversight_counts,
)
from desktop.core.civic_stats import civic_stats
from desktop.core.consultation_json import consultation_from_json, consultation_to_json
from desktop.core.dialogue_json import dialogue_from_json, dialogue_to_json
from desktop.core.oversight_json import oversight_from_json, oversight_to_json
from desktop.core.workdays import WorkCalendar

CAL = WorkCalendar()
START, END = date(2026, 1, 1), date(2026, 6, 30)
TODAY = date(2026, 7, 10)


@pytest.mark.parametrize(
    ("num", "den", "text"),
    [
        (23, 38, "60,53%"),
        (1, 3, "33,33%"),
        (2, 3, "66,67%"),
        (1, 8, "12,50%"),
        (1, 20000, "0,01%"),  # 0.005% rounds half up
        (1, 20001, "0,00%"),
        (5, 5, "100,00%"),
        (0, 7, "0,00%"),
        (3, 0, "—"),
    ],
)
def test_percent_half_up_two_decimals(num: int, den: int, text: str) -> None:
    assert percent(num, den) == text


def _cons() -> list[Any]:
    rows = [  # (topic, forms, opened, opinions)
        ("1", ["a", "b"], "2026-02-01", [("a", 40), ("b", 12)]),
        ("1", ["dd"], "2026-05-10", [("dd", 7)]),
        ("3", ["a"], "2026-06-30", []),
        ("8", ["a"], "2026-07-01", [("a", 99)]),  # after the period
    ]
    return [
        consultation_from_json(
            {
                "title": f"Lấy ý kiến {i}",
                "topic": topic,
                "consultation_forms": forms,
                "published_on": opened,
                "opinions": [{"channel": c, "count": n} for c, n in ops],
            }
        )
        for i, (topic, forms, opened, ops) in enumerate(rows)
    ]


def _dias() -> list[Any]:
    rows = [
        ("ubnd_residents", "2026-03-15", 120),
        ("leaders", "2026-04-02", 64),
        ("ubnd_residents", "2025-12-20", 90),
    ]
    return [
        dialogue_from_json(
            {"title": f"Đối thoại {i}", "dialogue_kind": k, "held_on": d, "attendance": n}
        )
        for i, (k, d, n) in enumerate(rows)
    ]


def _rec(sent: str, answered: str | None) -> dict[str, Any]:
    return {
        "content": "Kiến nghị",
        "countersigned_on": sent,
        "sent_on": sent,
        "ubnd_received_on": sent,
        "answered_on": answered,
    }


def _overs() -> list[Any]:
    rows = [
        (
            "inspection",
            "b1",
            "2026-02-10",
            3,
            1,
            [_rec("2026-02-18", "2026-03-05"), _rec("2026-02-18", "2026-03-06")],
        ),  # 15th, 16th day
        (
            "inspection",
            "b1",
            "2026-06-01",
            2,
            2,
            [_rec("2026-06-10", None), _rec("2026-06-20", "2026-07-01")],
        ),  # answered after END
        ("inspection", "b1", "2025-11-01", 9, 9, [_rec("2026-01-05", "2026-01-06")]),
        ("supervision", "g1", "2026-03-01", 0, 2, [_rec("2026-03-05", "2026-03-10")]),
        ("supervision", "g1", "2026-04-01", 0, 1, []),
        ("supervision", "g2", "2026-05-01", 0, 0, [_rec("2026-05-02", None)]),
    ]
    return [
        oversight_from_json(
            {
                "title": f"Hoạt động {i}",
                "board": b,
                "activity": a,
                "starts_on": s,
                "plan_sent_on": "2025-10-01",
                "cases_verified": cases,
                "violations": v,
                "recommendations": recs,
            }
        )
        for i, (a, b, s, cases, v, recs) in enumerate(rows)
    ]


def _boards() -> list[Any]:
    members = [{"name": f"TV {i}"} for i in range(5)]
    rows = [
        ("ttnd", "", None, None),
        ("gsdtcd", "Đường 1", "2025-06-01", None),
        ("gsdtcd", "Trường học", "2026-02-01", None),
        ("gsdtcd", "Chợ", "2024-01-01", "2025-12-31"),
    ]  # dissolved before the period
    return [
        board_from_json(
            {
                "title": f"Ban {i}",
                "board_type": t,
                "project": p,
                "established_on": e,
                "dissolved_on": d,
                "members": members,
                "villages_total": 5,
            },
            TODAY,
        )
        for i, (t, p, e, d) in enumerate(rows)
    ]


def test_figures_match_a_hand_count() -> None:
    s = civic_stats(START, END, CAL, _cons(), _dias(), _boards(), _overs())
    assert s.consultations == 3
    assert s.consultations_by_topic == {"1": 2, "3": 1}
    assert s.consultations_by_form == {"a": 2, "b": 1, "dd": 1}
    assert s.opinions == 59
    assert (s.dialogues, s.dialogue_attendance) == (2, 184)
    assert s.dialogues_by_kind == {"leaders": 1, "ubnd_residents": 1}
    assert (s.inspections, s.cases_verified, s.inspection_violations) == (2, 5, 3)
    ttnd = s.ttnd_recommendations
    # sent in the period: 2 (Feb) + 2 (Jun) + 1 (Jan, from a 2025 inspection) = 5;
    # answered by 30/6: 3; within 15 days: the day-15 one and the January one = 2.
    assert (ttnd.made, ttnd.answered, ttnd.answered_on_time) == (5, 3, 2)
    assert (ttnd.answered_rate, ttnd.on_time_rate) == ("60,00%", "40,00%")
    assert (s.gsdtcd_boards, s.projects_supervised, s.supervision_violations) == (2, 2, 3)
    gs = s.gsdtcd_recommendations
    assert (gs.made, gs.answered) == (2, 1)
    assert s.counters()["consultation_topic_1"] == 2


def test_the_board_counters_add_up_to_the_period_figures() -> None:
    """Counted per record (the receiving board), the in-period records give the report's
    consultation, dialogue and inspection figures. (Answers are counted as of today on the
    board and as of the period's end in the report, so they are not compared here.)"""
    total: Counter[str] = Counter()
    for c in _cons()[:3]:
        total.update(consultation_counts(consultation_to_json(c, TODAY)))
    for d in _dias()[:2]:
        total.update(dialogue_counts(dialogue_to_json(d, TODAY)))
    for o in _overs()[:2]:
        total.update(oversight_counts(oversight_to_json(o, END, CAL)))
    for b in _boards()[1:3]:
        total.update(board_counts(board_to_json(b, TODAY)))
    s = civic_stats(START, END, CAL, _cons(), _dias(), _boards(), _overs()[:2])
    expected = s.counters()
    for key in (
        "consultations",
        "consultation_opinions",
        "dialogues",
        "dialogue_attendance",
        "ttnd_inspections",
        "ttnd_cases_verified",
        "ttnd_violations",
        "ttnd_recommendations",
        "gsdtcd_boards",
        "consultation_form_a",
        "consultation_topic_1",
        "dialogues_leaders",
    ):
        assert total[key] == expected[key], key
