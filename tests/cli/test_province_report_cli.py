"""`sodanchu report PERIOD` and `sodanchu pdf report PERIOD` at a receiving level (the
report over all its units) and at a commune (its own figures): real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.services.container import build_services
from desktop.services.context import open_store
from tests.cli.test_cli import INIT, run
from tests.conftest import Clock
from tests.documents.pdftext import flat_text
from tests.services.province_world import COMMUNES, DENOUNCER, make_commune, send_up
from tests.services.test_sync_roundtrip import UPPER


@pytest.fixture(scope="module")
def upper_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("province")
    communes = []
    for code, name, seed in COMMUNES:
        s = build_services(open_store(root / code, clock=Clock()))
        make_commune(s, code, name, seed)
        communes.append(s)
    upper = build_services(open_store(root / "upper", clock=Clock()))
    upper.setup.initialize(UPPER)
    send_up(communes, upper, root)
    for s in (*communes, upper):
        s.close()
    return root / "upper"


def test_report_json_xlsx_and_pdf_at_the_receiving_level(upper_dir: Path, tmp_path: Path) -> None:
    r = run(upper_dir, "report", "2026H1", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [u["code"] for u in data["units"]] == [c for c, _, _ in COMMUNES]
    assert data["not_reported"] == []
    for key in ("disclosures", "meetings", "reception_visits", "cases_settled"):
        assert data["total"]["main"][key] == sum(u["figures"]["main"][key] for u in data["units"])
    assert DENOUNCER not in r.stdout
    xlsx = tmp_path / "bc.xlsx"
    r = run(upper_dir, "report", "2026", "--xlsx", str(xlsx))
    assert r.returncode == 0, r.stderr
    assert "Tổng cộng" in r.stdout and r.stdout.strip().endswith(str(xlsx))
    assert load_workbook(xlsx).sheetnames[0] == "Đơn vị"
    pdf = tmp_path / "bc.pdf"
    r = run(upper_dir, "pdf", "report", "2026", "--out", str(pdf))
    assert r.returncode == 0, r.stderr
    text = flat_text(pdf.read_bytes())
    assert "Tổng hợp kết quả thực hiện dân chủ ở cơ sở năm 2026" in text
    assert "Xã Tân Phú (25222)" in text


def test_bad_period_or_path_is_one_line_exit_2(upper_dir: Path, tmp_path: Path) -> None:
    bad = run(upper_dir, "report", "2026H3", "--xlsx", str(tmp_path / "x.xlsx"))
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert "Kỳ báo cáo: «2026H3»" in bad.stderr and not (tmp_path / "x.xlsx").exists()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    nowhere = run(upper_dir, "report", "2026", "--xlsx", str(blocker / "x.xlsx"))
    assert nowhere.returncode == 2, nowhere.stderr
    assert len(nowhere.stderr.strip().splitlines()) == 1


def test_a_commune_keeps_its_own_report_and_gets_a_workbook(tmp_path: Path) -> None:
    d = tmp_path / "commune"
    assert run(d, *INIT).returncode == 0
    r = run(d, "report", "2026", "--json", "--xlsx", str(tmp_path / "c.xlsx"))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout.rsplit("}", 1)[0] + "}")
    assert data["period"] == "2026" and data["figures"]["main"]["disclosures"] == 0
    wb = load_workbook(tmp_path / "c.xlsx")
    rows = list(wb["Công khai"].iter_rows(values_only=True))
    assert rows[1][0] == "25222" and rows[-1][1] == "Tổng cộng"


def test_a_folder_as_the_output_is_named_as_typed(upper_dir: Path, tmp_path: Path) -> None:
    """A folder given where a file belongs: the message names the folder typed, not the
    temporary file beside it, and nothing is left behind."""
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    for args in (("report", "2026", "--xlsx"), ("pdf", "report", "2026", "--out")):
        bad = run(upper_dir, *args, str(folder))
        assert bad.returncode == 2, bad.stderr
        assert f"«{folder}» là một thư mục" in bad.stderr and ".part" not in bad.stderr
        assert list(tmp_path.iterdir()) == [folder] and not any(folder.iterdir())
