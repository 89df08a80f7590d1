"""The receiving level's period report on PostgreSQL: the same per-unit rows and totals as
the communes' own reports (SQLite) and as the same bundles give on SQLite (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.services.period_figures import sum_figures
from tests.conftest import Clock
from tests.services.province_world import COMMUNES, make_commune, send_up
from tests.services.test_province_report import _plain
from tests.services.test_sync_roundtrip import UPPER


@pytest.mark.parametrize("period", ["2026", "2026H1"])
def test_the_province_report_on_postgresql_equals_the_communes_own(
    pg_url: str, tmp_path: Path, period: str
) -> None:
    communes = [build_services(open_store(tmp_path / c, clock=Clock())) for c, _, _ in COMMUNES]
    province = build_services(open_store(tmp_path / "pg", db_url=pg_url, clock=Clock()))
    try:
        for s, (code, name, seed) in zip(communes, COMMUNES, strict=True):
            make_commune(s, code, name, seed)
        province.setup.initialize(UPPER)
        send_up(communes, province, tmp_path)
        own = [s.reports.figures(period) for s in communes]
        figures = province.province_report.figures(period)
        assert [_plain(u.figures) for u in figures.units] == [_plain(f) for f in own]
        assert _plain(figures.total) == _plain(sum_figures(own))
        assert figures.silent == ()
        out = province.province_report.report_xlsx(period, tmp_path / "bc.xlsx")
        assert out.stat().st_size > 0
    finally:
        for s in (*communes, province):
            s.close()
