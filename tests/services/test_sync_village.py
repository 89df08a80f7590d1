"""A village head's laptop → the commune → the province (BUNDLE.md: the same format every hop)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.errors import SetupError
from desktop.core.installation import InstallationData, Role
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.storage.models import ChildRecordRow
from tests.conftest import Clock

VILLAGE = InstallationData(
    role=Role.VILLAGE,
    code="DONG",
    name="Thôn Đông",
    parent_code="25222",
    parent_name="Xã Tân Phú",
    officer_name="Trần Văn Hùng",
)
MEETING = {
    "title": "Họp bàn mức đóng góp làm đường bê tông",
    "meeting_type": "decision",
    "held_on": "2026-11-20",
    "notice_on": "2026-11-17",
    "households_present": 180,
    "chair": "Trần Văn Hùng",
    "secretary": "Lê Thị Mai",
    "items": [
        {
            "title": "Mức đóng góp 500.000 đồng/hộ",
            "matter": "contribution",
            "method": "show_of_hands",
            "votes_for": 150,
            "votes_against": 20,
            "votes_other": 10,
        }
    ],
}


@pytest.fixture
def chain(template_store: Path, tmp_path: Path) -> tuple[Services, Services, Services]:
    def make(name: str) -> Services:
        shutil.copytree(template_store, tmp_path / name)
        return build_services(open_store(tmp_path / name, clock=Clock()))

    village, commune, upper = make("village"), make("commune"), make("upper")
    village.setup.initialize(VILLAGE)
    v = village.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=212))
    village.meetings.add_json({**MEETING, "village": v.uuid})
    make_demo(commune)
    upper.setup.initialize(InstallationData(role=Role.UPPER, code="79", name="UBND TP HCM"))
    commune.sync_import.register_child(village.sync.export_key(tmp_path / "v.json"))
    upper.sync_import.register_child(commune.sync.export_key(tmp_path / "c.json"))
    yield village, commune, upper  # type: ignore[misc]
    for s in (village, commune, upper):
        s.close()


def test_village_meeting_appears_in_the_commune_and_reaches_the_province(
    chain: tuple[Services, Services, Services], tmp_path: Path
) -> None:
    village, commune, upper = chain
    bundle = village.sync.export(tmp_path / "v-out")
    assert bundle.files[0].name.startswith("SoDanChu-DONG-000001")
    [res] = commune.sync_import.import_files(list(bundle.files))
    assert res.status == "imported" and res.counts["new"] == 2 and res.counts["rejected"] == 0
    [sent] = village.meetings.list()
    mirrored = commune.meetings.get(sent.meta.uuid)
    # the commune's own village record, the origin's times and author, in the commune's list
    assert mirrored.village_name == "Thôn Đông" and mirrored.meta.version == sent.meta.version
    assert mirrored.meta.updated_at == sent.meta.updated_at
    assert mirrored.meta.updated_by == "Trần Văn Hùng"
    assert sent.meta.uuid in commune.meetings.ids()
    assert commune.maintenance.check().ok
    # read-only at the commune (rule 8)
    with pytest.raises(SetupError) as err:
        commune.meetings.update_json(sent.meta.uuid, {"title": "Sửa"})
    assert err.value.code == "record_read_only"
    # relayed upward with its owner kept
    up = commune.sync.export(tmp_path / "c-out")
    [res2] = upper.sync_import.import_files(list(up.files))
    assert res2.status == "imported"
    with upper.ctx.db.reading() as s:
        row = s.get(ChildRecordRow, sent.meta.uuid)
        assert row is not None and row.child_code == "25222" and row.origin_code == "DONG"


def test_village_record_for_an_unknown_village_is_reported_not_lost(
    chain: tuple[Services, Services, Services], template_store: Path, tmp_path: Path
) -> None:
    village, commune, _ = chain
    # the commune registers the laptop under a code that is not one of its villages
    commune.sync_import.register_child(tmp_path / "v.json", code="DONG", name="Thôn Đông")
    with commune.ctx.db.transaction() as s:
        from desktop.storage.models import VillageRow

        s.query(VillageRow).filter_by(code="DONG").update({"code": "DONG-OLD"})
    [res] = commune.sync_import.import_files(list(village.sync.export(tmp_path / "o").files))
    assert (
        res.counts["rejected"] == 1
        and res.details[0]["uuid"] == village.meetings.list()[0].meta.uuid
    )
    with commune.ctx.db.reading() as s:
        assert s.get(ChildRecordRow, res.details[0]["uuid"]) is not None
