"""The commune's period report to the People's Council (DOMAIN.md §5).

A period is a year (``2026``), a half year (``2026H1``, ``2026H2``) or a
quarter (``2026Q3``). Every figure is one SQL aggregate (GROUP BY over the
indexed date columns, SQLite's ``json_each`` for the JSON lists of forms,
warnings, feedback and convention events): no record is loaded into Python, so
the yearly report of a ten-year commune stays well under its 3 s budget
(BUDGETS.md). The JSON functions are SQLite's; the report is printed by the
commune, whose store is SQLite.

The sections printed are a setting (``reports.sections``); all of them unless
the officer chose fewer.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from desktop.core.errors import FieldError, SetupError, ValidationError
from desktop.core.installation import Role
from desktop.core.unit_figures import citizen_civic_figures
from desktop.core.workdays import WorkCalendar
from desktop.documents.disclosure_docs import Commune
from desktop.documents.period_report import (
    SECTIONS,
    PeriodFigures,
    PeriodKind,
    PeriodReportData,
    ReportPeriod,
    render_period_report,
)
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext, vietnam_today
from desktop.services.document_files import issuing_commune, write_atomic
from desktop.services.period_figures import figures_from_rows
from desktop.services.setup import SetupService
from desktop.storage.disclosures import overdue_disclosures
from desktop.storage.installation import get_setting, set_setting
from desktop.storage.numbers import document_number, first_issued_at
from desktop.storage.report_counts import period_rows, record_bodies

SECTIONS_KEY = "reports.sections"
_PERIOD = re.compile(r"^(\d{4})(?:-?([HQ])(\d))?$")
# The report has no record of its own: its register entry is keyed by a
# name-based uuid of the commune and the period (reprints keep the number).
_REPORT_NAMESPACE = uuidlib.UUID("0b7f3c2e-5a41-5d8e-9f60-3c2d1e4b5a70")


def parse_period(value: str) -> ReportPeriod:
    """``2026`` → the year, ``2026H1`` → its first half, ``2026Q3`` → its third quarter.

    Raises:
        ValidationError: field ``period``, code ``invalid_report_period``.
    """
    match = _PERIOD.match(value.strip().upper()) if isinstance(value, str) else None
    part = int(match.group(3)) if match and match.group(3) else 0
    letter = match.group(2) if match else None
    if (
        match is None
        or not 1 <= int(match.group(1)) <= 9998
        or (letter == "H" and not 1 <= part <= 2)
        or (letter == "Q" and not 1 <= part <= 4)
    ):
        raise ValidationError([FieldError("period", "invalid_report_period", {"value": value})])
    year = int(match.group(1))
    kind: PeriodKind = "half" if letter == "H" else "quarter" if letter == "Q" else "year"
    months = {"year": 12, "half": 6, "quarter": 3}[kind]
    first_month = 1 + (part - 1) * months if part else 1
    start = dt.date(year, first_month, 1)
    after = first_month + months
    end = (dt.date(year + 1, 1, 1) if after > 12 else dt.date(year, after, 1)) - dt.timedelta(1)
    key = f"{year}{letter}{part}" if letter else str(year)
    return ReportPeriod(key, kind, year, part, start, end)


class ReportService:
    """Counts the figures of a period and prints the report."""

    def __init__(
        self, ctx: StoreContext, setup: SetupService, calendar: CalendarService | None = None
    ) -> None:
        self.ctx = ctx
        self.setup = setup
        self.calendar = calendar

    # --- settings -----------------------------------------------------------------------
    def sections(self) -> tuple[str, ...]:
        """The sections the report prints (all, in print order, unless chosen otherwise)."""
        with self.ctx.db.reading() as session:
            chosen = get_setting(session, SECTIONS_KEY, None)
        if not isinstance(chosen, list):
            return SECTIONS
        return tuple(s for s in SECTIONS if s in chosen)

    def set_sections(self, names: Sequence[str]) -> None:
        """Choose the sections printed.

        Raises:
            ValidationError: an unknown section name (field ``sections``).
        """
        unknown = [n for n in names if n not in SECTIONS]
        if unknown:
            params = {"value": unknown[0], "choices": ", ".join(SECTIONS)}
            raise ValidationError([FieldError("sections", "invalid_choice", params)])
        with self.ctx.db.transaction() as session:
            set_setting(session, SECTIONS_KEY, [s for s in SECTIONS if s in names])

    # --- figures ------------------------------------------------------------------------
    def figures(self, period: str | ReportPeriod) -> PeriodFigures:
        """Every figure of ``period`` (one read transaction, SQL aggregates only)."""
        p = parse_period(period) if isinstance(period, str) else period
        self._require_commune_store()
        # Overdue as the Công khai page says on the period's last day (today while it runs).
        as_of = min(p.end, self.ctx.today())
        calendar = self.calendar.calendar() if self.calendar is not None else WorkCalendar()
        with self.ctx.db.reading() as session:
            rows = period_rows(session, p.start, p.end)
            overdue = Counter(
                s.data.category for s in overdue_disclosures(session, as_of, calendar)
            )
            bodies = record_bodies(session, p.end)
        citizen = citizen_civic_figures(bodies, p.start, p.end, calendar)
        return figures_from_rows(rows, overdue, citizen)

    def _require_commune_store(self) -> None:
        """The report is the commune's: refused at the receiving level, whose store
        mixes many communes (and may be PostgreSQL, where the JSON SQL is not SQLite's)."""
        role = self.setup.require_installation().data.role
        if role is Role.UPPER or not self.ctx.db.is_sqlite:
            raise SetupError("report_commune_only")

    def report_data(self, period: str | ReportPeriod, *, signer: str = "") -> PeriodReportData:
        """What the report of ``period`` prints, numbered in the commune's register."""
        p = parse_period(period) if isinstance(period, str) else period
        figures = self.figures(p)
        commune, issuer = self._commune(signer)
        key = str(uuidlib.uuid5(_REPORT_NAMESPACE, f"{issuer}:{p.key}"))
        number, issued_on = self._issue(issuer, key)
        return PeriodReportData(
            commune=commune,
            period=p,
            figures=figures,
            issued_on=issued_on,
            sections=self.sections(),
            number=number,
        )

    def report_pdf(self, period: str | ReportPeriod, out: Path, *, signer: str = "") -> Path:
        """Write the report of ``period`` to ``out`` (atomically).

        Raises:
            ValidationError: a bad period; nothing is written.
        """
        data = self.report_data(period, signer=signer)
        return write_atomic(out, lambda tmp: render_period_report(data, tmp), db=self.ctx.db)

    def report_xlsx(self, period: str | ReportPeriod, out: Path) -> Path:
        """The commune's figures of ``period`` as a workbook laid out as the receiving
        level's (a sheet per section, the commune's one row and the totals)."""
        from desktop.documents.province_report import ProvinceFigures, UnitFigures
        from desktop.services.province_workbook import write_workbook

        p = parse_period(period) if isinstance(period, str) else period
        figures = self.figures(p)
        inst = self.setup.require_installation().data
        unit = UnitFigures(inst.code, inst.name, None, True, figures)
        book = ProvinceFigures(p, (unit,), figures)
        return write_atomic(out, lambda tmp: write_workbook(book, tmp), db=self.ctx.db)

    # --- numbering ----------------------------------------------------------------------
    def _commune(self, signer: str) -> tuple[Commune, str]:
        return issuing_commune(self.setup.require_installation().data, signer)

    def _issue(self, issuer: str, key: str) -> tuple[int, dt.date]:
        """The report's BC number and date: those of its first issue (a reprint keeps both)."""
        with self.ctx.db.transaction() as session:
            number = document_number(
                session,
                issuer=issuer,
                year=self.ctx.today().year,
                type_code="BC",
                record_uuid=key,
                now=self.ctx.clock(),
            )
            issued = first_issued_at(session, record_uuid=key, type_code="BC")
        return number, vietnam_today(lambda: issued)
