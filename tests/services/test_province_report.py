"""The receiving level's period report equals the sum of its communes' own reports
(issue 14 "Done when"), for a year and a half year, on SQLite (and on PostgreSQL in
tests/storage/test_postgres_report.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.errors import SetupError, ValidationError
from desktop.documents.period_report import PeriodFigures
from desktop.services.container import Services
from desktop.services.period_figures import sum_figures
from tests.services.province_world import COMMUNES, DENOUNCER, make_commune, send_up
from tests.services.test_sync_roundtrip import UPPER, MakeStore, make_store  # noqa: F401


@pytest.fixture
def world(make_store: MakeStore, tmp_path: Path) -> tuple[list[Services], Services]:  # noqa: F811
    communes = []
    for code, name, seed in COMMUNES:
        s = make_store(f"c{code}")
        make_commune(s, code, name, seed)
        communes.append(s)
    upper = make_store("upper")
    upper.setup.initialize(UPPER)
    send_up(communes, upper, tmp_path)
    return communes, upper


def _plain(f: PeriodFigures) -> PeriodFigures:
    """Figures compared as counted (zero entries of a mapping are not a difference)."""
    return replace(
        f,
        disclosures={k: v for k, v in f.disclosures.items() if v.disclosed or v.overdue},
        convention_states={k: v for k, v in f.convention_states.items() if v},
    )


@pytest.mark.parametrize("period", ["2026", "2026H1", "2026H2", "2025Q4"])
def test_each_unit_row_equals_the_commune_own_report_and_totals_are_their_sum(
    world: tuple[list[Services], Services], period: str
) -> None:
    communes, upper = world
    own = [s.reports.figures(period) for s in communes]
    province = upper.province_report.figures(period)
    assert [u.code for u in province.units] == [c for c, _, _ in COMMUNES]
    for mine, unit in zip(own, province.units, strict=True):
        assert _plain(unit.figures) == _plain(mine)
        assert unit.reported
    assert _plain(province.total) == _plain(sum_figures(own))
    if period == "2026":
        cases = province.total.citizen.cases
        # Complaints settled 1 + 1 of cases in jurisdiction (1 + 1) + (1 + 2): 40,00% over
        # the province, not the mean of the units' 50,00% and 33,33% (§4.10).
        assert (cases.settled, cases.in_jurisdiction, cases.rate) == (2, 5, 4000)
        assert [u.figures.citizen.cases.rate for u in province.units] == [5000, 3333]
        reception = province.total.citizen.reception
        assert (reception.visits, reception.cases, reception.groups) == (7, 4, 2)
        assert province.total.citizen.civic.ttnd_recommendations.answered_on_time == 1
        assert not province.total.empty and province.total.disclosures


def test_a_unit_without_a_bundle_covering_the_period_is_named(
    world: tuple[list[Services], Services],
) -> None:
    _, upper = world
    # The bundles were made on 23/11/2026: the year 2026 runs still, 2027 is not covered.
    assert upper.province_report.figures("2026").silent == ()
    later = upper.province_report.figures("2027Q1")
    assert [u.code for u in later.silent] == [c for c, _, _ in COMMUNES]


def test_refusals(world: tuple[list[Services], Services]) -> None:
    communes, upper = world
    with pytest.raises(ValidationError):
        upper.province_report.figures("2026H3")
    with pytest.raises(SetupError):
        communes[0].province_report.figures("2026")
    assert DENOUNCER  # the denouncer's absence is checked on the PDF and the workbook
