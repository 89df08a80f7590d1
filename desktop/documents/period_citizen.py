"""The §4.10 sections of the period report (DOMAIN.md §4.10): citizen reception, letters,
complaints and denunciations (issue 15), consultations, dialogues and the two boards
(issue 16).

Each section is a list of indicators — a key and a count (or a rate already worked out by
core) — the same list the Reports page shows and the receiving level's workbook writes;
the printed wording of every key is a line ``key | label`` of the template's
``[indicator_labels]``.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.cases import CaseType
from desktop.core.citizen_common import format_rate
from desktop.core.consultation import ConsultationForm, ConsultationTopic
from desktop.core.dialogue import DialogueKind
from desktop.core.letters import Jurisdiction, LetterHandling, LetterType
from desktop.core.unit_figures import CitizenCivicFigures
from desktop.documents.page import BodyTable
from desktop.documents.templates import DocumentTemplate, TemplateError

Indicator = tuple[str, int | str]  # key, count or rate text
CITIZEN_SECTIONS: tuple[str, ...] = ("reception", "letters", "cases", "civic")
# Keys listed only when not zero (nine topics and eight forms would crowd a quarter).
_SPARSE = ("civic.topic_", "civic.form_", "letters.handling_")


def _reception(f: CitizenCivicFigures, lang: str) -> list[Indicator]:
    r = f.reception
    return [
        ("reception.sessions", r.sessions),
        ("reception.visits", r.visits),
        ("reception.people", r.people),
        ("reception.cases", r.cases),
        ("reception.cases_first_time", r.cases_first_time),
        ("reception.cases_repeated", r.cases_repeated),
        ("reception.groups", r.groups),
        ("reception.group_people", r.group_people),
        ("reception.chairman_required", r.chairman_required),
        ("reception.chairman_held", r.chairman_held),
        ("reception.chairman_rate", format_rate(r.chairman_rate, lang)),
    ]


def _letters(f: CitizenCivicFigures, lang: str) -> list[Indicator]:
    x = f.letters
    return [
        ("letters.received", x.received),
        ("letters.carried_over", x.carried_over),
        ("letters.new", x.new),
        ("letters.eligible", x.eligible),
        *((f"letters.type_{t.value}", x.by_type.get(t.value, 0)) for t in LetterType),
        *(
            (f"letters.jurisdiction_{j.value}", x.by_jurisdiction.get(j.value, 0))
            for j in Jurisdiction
        ),
        *(
            (f"letters.handling_{h.value}", x.by_handling.get(h.value, 0))
            for h in LetterHandling
            if h is not LetterHandling.PENDING
        ),
    ]


def _cases(f: CitizenCivicFigures, lang: str) -> list[Indicator]:
    c = f.cases
    return [
        ("cases.in_jurisdiction", c.in_jurisdiction),
        ("cases.carried_over", c.carried_over),
        ("cases.accepted", c.accepted),
        *((f"cases.type_{t.value}", c.by_type.get(t.value, 0)) for t in CaseType),
        ("cases.settled", c.settled),
        *((f"cases.settled_{t.value}", c.settled_by_type.get(t.value, 0)) for t in CaseType),
        ("cases.rate", format_rate(c.rate, lang)),
        ("cases.on_time", c.on_time),
        ("cases.late", c.late),
    ]


def _civic(f: CitizenCivicFigures, lang: str) -> list[Indicator]:
    c = f.civic
    ttnd, gs = c.ttnd_recommendations, c.gsdtcd_recommendations
    return [
        ("civic.consultations", c.consultations),
        *(
            (f"civic.topic_{t.value}", c.consultations_by_topic.get(t.value, 0))
            for t in ConsultationTopic
        ),
        *(
            (f"civic.form_{m.value}", c.consultations_by_form.get(m.value, 0))
            for m in ConsultationForm
        ),
        ("civic.opinions", c.opinions),
        ("civic.dialogues", c.dialogues),
        *(
            (f"civic.dialogues_{k.value}", c.dialogues_by_kind.get(k.value, 0))
            for k in DialogueKind
        ),
        ("civic.attendance", c.dialogue_attendance),
        ("civic.inspections", c.inspections),
        ("civic.cases_verified", c.cases_verified),
        ("civic.inspection_violations", c.inspection_violations),
        ("civic.ttnd_made", ttnd.made),
        ("civic.ttnd_answered", ttnd.answered),
        ("civic.ttnd_on_time", ttnd.answered_on_time),
        ("civic.gsdtcd_boards", c.gsdtcd_boards),
        ("civic.projects", c.projects_supervised),
        ("civic.supervision_violations", c.supervision_violations),
        ("civic.gsdtcd_made", gs.made),
        ("civic.gsdtcd_answered", gs.answered),
        ("civic.gsdtcd_on_time", gs.answered_on_time),
    ]


_INDICATORS: dict[str, Callable[[CitizenCivicFigures, str], list[Indicator]]] = {
    "reception": _reception,
    "letters": _letters,
    "cases": _cases,
    "civic": _civic,
}


def indicators(
    section: str, f: CitizenCivicFigures, lang: str = "vi", *, sparse: bool = False
) -> list[Indicator]:
    """The indicators of one of :data:`CITIZEN_SECTIONS`; ``sparse`` leaves out the
    topic, form and handling rows that are zero."""
    rows = _INDICATORS[section](f, lang)
    if sparse:
        rows = [(k, v) for k, v in rows if v or not k.startswith(_SPARSE)]
    return rows


def indicator_keys(section: str) -> tuple[str, ...]:
    """Every key of a section, in order (the workbook's columns)."""
    return tuple(k for k, _ in _INDICATORS[section](CitizenCivicFigures(), "vi"))


def indicator_labels(tpl: DocumentTemplate) -> dict[str, str]:
    """``key -> label`` from the template's ``[indicator_labels]`` (``key | label``)."""
    out: dict[str, str] = {}
    for line in tpl.lines("indicator_labels", {}):
        key, sep, label = line.partition("|")
        if not sep:
            raise TemplateError(f"{tpl.name} [indicator_labels]: no '|' in {line!r}")
        out[key.strip()] = label.strip()
    missing = [k for s in CITIZEN_SECTIONS for k in indicator_keys(s) if k not in out]
    if missing:
        raise TemplateError(f"{tpl.name} [indicator_labels] lacks {', '.join(missing)}")
    return out


def indicator_table(tpl: DocumentTemplate, rows: list[Indicator]) -> BodyTable:
    """Number, indicator, figure."""
    labels = indicator_labels(tpl)
    cells = tuple(
        (str(no), labels[k], f"{v:,}".replace(",", ".") if isinstance(v, int) else v)
        for no, (k, v) in enumerate(rows, 1)
    )
    header = tpl.lines("indicators_header", {})
    if len(header) != 3:
        raise TemplateError(f"{tpl.name} [indicators_header] needs 3 lines, has {len(header)}")
    return BodyTable(
        header=header, rows=cells, widths=(0.9, 9.0, 2.4), align=("center", "left", "center")
    )


def summary_values(f: CitizenCivicFigures) -> dict[str, object]:
    """The placeholders of the sections' summaries (``$visits``, ``$settled`` …)."""
    out: dict[str, object] = {}
    for section in CITIZEN_SECTIONS:
        for key, value in indicators(section, f):
            name = key.partition(".")[2]
            out[f"{section}_{name}"] = (
                f"{value:,}".replace(",", ".") if isinstance(value, int) else value
            )
    return out
