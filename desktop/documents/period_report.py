"""The commune UBND's period report to the People's Council (BÁO CÁO, type BC).

There is no national template for the six-month (sơ kết) and year-end (tổng
kết) reports on grassroots democracy (DOMAIN.md §5): the sections printed are
chosen by a setting, and every figure is a count the service worked out in
SQL. This module takes those plain counts, keyed by the record enums
(catalogue item, form, matter, outcome, convention state), and prints them as
tables on the Decree 30 page. The wording, row labels included, lives in
``resources/templates/period_report_vi.txt``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from desktop.core.conventions import STATISTICS_EVENTS, ConventionStatus
from desktop.core.disclosure_catalog import CATEGORIES, DisclosureForm
from desktop.core.meetings import Matter
from desktop.core.unit_figures import CitizenCivicFigures
from desktop.documents.disclosure_docs import Body, Commune, fmt_date, roman
from desktop.documents.page import Align, BodyTable, OfficialDocument, renderer
from desktop.documents.period_citizen import (
    CITIZEN_SECTIONS,
    indicator_table,
    indicators,
    summary_values,
)
from desktop.documents.templates import DocumentTemplate, TemplateError, load_template

TEMPLATE = "period_report_vi.txt"
PeriodKind = Literal["year", "half", "quarter"]

# The report's sections, in print order; the setting lists a subset of them.
SECTIONS: tuple[str, ...] = (
    "disclosures",
    "disclosure_forms",
    "meetings",
    "decisions",
    "conventions",
    "feedback",
    *CITIZEN_SECTIONS,
)
# How a village decided (Law Art. 17): the rows of the meetings table.
MEETING_FORMS: tuple[str, ...] = ("meeting", "household_ballot", "online")
# The matters residents decide (Law Art. 15); procedural votes are not decisions.
DECISION_MATTERS: tuple[Matter, ...] = tuple(m for m in Matter if m is not Matter.PROCEDURAL)
# Convention steps counted in the period (D61 Art. 16), in print order.
CONVENTION_EVENTS: tuple[str, ...] = tuple(STATISTICS_EVENTS)


@dataclass(frozen=True)
class ReportPeriod:
    """A reporting period: a year, a half year or a quarter.

    Attributes:
        key: as written on the command line (``2026``, ``2026H1``, ``2026Q3``).
        kind: ``year``, ``half`` or ``quarter``.
        year: the calendar year.
        part: the half (1–2) or quarter (1–4); 0 for a year.
        start, end: the first and last day.
    """

    key: str
    kind: PeriodKind
    year: int
    part: int
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class DisclosureItemCounts:
    """Disclosures of one catalogue item first made known in the period, and those
    still not made known though due.

    Attributes:
        disclosed: how many; ``late``: after their deadline (Art. 12(3));
        short: with a posting or broadcast shorter than the Law asks, or a
            required place without a posting (Art. 13).
        overdue: not disclosed by the period's last day (or today) though the
            deadline or the planned day had passed — the Công khai page's Quá hạn.
    """

    disclosed: int = 0
    late: int = 0
    short: int = 0
    overdue: int = 0

    @property
    def behind(self) -> int:
        """Late disclosures of every kind: made late, or due and not made yet."""
        return self.late + self.overdue


@dataclass(frozen=True)
class MeetingFormCounts:
    """Meetings (or ballots, online votes) held in the period.

    Attributes:
        held: how many; ``minutes_late``: minutes sent after 5 working days
        (Law Art. 20); ``minutes_unsent``: no sending day recorded.
    """

    held: int = 0
    minutes_late: int = 0
    minutes_unsent: int = 0


@dataclass(frozen=True)
class FeedbackCounts:
    """Residents' feedback on disclosures received in the period.

    Attributes:
        received: how many; ``answered``: answered by the period's last day;
        ``unanswered``: not answered by then.
    """

    received: int = 0
    answered: int = 0
    unanswered: int = 0


@dataclass(frozen=True)
class PeriodFigures:
    """Every figure of the report; the mappings hold only the keys counted.

    Attributes:
        disclosures: catalogue item (1–14) -> counts.
        forms: form value (``notice_board`` ...) -> disclosures using it.
        postings: notices put up in the period (all places).
        meetings: form (:data:`MEETING_FORMS`) -> counts.
        decisions: (matter value, outcome value) -> matters decided.
        convention_events: event kind (:data:`CONVENTION_EVENTS`) -> conventions.
        convention_states: state value -> conventions in it on the last day.
        feedback: the feedback counts.
        citizen: the §4.10 figures (reception, letters, cases, consultations, dialogues,
            the boards), from :func:`desktop.core.unit_figures.citizen_civic_figures`.
    """

    disclosures: Mapping[int, DisclosureItemCounts] = field(default_factory=dict)
    forms: Mapping[str, int] = field(default_factory=dict)
    postings: int = 0
    meetings: Mapping[str, MeetingFormCounts] = field(default_factory=dict)
    decisions: Mapping[tuple[str, str], int] = field(default_factory=dict)
    convention_events: Mapping[str, int] = field(default_factory=dict)
    convention_states: Mapping[str, int] = field(default_factory=dict)
    feedback: FeedbackCounts = FeedbackCounts()
    citizen: CitizenCivicFigures = field(default_factory=CitizenCivicFigures)

    @property
    def empty(self) -> bool:
        """Nothing happened in the period (conventions merely in force do not count)."""
        return self.citizen.empty and not (
            any(c.disclosed or c.overdue for c in self.disclosures.values())
            or self.postings
            or any(c.held for c in self.meetings.values())
            or any(self.decisions.values())
            or any(self.convention_events.values())
            or self.feedback.received
        )

    def decided(self, matter: str) -> tuple[int, int]:
        """``(passed, failed)`` for one matter."""
        return self.decisions.get((matter, "passed"), 0), self.decisions.get((matter, "failed"), 0)


@dataclass(frozen=True)
class PeriodReportData:
    """Everything the report prints.

    Attributes:
        commune: the issuing commune UBND.
        period: the period reported.
        figures: the counts.
        sections: the sections to print, a subset of :data:`SECTIONS`.
        issued_on: the report's date.
        number: the BC number within the year; ``None`` prints a blank.
    """

    commune: Commune
    period: ReportPeriod
    figures: PeriodFigures
    issued_on: dt.date
    sections: tuple[str, ...] = SECTIONS
    number: int | None = None


def count(value: int) -> str:
    """A count the Vietnamese way: thousands grouped with dots (``2.059``)."""
    return f"{value:,}".replace(",", ".")


def period_text(period: ReportPeriod, tpl: DocumentTemplate) -> str:
    """The period in words: ``năm 2026``, ``6 tháng đầu năm 2026``, ``quý III năm 2026``."""
    section = {
        "year": "period_year",
        "half": f"period_half{period.part}",
        "quarter": "period_quarter",
    }
    values = {"year": period.year, "quarter": roman(period.part) if period.part else ""}
    return tpl.text(section[period.kind], values)


def build_period_report(
    data: PeriodReportData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    """The report as an :class:`OfficialDocument` (wording from the template)."""
    tpl = template or load_template(TEMPLATE)
    f = data.figures
    values: dict[str, object] = {
        "commune_name": data.commune.name,
        "period": period_text(data.period, tpl),
        "starts_on": fmt_date(data.period.start),
        "ends_on": fmt_date(data.period.end),
        "postings": count(f.postings),
        "received": count(f.feedback.received),
        "answered": count(f.feedback.answered),
        "unanswered": count(f.feedback.unanswered),
        **summary_values(f.citizen),
    }
    body = Body(tpl, values)
    body.add("recipient")
    body.add("opening")
    if f.empty:
        body.add("empty")
    add_sections(body, f, data.sections)
    body.add("closing")
    return body.commune_document(
        data.commune, type_code="BC", issued_on=data.issued_on, number=data.number
    )


render_period_report = renderer(build_period_report)


def add_sections(body: Body, f: PeriodFigures, sections: Sequence[str]) -> None:
    """Each chosen section (print order of :data:`SECTIONS`): its numbered heading, its
    summary and its table (the receiving level's report prints its totals the same way)."""
    for section in (s for s in SECTIONS if s in sections):
        body.parts += 1
        body.add(f"{section}_heading", no=_ROMAN[body.parts - 1])
        _SECTION_BUILDERS[section](body, f)


# --- the sections -----------------------------------------------------------------------

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_C: Align = "center"
_L: Align = "left"


def _labels(tpl: DocumentTemplate, section: str, keys: tuple[object, ...]) -> dict[object, str]:
    """Row labels from a template section holding one line per key, in order."""
    lines = tpl.lines(section, {})
    if len(lines) != len(keys):
        raise TemplateError(f"{tpl.name} [{section}] needs {len(keys)} lines, has {len(lines)}")
    return dict(zip(keys, lines, strict=True))


def _header(tpl: DocumentTemplate, section: str, columns: int) -> tuple[str, ...]:
    header = tpl.lines(section, {})
    if len(header) != columns:
        raise TemplateError(f"{tpl.name} [{section}] needs {columns} lines, has {len(header)}")
    return header


def _table(
    tpl: DocumentTemplate,
    header: str,
    rows: Sequence[tuple[str, tuple[int, ...]]],
    widths: tuple[float, ...],
    total: bool = True,
) -> BodyTable:
    """Number, label, counts; a totals row last when ``total``."""
    n = len(widths) - 2
    cells = [(str(no), label, *map(count, c)) for no, (label, c) in enumerate(rows, 1)]
    if total:
        sums = [sum(c[i] for _, c in rows) for i in range(n)]
        cells.append(("", tpl.text("table_total", {}), *map(count, sums)))
    return BodyTable(
        header=_header(tpl, header, n + 2),
        rows=tuple(cells),
        widths=widths,
        align=(_C, _L, *(_C,) * n),
    )


def _disclosures(body: Body, f: PeriodFigures) -> None:
    tpl = body.tpl
    rows = []
    for cat in CATEGORIES:
        c = f.disclosures.get(cat.number, DisclosureItemCounts())
        label = tpl.text("item_cell", {"category_no": cat.number, "category_short": cat.short_vi})
        counts = (c.disclosed, c.disclosed - c.late, c.late, c.overdue, c.short)
        rows.append((label, counts))
    total = sum(c.disclosed for c in f.disclosures.values())
    late = sum(c.late for c in f.disclosures.values())
    overdue = sum(c.overdue for c in f.disclosures.values())
    short = sum(c.short for c in f.disclosures.values())
    # The summary first: a heading keeps with what follows it, and a long table
    # kept with its heading would leave the rest of the page blank.
    body.add(
        "disclosures_summary",
        disclosed=count(total),
        late=count(late + overdue),
        overdue=count(overdue),
        short=count(short),
    )
    body.append(_table(tpl, "disclosures_header", rows, (0.9, 5.1, 1.5, 1.5, 1.3, 1.6, 1.9)))


def _disclosure_forms(body: Body, f: PeriodFigures) -> None:
    tpl = body.tpl
    rows = [(form.label("vi"), (f.forms.get(form.value, 0),)) for form in DisclosureForm]
    used = [row for row in rows if row[1][0]]  # ten forms, most unused in a quarter
    if not used:
        body.add("forms_none")
        return
    body.add("forms_summary")
    body.append(_table(tpl, "forms_header", used, (0.9, 7.0, 2.4), total=False))


def _meetings(body: Body, f: PeriodFigures) -> None:
    tpl = body.tpl
    labels = _labels(tpl, "meeting_forms", MEETING_FORMS)
    rows = []
    for form in MEETING_FORMS:
        c = f.meetings.get(form, MeetingFormCounts())
        rows.append((labels[form], (c.held, c.minutes_late, c.minutes_unsent)))
    held = sum(c.held for c in f.meetings.values())
    late = sum(c.minutes_late for c in f.meetings.values())
    body.add("meetings_summary", held=count(held), minutes_late=count(late))
    body.append(_table(tpl, "meetings_header", rows, (0.9, 5.4, 1.8, 2.2, 2.2)))


def _decisions(body: Body, f: PeriodFigures) -> None:
    tpl = body.tpl
    labels = _labels(tpl, "matters", DECISION_MATTERS)
    rows = []
    for matter in DECISION_MATTERS:
        passed, failed = f.decided(matter.value)
        rows.append((labels[matter], (passed + failed, passed, failed)))
    passed = sum(f.decided(m.value)[0] for m in DECISION_MATTERS)
    failed = sum(f.decided(m.value)[1] for m in DECISION_MATTERS)
    decided = {"decided": passed + failed, "passed": passed, "failed": failed}
    body.add("decisions_summary", **{k: count(v) for k, v in decided.items()})
    body.append(_table(tpl, "decisions_header", rows, (0.9, 6.4, 1.7, 1.8, 1.9)))


def _conventions(body: Body, f: PeriodFigures) -> None:
    tpl = body.tpl
    events = _labels(tpl, "convention_events", CONVENTION_EVENTS)
    rows = [(events[k], (f.convention_events.get(k, 0),)) for k in CONVENTION_EVENTS]
    body.add("conventions_events")
    body.append(_table(tpl, "convention_events_header", rows, (0.9, 7.0, 2.4), total=False))
    states = _labels(tpl, "convention_states", tuple(s.value for s in ConventionStatus))
    counted = [(states[s.value], (f.convention_states.get(s.value, 0),)) for s in ConventionStatus]
    counted = [row for row in counted if row[1][0]]
    body.add("conventions_states")
    if counted:
        body.append(_table(tpl, "convention_states_header", counted, (0.9, 7.0, 2.4)))
    else:
        body.add("conventions_none")


def _feedback(body: Body, f: PeriodFigures) -> None:
    body.add("feedback_summary" if f.feedback.received else "feedback_none")


def _citizen_section(section: str) -> Callable[[Body, PeriodFigures], None]:
    def build(body: Body, f: PeriodFigures) -> None:
        body.add(f"{section}_summary")
        body.append(indicator_table(body.tpl, indicators(section, f.citizen, sparse=True)))

    return build


_SECTION_BUILDERS: dict[str, Callable[[Body, PeriodFigures], None]] = {
    "disclosures": _disclosures,
    "disclosure_forms": _disclosure_forms,
    "meetings": _meetings,
    "decisions": _decisions,
    "conventions": _conventions,
    "feedback": _feedback,
    **{s: _citizen_section(s) for s in CITIZEN_SECTIONS},
}
