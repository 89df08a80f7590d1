"""``sodanchu pdf DOCUMENT UUID|PERIOD --out FILE``: print an official document, and
``sodanchu report PERIOD [--json] [--xlsx FILE]``: a period's figures (CLI.md)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.core.errors import FieldError, ValidationError
from desktop.core.print_catalog import BY_NAME, PRINTABLE

if TYPE_CHECKING:
    from desktop.services.container import Services

PDF_DOCUMENTS = (
    "minutes",
    "invitation",
    "notice",
    "end-of-posting",
    "disclosure-list",
    "convention",
    "convention-request",
    "convention-minutes",
    "convention-decision",
    "convention-suspension",
    "convention-abolition",
    "convention-stats",
    "report",
    # The documents of the reception, letter, case and civic kinds, declared per kind once.
    *(p.name for p in PRINTABLE),
)


def add_pdf_command(sub: Any) -> None:
    pdf = sub.add_parser("pdf", help="in văn bản / print an official document")
    pdf.add_argument("document", choices=PDF_DOCUMENTS)
    pdf.add_argument("key", metavar="UUID|PERIOD")
    pdf.add_argument("--out", required=True)
    pdf.add_argument("--on", help="convention: the text in force on this date (YYYY-MM-DD)")
    pdf.add_argument("--visit", help="reception-receipt, reception-refusal: the visit's row (1…)")


def run_pdf(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    target = Path(args.out)
    key, doc = args.key, args.document
    conv = services.convention_documents
    if doc in BY_NAME:
        visit = 0
        if BY_NAME[doc].scope == "visit":
            visit = _parse_visit(args.visit)
        services.civic_documents.pdf(doc, key, target, visit=visit)
    elif doc == "minutes":
        services.documents.minutes_pdf(key, target)
    elif doc == "invitation":
        services.documents.invitation_pdf(key, target)
    elif doc == "notice":
        services.disclosure_documents.notice_pdf(key, target)
    elif doc == "end-of-posting":
        services.disclosure_documents.end_of_posting_pdf(key, target)
    elif doc == "disclosure-list":
        services.disclosure_documents.quarter_list_pdf(key, target)
    elif doc == "convention":
        on = _parse_day("on", args.on) if args.on else None
        conv.text_pdf(key, target, on=on)
    elif doc == "convention-request":
        conv.request_pdf(key, target)
    elif doc == "convention-minutes":
        conv.adoption_minutes_pdf(key, target)
    elif doc in ("convention-decision", "convention-suspension", "convention-abolition"):
        kind = {
            "convention-decision": "recognized",
            "convention-suspension": "suspended",
            "convention-abolition": "abolished",
        }[doc]
        conv.decision_pdf(key, target, kind=kind)
    elif doc == "report" and _receiving(services):
        services.province_report.report_pdf(key, target)
    elif doc == "report":
        services.reports.report_pdf(key, target)
    else:  # convention-stats YEAR
        if not key.isdigit() or len(key) != 4:
            raise ValidationError([FieldError("year", "invalid_int", {"value": key})])
        conv.statistics_pdf(int(key), target)
    out.write(f"{target}\n")
    return 0


def add_report_command(sub: Any) -> None:
    report = sub.add_parser(
        "report", help="số liệu báo cáo kỳ / the period report's figures (receiving: all units)"
    )
    report.add_argument("period", metavar="PERIOD", help="2026, 2026H1, 2026Q3")
    report.add_argument("--json", action="store_true")
    report.add_argument("--xlsx", metavar="FILE", help="write the Excel workbook")


def run_report(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """The figures of a period: a commune's own, or every unit's at a receiving level."""
    from desktop.services.report_json import figures_json, province_json
    from desktop.services.reports import parse_period

    if _receiving(services):
        province = services.province_report.figures(args.period)
        if args.xlsx:
            services.province_report.report_xlsx(province.period, Path(args.xlsx))
        data = province_json(province)
    else:
        period = parse_period(args.period)
        figures = services.reports.figures(period)
        if args.xlsx:
            services.reports.report_xlsx(period, Path(args.xlsx))
        data = {"period": period.key, "figures": figures_json(figures)}
    if args.json:
        out.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        for line in summary_lines(data):
            out.write(line + "\n")
    if args.xlsx:
        out.write(f"{args.xlsx}\n")
    return 0


def summary_lines(data: dict[str, Any]) -> list[str]:
    """A few lines a person reads: per unit (or the commune) the main counts."""
    rows = data.get("units") or [{"code": "", "name": "", "figures": data["figures"]}]
    if "total" in data:
        rows = [*rows, {"code": "", "name": "Tổng cộng / total", "figures": data["total"]}]
    out = [f"Kỳ / period {data['period']}"]
    for r in rows:
        m = r["figures"]["main"]
        silent = "" if r.get("reported", True) else " *chưa gửi / not reported"
        counts = " ".join(f"{k}={v}" for k, v in m.items())
        out.append(f"{r['code']:<6} {r['name'][:30]:<30} {counts}{silent}")
    return out


def _receiving(services: Services) -> bool:
    from desktop.core.installation import Role

    return services.setup.require_installation().data.role is Role.UPPER


def _parse_visit(value: str | None) -> int:
    """``--visit N``: a visit's row, 1-based (required for a visit's document)."""
    if value is None or not value.isdigit() or int(value) < 1:
        raise ValidationError([FieldError("visit", "invalid_int", {"value": value or ""})])
    return int(value)


def _parse_day(field: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError([FieldError(field, "invalid_date", {"value": value})]) from None
