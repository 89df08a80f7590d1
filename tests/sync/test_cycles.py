"""Whole cycles on the merged trust + audit code (issue 13 review): village → commune →
province and back, test bundles, receipts in odd orders. Each test failed on the merge."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.services.container import Services
from desktop.services.sync import SyncError
from desktop.storage.models import SyncPeerRow
from tests.sync import test_trust

make, pair, chain = test_trust.make, test_trust.pair, test_trust.chain  # fixtures


def _up(child: Services, parent: Services, out: Path) -> Path:
    [res] = parent.sync_import.import_files(list(child.sync.export(out).files))
    assert res.status == "imported" and res.receipt is not None, res.problems
    assert res.complete, "the parent holds what the child holds"
    return res.receipt


def test_a_test_bundle_leaves_no_gap_upstream(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    commune, upper = pair
    upper_key = upper.sync.export_key(tmp_path / "upper.json")
    commune.sync.register_parent(upper_key)
    commune.sync.import_receipt(_up(commune, upper, tmp_path / "b1"))
    trial = commune.sync.export(tmp_path / "t", record_status="TEST")
    [refused] = upper.sync_import.import_files(list(trial.files))
    assert refused.status == "refused"
    [res] = upper.sync_import.import_files(list(commune.sync.export(tmp_path / "b2").files))
    assert res.status == "imported" and res.seq == 2
    assert res.missing_seqs == []  # the test bundle is not a bundle the province lacks
    # a second trial to the same folder, then a real bundle there: no name taken twice
    commune.sync.export(tmp_path / "same", record_status="TEST")
    real = commune.sync.export(tmp_path / "same")
    assert real.seq == 3 and all(f.exists() for f in real.files)


def test_village_commune_province_cycle_checks_ok_at_every_level(
    chain: tuple[Services, Services, Services], tmp_path: Path
) -> None:
    village, commune, upper = chain
    upper.sync_import.register_child(tmp_path / "c.json")
    commune.sync.register_parent(upper.sync.export_key(tmp_path / "upper.json"))
    own = commune.meetings.list()[0]
    thon = village.villages.list()[0].uuid
    village.meetings.add_many([(None, replace(own.data, title="Họp thôn", village_uuid=thon))])
    for rnd in range(2):
        village.sync.import_receipt(_up(village, commune, tmp_path / f"v{rnd}"))
        commune.sync.import_receipt(_up(commune, upper, tmp_path / f"c{rnd}"))
        for s in (village, commune, upper):
            report = s.maintenance.check()
            assert report.ok, (rnd, s.ctx.paths.root.name, report)
        [m] = [m for m in village.meetings.list() if m.data.title.startswith("Họp thôn")]
        village.meetings.update_json(m.uuid, {"title": f"Họp thôn lần {rnd + 2}"})
    assert upper.sync_import.child_records("25222", "meeting")


def test_a_parent_pinned_on_first_use_before_the_upgrade_is_not_trusted(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    """Before issue 13 the first receipt pinned its own key as the parent's (``role`` left
    empty). A forger's key pinned that way must not stay trusted after the upgrade."""
    from desktop.sync.keys import KeyStore
    from tests.sync.hostile import forged_receipt
    from tests.sync.world import key_registration

    commune, upper = pair
    genuine = _up(commune, upper, tmp_path / "o")
    key_registration(tmp_path / "rogue", "79", "Giả mạo")
    rogue = KeyStore(tmp_path / "rogue" / "keys")
    forged = forged_receipt(genuine, rogue, tmp_path / "f.json")
    with commune.ctx.db.transaction() as s:  # what the old import_receipt wrote
        s.add(
            SyncPeerRow(
                relation="parent",
                code="79",
                name="Giả mạo",
                role="upper",  # only for the next line: the old code took its receipt
                public_key=rogue.info().public_key,
                key_id=rogue.info().key_id,
                registered_at=datetime(2026, 11, 1),
            )
        )
    commune.sync.import_receipt(forged)  # what the old code did: the forger's ack stored
    with commune.ctx.db.transaction() as s:
        s.scalars(select(SyncPeerRow)).one().role = ""  # the old pin had no role
    assert commune.sync.parent() is None
    with pytest.raises(SyncError) as err:
        commune.sync.import_receipt(forged)
    assert err.value.code == "parent_not_registered"
    # the officer registers the real key: the pin is replaced and what the forger's receipt
    # acknowledged is not acknowledged any more (its records go again), its remark gone
    commune.sync.register_parent(upper.sync.export_key(tmp_path / "upper.json"))
    assert commune.sync.status().acked_through == 0
    assert commune.sync.remarks_for("x") == []
    with pytest.raises(SyncError):
        commune.sync.import_receipt(forged)
    assert commune.sync.import_receipt(genuine).bundle_seq == 1
    assert commune.sync.status().acked_through == 1


def test_verify_of_a_receipt_checks_what_import_checks(
    make: object, pair: tuple[Services, Services], tmp_path: Path
) -> None:
    from desktop.services.demo import make_demo
    from tests.cli.test_cli import run

    commune, upper = pair
    upper_key = upper.sync.export_key(tmp_path / "upper.json")
    receipt = _up(commune, upper, tmp_path / "o")
    fresh = make("fresh")  # type: ignore[operator]  # the same commune, a bundle never sent
    make_demo(fresh)
    fresh.sync.register_parent(upper_key)
    [checked] = fresh.sync_import.verify([receipt])
    assert checked.status == "refused"
    assert [p.code for p in checked.problems] == ["receipt_unknown_bundle"]
    data = fresh.ctx.paths.root
    fresh.close()
    done = run(data, "verify", str(receipt))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    # a receipt taken already: verify says so, as import does
    commune.sync.register_parent(upper_key)
    commune.sync.import_receipt(receipt)
    [again] = commune.sync_import.verify([receipt])
    assert again.status == "already_imported"


def test_a_unit_already_claimed_as_a_relay_is_not_registered_silently(
    pair: tuple[Services, Services], tmp_path: Path
) -> None:
    """Relays may not name a registered unit; nor may a unit register under a code another
    commune already relays for (whatever the order), else records it sent first under
    that code would block the real unit's."""
    from tests.sync.world import OTHER_CHILD, key_registration

    _, upper = pair
    upper.sync_import.register_child(tmp_path / "commune.json", relays=["DONG", OTHER_CHILD[0]])
    _, other = key_registration(tmp_path / "other", *OTHER_CHILD)
    with pytest.raises(SyncError) as err:
        upper.sync_import.register_child(other)
    assert err.value.code == "child_code_relayed"
    assert [c.code for c in upper.sync_import.children()] == ["25222"]
    # once the commune is registered with its own villages only, the unit registers
    upper.sync_import.register_child(tmp_path / "commune.json", relays=["DONG"])
    upper.sync_import.register_child(other)
    assert sorted(c.code for c in upper.sync_import.children()) == ["25222", OTHER_CHILD[0]]


def test_relays_keep_the_code_of_records_relayed_after_a_village_code_changes(
    chain: tuple[Services, Services, Services], tmp_path: Path
) -> None:
    """A commune's registration file lists the owners of the records it relays, not only
    its villages' codes today: a village renamed at the commune still owns its records, and
    the commune's bundles must not be refused upstream for good."""
    import json

    village, commune, upper = chain
    own = commune.meetings.list()[0]
    thon = village.villages.list()[0].uuid
    village.meetings.add_many([(None, replace(own.data, title="Họp thôn", village_uuid=thon))])
    [res] = commune.sync_import.import_files(list(village.sync.export(tmp_path / "v").files))
    assert res.counts["new"] >= 1 and res.counts["rejected"] == 0
    dong = commune.villages.find("DONG")
    commune.villages.update_json(dong.uuid, {"code": "DONG2"})
    body = json.loads(commune.sync.export_key(tmp_path / "c2.json").read_text(encoding="utf-8"))
    assert {"DONG", "DONG2"} <= set(body["relays"])
    upper.sync_import.register_child(tmp_path / "c2.json")
    [up] = upper.sync_import.import_files(list(commune.sync.export(tmp_path / "c").files))
    assert up.status == "imported", up.problems
