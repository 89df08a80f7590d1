"""``sodanchu list KIND --unit CODE|all [--json]`` at a receiving level (issue 14)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.installation import InstallationData, Role
from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from tests.conftest import Clock

UPPER = InstallationData(role=Role.UPPER, code="79", name="Thành phố Hồ Chí Minh")


@pytest.fixture(scope="module")
def upper_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("unit-list")
    commune = build_services(open_store(root / "commune", clock=Clock()))
    make_demo(commune)
    meetings = len(commune.meetings.list())
    upper = build_services(open_store(root / "upper", clock=Clock()))
    upper.setup.initialize(UPPER)
    upper.sync_import.register_child(commune.sync.export_key(root / "k.json"), name="Xã Tân Phú")
    upper.sync_import.import_files(list(commune.sync.export(root / "out").files))
    other = build_services(open_store(root / "other", clock=Clock()))
    other.setup.initialize(
        InstallationData(role=Role.COMMUNE, code="25225", name="Xã Tân Hòa", upper_code="79",
                         upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh")
    )  # fmt: skip
    upper.sync_import.register_child(other.sync.export_key(root / "k2.json"))
    for services in (commune, other, upper):
        services.close()
    return root / "upper", meetings


def _run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_all_units_records_as_json_name_their_unit(upper_dir: tuple[Path, int]) -> None:
    data_dir, meetings = upper_dir
    code, out, _ = _run(data_dir, "list", "meeting", "--unit", "all", "--json")
    assert code == 0
    records = json.loads(out)
    assert meetings > 0 and len(records) == meetings
    assert {r["unit_code"] for r in records} == {"25222"}
    assert all(r["title"] and r["uuid"] for r in records)


def test_one_unit_as_lines_and_a_silent_unit(upper_dir: tuple[Path, int]) -> None:
    data_dir, meetings = upper_dir
    code, out, _ = _run(data_dir, "list", "meeting", "--unit", "25222")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == meetings and all(line.startswith("25222  ") for line in lines)
    code, out, _ = _run(data_dir, "list", "meeting", "--unit", "25225", "--json")
    assert code == 0 and json.loads(out) == []


def test_an_unknown_unit_is_refused_with_exit_2(upper_dir: tuple[Path, int]) -> None:
    data_dir, _ = upper_dir
    code, out, err = _run(data_dir, "list", "meeting", "--unit", "99999")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "99999" in err and "25222" in err
