"""A commune's bundles 1..N with creates, updates and tombstones between them, and
receipts after some: the material of the shuffled-imports tests and runner."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.villages import VillageData, VillageType
from desktop.services.container import Services
from tests.sync.world import State, make_commune, make_upper, state_of

RECEIPTS_AFTER = (2, 4)  # bundles whose receipt goes back before the next export


@dataclass(repr=False)
class Series:
    bundles: list[tuple[str, bytes]]  # (file name, bytes) of bundles 1..N
    upper_template: Path
    in_order: State  # what importing 1..N in order leaves


def _change(commune: Services, step: int) -> None:
    """Creates, updates and tombstones, different at every step."""
    villages = commune.villages.list()
    commune.villages.add(
        VillageData(
            code=f"MOI{step}",
            name=f"Thôn Mới {step}",
            village_type=VillageType.THON,
            head_name="Trần Văn Bình",
            households_total=100 + step,
        )
    )
    first = villages[step % len(villages)]
    commune.villages.update(first.uuid, replace(first.data, head_name=f"Trưởng thôn {step}"))
    meeting = commune.meetings.list()[0]
    commune.meetings.update_json(meeting.uuid, {"title": f"Hội nghị thôn (sửa lần {step})"})
    if step in (4, 6):  # no screen deletes yet: the write path's tombstone, as the app would
        victim = commune.villages.find(f"MOI{step - 1}")
        with commune.ctx.db.transaction() as session:
            commune.villages.writer().delete(session, victim.uuid)


def build_series(root: Path, n: int = 6) -> Series:
    commune = make_commune(root / "commune")
    key = commune.sync.export_key(root / "commune-key.json")
    template = root / "upper-template"
    make_upper(template, [key]).close()
    upper = make_upper(root / "in-order", [key])
    commune.sync.register_parent(upper.sync.export_key(root / "upper-key.json"))
    bundles: list[tuple[str, bytes]] = []
    for seq in range(1, n + 1):
        if seq > 1:
            _change(commune, seq)
        [path] = commune.sync.export(root / "out").files
        bundles.append((path.name, path.read_bytes()))
        [outcome] = upper.sync_import.import_files([path], receipts_dir=root / "receipts")
        assert outcome.status == "imported" and outcome.complete, outcome
        if seq in RECEIPTS_AFTER:
            assert outcome.receipt is not None
            commune.sync.import_receipt(outcome.receipt)
    state = state_of(upper)
    commune.close()
    upper.close()
    return Series(bundles, template, state)


def comparable(state: State) -> State:
    """child_records without bundle_id (which bundle brought a version first depends on
    the order, by design) and child_record_versions."""
    from desktop.storage.models import ChildRecordRow

    bundle_col = [c.key for c in ChildRecordRow.__table__.columns].index("bundle_id")
    return {
        "child_records": [r[:bundle_col] + r[bundle_col + 1 :] for r in state["child_records"]],
        "child_record_versions": state["child_record_versions"],
    }
