"""Attacks on backups and restore (issue 17 review): odd file names, hand-edited backups,
a database held open by another program, a clock set back, a disk that fills up."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core.errors import DomainError, SetupError, ValidationError
from desktop.core.messages import format_error
from desktop.core.villages import VillageData
from desktop.services.container import Services
from tests.conftest import Clock


@pytest.mark.parametrize(
    "name",
    ["sao lưu #1.sqlite3", "bản 100%25 đủ.sqlite3", "hỏi?đáp.sqlite3", "Bản sao lưu xã.sqlite3"],
)
def test_a_backup_whose_name_has_uri_characters_restores(
    services: Services, commune: object, tmp_path: Path, name: str
) -> None:
    """'#', '?' and '%' cut or changed the SQLite URI: a sound backup was refused and an
    empty stray file ("sao lưu ") was created beside it."""
    services.villages.add(VillageData(code="MOT", name="Thôn Một", households_total=90))
    folder = tmp_path / "USB stick"
    folder.mkdir()
    backup = services.maintenance.backup(folder / name)
    services.villages.add(VillageData(code="HAI", name="Thôn Hai", households_total=80))
    assert services.backups.preview(backup).counts["villages"] == 1
    services.backups.restore(backup)
    assert [v.data.code for v in services.villages.list()] == ["MOT"]
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no stray file


def _edit(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_backup_with_an_emptied_version_table_is_refused(
    services: Services, commune: object
) -> None:
    """A TypeError (exit 1, "internal error") before."""
    backup = services.backups.back_up_now()
    _edit(backup, "DELETE FROM alembic_version")
    with pytest.raises(ValidationError) as err:
        services.backups.restore(backup)
    assert err.value.errors[0].code == "backup_not_sodanchu"
    assert list(services.ctx.paths.backups.glob("before-restore-*")) == []


_HOLD = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1])
    conn.execute("SELECT count(*) FROM villages").fetchall()
    print("open", flush=True)
    sys.stdin.readline()
    """
)


def test_restore_is_refused_while_another_program_has_the_data_open(
    services: Services, commune: object
) -> None:
    """The open window kept writing into the replaced (deleted) file: its work was lost
    without a word. Now the restore says the data is in use and changes nothing."""
    services.villages.add(VillageData(code="MOT", name="Thôn Một", households_total=90))
    backup = services.backups.back_up_now()
    services.villages.add(VillageData(code="HAI", name="Thôn Hai", households_total=80))
    database = services.ctx.paths.database
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(SetupError) as err:
            services.backups.restore(backup)
        assert err.value.code == "store_in_use"
        assert "đang được" in format_error(err.value, "vi")
        assert services.villages.count() == 2  # nothing changed
        assert list(services.ctx.paths.backups.glob("before-restore-*")) == []
    finally:
        holder.communicate("\n", timeout=10)
    services.backups.restore(backup)  # closed: the restore goes ahead
    assert services.villages.count() == 1


def test_a_clock_set_back_does_not_delete_the_backup_just_made(
    services: Services, commune: object, clock: Clock
) -> None:
    """A PC whose clock fell back a year (flat CMOS battery) made each day's automatic
    backup and deleted it at once: all places were held by the 'newer' backups."""
    backups = services.backups
    for _ in range(400):
        assert backups.auto_backup() is not None
        clock.now += timedelta(days=1)
    clock.now -= timedelta(days=3 * 365)
    services.villages.add(VillageData(code="MOT", name="Thôn Một", households_total=90))
    made = backups.auto_backup()
    assert made is not None and made.exists()
    assert backups.preview(made).counts["villages"] == 1
    assert backups.auto_backup() is None  # still one a day
    clock.now += timedelta(days=1)
    second = backups.auto_backup()
    assert second is not None and second.exists()


_FULL = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from desktop.services.container import build_services
    from desktop.services.context import open_store
    from desktop.core.errors import DomainError
    from desktop.core.messages import format_error
    services = build_services(open_store(Path(sys.argv[1])))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    size = services.ctx.paths.database.stat().st_size
    resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, size // 2))
    try:
        services.backups.back_up_now()
    except DomainError as exc:
        print("refused:", format_error(exc, "vi"))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE plays the full disk")
def test_a_full_disk_while_backing_up_leaves_no_partial_file_and_says_so(
    services: Services, commune: object
) -> None:
    root = services.ctx.paths.root
    services.close()
    done = subprocess.run(
        [sys.executable, "-c", _FULL, str(root)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused:") and "đĩa đã đầy" in done.stdout
    assert list((root / "backups").iterdir()) == []  # no half-written copy left


def test_a_backups_folder_that_cannot_be_written_is_one_clear_refusal(
    services: Services, commune: object, tmp_path: Path
) -> None:
    """A read-only folder (played by a file in its place: the tests may run as root)."""
    backup = services.maintenance.backup(tmp_path / "b.sqlite3")
    folder = services.ctx.paths.backups
    if folder.exists():
        folder.rmdir()
    folder.write_bytes(b"")
    for action in (services.backups.back_up_now, lambda: services.backups.restore(backup)):
        with pytest.raises(DomainError) as err:
            action()
        assert str(folder) in format_error(err.value, "vi")
    assert services.setup.require_installation().data.code == "25222"
    assert not list(services.ctx.paths.root.glob("*.restoring"))


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE installation SET role = 'xyz'",
        "DELETE FROM installation",
        "UPDATE installation SET code = ''",
    ],
)
def test_a_backup_whose_unit_was_edited_by_hand_is_refused_even_confirmed(
    services: Services, commune: object, edit: str
) -> None:
    """Before: 'a backup of Xã Tân Phú (25222), not of Xã Tân Phú (25222)'; confirmed, it
    left a store every command failed on (exit 1), or one with no unit at all."""
    services.villages.add(VillageData(code="MOT", name="Thôn Một", households_total=90))
    backup = services.backups.back_up_now()
    _edit(backup, edit)
    for confirmed in (False, True):
        with pytest.raises(ValidationError) as err:
            services.backups.restore(backup, confirm_other_unit=confirmed)
        assert err.value.errors[0].code == "backup_no_unit"
        assert "không ghi rõ đơn vị" in format_error(err.value, "vi")
    assert services.setup.require_installation().data.code == "25222"
    assert services.villages.count() == 1


def test_a_copied_data_file_with_its_wal_beside_it_restores_everything(
    services: Services, commune: object, tmp_path: Path
) -> None:
    """A data folder copied from a PC whose program crashed: the last changes are in the
    ``-wal`` beside the file; reading the file as immutable would silently drop them."""
    import shutil

    services.villages.add(VillageData(code="MOT", name="Thôn Một", households_total=90))
    database = services.ctx.paths.database
    hold = sqlite3.connect(database)  # keeps the WAL from being folded in at close
    hold.execute("SELECT 1").fetchall()
    services.villages.add(VillageData(code="HAI", name="Thôn Hai", households_total=80))
    usb = tmp_path / "usb"
    usb.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{database}{suffix}", usb / f"copy.sqlite3{suffix}")
    hold.close()
    assert (usb / "copy.sqlite3-wal").stat().st_size > 0
    copy = usb / "copy.sqlite3"
    assert services.backups.preview(copy).counts["villages"] == 2
    services.villages.add(VillageData(code="BA", name="Thôn Ba", households_total=70))
    services.backups.restore(copy)
    assert sorted(v.data.code for v in services.villages.list()) == ["HAI", "MOT"]


@pytest.mark.parametrize("version", ["@", "head", "heads", "000", "0001 "])
def test_a_hand_edited_schema_version_is_refused_in_words(
    services: Services, commune: object, version: str
) -> None:
    """'@' was an AssertionError inside alembic (exit 1); 'head' passed as known."""
    backup = services.backups.back_up_now()
    _edit(backup, f"UPDATE alembic_version SET version_num = '{version}'")
    with pytest.raises(ValidationError) as err:
        services.backups.restore(backup)
    assert err.value.errors[0].code == "backup_newer_schema"
    assert services.setup.require_installation().data.code == "25222"


def test_the_automatic_backups_day_is_vietnams(
    services: Services, commune: object, clock: Clock
) -> None:
    """Vietnam is UTC+7: 16:59 UTC and 17:01 UTC are two days there (held already)."""
    from datetime import UTC, datetime

    clock.now = datetime(2026, 12, 3, 16, 59, tzinfo=UTC)
    assert services.backups.auto_backup() is not None
    clock.now = datetime(2026, 12, 3, 17, 1, tzinfo=UTC)  # 00:01 on the 4th in Hà Nội
    assert services.backups.auto_backup() is not None
    clock.now = datetime(2026, 12, 4, 16, 58, tzinfo=UTC)  # 23:58 on the 4th
    assert services.backups.auto_backup() is None
    services.backups.back_up_now()
    services.backups.thinning = type(services.backups.thinning)(daily=1, weekly=0, monthly=0)
    services.backups.thin()
    kinds = sorted(b.kind.value for b in services.backups.files())
    assert kinds == ["auto", "sodanchu"]  # thinned to one automatic; the manual one stays
