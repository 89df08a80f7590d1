"""Restoring a backup: nothing lost, bad files refused, export waits after a restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import ValidationError
from desktop.services.container import Services
from desktop.services.demo import make_demo
from desktop.services.restore import restore_backup
from desktop.services.sync import SyncError


def test_restore_brings_back_the_backup_and_keeps_the_current_data(
    services: Services, tmp_path: Path
) -> None:
    make_demo(services)
    backup = services.maintenance.backup(tmp_path / "b.sqlite3")
    before = services.villages.count()
    services.sync.export(tmp_path / "o")  # a bundle leaves after the backup was taken
    village = services.villages.list()[0]
    services.villages.retire(village.uuid, services.ctx.today())
    saved = restore_backup(services.ctx, backup)
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
