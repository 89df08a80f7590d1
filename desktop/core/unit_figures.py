"""The §4.10 figures of one unit for one period, from its records' JSON (DOMAIN.md §4.10).

One function serves both places a period's figures are computed: the commune reads its
own records' JSON (the ``body`` column of its tables), the receiving level the snapshots a
unit sent (``child_records.content``). Each record is read by its kind's codec and counted
by :mod:`desktop.core.citizen_stats` and :mod:`desktop.core.civic_stats`, where the rules
live once; so a unit's row in the province's report equals the unit's own report.

A record that does not read (a newer sender's field, a hostile snapshot) is left out: the
records are kept read-only as sent, and one bad line must not stop a province's report.
Denouncers never appear: only counts leave this module (LTCD Art. 3(2)).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date
from typing import Any, TypeVar

from desktop.core.board_json import board_from_json
from desktop.core.case_json import case_from_json
from desktop.core.citizen_common import rate_hundredths
from desktop.core.citizen_stats import (
    CaseStats,
    LetterStats,
    ReceptionStats,
    case_stats,
    letter_stats,
    reception_stats,
)
from desktop.core.civic_stats import CivicStats, RecommendationCounts, civic_stats
from desktop.core.consultation_json import consultation_from_json
from desktop.core.dialogue_json import dialogue_from_json
from desktop.core.errors import ValidationError
from desktop.core.letter_json import letter_from_json
from desktop.core.oversight_json import oversight_from_json
from desktop.core.reception_json import reception_from_json
from desktop.core.workdays import WorkCalendar

Record = Mapping[str, Any]
T = TypeVar("T")

# Keys of a stored record's JSON that its codec does not read: the common fields of
# CLI.md, the computed ones and the bundle's ``origin_code``.
_META = frozenset(
    {
        "kind",
        "uuid",
        "version",
        "deleted",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "origin_code",
    }
)


@dataclass(frozen=True)
class CitizenCivicFigures:
    """The §4.10 figures of a unit: reception, letters, cases (issue 15) and the civic
    ones (issue 16)."""

    reception: ReceptionStats = field(default_factory=ReceptionStats)
    letters: LetterStats = field(default_factory=LetterStats)
    cases: CaseStats = field(default_factory=CaseStats)
    civic: CivicStats = field(default_factory=CivicStats)

    @property
    def empty(self) -> bool:
        r, c = self.reception, self.civic
        return not (
            r.sessions
            or r.visits
            or self.letters.received
            or self.cases.in_jurisdiction
            or c.consultations
            or c.dialogues
            or c.inspections
            or c.ttnd_recommendations.made
            or c.gsdtcd_recommendations.made
            or c.projects_supervised
        )


def _read(records: Iterable[Record], reader: Callable[[Record], T]) -> list[T]:
    out: list[T] = []
    for r in records:
        if not isinstance(r, Mapping) or r.get("deleted") is True:
            continue
        try:
            out.append(reader({k: v for k, v in r.items() if k not in _META}))
        except (ValidationError, TypeError, ValueError, AttributeError, KeyError):
            continue
    return out


def citizen_civic_figures(
    records: Mapping[str, Iterable[Record]], start: date, end: date, cal: WorkCalendar
) -> CitizenCivicFigures:
    """The figures of ``start`` … ``end`` (both included) from each kind's records
    (``records["reception"]`` …; a kind absent has none). Pass the history before the
    period too: a repeated matter, a carried-over letter or case is told by it."""

    def kind(name: str) -> list[Record]:
        return list(records.get(name, ()))

    return CitizenCivicFigures(
        reception=reception_stats(_read(kind("reception"), reception_from_json), start, end, cal),
        letters=letter_stats(_read(kind("letter"), letter_from_json), start, end),
        cases=case_stats(_read(kind("case"), case_from_json), start, end, cal),
        civic=civic_stats(
            start,
            end,
            cal,
            consultations=_read(kind("consultation"), consultation_from_json),
            dialogues=_read(kind("dialogue"), dialogue_from_json),
            boards=_read(kind("board"), lambda r: board_from_json(r, end)),
            oversights=_read(kind("oversight"), oversight_from_json),
        ),
    )


# --- sums of units ----------------------------------------------------------------------


def add_counts(a: T, b: T) -> T:
    """``a + b`` field by field: integers add, mappings add key by key, nested figures
    add alike. Rates are not sums: :func:`total_figures` works them out again."""
    if isinstance(a, bool) or a is None:
        return a
    if isinstance(a, int) and isinstance(b, int):
        return a + b  # type: ignore[return-value]
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        out = dict(a)
        for k, v in b.items():
            out[k] = add_counts(out[k], v) if k in out else v
        return out  # type: ignore[return-value]
    if is_dataclass(a) and not isinstance(a, type):
        return replace(
            a, **{f.name: add_counts(getattr(a, f.name), getattr(b, f.name)) for f in fields(a)}
        )
    return a


def total_figures(units: Iterable[CitizenCivicFigures]) -> CitizenCivicFigures:
    """The sum of the units' figures, its rates worked out from the sums (§4.10: the
    settlement rate is settled ÷ in jurisdiction over the whole area, not an average)."""
    total = CitizenCivicFigures()
    for u in units:
        total = add_counts(total, u)
    r, c = total.reception, total.cases
    return replace(
        total,
        reception=replace(r, chairman_rate=rate_hundredths(r.chairman_held, r.chairman_required)),
        cases=replace(c, rate=rate_hundredths(c.settled, c.in_jurisdiction)),
    )


__all__ = [
    "CitizenCivicFigures",
    "RecommendationCounts",
    "add_counts",
    "citizen_civic_figures",
    "total_figures",
]
