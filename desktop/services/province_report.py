"""The receiving level's period report: one report of the province (or district) over
all its units, built from the records they sent (issue 14; DOMAIN.md §5, §4.10, D61 Art.
16; docs/reports.md).

Each unit's figures are worked out from its snapshots by the same core rules the commune's
own report uses (:mod:`desktop.core.snapshot_counts`, :mod:`desktop.core.unit_figures`),
so a unit's row equals its own period report and the totals are their sum. A unit "has
reported" for a period when a bundle it made on or after the period's last day (or today,
while the period runs) was imported: its records then stand as they did at the end.
Plain SQL and JSON parsed in Python: the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import SetupError
from desktop.core.installation import Role
from desktop.core.snapshot_counts import REPORT_KINDS, report_facts, snapshot_rows
from desktop.core.unit_figures import citizen_civic_figures
from desktop.core.workdays import WorkCalendar
from desktop.documents.period_report import PeriodFigures, ReportPeriod
from desktop.documents.province_report import (
    ProvinceFigures,
    ProvinceReportData,
    UnitFigures,
    receiving_body,
    render_province_report,
)
from desktop.services.calendar import CalendarService
from desktop.services.context import StoreContext, vietnam_today
from desktop.services.document_files import write_atomic
from desktop.services.period_figures import figures_from_rows, sum_figures
from desktop.services.registry import KINDS
from desktop.services.reports import ReportService, parse_period
from desktop.services.setup import SetupService
from desktop.storage.numbers import document_number, first_issued_at
from desktop.storage.report_snapshots import last_bundle_days, unit_snapshots
from desktop.storage.sync_board import child_peers

# The province's report has no record of its own either: keyed by level and period.
_NAMESPACE = uuidlib.UUID("5d0a3e61-2c7b-4f0e-8a51-7e9b3c2d1f40")
# The kinds of the citizen and civic sections, whose §4.10 figures the report reads
# (``KindSpec.section``; the receiving level loads only these besides REPORT_KINDS).
_SECTIONED = KINDS.in_section()
# Kinds read only when dated up to the period's end (their day decides the period).
_DATED = ("meeting", *_SECTIONED)


class ProvinceReportService:
    """Works out and prints the receiving level's period report."""

    def __init__(
        self,
        ctx: StoreContext,
        setup: SetupService,
        reports: ReportService,
        calendar: CalendarService | None = None,
    ) -> None:
        self.ctx = ctx
        self.setup = setup
        self.reports = reports
        self.calendar = calendar

    def _require_receiving(self) -> None:
        if self.setup.require_installation().data.role is not Role.UPPER:
            raise SetupError("report_receiving_only")

    def figures(self, period: str | ReportPeriod) -> ProvinceFigures:
        """Every unit's figures of ``period`` and their totals (one read transaction).

        Raises:
            ValidationError: a bad period (field ``period``).
        """
        p = parse_period(period) if isinstance(period, str) else period
        self._require_receiving()
        cal = self.calendar.calendar() if self.calendar is not None else WorkCalendar()
        as_of = min(p.end, self.ctx.today())
        found: dict[str, PeriodFigures] = {}
        with self.ctx.db.reading() as session:
            peers = {code: name for code, name, _ in child_peers(session)}
            bundles = last_bundle_days(session)
            kinds = (*REPORT_KINDS, *_SECTIONED)
            # One unit's records in memory at a time (a province's year is ~1 GB of JSON).
            for code, records in _grouped(
                unit_snapshots(session, kinds, _DATED, p.end, REPORT_KINDS)
            ):
                found[code] = unit_figures(records, p, cal, as_of)
        units = []
        for code in sorted(set(peers) | set(found) | set(bundles)):
            last = _day(bundles.get(code))
            units.append(
                UnitFigures(
                    code=code,
                    name=peers.get(code, code),
                    last_bundle_on=last,
                    reported=last is not None and last >= max(as_of, p.start),
                    figures=found.get(code) or unit_figures({}, p, cal, as_of),
                )
            )
        total = sum_figures(u.figures for u in units)
        return ProvinceFigures(p, tuple(units), total)

    def report_data(self, period: str | ReportPeriod, *, signer: str = "") -> ProvinceReportData:
        """What the report prints, numbered in the receiving body's own yearly register."""
        figures = self.figures(period)
        inst = self.setup.require_installation().data
        body, issuer = receiving_body(inst.name, signer), f"upper:{inst.code}"
        key = str(uuidlib.uuid5(_NAMESPACE, f"{issuer}:{figures.period.key}"))
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
        return ProvinceReportData(
            body, figures, vietnam_today(lambda: issued), number, self.reports.sections()
        )

    def report_pdf(self, period: str | ReportPeriod, out: Path, *, signer: str = "") -> Path:
        """Write the Decree 30 report of ``period`` to ``out`` (atomically)."""
        data = self.report_data(period, signer=signer)
        return write_atomic(out, lambda tmp: render_province_report(data, tmp), db=self.ctx.db)

    def report_xlsx(self, period: str | ReportPeriod, out: Path) -> Path:
        """Write the workbook of ``period`` to ``out``: a sheet per section, a row per unit."""
        from desktop.services.province_workbook import write_workbook

        figures = self.figures(period)
        return write_atomic(out, lambda tmp: write_workbook(figures, tmp), db=self.ctx.db)


def unit_figures(
    records: dict[str, list[dict[str, Any]]], p: ReportPeriod, cal: WorkCalendar, as_of: dt.date
) -> PeriodFigures:
    """One unit's figures of ``p`` from its snapshots by kind."""
    rows, overdue = snapshot_rows(records, p.start, p.end, cal, as_of)
    return figures_from_rows(rows, overdue, citizen_civic_figures(records, p.start, p.end, cal))


def _grouped(
    rows: Iterator[tuple[str, str, dict[str, Any], bool]],
) -> Iterator[tuple[str, dict[str, list[dict[str, Any]]]]]:
    """Consecutive rows of one unit gathered by kind (the rows come in unit order); a
    disclosure, meeting or convention as its report facts (worked out here for a row
    imported before the import kept them)."""
    current: str | None = None
    kinds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for code, kind, record, is_facts in rows:
        if code != current:
            if current is not None:
                yield current, kinds
            current, kinds = code, defaultdict(list)
        if kind in REPORT_KINDS and not is_facts:
            facts = report_facts(record)
            if facts is None:
                continue
            record = facts
        kinds[kind].append(record)
    if current is not None:
        yield current, kinds


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
