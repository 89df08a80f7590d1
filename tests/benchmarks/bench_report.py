"""Yearly report PDF on a large store < 3 s (BUDGETS.md "yearly report PDF, commune-10y").

:func:`bench_report` prints the period report of the store's busiest year (most
meetings and disclosures) again and again: the SQL aggregates, the numbering
transaction and the ReportLab document, as ``sodanchu pdf report YEAR`` does.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import text

from desktop.services.container import build_services
from desktop.services.context import open_store
from tests.benchmarks.run import Result, median_ms

BUDGET_MS = 3000.0
_BUSIEST_YEAR = text(
    """
    SELECT y FROM (
        SELECT substr(held_on, 1, 4) AS y FROM meetings WHERE deleted = 0
        UNION ALL
        SELECT substr(first_disclosed_on, 1, 4) FROM disclosures
        WHERE deleted = 0 AND first_disclosed_on IS NOT NULL
    ) GROUP BY y ORDER BY COUNT(*) DESC, y DESC LIMIT 1
    """
)


def busiest_year(store_dir: Path) -> int | None:
    """The year with the most meetings and disclosures; ``None`` for an empty store."""
    services = build_services(open_store(store_dir))
    try:
        with services.ctx.db.reading() as session:
            found = session.execute(_BUSIEST_YEAR).scalar()
    finally:
        services.close()
    return int(found) if found else None


def bench_report(store_dir: Path, repeat: int) -> list[Result]:
    """The yearly report PDF of the busiest year of the store in ``store_dir`` (a data dir)."""
    year = busiest_year(store_dir)
    if year is None:
        raise SystemExit(f"{store_dir}: no meeting or disclosure to report on")
    services = build_services(open_store(store_dir))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "bao-cao.pdf"
            median = median_ms(lambda: services.reports.report_pdf(str(year), out), repeat)
    finally:
        services.close()
    return [
        Result(
            name=f"yearly report PDF ({year})",
            median_ms=median,
            floor_ms=None,
            budget="< 3 s",
            passed=median < BUDGET_MS,
        )
    ]


if __name__ == "__main__":
    import sys

    for result in bench_report(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5):
        print(result.line())
