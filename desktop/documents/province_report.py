"""The receiving level's period report over its units (BÁO CÁO, type BC; issue 14).

The province (or district) UBND's report: which units sent their records for the period
and which did not, a table of the main figures per unit, then the sections of the
commune's period report printed over the totals (:func:`period_report.add_sections`).
Its wording is ``resources/templates/province_report_vi.txt`` over the period report's
template: a section the province's file does not hold is the commune report's.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from desktop.documents.disclosure_docs import Body, Commune, fmt_date
from desktop.documents.page import BodyTable, OfficialDocument, renderer
from desktop.documents.period_citizen import summary_values
from desktop.documents.period_report import (
    SECTIONS,
    TEMPLATE,
    PeriodFigures,
    ReportPeriod,
    add_sections,
    count,
    period_text,
)
from desktop.documents.templates import DocumentTemplate, TemplateError, load_template

PROVINCE_TEMPLATE = "province_report_vi.txt"
# "UBND Thành phố Hồ Chí Minh" names the body; the header prints "Ủy ban nhân dân" itself.
_BODY_PREFIX = re.compile(r"^\s*(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+", re.IGNORECASE)
_LEVEL_PREFIX = re.compile(r"^(tỉnh|thành phố|huyện|quận|thị xã)\b", re.IGNORECASE)


@dataclass(frozen=True)
class UnitFigures:
    """One unit's row: its code and name, the day of its last bundle, whether a bundle
    covers the period, and its figures."""

    code: str
    name: str
    last_bundle_on: dt.date | None
    reported: bool
    figures: PeriodFigures


@dataclass(frozen=True)
class ProvinceFigures:
    """The period, every unit (code order) and the totals of all of them."""

    period: ReportPeriod
    units: tuple[UnitFigures, ...]
    total: PeriodFigures

    @property
    def silent(self) -> tuple[UnitFigures, ...]:
        """The units with no bundle covering the period."""
        return tuple(u for u in self.units if not u.reported)


@dataclass(frozen=True)
class ProvinceReportData:
    """Everything the report prints: the receiving body, the figures, the sections."""

    body: Commune
    figures: ProvinceFigures
    issued_on: dt.date
    number: int | None = None
    sections: tuple[str, ...] = SECTIONS


def receiving_body(name: str, signer: str = "") -> Commune:
    """The receiving level's UBND as the header and the sentences name it: ``UBND Tỉnh
    Quảng Nam`` → ``tỉnh Quảng Nam`` (mid-sentence), the date line's place ``Quảng Nam``
    (a city keeps ``Thành phố``, as Decree 30 headers write it)."""
    bare = _BODY_PREFIX.sub("", unicodedata.normalize("NFC", name)).strip() or name
    level = _LEVEL_PREFIX.match(bare)
    if level is None:
        return Commune(bare, bare, signer.strip())
    mid = level.group(1).lower() + bare[level.end() :]
    city = level.group(1).lower() == "thành phố"
    place = bare if city else bare[level.end() :].strip()
    return Commune(mid, place, signer.strip())


def unit_columns(f: PeriodFigures) -> tuple[int, ...]:
    """The main figures of a unit's row (the per-unit table of the PDF)."""
    disclosures = f.disclosures.values()
    r, c = f.citizen.reception, f.citizen.cases
    return (
        sum(d.disclosed for d in disclosures),
        sum(d.behind for d in disclosures),
        sum(m.held for m in f.meetings.values()),
        sum(f.decisions.values()),
        f.convention_states.get("in_force", 0),
        r.visits,
        c.in_jurisdiction,
        c.settled,
    )


def province_template() -> DocumentTemplate:
    """The province's wording over the commune report's."""
    base = load_template(TEMPLATE)
    own = load_template(PROVINCE_TEMPLATE)
    return DocumentTemplate(own.name, {**base.sections, **own.sections})


def _units_table(tpl: DocumentTemplate, figures: ProvinceFigures) -> BodyTable:
    header = tpl.lines("units_header", {})
    if len(header) != 10:
        raise TemplateError(f"{tpl.name} [units_header] needs 10 lines, has {len(header)}")
    rows: list[tuple[str, ...]] = []
    for no, u in enumerate(figures.units, 1):
        name = f"{u.name} ({u.code})" + ("" if u.reported else " *")
        rows.append((str(no), name, *map(count, unit_columns(u.figures))))
    total = unit_columns(figures.total)
    rows.append(("", tpl.text("table_total", {}), *map(count, total)))
    return BodyTable(
        header=header,
        rows=tuple(rows),
        widths=(1.0, 4.0, *(1.35,) * 8),
        align=("center", "left", *("center",) * 8),
    )


def build_province_report(
    data: ProvinceReportData, template: DocumentTemplate | None = None
) -> OfficialDocument:
    tpl = template or province_template()
    f = data.figures
    t = f.total
    silent = f.silent
    values: dict[str, object] = {
        "commune_name": data.body.name,
        "body_name": data.body.name,
        "period": period_text(f.period, tpl),
        "starts_on": fmt_date(f.period.start),
        "ends_on": fmt_date(f.period.end),
        "units": count(len(f.units)),
        "reported": count(len(f.units) - len(silent)),
        "silent_count": count(len(silent)),
        "silent_names": "; ".join(f"{u.name} ({u.code})" for u in silent),
        "postings": count(t.postings),
        "received": count(t.feedback.received),
        "answered": count(t.feedback.answered),
        "unanswered": count(t.feedback.unanswered),
        **summary_values(t.citizen),
    }
    body = Body(tpl, values)
    body.add("recipient")
    body.add("opening")
    if not f.units:
        body.add("no_units")
    else:
        body.add("silent" if silent else "all_reported")
        body.add("units_intro")
        body.append(_units_table(tpl, f))
    if t.empty:
        body.add("empty")
    add_sections(body, t, data.sections)
    body.add("closing")
    return body.commune_document(
        data.body, type_code="BC", issued_on=data.issued_on, number=data.number
    )


render_province_report = renderer(build_province_report)
