"""Hostile but correctly signed bundles and forged receipts (issue 13): the "0 forged
acceptances" figure of ``python3 tasks.py safety``.

A forged acceptance is any of: a hostile bundle imported (or the database changed by its
refusal); a record of one unit changed or silently taken by another's bundle; a rejection
left out of the receipt; a receipt not signed by the registered parent that acknowledges
a bundle, pins a key or stores a remark.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.sync import SyncError
from desktop.sync.keys import KeyStore
from tests.sync.hostile import forged_receipt, squat_first, upper_attacks
from tests.sync.world import Receiver, Violation, build_world, dump, judge, open_services


@dataclass
class TrustFigures:
    bundles: int = 0
    bundles_refused: int = 0
    squats: int = 0
    squats_visible: int = 0
    receipts: int = 0
    receipts_refused: int = 0
    forged: int = 0
    seconds: float = 0.0
    examples: list[str] = field(default_factory=list)

    def fail(self, what: str) -> None:
        self.forged += 1
        self.examples.append(what)


def _bundles(receiver: Receiver, fig: TrustFigures) -> Path:
    """Every hostile bundle against a fresh receiver; returns a genuine receipt."""
    world = receiver.world
    for attack in upper_attacks(world):
        fig.bundles += 1
        try:
            status, codes = judge(receiver, attack.data)
        except Violation as exc:
            fig.fail(f"{attack.name}: {exc}")
            continue
        if status == "refused" and attack.expected in codes:
            fig.bundles_refused += 1
        else:
            fig.fail(f"{attack.name}: {status} {codes}")
    fig.squats += 1
    [squat] = receiver.import_bytes(squat_first(world), "squat.zip")
    [res] = receiver.import_bytes(world.bundle)
    listed = (
        json.loads(res.receipt.read_text(encoding="utf-8"))["rejections"] if res.receipt else []
    )
    if squat.counts["new"] and len(listed) == squat.counts["new"] == res.counts["rejected"]:
        fig.squats_visible += 1
    else:
        fig.fail(f"squat: {squat.counts} then {res.counts}, {len(listed)} listed")
    receiver.reset()
    [clean] = receiver.import_bytes(world.bundle)
    assert clean.receipt is not None
    kept = receiver.work / "genuine-receipt.json"
    shutil.copy2(clean.receipt, kept)
    receiver.reset()
    return kept


def _receipts(work: Path, receiver: Receiver, genuine: Path, fig: TrustFigures) -> None:
    world = receiver.world
    shutil.copytree(world.root / "commune", work / "commune")
    commune = open_services(work / "commune")
    try:
        rogue = KeyStore(world.root / "rogue" / "keys")
        other = world.other_keys
        tries = [
            ("rogue key, parent not registered", forged_receipt(genuine, rogue, work / "r1.json")),
            ("genuine, parent not registered", genuine),
            ("registered child's key", forged_receipt(genuine, other, work / "r2.json")),
        ]
        for label, path in tries:
            _one_receipt(commune, label, path, fig)
        upper_key = receiver.services.sync.export_key(work / "upper.json")
        commune.sync.register_parent(upper_key)
        for label, path in tries[:1] + tries[2:]:
            _one_receipt(commune, f"{label} (parent registered)", path, fig)
        # the genuine receipt is then taken (the figure would be meaningless otherwise)
        if commune.sync.import_receipt(genuine).bundle_seq != 1:
            fig.fail("genuine receipt not taken after registration")
    finally:
        commune.close()


def _one_receipt(commune: object, label: str, path: Path, fig: TrustFigures) -> None:
    from desktop.services.container import Services

    assert isinstance(commune, Services)
    fig.receipts += 1
    before = dump(commune)
    try:
        commune.sync.import_receipt(path)
    except SyncError:
        if dump(commune) == before:
            fig.receipts_refused += 1
        else:
            fig.fail(f"receipt {label}: refused but the database changed")
        return
    fig.fail(f"receipt {label}: accepted")


def run_trust(work: Path) -> TrustFigures:
    start = time.perf_counter()
    fig = TrustFigures()
    world = build_world(work / "world")
    receiver = Receiver(world, work / "receiver")
    try:
        genuine = _bundles(receiver, fig)
        _receipts(work, receiver, genuine, fig)
    finally:
        receiver.close()
    fig.seconds = time.perf_counter() - start
    return fig


def report_trust(fig: TrustFigures) -> bool:
    def line(label: str, value: int, ok: bool | None = None) -> bool:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        print(f"  {label:<58} {value:>7}  {verdict}".rstrip(), flush=True)
        return ok is not False

    print(f"hostile signed bundles and forged receipts ({fig.seconds:.0f} s)", flush=True)
    ok = line("hostile signed bundles", fig.bundles, fig.bundles > 0)
    line("  refused with the expected reason, nothing changed", fig.bundles_refused)
    line("uuid squats followed by the owner's genuine bundle", fig.squats)
    line("  rejected visibly, listed in the receipt, not overwritten", fig.squats_visible)
    line("forged or untrusted receipts", fig.receipts)
    line("  refused, nothing acknowledged, no key pinned", fig.receipts_refused)
    ok &= line("forged acceptances", fig.forged, fig.forged == 0)
    for example in fig.examples[:10]:
        print(f"    ! {example}", flush=True)
    return ok
