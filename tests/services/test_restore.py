"""Restoring a backup: nothing lost, bad files refused, export waits after a restore."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core.errors import ValidationError
from desktop.core.installation import InstallationData, Role
from desktop.core.messages import format_error
from desktop.core.villages import VillageData
from desktop.services.backups import BackupKind
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.restore import restore_backup
from desktop.services.sync import SyncError
from desktop.storage.migrate import HEAD_REVISION
from tests.conftest import Clock


def test_restore_brings_back_the_backup_and_keeps_the_current_data(
    services: Services, tmp_path: Path
) -> None:
    make_demo(services)
    backup = services.maintenance.backup(tmp_path / "b.sqlite3")
    before = services.villages.count()
    services.sync.export(tmp_path / "o")  # a bundle leaves after the backup was taken
    village = services.villages.list()[0]
    services.villages.retire(village.uuid, services.ctx.today())
    saved = restore_backup(services.ctx, backup).saved
    assert saved.is_file() and saved.parent == services.ctx.paths.backups
    assert services.villages.get(village.uuid).data.retired_on is None
    assert services.villages.count() == before
    assert services.maintenance.check().ok
    # the folder's marker saw bundle 1; the restored database never did
    assert services.sync.identity_problem() == "restored"
    with pytest.raises(SyncError):
        services.sync.export(tmp_path / "o")


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"not a database", "backup_not_sqlite"), (b"SQLite format 3\x00" + b"\x00" * 200, None)],
)
def test_bad_backup_refused_and_nothing_changed(
    services: Services, tmp_path: Path, content: bytes, code: str | None
) -> None:
    make_demo(services)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        restore_backup(services.ctx, bad)
    assert err.value.errors[0].field == "file"
    if code:
        assert err.value.errors[0].code == code
    assert services.villages.count() == 6


FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.sqlite3"


def test_an_older_stores_backup_restores_into_a_new_folder_and_is_migrated(
    services: Services, commune: object, tmp_path: Path
) -> None:
    """Issue 17: this failed with "attempt to write a readonly database" (page sizes)."""
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, old)
    before = old.read_bytes()
    preview = services.backups.preview(old)
    assert (preview.unit_code, preview.unit_name, preview.schema) == ("25222", "Xã Tân Phú", "0001")
    assert preview.counts == {"villages": 1} and preview.needs_migration
    assert not preview.other_unit
    result = services.backups.restore(old)
    assert old.read_bytes() == before  # the backup itself is the copy from before migrating
    assert result.saved.is_file()
    assert [v.data.code for v in services.villages.list()] == ["DONG"]
    assert services.maintenance.check().ok
    assert services.backups.preview(services.ctx.paths.database).schema == HEAD_REVISION
    services.villages.add(
        VillageData(code="TAY", name="Thôn Tây", households_total=90)
    )  # writable afterwards
    assert services.villages.count() == 2


def test_another_units_backup_is_refused_unless_confirmed(
    services: Services, commune: object, tmp_path: Path
) -> None:
    services.villages.add(VillageData(code="MOT", name="Thôn Một", households_total=90))
    other = tmp_path / "other"
    ctx = open_store(other)
    theirs = build_services(ctx)
    theirs.setup.initialize(
        InstallationData(
            role=Role.COMMUNE,
            code="26734",
            name="Phường Bến Thành",
            province_code="79",
            province_name="Thành phố Hồ Chí Minh",
            upper_code="79",
            upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
        )
    )
    backup = theirs.backups.back_up_now()
    theirs.close()
    preview = services.backups.preview(backup)
    assert preview.other_unit and preview.unit_code == "26734" and preview.current_code == "25222"
    with pytest.raises(ValidationError) as err:
        services.backups.restore(backup)
    assert err.value.errors[0].code == "backup_other_unit"
    assert "Phường Bến Thành (26734)" in format_error(err.value, "vi")
    assert [v.data.code for v in services.villages.list()] == ["MOT"]  # nothing changed
    assert list(services.ctx.paths.backups.glob("before-restore-*")) == []
    services.backups.restore(backup, confirm_other_unit=True)
    assert services.setup.require_installation().data.code == "26734"
    assert services.villages.count() == 0


def test_a_backup_of_a_newer_program_is_refused(
    services: Services, commune: object, tmp_path: Path
) -> None:
    newer = services.backups.back_up_now()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError) as err:
        services.backups.restore(newer)
    assert err.value.errors[0].code == "backup_newer_schema"


def test_daily_automatic_backups_are_thinned(
    services: Services, commune: object, clock: Clock
) -> None:
    backups = services.backups
    first = backups.auto_backup()
    assert first is not None and first.name.startswith("auto-")
    assert backups.auto_backup() is None  # one a day
    made = [first]
    for _ in range(60):
        clock.now += timedelta(days=1)
        path = backups.auto_backup()
        assert path is not None
        made.append(path)
    manual = backups.back_up_now()
    listed = backups.files()
    autos = [b for b in listed if b.kind is BackupKind.AUTO]
    # 7 daily + 4 weekly + the newest of months not kept yet; older ones deleted
    assert 11 <= len(autos) <= 14
    assert autos[0].path == made[-1] and made[-2].exists()
    assert not made[1].exists()
    assert listed[0].path == manual and listed[0].kind is BackupKind.MANUAL
    assert [b.made_at for b in listed] == sorted((b.made_at for b in listed), reverse=True)
