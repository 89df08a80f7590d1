"""A period's figures as JSON (``sodanchu report PERIOD --json``; CLI.md): plain counts,
keyed by the record enums, never a person's name."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop.documents.period_report import PeriodFigures
from desktop.documents.province_report import ProvinceFigures, unit_columns

MAIN = (
    "disclosures",
    "disclosures_late",
    "meetings",
    "decisions",
    "conventions_in_force",
    "reception_visits",
    "cases_in_jurisdiction",
    "cases_settled",
)


def figures_json(f: PeriodFigures) -> dict[str, Any]:
    """Every figure; ``main`` holds the counts of the per-unit table."""
    return {
        "main": dict(zip(MAIN, unit_columns(f), strict=True)),
        "disclosures": {str(k): asdict(v) for k, v in sorted(f.disclosures.items())},
        "forms": dict(f.forms),
        "postings": f.postings,
        "meetings": {k: asdict(v) for k, v in f.meetings.items()},
        "decisions": {f"{m}/{o}": n for (m, o), n in sorted(f.decisions.items())},
        "convention_events": dict(f.convention_events),
        "convention_states": dict(f.convention_states),
        "feedback": asdict(f.feedback),
        **{k: v for k, v in asdict(f.citizen).items()},
    }


def province_json(p: ProvinceFigures) -> dict[str, Any]:
    """Each unit (code, name, last bundle's day, whether it reported) and the totals."""
    return {
        "period": p.period.key,
        "units": [
            {
                "code": u.code,
                "name": u.name,
                "last_bundle_on": u.last_bundle_on.isoformat() if u.last_bundle_on else None,
                "reported": u.reported,
                "figures": figures_json(u.figures),
            }
            for u in p.units
        ],
        "not_reported": [u.code for u in p.silent],
        "total": figures_json(p.total),
    }
