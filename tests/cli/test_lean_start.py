"""The command line starts lean: ``--version`` and ``list village`` load no heavy module,
and the quick village list says exactly what the full path says."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from desktop.core.installation import Installation
from desktop.core.villages import VillageData
from desktop.services.container import Services

# Never on these paths (docs/performance.md "Start-up"): each costs 0.1–0.7 s to import.
HEAVY = ("sqlalchemy", "alembic", "reportlab", "cryptography", "openpyxl", "PySide6")

PROBE = """
import sys
from desktop.app import main
status = main(sys.argv[1:])
heavy = [m for m in {heavy!r} if m in sys.modules]
print("HEAVY", ",".join(heavy), file=sys.stderr)
sys.exit(status)
"""


def _run(*args: str) -> tuple[int, str, list[str]]:
    env = dict(os.environ, LANG="vi_VN.UTF-8")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    line = [x for x in proc.stderr.splitlines() if x.startswith("HEAVY")][-1]
    heavy = [m for m in line.split(" ", 1)[1].split(",") if m] if " " in line else []
    return proc.returncode, proc.stdout, heavy


def test_version_loads_nothing_heavy() -> None:
    status, out, heavy = _run("--version")
    assert status == 0
    assert out.startswith("sodanchu ") and out.strip() != "sodanchu"
    assert heavy == []


def test_list_village_reads_without_sqlalchemy(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    services.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=124))
    services.villages.add(VillageData(code="BAC", name="Thôn Bắc", households_total=99))
    root = str(services.ctx.paths.root)
    status, quick_text, heavy = _run("--data-dir", root, "list", "village")
    assert status == 0 and heavy == []
    assert quick_text.splitlines()[0].startswith("BAC ")
    status, quick_json, heavy = _run("--data-dir", root, "list", "village", "--json")
    assert status == 0 and heavy == []

    # The full path (services, SQLAlchemy) says the same, to the byte.
    from desktop.cli import main

    full_text, full_json = io.StringIO(), io.StringIO()
    assert main(["--data-dir", root, "list", "village", "--json"], out=full_json) == 0
    assert quick_json == full_json.getvalue()
    assert main(["--data-dir", root, "list", "village", "--search", "dong"], out=full_text) == 0
    status, searched, _ = _run("--data-dir", root, "list", "village", "--search", "dong")
    assert searched == full_text.getvalue()
    assert "Thôn Đông" in searched and "Thôn Bắc" not in searched


def test_list_village_before_setup_takes_the_full_path(data_dir: Path) -> None:
    """No store yet: the quick reader answers nothing, the full path says what is wrong."""
    status, out, heavy = _run("--data-dir", str(data_dir), "list", "village")
    assert status == 2 and out == ""
    assert "sqlalchemy" in heavy  # the store was opened (and created) the full way
