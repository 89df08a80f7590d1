"""``sodanchu restore`` end to end: an older store's backup, another unit's backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

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


def test_hostile_backups_are_one_line_and_exit_2(tmp_path: Path) -> None:
    """Issue 17 review: an emptied version table was exit 1 (internal error); a name with
    '#' was refused as 'not a backup' and left an empty stray file beside it."""
    import sqlite3

    data = tmp_path / "d"
    assert run(data, *COMMUNE, "--code", "25222", "--name", "Xã Tân Phú").returncode == 0
    usb = tmp_path / "USB 1"
    usb.mkdir()
    good = usb / "sao lưu #1 100%.sqlite3"
    assert run(data, "backup", "--out", str(good)).returncode == 0
    done = run(data, "restore", str(good))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in usb.iterdir()) == [good.name]
    emptied = usb / "emptied.sqlite3"
    shutil.copy(good, emptied)
    conn = sqlite3.connect(emptied)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    refused = run(data, "restore", str(emptied))
    assert refused.returncode == 2
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "emptied.sqlite3" in lines[0], refused.stderr


def test_backup_on_a_full_disk_is_one_line_exit_2_and_no_partial_file(tmp_path: Path) -> None:
    """Issue 17 review: `sodanchu backup` on a full disk was exit 1 ("internal error")."""
    import os
    import signal
    import subprocess
    import sys

    resource = pytest.importorskip("resource")  # RLIMIT_FSIZE plays the full disk (POSIX)
    data = tmp_path / "d"
    assert run(data, *COMMUNE, "--code", "25222", "--name", "Xã Tân Phú").returncode == 0
    limit = (data / "sodanchu.sqlite3").stat().st_size // 2

    def full_disk() -> None:  # the child may write no file larger than half the store
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    out = tmp_path / "usb" / "sao lưu.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "backup", "--out", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "LANG": "vi_VN.UTF-8"},
        timeout=60,
        check=False,
        preexec_fn=full_disk,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "đĩa đã đầy" in lines[0] and str(out.parent) in lines[0]
    assert list(out.parent.iterdir()) == []
