"""``sodanchu init --role upper`` without ``--province-code`` (issue 14): a province level
is its own province (named from the official list), a district must say its province."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.core.installation import InstallationData, Role
from desktop.services.container import build_services
from desktop.services.context import open_store
from desktop.ui.pages.common import installation_values


def _init(data_dir: Path, *args: str) -> tuple[int, str]:
    err = io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stderr", err)
        code = main(["--data-dir", str(data_dir), "init", "--role", "upper", *args])
    return code, err.getvalue()


def test_a_province_level_is_its_own_province(tmp_path: Path, qtbot: QtBot) -> None:
    del qtbot  # the overview's words need the application
    code, err = _init(tmp_path, "--code", "48", "--name", "UBND thành phố Đà Nẵng")
    assert code == 0, err
    services = build_services(open_store(tmp_path))
    try:
        inst = services.setup.installation()
        assert inst is not None
        assert (inst.data.province_code, inst.data.province_name) == ("48", "Thành phố Đà Nẵng")
        assert installation_values(inst.data)["province"] == "Thành phố Đà Nẵng (48)"
    finally:
        services.close()


def test_an_older_set_up_without_a_province_still_shows_one(qtbot: QtBot) -> None:
    del qtbot
    data = InstallationData(role=Role.UPPER, code="48", name="UBND thành phố Đà Nẵng")
    assert installation_values(data)["province"] == "48"  # never an empty line


def test_a_district_without_its_province_is_refused(tmp_path: Path) -> None:
    code, err = _init(
        tmp_path, "--upper-kind", "district", "--code", "497", "--name", "Huyện Hòa Vang"
    )
    assert code == 2
    assert err.count("\n") == 1 and "Mã tỉnh" in err and "Traceback" not in err
    assert not (tmp_path / "sodanchu.db").exists() or not _is_set_up(tmp_path)
    code, err = _init(
        tmp_path,
        "--upper-kind",
        "district",
        "--code",
        "497",
        "--name",
        "Huyện Hòa Vang",
        "--province-code",
        "48",
    )
    assert code == 0, err


def _is_set_up(data_dir: Path) -> bool:
    services = build_services(open_store(data_dir))
    try:
        return services.setup.is_initialized()
    finally:
        services.close()
