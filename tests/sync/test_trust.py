"""Trust anchored at registration, ownership on every hop (issue 13, items 1-6 and 10).

Each test is an attack that succeeded before: a signed but hostile bundle or receipt.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.convention_events import TransitionRefused
from desktop.core.conventions import Convention, ConventionEvent, ConventionType, EventType
from desktop.core.errors import ValidationError
from desktop.core.installation import InstallationData, Role
from desktop.core.sync_rejections import remark_text
from desktop.core.villages import VillageData
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.sync import SyncError
from desktop.storage.models import ChildRecordRow, SyncPeerRow, SyncRemarkRow
from tests.cli.test_cli import run
from tests.conftest import Clock, record_total
from tests.sync.hostile import forged_receipt, squat_first, upper_attacks
from tests.sync.world import (
    OTHER_CHILD,
    Receiver,
    World,
    judge,
    judge_dry_run,
    key_registration,
)

UPPER = InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
VILLAGE = InstallationData(
    role=Role.VILLAGE,
    code="DONG",
    name="Thôn Đông",
    parent_code="25222",
    parent_name="Xã Tân Phú",
    officer_name="Trần Văn Hùng",
)


@pytest.fixture
def make(template_store: Path, tmp_path: Path) -> Iterator[object]:
    opened: list[Services] = []

    def _make(name: str) -> Services:
        shutil.copytree(template_store, tmp_path / name)
        s = build_services(open_store(tmp_path / name, clock=Clock()))
        opened.append(s)
        return s

    yield _make
    for s in opened:
        s.close()


@pytest.fixture
def pair(make: object, tmp_path: Path) -> tuple[Services, Services]:
    """A demo commune and the province that registered it (the commune has NOT registered
    the province's key yet: the documented first state)."""
    commune, upper = make("commune"), make("upper")  # type: ignore[operator]
    make_demo(commune)
    upper.setup.initialize(UPPER)
    upper.sync_import.register_child(commune.sync.export_key(tmp_path / "commune.json"))
    return commune, upper


def _receipt(commune: Services, upper: Services, out: Path) -> Path:
    [res] = upper.sync_import.import_files(list(commune.sync.export(out).files))
    assert res.status == "imported" and res.receipt is not None
    return res.receipt


# --- 1. receipts: only under a registered parent key ---------------------------------


def test_no_receipt_is_taken_before_the_parent_key_is_registered(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, upper = pair
    genuine = _receipt(commune, upper, tmp_path / "o")
    key_registration(tmp_path / "rogue", "79", "Giả mạo")
    from desktop.sync.keys import KeyStore

    forged = forged_receipt(genuine, KeyStore(tmp_path / "rogue" / "keys"), tmp_path / "f.json")
    for receipt in (forged, genuine):
        with pytest.raises(SyncError) as err:
            commune.sync.import_receipt(receipt)
        assert err.value.code == "parent_not_registered"
        with pytest.raises(SyncError):  # verify (dry run) says the same
            commune.sync_import.verify([receipt])
    # nothing acknowledged, no key pinned, no remark stored
    assert commune.sync.status().acked_through == 0
    assert commune.sync.export(tmp_path / "again").records == record_total(commune)
    with commune.ctx.db.reading() as s:
        assert s.scalars(select(SyncPeerRow)).first() is None
        assert s.scalars(select(SyncRemarkRow)).first() is None

    commune.sync.register_parent(upper.sync.export_key(tmp_path / "upper.json"))
    with pytest.raises(SyncError) as err:
        commune.sync.import_receipt(forged)
    assert err.value.problems[0].code == "receipt_signature_invalid"
    [checked] = commune.sync_import.verify([forged])
    assert checked.status == "refused"
    assert commune.sync.import_receipt(genuine).bundle_seq == 1  # the real one still works


def test_register_parent_refuses_a_file_that_is_not_the_parent(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, _ = pair
    _, other = key_registration(tmp_path / "other", *OTHER_CHILD)  # a commune's key
    with pytest.raises(SyncError) as err:
        commune.sync.register_parent(other)
    assert err.value.code == "parent_code_mismatch"
    own = commune.sync.export_key(tmp_path / "own.json")
    with pytest.raises(SyncError) as err:
        commune.sync.register_parent(own)
    assert err.value.code in ("parent_code_mismatch", "parent_is_self")
    assert commune.sync.parent() is None


def test_cli_receipt_without_parent_is_one_line_exit_2(tmp_path: Path) -> None:
    commune = tmp_path / "c"
    assert run(commune, "demo").returncode == 0
    receipt = tmp_path / "r.json"
    receipt.write_text('{"format": "sodanchu-receipt"}', encoding="utf-8")
    for cmd in ("import", "verify"):
        done = run(commune, cmd, str(receipt))
        assert done.returncode == 2 and done.stdout == ""
        assert len(done.stderr.strip().splitlines()) == 1 and "register-parent" in done.stderr


# --- 3. squatting between communes, rejections never acknowledged --------------------


def test_squatted_records_are_rejected_visibly_and_sent_again(
    make: object, pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, upper = pair
    commune.sync.register_parent(upper.sync.export_key(tmp_path / "upper.json"))
    other_keys, other_reg = key_registration(tmp_path / "b", *OTHER_CHILD)
    upper.sync_import.register_child(other_reg)
    first = commune.sync.export(tmp_path / "a1")
    from tests.sync.hostile import resign

    squat = tmp_path / "squat.zip"
    squat.write_bytes(
        resign(
            first.files[0].read_bytes(),
            other_keys,
            "squat",
            origin=OTHER_CHILD[0],
            owner=lambda r: OTHER_CHILD[0],
            keep=lambda r: r["kind"] == "meeting",
        )
    )
    [taken] = upper.sync_import.import_files([squat])
    assert taken.status == "imported"
    meetings = {m.uuid for m in commune.meetings.list()}
    [res] = upper.sync_import.import_files(list(first.files))
    rejected = {d["uuid"] for d in res.details if d["reason"] == "owned_by_other"}
    assert rejected == meetings and res.counts["rejected"] == len(meetings)
    assert all(d["owner"] == OTHER_CHILD[0] for d in res.details)
    assert res.receipt is not None
    body = json.loads(res.receipt.read_text(encoding="utf-8"))
    assert {r["uuid"] for r in body["rejections"]} == meetings
    with upper.ctx.db.reading() as s:  # never overwritten, counted under who holds it
        held = {r.uuid: r.child_code for r in s.scalars(select(ChildRecordRow))}
    assert {held[u] for u in meetings} == {OTHER_CHILD[0]}

    # The origin is told why and keeps sending them: a rejection is never acknowledged.
    commune.sync.import_receipt(res.receipt)
    some = sorted(meetings)[0]
    texts = [remark_text(r["text"]) for r in commune.sync.remarks_for(some)]  # at the edge
    assert any(OTHER_CHILD[0] in t and "từ chối" in t for t in texts)
    assert commune.sync.status().pending_changes == len(meetings)
    again = commune.sync.export(tmp_path / "a2")
    assert again.records == len(meetings)


def test_a_record_cannot_be_claimed_for_an_unregistered_owner(
    world: World, receiver: Receiver
) -> None:
    for attack in upper_attacks(world):
        status, codes = judge(receiver, attack.data)
        assert status == "refused" and attack.expected in codes, (attack.name, codes)
    # A's genuine bundle afterwards: nothing pre-claimed, everything new
    [res] = receiver.import_bytes(world.bundle)
    assert res.status == "imported" and res.counts["rejected"] == 0
    receiver.reset()


def test_squat_first_then_the_genuine_bundle(world: World, receiver: Receiver) -> None:
    [squat] = receiver.import_bytes(squat_first(world), "squat.zip")
    assert squat.status == "imported"
    [res] = receiver.import_bytes(world.bundle)
    assert res.status == "imported" and res.counts["rejected"] == squat.counts["new"] > 0
    assert {(d["reason"], d["owner"]) for d in res.details} == {("owned_by_other", "25225")}
    assert res.receipt is not None
    assert len(json.loads(res.receipt.read_text(encoding="utf-8"))["rejections"]) > 0
    receiver.reset()


def test_test_bundle_is_checked_never_imported(world: World, receiver: Receiver) -> None:
    from tests.sync.hostile import resign

    data = resign(world.bundle, world.commune_keys, "test-only", status="TEST")
    assert judge_dry_run(receiver, data) == ("dry_run", ["bundle_is_test"])
    status, codes = judge(receiver, data)
    assert status == "refused" and codes == ["bundle_is_test"]


# --- 4 and 6. registration: codes, keys, roles, relays --------------------------------


def test_register_child_refuses_unsafe_codes_and_a_key_twice(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    _, upper = pair
    key = tmp_path / "commune.json"
    for bad in ("../x", "a/b", "a\\b", ".hidden", "x" * 21, "Tân"):
        with pytest.raises(ValidationError):
            upper.sync_import.register_child(key, code=bad, name="X")
    with pytest.raises(SyncError) as err:
        upper.sync_import.register_child(key, code="25999", name="Xã khác")
    assert err.value.code == "child_key_elsewhere"
    village = tmp_path / "v.json"
    village.write_text(
        json.dumps({**json.loads(key.read_text(encoding="utf-8")), "role": "village"}),
        encoding="utf-8",
    )
    with pytest.raises(SyncError) as err:
        upper.sync_import.register_child(village, code="25222")
    assert err.value.code == "child_role_mismatch"
    with pytest.raises(SyncError) as err:
        upper.sync_import.register_child(key, relays=["25222"])
    assert err.value.code == "child_relay_clash"
    assert [c.code for c in upper.sync_import.children()] == ["25222"]


def test_cli_register_child_with_a_path_in_the_code_exits_2(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    _, upper = pair
    data = upper.ctx.paths.root
    upper.close()
    done = run(data, "register-child", "--key", str(tmp_path / "commune.json"), "--code", "../x")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert not list(tmp_path.glob("BienNhan-*"))


@pytest.fixture
def chain(make: object, tmp_path: Path) -> tuple[Services, Services, Services]:
    village, commune, upper = (make(n) for n in ("village", "commune", "upper"))  # type: ignore[operator]
    village.setup.initialize(VILLAGE)
    village.villages.add(VillageData(code="DONG", name="Thôn Đông", households_total=212))
    make_demo(commune)
    upper.setup.initialize(UPPER)
    commune.sync_import.register_child(village.sync.export_key(tmp_path / "v.json"))
    village.sync.register_parent(commune.sync.export_key(tmp_path / "c.json"))
    return village, commune, upper


def test_relays_come_from_the_registration_not_the_bundle(
    chain: tuple[Services, Services, Services], tmp_path: Path
) -> None:
    village, commune, upper = chain
    meeting = commune.meetings.list()[0]
    data = replace(meeting.data, title="Họp thôn Đông")
    village.meetings.add_many([(None, replace(data, village_uuid=village.villages.list()[0].uuid))])
    [res] = commune.sync_import.import_files(list(village.sync.export(tmp_path / "v").files))
    assert res.status == "imported" and res.counts["rejected"] == 0
    # registered without relays: the commune may not pass its village's record on
    upper.sync_import.register_child(tmp_path / "c.json", relays=[])
    up = commune.sync.export(tmp_path / "c1")
    [refused] = upper.sync_import.import_files(list(up.files))
    assert refused.status == "refused"
    assert {p.code for p in refused.problems} == {"record_foreign_origin"}
    # re-registered from its file (which lists its villages): taken
    upper.sync_import.register_child(tmp_path / "c.json")
    assert "DONG" in upper.sync_import.children()[0].relays
    [taken] = upper.sync_import.import_files(list(up.files))
    assert taken.status == "imported"


# --- 2 and 5. the commune's own records, and the rules of mirrored ones ---------------


def test_a_village_cannot_overwrite_the_communes_own_record(
    chain: tuple[Services, Services, Services], tmp_path: Path
) -> None:
    village, commune, _ = chain
    own = commune.meetings.list()[0]
    before = commune.meetings.to_json(own) if hasattr(commune.meetings, "to_json") else None
    hostile = replace(own.data, title="Sửa trộm", village_uuid=village.villages.list()[0].uuid)
    village.meetings.add_many([(own.uuid, hostile)])
    [res] = commune.sync_import.import_files(list(village.sync.export(tmp_path / "v").files))
    assert res.status == "imported" and res.counts["new"] == 1  # the village itself
    [detail] = res.details
    assert detail["uuid"] == own.uuid and detail["reason"] == "owned_by_receiver"
    after = commune.meetings.get(own.uuid)
    assert after.data.title == own.data.title and after.meta.version == own.meta.version
    if before is not None:
        assert commune.meetings.to_json(after) == before
    assert commune.maintenance.check().ok
    commune.meetings.update_json(own.uuid, {"title": "Vẫn sửa được tại xã"})  # still ours
    # the village is told why and keeps sending it
    assert res.receipt is not None
    village.sync.import_receipt(res.receipt)
    assert any("từ chối" in remark_text(r["text"]) for r in village.sync.remarks_for(own.uuid))
    assert village.sync.export(tmp_path / "v2").records == 1


def test_mirrored_convention_obeys_the_life_cycle(
    chain: tuple[Services, Services, Services], tmp_path: Path
) -> None:
    village, commune, _ = chain
    thon = village.villages.list()[0].uuid
    lone = Convention(
        village_uuid=thon,
        convention_type=ConventionType.HUONG_UOC,
        title="Hương ước thôn Đông",
        text="Điều 1. Giữ gìn thuần phong mỹ tục.",
        events=(ConventionEvent(EventType.RECOGNIZED, date(2026, 3, 23), decision_no="1/QĐ"),),
    )
    with pytest.raises(TransitionRefused):  # typed in, it is refused
        village.conventions.add(lone)
    with village.ctx.db.transaction() as session:  # written past the rules, as a forger would
        uuid = village.conventions.writer().create(session, lone).uuid
    [res] = commune.sync_import.import_files(list(village.sync.export(tmp_path / "v").files))
    assert [d["uuid"] for d in res.details] == [uuid] and res.counts["rejected"] == 1
    assert uuid not in commune.conventions.ids()  # never shown in force at the commune
    # sent again, refused again (not silently acknowledged as "unchanged")
    village.sync.import_receipt(res.receipt)  # type: ignore[arg-type]
    [again] = commune.sync_import.import_files(list(village.sync.export(tmp_path / "v2").files))
    assert again.counts["rejected"] == 1 and uuid not in commune.conventions.ids()


def test_safety_runner_counts_no_forged_acceptance(tmp_path: Path) -> None:
    from tests.safety.trust import run_trust

    fig = run_trust(tmp_path)
    assert fig.forged == 0, fig.examples
    assert fig.bundles == fig.bundles_refused > 0 and fig.squats == fig.squats_visible == 1
    assert fig.receipts == fig.receipts_refused == 5
