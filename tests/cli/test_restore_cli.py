"""``sodanchu restore`` end to end: an older store's backup, another unit's backup."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.test_cli import run

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.sqlite3"
COMMUNE = [
    "init",
    "--role",
    "commune",
    "--province-code",
    "79",
    "--upper-name",
    "UBND TP HCM",
    "--upper-code",
    "79",
]


def test_restore_an_older_backup_after_init_in_a_new_folder(tmp_path: Path) -> None:
    data = tmp_path / "new"
    assert run(data, *COMMUNE, "--code", "25222", "--name", "Xã Tân Phú").returncode == 0
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, old)
    done = run(data, "restore", str(old))
    assert done.returncode == 0, done.stderr
    assert "Bản sao lưu của Xã Tân Phú (25222), lược đồ 0001: 1 thôn/tổ dân phố" in done.stdout
    assert "Đã khôi phục" in done.stdout
    assert run(data, "check").returncode == 0
    listed = run(data, "list", "village")
    assert listed.returncode == 0 and "DONG" in listed.stdout


def test_another_units_backup_exits_2_unless_confirmed(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    assert run(ours, *COMMUNE, "--code", "25222", "--name", "Xã Tân Phú").returncode == 0
    assert run(theirs, *COMMUNE, "--code", "26734", "--name", "Phường Bến Thành").returncode == 0
    backup = tmp_path / "theirs.sqlite3"
    assert run(theirs, "backup", "--out", str(backup)).returncode == 0

    refused = run(ours, "restore", str(backup))
    assert refused.returncode == 2
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "Phường Bến Thành (26734)" in lines[0]
    assert "--confirm-other-unit" in lines[0]
    assert not list((ours / "backups").glob("before-restore-*"))  # nothing changed

    done = run(ours, "restore", "--confirm-other-unit", str(backup))
    assert done.returncode == 0, done.stderr
    assert "CẢNH BÁO" in done.stdout and "Phường Bến Thành (26734)" in done.stdout
    assert list((ours / "backups").glob("before-restore-*"))
