"""A commune, its signed bundle and a receiving store: the ground the sync safety tests
and the safety runner (tests/safety) stand on.

Built once (a session fixture, or once per runner process) and copied per example: the
clean bundle's bytes, a receiving ("upper") store template with the commune and a second
child registered, and the state a clean import leaves.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.core.installation import InstallationData, Role, UpperKind
from desktop.core.messages import format_error
from desktop.core.sync_messages import format_sync_problem
from desktop.services.container import Services, build_services
from desktop.services.context import open_store
from desktop.services.demo import make_demo
from desktop.services.sync import SyncError
from desktop.services.sync_import import ImportOutcome
from desktop.storage.models import ChildRecordRow, ChildRecordVersionRow, ImportedBundleRow
from desktop.sync.keys import KeyStore, registration_json, write_registration

START = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
UPPER = InstallationData(role=Role.UPPER, code="79", name="UBND Thành phố Hồ Chí Minh")
COMMUNE = InstallationData(
    role=Role.COMMUNE,
    code="25222",
    name="Xã Tân Phú",
    province_code="79",
    province_name="Thành phố Hồ Chí Minh",
    upper_code="79",
    upper_name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
    upper_kind=UpperKind.PROVINCE,
    officer_name="Nguyễn Thị Lan",
)
OTHER_CHILD = ("25225", "Xã Tân Hòa")  # registered at the upper level with its own key

State = dict[str, list[tuple[Any, ...]]]


class Clock:
    """A settable clock; every call moves it one millisecond on (as in tests/conftest.py)."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now = self.now + timedelta(milliseconds=1)
        return self.now


def open_services(folder: Path) -> Services:
    return build_services(open_store(folder, clock=Clock()))


def make_commune(folder: Path) -> Services:
    """The demo commune (a few records of every kind) with one attachment on a disclosure."""
    services = open_services(folder)
    make_demo(services)
    evidence = folder.parent / "anh-niem-yet.txt"
    evidence.write_text("Ảnh chụp bảng niêm yết tại trụ sở UBND xã\n", encoding="utf-8")
    services.disclosures.attach(services.disclosures.ids()[0], evidence)
    return services


def make_upper(folder: Path, registrations: Sequence[Path]) -> Services:
    services = open_services(folder)
    services.setup.initialize(UPPER)
    for reg in registrations:
        services.sync_import.register_child(reg)
    return services


def key_registration(folder: Path, code: str, name: str) -> tuple[KeyStore, Path]:
    """A key pair in ``folder`` and its registration file (as a child would send it)."""
    keys = KeyStore(folder / "keys")
    info = keys.ensure()
    reg = write_registration(folder / "key.json", registration_json(code, name, "commune", info))
    return keys, reg


@dataclass(repr=False)
class World:
    root: Path
    bundle: bytes  # the clean bundle, as exported
    bundle_name: str
    commune_keys: KeyStore
    other_keys: KeyStore  # registered at the upper level for OTHER_CHILD
    rogue_keys: KeyStore  # registered nowhere
    upper_template: Path
    clean_state: State
    imported_template: Path | None = None  # the receiving store after a clean import


def build_world(root: Path) -> World:
    root.mkdir(parents=True, exist_ok=True)
    commune = make_commune(root / "commune")
    result = commune.sync.export(root / "out")
    commune.sync.export_key(root / "commune-key.json")
    commune.close()
    other_keys, other_reg = key_registration(root / "other", *OTHER_CHILD)
    rogue_keys, _ = key_registration(root / "rogue", "25222", "Xã Tân Phú (giả)")
    template = root / "upper-template"
    make_upper(template, [root / "commune-key.json", other_reg]).close()
    world = World(
        root=root,
        bundle=result.files[0].read_bytes(),
        bundle_name=result.files[0].name,
        commune_keys=KeyStore(root / "commune" / "keys"),
        other_keys=other_keys,
        rogue_keys=rogue_keys,
        upper_template=template,
        clean_state={},
    )
    receiver = Receiver(world, root / "clean-import")
    [outcome] = receiver.import_bytes(world.bundle)
    assert outcome.status == "imported", outcome
    world.clean_state = receiver.state()
    receiver.close()
    world.imported_template = root / "clean-import" / "store"
    return world


def state_of(services: Services) -> State:
    """What an import leaves: the child's records, every version seen, the bundles taken
    (without the import time, which only says when)."""
    with services.ctx.db.reading() as session:
        records = [
            tuple(getattr(r, c.key) for c in ChildRecordRow.__table__.columns)
            for r in session.scalars(select(ChildRecordRow).order_by(ChildRecordRow.uuid))
        ]
        versions = [
            (r.uuid, r.version, r.content_sha256)
            for r in session.scalars(
                select(ChildRecordVersionRow).order_by(
                    ChildRecordVersionRow.uuid, ChildRecordVersionRow.version
                )
            )
        ]
        bundles = [
            (r.bundle_id, r.child_code, r.seq, r.tagmanifest_sha256, r.record_status, r.outcome)
            for r in session.scalars(select(ImportedBundleRow).order_by(ImportedBundleRow.seq))
        ]
    return {"child_records": records, "child_record_versions": versions, "bundles": bundles}


def dump(services: Services) -> list[str]:
    """Every table's rows as SQL text (sqlite3 ``iterdump``): compared before and after."""
    raw = services.ctx.db.engine.raw_connection()
    try:
        return list(raw.driver_connection.iterdump())  # type: ignore[union-attr]
    finally:
        raw.close()


class Receiver:
    """A receiving store copied from a template; reset after an import."""

    def __init__(
        self,
        world: World,
        work: Path,
        *,
        template: Path | None = None,
        name: str | None = None,
    ) -> None:
        self.world = world
        self.template = template or world.upper_template
        self.name = name or world.bundle_name
        self.work = work
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(self.template, work / "store")
        self.inbox = work / "in"
        self.receipts = work / "receipts"
        self.services = open_services(work / "store")
        self.n = 0

    def import_bytes(self, data: bytes, name: str | None = None) -> list[ImportOutcome]:
        return self.import_many([(name or self.name, data)])

    def import_many(self, files: Sequence[tuple[str, bytes]]) -> list[ImportOutcome]:
        """Files given together to one import (as a person selecting several does)."""
        self.n += 1
        folder = self.inbox / str(self.n)
        folder.mkdir(parents=True)
        paths = []
        for name, data in files:
            paths.append(folder / name)
            paths[-1].write_bytes(data)
        try:
            return self.services.sync_import.import_files(paths, receipts_dir=self.receipts)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def verify_bytes(self, data: bytes, name: str | None = None) -> list[ImportOutcome]:
        """The dry run (``verify``) of one file."""
        self.n += 1
        folder = self.inbox / str(self.n)
        folder.mkdir(parents=True)
        path = folder / (name or self.name)
        path.write_bytes(data)
        try:
            return self.services.sync_import.verify([path])
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def state(self) -> State:
        return state_of(self.services)

    def dump(self) -> list[str]:
        return dump(self.services)

    def reset(self) -> None:
        """Back to the template: the database file, attachments and receipts."""
        paths = self.services.ctx.paths
        self.services.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
        shutil.copy2(self.template / paths.database.name, paths.database)
        shutil.rmtree(paths.attachments, ignore_errors=True)
        shutil.rmtree(self.receipts, ignore_errors=True)
        self.services = open_services(self.work / "store")

    def close(self) -> None:
        self.services.close()


def is_vietnamese_sentence(text: str) -> bool:
    """Non-empty, NFC, fully worded (no placeholder left) and with Vietnamese letters."""
    return (
        bool(text.strip())
        and unicodedata.normalize("NFC", text) == text
        and not re.search(r"\{[a-z_]+\}", text)
        and any(ord(c) > 127 and unicodedata.name(c, "").startswith("LATIN") for c in text)
    )


class Violation(AssertionError):
    """The safety property broke (not a crash of the code under test: a wrong outcome)."""


def judge(
    receiver: Receiver, data: bytes, name: str | None = None, *, known: bool = False
) -> tuple[str, list[str]]:
    """Import ``data`` and check the property: refused with worded problems and the
    database unchanged, or imported with exactly the state of a clean import. With
    ``known`` the receiver imported the clean bundle already: "already imported" with
    nothing changed is then the other right answer.

    Returns ("refused", problem codes), ("imported", []) or ("already_imported", []);
    raises :class:`Violation`, or lets any unexpected exception (a crash) through.
    """
    before = receiver.dump()
    try:
        outcomes = receiver.import_bytes(data, name)
    except SyncError as exc:  # the service's own refusal of the whole call
        message = format_error(exc, "vi")
        if not is_vietnamese_sentence(message):
            raise Violation(f"refusal {exc.code} worded as {message!r}") from exc
        if receiver.dump() != before:
            raise Violation(f"database changed on refusal {exc.code}") from exc
        return "refused", [exc.code]
    if len(outcomes) != 1:
        raise Violation(f"one file gave {len(outcomes)} outcomes")
    outcome = outcomes[0]
    if outcome.status == "refused":
        if not outcome.problems:
            raise Violation("refused without a problem")
        for p in outcome.problems:
            message = format_sync_problem(p.code, p.params, "vi")
            if not is_vietnamese_sentence(message):
                raise Violation(f"problem {p.code} worded as {message!r}")
        if receiver.dump() != before:
            raise Violation("database changed on refusal")
        return "refused", sorted({p.code for p in outcome.problems})
    if known and outcome.status == "already_imported":
        if receiver.dump() != before:
            raise Violation("database changed by a re-import")
        return "already_imported", []
    if outcome.status != "imported" or known:
        raise Violation(f"unexpected status {outcome.status}")
    state = receiver.state()
    receiver.reset()
    if state != receiver.world.clean_state:
        raise Violation(f"imported a different state: {outcome.counts}")
    return "imported", []


def judge_dry_run(receiver: Receiver, data: bytes) -> tuple[str, list[str]]:
    """A dry run (``verify``) changes nothing, whatever the file: refused with worded
    problems, or counted without being imported."""
    before = receiver.dump()
    try:
        outcomes = receiver.verify_bytes(data)
    except SyncError as exc:
        if not is_vietnamese_sentence(format_error(exc, "vi")):
            raise Violation(f"refusal {exc.code} not worded") from exc
        outcomes = []
    if receiver.dump() != before:
        raise Violation("database changed by a dry run")
    codes: list[str] = []
    for outcome in outcomes:
        for p in outcome.problems:
            if not is_vietnamese_sentence(format_sync_problem(p.code, p.params, "vi")):
                raise Violation(f"problem {p.code} not worded")
            codes.append(p.code)
        if outcome.status not in ("refused", "dry_run", "already_imported", "receipt"):
            raise Violation(f"dry run gave status {outcome.status}")
        if outcome.status == "refused" and not outcome.problems:
            raise Violation("refused without a problem")
    status = outcomes[0].status if outcomes else "refused"
    return status, sorted(set(codes))
