"""Hostile-input, lost-file and audit figures of issue 13 (items 7-9) for the safety runner.

Each attack is run as an officer or an attacker would from the command line's services;
the runner counts clear refusals, crashes, acceptances and what ``check`` found.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.cli import main
from desktop.services.container import Services
from desktop.services.sync import SyncError
from desktop.storage.models import AuditEntryRow, SyncExportRow
from desktop.sync.identity import write_marker
from desktop.sync.keys import PRIVATE_FILE
from tests.sync.bags import Member
from tests.sync.forgery import rewrite_journal
from tests.sync.mutations import Mutator
from tests.sync.world import (
    Receiver,
    Violation,
    build_world,
    judge,
    make_commune,
    make_upper,
    open_services,
)


@dataclass
class HostileFigures:
    bundles: int = 0  # hostile bundles tried
    bundles_refused: int = 0
    environment: int = 0  # faults of the environment tried (keys, folders, names)
    environment_refused: int = 0  # a clear refusal (exit 2), nothing half-done
    honest: int = 0  # honest cases that must pass (long text, a clock a day ahead)
    honest_accepted: int = 0
    tampering: int = 0  # edits and rewrites of the stores
    tampering_found: int = 0
    concurrent_rounds: int = 0
    numbers_without_file: int = 0
    crashes: int = 0
    examples: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def accepted(self) -> int:
        return self.bundles - self.bundles_refused


def _cli(store: Path, *args: str) -> int:
    return main(["--data-dir", str(store), *args], out=io.StringIO(), err=io.StringIO())


def _lzma_damaged(m: Mutator) -> bytes:
    data = bytearray(m.rezip([Member(x.name, x.data, zipfile.ZIP_LZMA, x.mode) for x in m.members]))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("records.jsonl"))
    head = info.header_offset
    start = head + 30 + int.from_bytes(data[head + 26 : head + 28], "little")
    start += int.from_bytes(data[head + 28 : head + 30], "little")
    data[start + info.compress_size // 2] ^= 0x5A
    return bytes(data)


def _hostile_bundles(m: Mutator) -> dict[str, bytes]:
    future = replace(m.parts.with_tags(Bagging_Date="2099-01-01"), signed_at="2099-01-01T00:00:00Z")
    return {
        "LZMA member, damaged": _lzma_damaged(m),
        "bzip2 members": m.rezip(
            [Member(x.name, x.data, zipfile.ZIP_BZIP2, x.mode) for x in m.members]
        ),
        "Bundle-Seq 999999999": m.rebag(m.parts.with_tags(Bundle_Seq="999999999")),
        "Bundle-Seq 3000000": m.rebag(m.parts.with_tags(Bundle_Seq="3000000")),
        "dated 2099": m.rebag(future),
        "Bagging-Date 2099 only": m.rebag(m.parts.with_tags(Bagging_Date="2099-01-01")),
        "Journal-Head malformed": m.rebag(m.parts.with_tags(Journal_Head="7:zz")),
    }


def _rewrite(session: Session, forge_heads: bool) -> None:
    """Change entry 2 and recompute every hash (and, with ``forge_heads``, the heads kept)."""

    def change(row: AuditEntryRow) -> None:
        if row.id == 2:
            row.actor = "ke-gia-mao"

    rewrite_journal(session, change, forge_heads=forge_heads)


class _Scene:
    """A commune that sent bundle 1 and the level above that imported it; copied per case."""

    def __init__(self, root: Path) -> None:
        self.root = root
        commune = make_commune(root / "t" / "commune")
        commune.sync.export_key(root / "t" / "commune-key.json")
        [self.first] = commune.sync.export(root / "t" / "sent").files
        commune.close()
        upper = make_upper(root / "t" / "upper", [root / "t" / "commune-key.json"])
        [done] = upper.sync_import.import_files([self.first], receipts_dir=root / "t" / "r")
        assert done.status == "imported"
        upper.close()
        self.n = 0

    def copy(self) -> Path:
        self.n += 1
        work = self.root / f"c{self.n}"
        for name in ("commune", "upper", "sent"):
            shutil.copytree(self.root / "t" / name, work / name)
        commune = open_services(work / "commune")
        inst = commune.setup.installation()
        assert inst is not None
        write_marker(commune.ctx.paths.keys, commune.ctx.paths.root, inst.installation_id, 1)
        commune.close()
        return work


def _check_codes(services: Services) -> set[str]:
    report = services.maintenance.check()
    return {p.code for p in report.problems}


RECEIVER_EDITS = (
    "UPDATE child_records SET content = replace(content, 'passed', 'failed')",
    "UPDATE child_records SET items_passed = items_passed + 1",
    "DELETE FROM child_records WHERE kind = 'meeting'",
    "DELETE FROM child_record_versions WHERE rowid = 1",
    "DELETE FROM imported_bundles",
    "UPDATE imported_bundles SET record_status = 'TEST'",
    "UPDATE installation SET code = '80'",
)
ORIGIN_EDITS = (
    "DELETE FROM change_log WHERE seq = 3",
    "UPDATE change_log SET version = version + 1 WHERE seq = 2",
    "UPDATE installation SET code = '25999'",
)


def run_hostile(work: Path, rounds: int = 3) -> HostileFigures:
    fig = HostileFigures()
    started = time.perf_counter()
    world = build_world(work / "world")
    mutator = Mutator(world)
    receiver = Receiver(world, work / "receiver")
    scene = _Scene(work / "scene")

    def attempt(label: str, case: Callable[[], bool], counter: str) -> None:
        setattr(fig, counter, getattr(fig, counter) + 1)
        try:
            ok = case()
        except Violation as exc:
            fig.examples.append(f"{label}: {exc}")
            ok = False
        except Exception:  # a crash: counted, shown, and the run goes on
            fig.crashes += 1
            fig.examples.append(f"{label}: {traceback.format_exc(limit=2).splitlines()[-1]}")
            ok = False
        if not ok and not any(e.startswith(f"{label}:") for e in fig.examples):
            fig.examples.append(f"{label}: not as expected")
        target = {"bundles": "bundles_refused", "environment": "environment_refused"}.get(
            counter, {"honest": "honest_accepted", "tampering": "tampering_found"}.get(counter)
        )
        if ok and target:
            setattr(fig, target, getattr(fig, target) + 1)

    for label, data in _hostile_bundles(mutator).items():
        attempt(label, lambda d=data: judge(receiver, d)[0] == "refused", "bundles")

    def verify_tampered_copy() -> bool:
        known = Receiver(world, work / "known", template=world.imported_template)
        try:
            member = next(n for n in mutator.member_names if n.endswith("records.jsonl"))
            [o] = known.verify_bytes(mutator.content_byte(member, 40, 3).data)
            return o.status == "refused"
        finally:
            known.close()

    attempt("verify of a tampered copy of an imported bundle", verify_tampered_copy, "bundles")

    def honest_day_ahead() -> bool:
        parts = replace(
            mutator.parts.with_tags(Bagging_Date="2026-11-24"), signed_at="2026-11-24T01:00:00Z"
        )
        [o] = receiver.import_bytes(mutator.rebag(parts))
        receiver.reset()
        return o.status == "imported"

    attempt("a clock one day ahead", honest_day_ahead, "honest")

    def long_text() -> bool:
        w = scene.copy()
        commune = open_services(w / "commune")
        uuid = commune.disclosures.ids()[0]
        data = commune.disclosures.get(uuid).data
        commune.disclosures.update(uuid, replace(data, summary="Thu chi quý III. " * 112_000))
        [bundle] = commune.sync.export(w / "out").files
        commune.close()
        upper = open_services(w / "upper")
        try:
            [o] = upper.sync_import.import_files([bundle], receipts_dir=w / "r")
        finally:
            upper.close()
        return o.status == "imported"

    attempt("1.8 MB of one phrase in a record", long_text, "honest")

    def receipts_unwritable() -> bool:
        blocker = work / "blocker"
        blocker.write_text("x", encoding="utf-8")
        path = work / world.bundle_name
        path.write_bytes(world.bundle)
        before = receiver.dump()
        try:
            receiver.services.sync_import.import_files([path], receipts_dir=blocker / "r")
        except SyncError as exc:
            return exc.code == "receipts_dir_unwritable" and receiver.dump() == before
        return False

    attempt("import --receipts-dir unwritable", receipts_unwritable, "environment")

    def lost_key(damage: str) -> Callable[[], bool]:
        def case() -> bool:
            w = scene.copy()
            key = w / "commune" / "keys" / PRIVATE_FILE
            if damage == "deleted":
                key.unlink()
            else:
                key.write_bytes(b"-----BEGIN PRIVATE KEY-----\nhong\n")
            code = _cli(w / "commune", "export", "--out", str(w / "out"))
            return code == 2 and (damage != "deleted" or not key.exists())

        return case

    attempt("key file deleted", lost_key("deleted"), "environment")
    attempt("key file damaged", lost_key("damaged"), "environment")

    def overwrite() -> bool:
        w = scene.copy()
        out = w / "goi.zip"
        first = _cli(w / "commune", "export", "--out", str(out))
        before = out.read_bytes()
        return (
            first == 0
            and _cli(w / "commune", "export", "--out", str(out)) == 2
            and (out.read_bytes() == before)
        )

    attempt("export --out onto an existing bundle", overwrite, "environment")

    def control_name() -> bool:
        upper = open_services(scene.copy() / "upper")
        try:
            child = upper.sync_import.register_child(
                scene.root / "t" / "commune-key.json", name="Xã\x07 Tân\x1bPhú\x00", replace=True
            )
            out = upper.sync_board.to_xlsx(upper.sync_board.board(), work / "bang.xlsx")
            return child.name == "Xã Tân Phú" and out.exists()
        finally:
            upper.close()

    attempt("child name with control characters, board --xlsx", control_name, "environment")

    for statement in RECEIVER_EDITS:

        def receiver_edit(s: str = statement) -> bool:
            upper = open_services(scene.copy() / "upper")
            try:
                with upper.ctx.db.transaction() as session:
                    session.execute(text(s))
                return bool(_check_codes(upper))
            finally:
                upper.close()

        attempt(f"receiver: {statement}", receiver_edit, "tampering")
    for statement in ORIGIN_EDITS:

        def origin_edit(s: str = statement) -> bool:
            commune = open_services(scene.copy() / "commune")
            try:
                with commune.ctx.db.transaction() as session:
                    session.execute(text(s))
                return bool(_check_codes(commune))
            finally:
                commune.close()

        attempt(f"origin: {statement}", origin_edit, "tampering")

    def rewritten(forge_heads: bool) -> Callable[[], bool]:
        def case() -> bool:
            w = scene.copy()
            commune = open_services(w / "commune")
            try:
                with commune.ctx.db.transaction() as session:
                    _rewrite(session, forge_heads)
                if not forge_heads:  # the origin's own check, and its export, refuse
                    found = "journal_rewritten" in _check_codes(commune)
                    try:
                        commune.sync.export(w / "out")
                    except SyncError as exc:
                        return found and exc.code == "export_history_broken"
                    return False
                [bundle] = commune.sync.export(w / "out").files
            finally:
                commune.close()
            upper = open_services(w / "upper")
            try:
                [o] = upper.sync_import.import_files([bundle], receipts_dir=w / "r")
            finally:
                upper.close()
            return o.status == "refused"

        return case

    attempt("journal rewritten, hashes recomputed (origin)", rewritten(False), "tampering")
    attempt("journal and kept heads rewritten (parent)", rewritten(True), "tampering")

    for _ in range(rounds):
        fig.concurrent_rounds += 1
        w = scene.copy()
        out = w / "cung-ten.zip"
        cmd = [sys.executable, "-m", "desktop", "--data-dir", str(w / "commune"), "export"]
        procs = [
            subprocess.Popen(
                [*cmd, "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            for _ in range(3)
        ]
        for p in procs:
            p.wait(timeout=300)
        commune = open_services(w / "commune")
        with commune.ctx.db.reading() as session:
            names = list(session.scalars(select(SyncExportRow.file_name)))
        commune.close()
        fig.numbers_without_file += sum(
            1 for n in names if not (w / n).exists() and not (w / "sent" / n).exists()
        )
    receiver.close()
    fig.seconds = time.perf_counter() - started
    return fig
