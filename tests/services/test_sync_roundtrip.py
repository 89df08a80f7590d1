"""Export at a commune, import at the province, receipts back: BUNDLE.md end to end."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import bagit
import pytest
from sqlalchemy import select

from desktop.core.installation import InstallationData, Role
from desktop.core.sync_rejections import remark_text
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.sync import SyncError
from desktop.storage.models import (
    ChildRecordRow,
    ChildRecordVersionRow,
    ImportedBundleRow,
    SyncExportRow,
)
from desktop.sync.identity import read_marker, write_marker
from tests.conftest import Clock, record_total
from tests.documents.pdftext import flat_text

UPPER = InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
MakeStore = Callable[[str], Services]


@pytest.fixture
def make_store(template_store: Path, tmp_path: Path) -> MakeStore:
    opened: list[Services] = []

    def make(name: str) -> Services:
        target = tmp_path / name
        shutil.copytree(template_store, target)
        s = build_services(open_store(target, clock=Clock()))
        opened.append(s)
        return s

    yield make  # type: ignore[misc]
    for s in opened:
        s.close()


@pytest.fixture
def pair(make_store: MakeStore, tmp_path: Path) -> tuple[Services, Services]:
    """A demo commune and a province that registered each other's keys (both ways: the
    commune takes receipts only under its parent's registered key)."""
    commune = make_store("commune")
    make_demo(commune)
    upper = make_store("upper")
    upper.setup.initialize(UPPER)
    key = commune.sync.export_key(tmp_path / "commune-key.json")
    upper.sync_import.register_child(key)
    commune.sync.register_parent(upper.sync.export_key(tmp_path / "upper-key.json"))
    return commune, upper


def _table(services: Services, row: type) -> list[tuple[object, ...]]:
    with services.ctx.db.reading() as s:
        cols = row.__table__.columns  # type: ignore[attr-defined]
        return sorted(tuple(r) for r in s.execute(select(*cols)))


def test_round_trip_validates_with_bagit_and_imports_everything(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, upper = pair
    result = commune.sync.export(tmp_path / "out")
    total = record_total(commune)  # every kind the demo holds (villages to oversight)
    assert {k for k in commune.kinds.names if commune.kinds.service(k).count()} == set(
        commune.kinds.names
    )
    assert result.seq == 1 and result.records == total
    [bundle] = result.files
    assert bundle.name.startswith("SoDanChu-25222-000001-")
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(tmp_path / "x")
    bag = bagit.Bag(str(tmp_path / "x" / result.bundle_id))
    bag.validate()
    assert bag.info["Bundle-Seq"] == "1" and bag.info["Origin-Code"] == "25222"
    assert bag.info["Target-Code"] == "79" and bag.info["Record-Status"] == "NEW"
    cover = flat_text((tmp_path / "x" / result.bundle_id / "data" / "cover.pdf").read_bytes())
    fingerprint = commune.sync.ensure_keys().fingerprint
    assert "PHIẾU GÓI DỮ LIỆU ĐỒNG BỘ" in cover and "Xã Tân Phú" in cover
    assert fingerprint.split()[0] in cover and "Hội nghị, biểu quyết" in cover

    [dry] = upper.sync_import.import_files([bundle], dry_run=True)
    assert dry.status == "dry_run" and dry.counts["new"] == total
    assert _table(upper, ChildRecordRow) == []
    [done] = upper.sync_import.import_files([bundle], receipts_dir=tmp_path / "receipts")
    assert done.status == "imported" and done.counts["new"] == total and done.complete is True
    assert done.receipt is not None and done.receipt.parent == tmp_path / "receipts"
    meetings = upper.sync_import.child_records("25222", "meeting")
    assert meetings and all(m["kind"] == "meeting" for m in meetings)
    # original authors and times kept, not re-stamped (rule 6)
    originals = {m.uuid: m for m in commune.meetings.list()}
    for m in meetings:
        assert m["updated_by"] == "Nguyễn Thị Lan"
        assert m["version"] == originals[m["uuid"]].meta.version


def test_same_bundle_twice_changes_nothing(pair: tuple[Services, Services], tmp_path: Path) -> None:
    commune, upper = pair
    files = list(commune.sync.export(tmp_path / "out").files)
    upper.sync_import.import_files(files)
    before = _table(upper, ChildRecordRow), _table(upper, ImportedBundleRow)
    [again] = upper.sync_import.import_files(files)
    assert again.status == "already_imported" and again.counts["new"] == 0
    assert (_table(upper, ChildRecordRow), _table(upper, ImportedBundleRow)) == before


def test_receipt_acknowledges_and_next_export_carries_only_changes(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, upper = pair
    first = commune.sync.export(tmp_path / "out")
    [done] = upper.sync_import.import_files(list(first.files))
    assert commune.sync.status().pending_changes == record_total(commune)
    receipt = commune.sync.import_receipt(done.receipt)  # type: ignore[arg-type]
    assert not receipt.already_imported
    assert commune.sync.import_receipt(done.receipt).already_imported  # type: ignore[arg-type]
    status = commune.sync.status()
    assert status.pending_changes == 0 and status.acked_through == 1
    village = commune.villages.list()[0]
    commune.villages.update(
        village.uuid, VillageData(**{**village.data.__dict__, "head_name": "Mới"})
    )
    second = commune.sync.export(tmp_path / "out")
    assert second.seq == 2 and second.records == 1
    [done2] = upper.sync_import.import_files(list(second.files))
    assert done2.counts == {"new": 0, "updated": 1, "unchanged": 0, "conflict": 0, "rejected": 0}
    assert done2.missing_seqs == []


def test_without_receipt_the_next_bundle_carries_everything_again(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, _ = pair
    commune.sync.export(tmp_path / "out")
    again = commune.sync.export(tmp_path / "out")
    assert again.seq == 2 and again.records == record_total(commune)  # a lost stick loses nothing


def test_payload_is_deterministic(pair: tuple[Services, Services], tmp_path: Path) -> None:
    commune, _ = pair

    def payload(result_files: tuple[Path, ...]) -> dict[str, bytes]:
        with zipfile.ZipFile(result_files[0]) as zf:
            return {
                n.split("/", 1)[1]: zf.read(n)
                for n in zf.namelist()
                if n.split("/", 1)[1] in ("data/records.jsonl", "data/counts.json")
            }

    a = payload(commune.sync.export(tmp_path / "a", full=True).files)
    b = payload(commune.sync.export(tmp_path / "b", full=True).files)
    assert a == b and a["data/records.jsonl"].count(b"\n") == record_total(commune)


def test_gap_reported_and_out_of_order_converges(
    make_store: MakeStore, pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, upper = pair
    bundles = []
    for i in range(3):
        village = commune.villages.list()[i]
        commune.villages.update(
            village.uuid, VillageData(**{**village.data.__dict__, "head_name": f"Trưởng {i}"})
        )
        bundles.append(list(commune.sync.export(tmp_path / "out").files))
    upper.sync_import.import_files(bundles[2])
    [r1] = upper.sync_import.import_files(bundles[0])
    assert r1.missing_seqs == [2]
    assert r1.counts["unchanged"] + r1.counts["new"] + r1.counts["updated"] == record_total(commune)
    [r2] = upper.sync_import.import_files(bundles[1])
    assert r2.missing_seqs == []
    in_order = make_store("upper2")
    in_order.setup.initialize(UPPER)
    in_order.sync_import.register_child(tmp_path / "commune-key.json")
    for b in bundles:
        in_order.sync_import.import_files(b)
    assert _table(upper, ChildRecordRow)[0][:9] == _table(in_order, ChildRecordRow)[0][:9]
    strip = [r[:8] for r in _table(upper, ChildRecordRow)]  # bundle_id differs by design
    assert strip == [r[:8] for r in _table(in_order, ChildRecordRow)]
    assert _table(upper, ChildRecordVersionRow) == _table(in_order, ChildRecordVersionRow)


def test_tombstone_travels(pair: tuple[Services, Services], tmp_path: Path) -> None:
    commune, upper = pair
    upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o").files))
    meeting = commune.meetings.list()[0]
    # No screen deletes a meeting yet; the write path's tombstone is what a bundle must carry.
    with commune.ctx.db.transaction() as s:
        commune.meetings.writer().delete(s, meeting.uuid)
    [res] = upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o").files))
    assert res.counts["updated"] >= 1
    with upper.ctx.db.reading() as s:
        row = s.get(ChildRecordRow, meeting.uuid)
        assert row is not None and row.deleted is True


def test_unregistered_and_foreign_key_bundles_refused(
    make_store: MakeStore, pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, _ = pair
    bundle = list(commune.sync.export(tmp_path / "o").files)
    stranger = make_store("stranger")
    stranger.setup.initialize(UPPER)
    [res] = stranger.sync_import.import_files(bundle)
    assert res.status == "refused"
    assert [p.code for p in res.problems] == ["origin_unregistered"]
    # another installation's key registered under the commune's code
    other = make_store("other")
    make_demo(other)
    stranger.sync_import.register_child(other.sync.export_key(tmp_path / "other.json"))
    [res] = stranger.sync_import.import_files(bundle)
    codes = {p.code for p in res.problems}
    assert {"signature_wrong_key", "signature_invalid"} <= codes
    assert _table(stranger, ChildRecordRow) == []


def test_wrong_target_refused(
    make_store: MakeStore, pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, _ = pair
    bundle = list(commune.sync.export(tmp_path / "o").files)
    elsewhere = make_store("hanoi")
    elsewhere.setup.initialize(InstallationData(role=Role.UPPER, code="01", name="UBND TP Hà Nội"))
    elsewhere.sync_import.register_child(tmp_path / "commune-key.json")
    [res] = elsewhere.sync_import.import_files(bundle)
    assert "wrong_target" in {p.code for p in res.problems}


def test_split_parts_need_every_part(pair: tuple[Services, Services], tmp_path: Path) -> None:
    commune, upper = pair
    result = commune.sync.export(tmp_path / "parts", split_bytes=4000)
    assert len(result.files) > 1
    n = len(result.files)
    with zipfile.ZipFile(result.files[0]) as zf:
        info = zf.read(f"{result.bundle_id}.1/bag-info.txt").decode()
    assert f"Bag-Count: 1 of {n}" in info
    [missing] = upper.sync_import.import_files(list(result.files[:-1]))
    assert missing.status == "refused" and missing.problems[0].code == "parts_missing"
    [done] = upper.sync_import.import_files(list(result.files))
    assert done.status == "imported" and done.counts["new"] == record_total(commune)


def test_same_version_with_other_content_is_a_conflict(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, upper = pair
    upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o").files))
    village = commune.villages.list()[0]
    # The province once received a different version 1 of this village (say, from a copied PC).
    with upper.ctx.db.transaction() as s:
        s.query(ChildRecordVersionRow).filter_by(uuid=village.uuid, version=1).update(
            {"content_sha256": "0" * 64}
        )
    [res] = upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o").files))
    assert res.counts["conflict"] == 1 and res.counts["unchanged"] == record_total(commune) - 1
    assert res.details == [{"uuid": village.uuid, "version": 1, "reason": "tampered"}]
    receipt = json.loads(res.receipt.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    assert receipt["rejections"][0]["uuid"] == village.uuid
    commune.sync.import_receipt(res.receipt)  # type: ignore[arg-type]
    stored = commune.sync.remarks_for(village.uuid)[0]["text"]  # a code, worded at the edge
    assert remark_text(stored).startswith("Cấp trên từ chối phiên bản 1: cùng phiên bản")
    assert remark_text(stored, "en").startswith("The level above rejected version 1")


def test_remarks_travel_back_in_the_receipt(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, upper = pair
    upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o").files))
    meeting = commune.meetings.list()[0]
    upper.sync_import.add_remark(meeting.uuid, "Đề nghị bổ sung chữ ký của hai đại diện hộ")
    [res] = upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o").files))
    receipt = json.loads(res.receipt.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    assert receipt["remarks"][0]["uuid"] == meeting.uuid
    got = commune.sync.import_receipt(res.receipt)  # type: ignore[arg-type]
    assert got.remarks == 1
    [remark] = commune.sync.remarks_for(meeting.uuid)
    assert remark["text"] == "Đề nghị bổ sung chữ ký của hai đại diện hộ"


def test_receipt_signed_by_another_key_refused(
    make_store: MakeStore, pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, upper = pair
    [res] = upper.sync_import.import_files(list(commune.sync.export(tmp_path / "o").files))
    impostor = make_store("impostor")
    impostor.setup.initialize(UPPER)
    commune.sync.register_parent(impostor.sync.export_key(tmp_path / "impostor.json"))
    with pytest.raises(SyncError) as err:
        commune.sync.import_receipt(res.receipt)  # type: ignore[arg-type]
    assert err.value.problems[0].code == "receipt_signature_invalid"
    assert commune.sync.status().acked_through == 0


def test_restored_backup_pauses_export_until_confirmed(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, _ = pair
    commune.sync.export(tmp_path / "o")
    keys = commune.ctx.paths.keys
    marker = read_marker(keys)
    assert marker is not None and marker.last_seq == 1
    # the database is an older copy: the folder's marker has seen bundle 5
    write_marker(keys, commune.ctx.paths.root, marker.installation_id, 5)
    assert commune.sync.status().identity_problem == "restored"
    with pytest.raises(SyncError) as err:
        commune.sync.export(tmp_path / "o")
    assert err.value.code == "export_identity_pending"
    old_id = marker.installation_id
    new = commune.sync.confirm_new_identity()
    assert new.installation_id != old_id
    again = commune.sync.export(tmp_path / "o")
    assert again.seq == 1  # a new identity numbers from 1


def test_copied_folder_pauses_export(pair: tuple[Services, Services], tmp_path: Path) -> None:
    commune, _ = pair
    commune.sync.export(tmp_path / "o")
    copy = tmp_path / "copied"
    commune.close()
    shutil.copytree(commune.ctx.paths.root, copy)
    moved = build_services(open_store(copy, clock=Clock()))
    try:
        assert moved.sync.status().identity_problem == "copied"
        with pytest.raises(SyncError):
            moved.sync.export(tmp_path / "o2")
    finally:
        moved.close()


def test_upper_cannot_export_and_village_cannot_import(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    _, upper = pair
    with pytest.raises(SyncError) as err:
        upper.sync.export(tmp_path / "o")
    assert err.value.code == "export_wrong_role"


def test_key_file_is_private(pair: tuple[Services, Services]) -> None:
    commune, _ = pair
    mode = commune.sync.keys.private_path.stat().st_mode & 0o777
    assert mode == 0o600


def test_two_bundles_with_one_number_refused_alone(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    """Two different bundles numbered 1 by one identity (a copy nobody confirmed)."""
    commune, upper = pair
    first = commune.sync.export(tmp_path / "a")
    with commune.ctx.db.transaction() as s:  # forget it, as a machine copied earlier would
        s.query(SyncExportRow).delete()
    write_marker(commune.ctx.paths.keys, commune.ctx.paths.root, _installation_id(commune), 0)
    second = commune.sync.export(tmp_path / "b")
    assert second.seq == first.seq == 1 and second.bundle_id != first.bundle_id
    results = upper.sync_import.import_files([*first.files, *second.files])
    statuses = sorted(r.status for r in results)
    assert statuses == ["imported", "refused"]
    [refused] = [r for r in results if r.status == "refused"]
    assert [p.code for p in refused.problems] == ["seq_conflict"]


def test_export_leaves_no_final_file_when_it_fails(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, _ = pair

    def boom(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        commune.sync.export(tmp_path / "out", progress=boom)
    assert list((tmp_path / "out").glob("*")) == []
    assert commune.sync.export(tmp_path / "out").seq == 1  # the number was not used


def _installation_id(services: Services) -> str:
    inst = services.setup.installation()
    assert inst is not None
    return inst.installation_id


def test_export_cut_after_its_commit_is_finished_at_next_start(
    pair: tuple[Services, Services], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The number is committed but the process dies before the part gets its final name."""
    commune, upper = pair
    import desktop.services.sync as sync_module

    real_replace = sync_module.os.replace

    def die_on_rename(src: object, dst: object) -> None:
        if str(src).endswith(".zip.tmp"):
            raise SystemExit("power cut")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(sync_module.os, "replace", die_on_rename)
    with pytest.raises(SystemExit):
        commune.sync.export(tmp_path / "out")
    monkeypatch.setattr(sync_module.os, "replace", real_replace)
    assert list((tmp_path / "out").glob("*.zip")) == []
    assert [p.name.endswith(".zip.tmp") for p in (tmp_path / "out").iterdir()] == [True]
    restarted = sync_module.SyncService(commune.ctx)  # the next start finishes the export
    [bundle] = (tmp_path / "out").glob("*.zip")
    assert bundle.name.startswith("SoDanChu-25222-000001-")
    [res] = upper.sync_import.import_files([bundle])
    assert res.status == "imported"
    assert restarted.export(tmp_path / "out").seq == 2


def test_export_cut_before_its_commit_is_undone_at_next_start(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, _ = pair
    import desktop.services.sync as sync_module

    staged = tmp_path / "out" / "SoDanChu-25222-000001-x.zip.tmp"
    staged.parent.mkdir()
    staged.write_bytes(b"PK")
    pending = commune.ctx.paths.keys / sync_module.PENDING_EXPORT
    pending.write_text(
        json.dumps(
            {
                "installation_id": _installation_id(commune),
                "seq": 1,
                "files": [[str(staged), str(staged.with_suffix(""))]],
            }
        ),
        encoding="utf-8",
    )
    sync_module.SyncService(commune.ctx)
    assert list((tmp_path / "out").iterdir()) == [] and not pending.exists()
