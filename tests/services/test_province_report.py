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
from tests.documents.pdftext import flat_text
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


def test_the_pdf_names_the_units_and_prints_the_totals_without_the_denouncer(
    world: tuple[list[Services], Services], tmp_path: Path
) -> None:
    _, upper = world
    figures = upper.province_report.figures("2026")
    out = upper.province_report.report_pdf("2026", tmp_path / "bc.pdf", signer="Phan Văn Mãi")
    text = flat_text(out.read_bytes())
    assert "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" in text and "Số: 01/BC-UBND" in text
    assert "Thành phố Hồ Chí Minh, ngày" in text and "UBND" not in text.split("CỘNG HÒA")[0]
    assert "Tổng hợp kết quả thực hiện dân chủ ở cơ sở năm 2026" in text
    assert "Tất cả 2 đơn vị đã gửi dữ liệu cho kỳ báo cáo" in text
    assert "Xã Tân Phú (25222)" in text and "Phường Bến Thành (26734)" in text
    total = figures.total
    disclosed = sum(d.disclosed for d in total.disclosures.values())
    assert f"các đơn vị đã công khai {disclosed} nội dung" in text
    assert "TIẾP CÔNG DÂN" in text and "tiếp 7 lượt" in text
    assert "đạt tỷ lệ 40,00%" in text  # settled ÷ in jurisdiction over the province
    assert "HƯƠNG ƯỚC" in text.upper()
    assert DENOUNCER not in text
    # A reprint keeps its number; the next period's report takes the next one.
    again = flat_text(upper.province_report.report_pdf("2026", tmp_path / "a.pdf").read_bytes())
    assert "Số: 01/BC-UBND" in again
    half = flat_text(upper.province_report.report_pdf("2026H1", tmp_path / "h.pdf").read_bytes())
    assert "Số: 02/BC-UBND" in half and "6 tháng đầu năm 2026" in half


def test_the_workbook_has_a_sheet_per_section_a_row_per_unit_and_the_totals(
    world: tuple[list[Services], Services], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    communes, upper = world
    out = upper.province_report.report_xlsx("2026H1", tmp_path / "bc.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Đơn vị" and "Khiếu nại, tố cáo" in wb.sheetnames
    assert "Hương ước, quy ước" in wb.sheetnames and len(wb.sheetnames) == 9
    own = [s.reports.figures("2026H1") for s in communes]
    sheet = list(wb["Công khai"].iter_rows(values_only=True))
    assert sheet[0][:3] == ("Mã", "Đơn vị", "Số nội dung")
    codes = [row[0] for row in sheet[1:-1]]
    assert codes == [c for c, _, _ in COMMUNES]
    disclosed = [sum(d.disclosed for d in f.disclosures.values()) for f in own]
    assert [row[2] for row in sheet[1:-1]] == disclosed
    assert sheet[-1][1] == "Tổng cộng" and sheet[-1][2] == sum(disclosed)
    cases = list(wb["Khiếu nại, tố cáo"].iter_rows(values_only=True))
    header = cases[0]
    rate = header.index("Tỷ lệ giải quyết (đã giải quyết / thuộc thẩm quyền)")
    assert cases[-1][rate] == "100,00%"  # H1: the two complaints, both settled
    conventions = list(wb["Hương ước, quy ước"].iter_rows(values_only=True))
    assert conventions[0][2] == "Được công nhận" and conventions[-1][1] == "Tổng cộng"
    assert DENOUNCER not in "".join(
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
    )


def test_rows_imported_before_the_facts_were_kept_give_the_same_figures(
    world: tuple[list[Services], Services],
) -> None:
    """A store migrated to 0012_report has no report facts for the records it had: those
    are read from their whole snapshot, to the same figures."""
    from sqlalchemy import delete

    from desktop.storage.models import ChildReportFactsRow

    _, upper = world
    kept = upper.province_report.figures("2026")
    with upper.ctx.db.transaction() as session:
        done = session.execute(delete(ChildReportFactsRow))
        assert done.rowcount > 100  # type: ignore[attr-defined]
    assert upper.province_report.figures("2026") == kept
