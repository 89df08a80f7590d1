"""The receiving level's yearly report over province-1y < 5 s, SQLite and PostgreSQL
(BUDGETS.md "receiving level: yearly report over province-1y").

The 300 communes' bundles of :mod:`tests.benchmarks.province` are imported once into a
fresh receiving store (as ``bench_sync`` does), then the report of their year is worked
out again and again: every unit's figures from its records' report facts and the totals
(``ProvinceReportService.figures``, what the Reports page and ``sodanchu report`` show),
then the PDF and the workbook once each.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Result, median_ms

BUDGET_MS = 5000.0
YEAR = "2026"


def _rows(label: str, url: str | None, data: Path, tmp: Path, repeat: int) -> list[Result]:
    from desktop.core.installation import InstallationData, Role
    from desktop.services.container import build_services
    from desktop.services.context import open_store

    services = build_services(open_store(tmp / f"upper-{label}", db_url=url))
    try:
        services.setup.initialize(
            InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
        )
        for key in sorted((data / "keys").glob("*.json")):
            services.sync_import.register_child(key)
        services.sync_import.import_files(sorted((data / "bundles").glob("*.zip")))
        report = services.province_report
        figures = report.figures(YEAR)
        units = len(figures.units)
        disclosed = sum(d.disclosed for d in figures.total.disclosures.values())
        median = median_ms(lambda: report.figures(YEAR), repeat)
        start = time.perf_counter()
        report.report_pdf(YEAR, tmp / f"bc-{label}.pdf")
        pdf = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        report.report_xlsx(YEAR, tmp / f"bc-{label}.xlsx")
        xlsx = (time.perf_counter() - start) * 1000
    finally:
        services.close()
    return [
        Result(
            f"province yearly report, {label}",
            median,
            None,
            "< 5 s",
            median < BUDGET_MS,
            note=f"{units} units, {disclosed} disclosures",
        ),
        Result(f"province yearly report PDF, {label}", pdf, None, "< 5 s", pdf < BUDGET_MS),
        Result(f"province yearly report Excel, {label}", xlsx, None, "< 5 s", xlsx < BUDGET_MS),
    ]


def run(store: Path, repeat: int) -> list[Result]:
    from tests.benchmarks.bench_sync import _full_scale, _pg_database, _postgres_url
    from tests.benchmarks.province import province_bundles

    data = province_bundles(300 if _full_scale(store) else 3)
    repeat = min(repeat, 5)  # a few seconds each: the median of five is steady enough
    with tempfile.TemporaryDirectory(prefix="bench-province-report-") as t:
        tmp = Path(t)
        rows = _rows("SQLite", None, data, tmp, repeat)
        server, cluster = _postgres_url(tmp)
        if server is not None:
            try:
                url = _pg_database(server, "bench_province_report")
                rows += _rows("PostgreSQL", url, data, tmp, repeat)
            finally:
                if cluster is not None:
                    cluster.stop()
        else:
            print("# PostgreSQL: no server could be started here; SQLite figures only")
    return rows
