"""A period's figures from counted rows — one way for the commune's own store and for each
unit's snapshots at the receiving level (DOMAIN.md §5, §4.10; docs/reports.md).

The commune counts its disclosures, meetings and conventions by SQL over its own tables
(:func:`desktop.storage.report_counts.period_rows`), the receiving level the same rows
from a unit's snapshots (:func:`desktop.core.snapshot_counts.snapshot_rows`); both then
become :class:`PeriodFigures` here, and both pass their reception, letter, case and civic
records' JSON to :func:`desktop.core.unit_figures.citizen_civic_figures`. The province's
totals are the sum of its units' figures (:func:`sum_figures`), rates worked out again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from desktop.core.unit_figures import CitizenCivicFigures, add_counts, total_figures
from desktop.documents.period_report import (
    CONVENTION_EVENTS,
    DisclosureItemCounts,
    FeedbackCounts,
    MeetingFormCounts,
    PeriodFigures,
)

# The state an event leads to (core.conventions folds them the same way).
_STATE_OF_EVENT = {"recognized": "in_force", "reinstated": "in_force"}


def figures_from_rows(
    found: Mapping[str, Sequence[tuple[Any, ...]]],
    overdue: Mapping[int, int],
    citizen: CitizenCivicFigures,
) -> PeriodFigures:
    """The report's figures from the counted rows, the disclosures overdue by item and
    the §4.10 figures."""
    disclosures = {
        int(cat): DisclosureItemCounts(int(n), int(late or 0), int(short or 0))
        for cat, n, late, short in found["disclosures"]
    }
    for category, n in overdue.items():
        disclosures[category] = replace(
            disclosures.get(category, DisclosureItemCounts()), overdue=n
        )
    meetings = {
        str(form): MeetingFormCounts(int(n), int(late or 0), int(unsent or 0))
        for form, n, late, unsent in found["meetings"]
    }
    states: dict[str, int] = {}
    for kind, n in found["convention_states"]:
        state = _STATE_OF_EVENT.get(str(kind), str(kind))
        states[state] = states.get(state, 0) + int(n)
    received, answered = found["feedback"][0]
    received, answered = int(received or 0), int(answered or 0)
    return PeriodFigures(
        disclosures=disclosures,
        forms={str(form): int(n) for form, n in found["forms"]},
        postings=int(found["postings"][0][0] or 0),
        meetings=meetings,
        decisions={(str(m), str(o)): int(n) for m, o, n in found["decisions"]},
        convention_events={
            str(k): int(n) for k, n in found["convention_events"] if k in CONVENTION_EVENTS
        },
        convention_states=states,
        feedback=FeedbackCounts(received, answered, received - answered),
        citizen=citizen,
    )


def sum_figures(units: Iterable[PeriodFigures]) -> PeriodFigures:
    """The figures of several units added up (the receiving level's totals); the rates
    are worked out from the sums, not averaged."""
    every = list(units)
    total = PeriodFigures()
    for f in every:
        total = add_counts(total, f)
    return replace(total, citizen=total_figures(f.citizen for f in every))
