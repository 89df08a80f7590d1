"""The §4.10 figures of consultations, dialogues and the two boards for a period.

Pure functions over records (DOMAIN.md §4.10). A record falls in the period ``start`` …
``end`` (both included) by one day each, the same day for the commune's period report and
for the receiving level, so the receiving level's totals equal the sum of its units':

- a consultation by the day it opened (``published_on``);
- a dialogue by the day it was held;
- an inspection or supervision by the day it started; its recommendations by the day they
  were sent, answered when answered by the end of the period, "within 15 days" when the
  answer came on or before its due day (Law Arts. 40(1)(c), 45(2)(c));
- a Ban GSĐTCĐ by being in place during the period (set up by its end, not dissolved
  before its start).

Rates use integer arithmetic, half-up to 2 decimals ("60,53%", :func:`civic.percent`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.core.civic import DEFAULT_SETTINGS, CivicSettings, percent
from desktop.core.consultation import Consultation
from desktop.core.dialogue import Dialogue
from desktop.core.oversight import Activity, Oversight, answer_due
from desktop.core.oversight_board import Board, BoardType
from desktop.core.workdays import WorkCalendar


def _in(day: date | None, start: date, end: date) -> bool:
    return day is not None and start <= day <= end


@dataclass(frozen=True)
class RecommendationCounts:
    made: int = 0
    answered: int = 0
    answered_on_time: int = 0

    @property
    def answered_rate(self) -> str:
        return percent(self.answered, self.made)

    @property
    def on_time_rate(self) -> str:
        return percent(self.answered_on_time, self.made)


@dataclass(frozen=True)
class CivicStats:
    """The §4.10 indicators of one unit for one period."""

    consultations: int = 0
    consultations_by_topic: Mapping[str, int] = field(default_factory=dict)
    consultations_by_form: Mapping[str, int] = field(default_factory=dict)
    opinions: int = 0
    dialogues: int = 0
    dialogues_by_kind: Mapping[str, int] = field(default_factory=dict)
    dialogue_attendance: int = 0
    inspections: int = 0
    cases_verified: int = 0
    inspection_violations: int = 0
    ttnd_recommendations: RecommendationCounts = RecommendationCounts()
    gsdtcd_boards: int = 0
    projects_supervised: int = 0
    supervision_violations: int = 0
    gsdtcd_recommendations: RecommendationCounts = RecommendationCounts()

    def counters(self) -> dict[str, int]:
        """Flat integer counters (bundle counts, the receiving level's sums)."""
        out = {
            "consultations": self.consultations,
            "consultation_opinions": self.opinions,
            "dialogues": self.dialogues,
            "dialogue_attendance": self.dialogue_attendance,
            "ttnd_inspections": self.inspections,
            "ttnd_cases_verified": self.cases_verified,
            "ttnd_violations": self.inspection_violations,
            "ttnd_recommendations": self.ttnd_recommendations.made,
            "ttnd_recommendations_answered": self.ttnd_recommendations.answered,
            "ttnd_recommendations_on_time": self.ttnd_recommendations.answered_on_time,
            "gsdtcd_boards": self.gsdtcd_boards,
            "gsdtcd_projects": self.projects_supervised,
            "gsdtcd_violations": self.supervision_violations,
            "gsdtcd_recommendations": self.gsdtcd_recommendations.made,
            "gsdtcd_recommendations_answered": self.gsdtcd_recommendations.answered,
        }
        out.update({f"consultation_topic_{k}": v for k, v in self.consultations_by_topic.items()})
        out.update({f"consultation_form_{k}": v for k, v in self.consultations_by_form.items()})
        out.update({f"dialogues_{k}": v for k, v in self.dialogues_by_kind.items()})
        return out


def recommendation_counts(
    activities: Iterable[Oversight],
    start: date,
    end: date,
    cal: WorkCalendar,
    settings: CivicSettings = DEFAULT_SETTINGS,
) -> RecommendationCounts:
    made = answered = on_time = 0
    for o in activities:
        for r in o.recommendations:
            if not _in(r.sent_on, start, end):
                continue
            made += 1
            if r.answered_on is not None and r.answered_on <= end:
                answered += 1
                due = answer_due(o, r, cal, settings)
                if due is not None and r.answered_on <= due.due:
                    on_time += 1
    return RecommendationCounts(made, answered, on_time)


def civic_stats(
    start: date,
    end: date,
    cal: WorkCalendar,
    consultations: Iterable[Consultation] = (),
    dialogues: Iterable[Dialogue] = (),
    boards: Iterable[Board] = (),
    oversights: Iterable[Oversight] = (),
    settings: CivicSettings = DEFAULT_SETTINGS,
) -> CivicStats:
    """The §4.10 indicators for ``start`` … ``end`` (both included)."""
    cons = [c for c in consultations if _in(c.published_on, start, end)]
    topics = Counter(c.topic.value for c in cons)
    forms = Counter(f.value for c in cons for f in c.forms)
    dias = [d for d in dialogues if _in(d.held_on, start, end)]
    all_oversights = list(oversights)
    inspections = [
        o
        for o in all_oversights
        if o.activity is Activity.INSPECTION and _in(o.starts_on, start, end)
    ]
    supervisions = [
        o
        for o in all_oversights
        if o.activity is Activity.SUPERVISION and _in(o.starts_on, start, end)
    ]
    gs_boards = [
        b
        for b in boards
        if b.board_type is BoardType.GSDTCD
        and (b.established_on is None or b.established_on <= end)
        and (b.dissolved_on is None or b.dissolved_on >= start)
    ]
    return CivicStats(
        consultations=len(cons),
        consultations_by_topic=dict(sorted(topics.items())),
        consultations_by_form=dict(sorted(forms.items())),
        opinions=sum(c.opinions_total for c in cons),
        dialogues=len(dias),
        dialogues_by_kind=dict(sorted(Counter(d.dialogue_kind.value for d in dias).items())),
        dialogue_attendance=sum(d.attendance or 0 for d in dias),
        inspections=len(inspections),
        cases_verified=sum(o.cases_verified for o in inspections),
        inspection_violations=sum(o.violations for o in inspections),
        ttnd_recommendations=recommendation_counts(
            (o for o in all_oversights if o.activity is Activity.INSPECTION),
            start,
            end,
            cal,
            settings,
        ),
        gsdtcd_boards=len(gs_boards),
        projects_supervised=len({o.board_uuid for o in supervisions}),
        supervision_violations=sum(o.violations for o in supervisions),
        gsdtcd_recommendations=recommendation_counts(
            (o for o in all_oversights if o.activity is Activity.SUPERVISION),
            start,
            end,
            cal,
            settings,
        ),
    )
