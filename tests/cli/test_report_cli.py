"""`sodanchu pdf report PERIOD` end to end: a real process, a real data dir."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import INIT, MEETING, run
from tests.documents.pdftext import flat_text


@pytest.fixture
def cdir(tmp_path: Path) -> Path:
    d = tmp_path / "cli-data"
    assert run(d, *INIT).returncode == 0
    return d


def test_pdf_report_command(cdir: Path, tmp_path: Path) -> None:
    run(
        cdir,
        "add",
        "village",
        "--json",
        "-",
        stdin='{"code": "DONG", "name": "Thôn Đông", "households_total": 212}',
    )
    added = run(cdir, "add", "meeting", "--json", "-", stdin=json.dumps(MEETING))
    assert added.returncode == 0, added.stderr
    out = tmp_path / "r.pdf"
    r = run(cdir, "pdf", "report", "2026", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(out)
    text = flat_text(out.read_bytes())
    assert "Số: 01/BC-UBND" in text and "BÁO CÁO" in text
    assert "Kết quả thực hiện dân chủ ở cơ sở năm 2026" in text
    assert "quyết định 1 nội dung: 1 nội dung được thông qua" in text
    # A quarter with nothing recorded prints the empty report, numbered next.
    q = run(cdir, "pdf", "report", "2026q4", "--out", str(tmp_path / "q.pdf"))
    assert q.returncode == 0, q.stderr
    assert "Số: 02/BC-UBND" in flat_text((tmp_path / "q.pdf").read_bytes())


def test_pdf_report_bad_period(cdir: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    bad = run(cdir, "pdf", "report", "2026H3", "--out", str(target))
    assert bad.returncode == 2 and not target.exists()
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 1 and "Kỳ báo cáo: «2026H3»" in lines[0]
    en = run(cdir, "--lang", "en", "pdf", "report", "26", "--out", str(target))
    assert en.returncode == 2 and "Reporting period: '26'" in en.stderr
