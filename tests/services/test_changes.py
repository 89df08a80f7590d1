"""Every operation announces what it changed, after its commit and never after a rollback."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.changes import OpChanges
from desktop.core.errors import ValidationError
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.settings import SettingsChange
from desktop.storage.db import note_changes
from tests.conftest import Clock
from tests.services.test_sync_village import MEETING, VILLAGE


def _heard(services: Services) -> list[OpChanges]:
    heard: list[OpChanges] = []
    services.ctx.changes.subscribe(heard.append)
    return heard


def test_a_record_write_announces_its_kind_after_the_commit(services: Services) -> None:
    make_demo(services)
    heard = _heard(services)
    village = services.villages.list()[0]
    meeting = services.meetings.add_json({**MEETING, "village": village.uuid})
    assert heard == [OpChanges.of("meeting")]
    services.villages.retire(village.uuid, services.ctx.today())
    assert heard[-1] == OpChanges.of("village")
    services.meetings.update_json(meeting.meta.uuid, {"title": "Họp lại"})
    assert heard == [OpChanges.of("meeting"), OpChanges.of("village"), OpChanges.of("meeting")]


def test_a_refused_write_announces_nothing(services: Services) -> None:
    make_demo(services)
    heard = _heard(services)
    with pytest.raises(ValidationError):
        services.villages.add(VillageData(code="", name=""))
    # a transaction that wrote (and noted) its change, then failed, is rolled back silently
    with pytest.raises(RuntimeError), services.ctx.db.transaction() as session:
        note_changes(session, OpChanges.of("meeting"))
        raise RuntimeError("refused half-way")
    assert heard == []


def test_settings_and_backups_announce_their_aspect(services: Services) -> None:
    make_demo(services)
    heard = _heard(services)
    services.settings.save(SettingsChange(officer_name="Lê Văn Tám"))
    assert heard == [OpChanges(settings=True)]
    services.backups.back_up_now()
    assert heard[-1] == OpChanges(backups=True)


def test_the_demo_build_ends_by_announcing_everything(services: Services) -> None:
    heard = _heard(services)
    make_demo(services)
    assert {"village", "meeting", "convention", "disclosure"} <= {k for c in heard for k in c.kinds}
    assert heard[-1] == OpChanges.all()


def test_a_restore_announces_everything(services: Services, tmp_path: Path) -> None:
    make_demo(services)
    backup = services.maintenance.backup(tmp_path / "b.sqlite3")
    heard = _heard(services)
    services.backups.restore(backup)
    assert heard == [OpChanges.all()]


@pytest.fixture
def village_and_commune(
    template_store: Path, tmp_path: Path
) -> Iterator[tuple[Services, Services]]:
    def make(name: str) -> Services:
        shutil.copytree(template_store, tmp_path / name)
        return build_services(open_store(tmp_path / name, clock=Clock()))

    village, commune = make("village"), make("commune")
    village.setup.initialize(VILLAGE)
    v = village.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=212))
    village.meetings.add_json({**MEETING, "village": v.uuid})
    make_demo(commune)
    commune.sync_import.register_child(village.sync.export_key(tmp_path / "v.json"))
    village.sync.register_parent(commune.sync.export_key(tmp_path / "c.json"))
    yield village, commune
    for s in (village, commune):
        s.close()


def test_an_import_and_its_receipt_announce_records_and_sync_state(
    village_and_commune: tuple[Services, Services], tmp_path: Path
) -> None:
    village, commune = village_and_commune
    bundle = village.sync.export(tmp_path / "out")
    at_commune = _heard(commune)
    [checked] = commune.sync_import.import_files(list(bundle.files), dry_run=True)
    assert checked.status == "dry_run" and at_commune == []  # a check changes nothing
    [done] = commune.sync_import.import_files(list(bundle.files), receipts_dir=tmp_path / "r")
    assert done.status == "imported" and done.receipt is not None
    assert [c for c in at_commune if "meeting" in c.kinds and c.sync_state]
    at_village = _heard(village)
    village.sync.import_receipt(done.receipt)
    assert at_village == [OpChanges(sync_state=True)]
