"""The period report's counts from snapshots (core.snapshot_counts, core.unit_figures):
boundaries of the period, hostile snapshots counted nowhere, sums of units."""

from __future__ import annotations

from datetime import date

from desktop.core.citizen_stats import CaseStats
from desktop.core.snapshot_counts import report_facts, snapshot_rows
from desktop.core.unit_figures import CitizenCivicFigures, citizen_civic_figures, total_figures
from desktop.core.workdays import WorkCalendar

CAL = WorkCalendar()
Q2 = (date(2026, 4, 1), date(2026, 6, 30))


def _disclosure(posted: str, **extra: object) -> dict[str, object]:
    return {
        "kind": "disclosure",
        "category": 12,
        "title": "Phí vệ sinh",
        "decided_on": "2026-03-20",
        "due_on": "2026-03-27",
        "forms": ["notice_board"],
        "postings": [{"location": "Trụ sở", "posted_on": posted}],
        "feedback": [{"received_on": "2026-06-30", "answered_on": "2026-07-01"}],
        **extra,
    }


def _rows(*records: dict[str, object]) -> dict[str, list[tuple[object, ...]]]:
    facts: dict[str, list[dict[str, object]]] = {}
    for r in records:
        f = report_facts(r)
        if f is not None:
            facts.setdefault(str(r["kind"]), []).append(f)
    rows, _ = snapshot_rows(facts, *Q2, CAL, Q2[1])
    return rows


def test_a_disclosure_counts_in_the_period_of_its_first_day_and_late_after_its_due_day() -> None:
    assert _rows(_disclosure("2026-03-31"))["disclosures"] == []  # the day before Q2
    assert _rows(_disclosure("2026-04-01"))["disclosures"] == [(12, 1, 1, 0)]  # late
    on_time = _disclosure("2026-04-01", due_on="2026-04-01")
    assert _rows(on_time)["disclosures"] == [(12, 1, 0, 0)]
    # Feedback received on the last day counts; answered the day after, not answered yet.
    assert _rows(on_time)["feedback"] == [(1, 0)]
    assert _rows(on_time)["postings"] == [(1,)]


def test_hostile_snapshots_count_nowhere_and_break_nothing() -> None:
    hostile = [
        _disclosure("31/04/2026", category="mười hai"),
        {"kind": "disclosure", "postings": "x", "feedback": [3], "forms": None},
        {"kind": "meeting", "held_on": "2026-05-05", "items": [3, {"matter": []}]},
        {"kind": "convention", "events": [{"type": "no_such", "on": "x"}]},
        {"kind": "meeting", "deleted": True, "held_on": "2026-05-05"},
    ]
    rows = _rows(*hostile)
    assert rows["disclosures"] == [] and rows["convention_states"] == []
    assert rows["meetings"] == [("meeting", 1, 0, 1)]  # the one live, dated meeting
    figures = citizen_civic_figures(
        {"reception": [{"visits": "many"}], "case": [{"events": 7}], "letter": [[]]},  # type: ignore[list-item]
        *Q2,
        CAL,
    )
    assert figures == citizen_civic_figures({}, *Q2, CAL)  # as if none had been sent
    assert figures.reception.chairman_required == 13  # the chairman's days are still due


def test_the_province_rate_is_worked_out_from_the_sums() -> None:
    a = CitizenCivicFigures(cases=CaseStats(in_jurisdiction=2, settled=1, rate=5000))
    b = CitizenCivicFigures(cases=CaseStats(in_jurisdiction=3, settled=1, rate=3333))
    total = total_figures([a, b])
    assert (total.cases.in_jurisdiction, total.cases.settled, total.cases.rate) == (5, 2, 4000)
    assert total_figures([]).cases.rate is None  # nothing in jurisdiction: no rate ("—")
