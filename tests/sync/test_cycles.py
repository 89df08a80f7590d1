"""Whole cycles on the merged trust + audit code (issue 13 review): village → commune →
province and back, test bundles, receipts in odd orders. Each test failed on the merge."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop.services.container import Services
from tests.sync import test_trust

make, pair, chain = test_trust.make, test_trust.pair, test_trust.chain  # fixtures


def _up(child: Services, parent: Services, out: Path) -> Path:
    [res] = parent.sync_import.import_files(list(child.sync.export(out).files))
    assert res.status == "imported" and res.receipt is not None, res.problems
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
