"""``check`` covers the sync tables, the change log and the installation row; the journal
head is signed into every bundle and a rewritten journal is caught (issue 13 item 7)."""

from __future__ import annotations

import io
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.cli import main
from desktop.services.container import Services
from desktop.services.sync import SyncError
from desktop.storage.models import AuditEntryRow
from desktop.sync.bag import parse_journal_head
from desktop.sync.identity import write_marker
from desktop.sync.reader import bundle_head
from tests.sync.forgery import rewrite_journal
from tests.sync.mutations import Mutator
from tests.sync.world import Receiver, judge, make_commune, make_upper, open_services


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A commune that sent bundle 1, and the level above that imported it."""
    root = tmp_path_factory.mktemp("audit")
    commune = make_commune(root / "commune")
    commune.sync.export_key(root / "commune-key.json")
    [bundle] = commune.sync.export(root / "sent").files
    commune.close()
    upper = make_upper(root / "upper", [root / "commune-key.json"])
    [outcome] = upper.sync_import.import_files([bundle], receipts_dir=root / "receipts")
    assert outcome.status == "imported"
    upper.close()
    return root


@pytest.fixture
def scene(template: Path, tmp_path: Path) -> Path:
    for name in ("commune", "upper", "sent"):
        shutil.copytree(template / name, tmp_path / name)
    # The copy stands for the same computer: its identity marker follows it (a copy is
    # otherwise paused as "copied to another computer", which has its own tests).
    commune = open_services(tmp_path / "commune")
    inst = commune.setup.installation()
    assert inst is not None
    write_marker(commune.ctx.paths.keys, commune.ctx.paths.root, inst.installation_id, 1)
    commune.close()
    return tmp_path


def _codes(services: Services) -> set[str]:
    report = services.maintenance.check()
    return {p.code for p in report.problems} | {"integrity" for _ in report.integrity}


def _sql(services: Services, statement: str) -> None:
    with services.ctx.db.transaction() as session:
        session.execute(text(statement))


def _forge_first_record(row: AuditEntryRow) -> None:
    if row.id == 2:
        row.actor = "ke-gia-mao"


def test_an_honest_history_passes_on_both_sides(scene: Path) -> None:
    for name in ("commune", "upper"):
        services = open_services(scene / name)
        try:
            report = services.maintenance.check()
            assert report.ok, (name, report.problems)
        finally:
            services.close()


def test_every_bundle_signs_its_journal_head(scene: Path) -> None:
    [sent] = (scene / "sent").glob("*.zip")
    tags = bundle_head(sent) or {}
    head = parse_journal_head(tags.get("Journal-Head", ""))
    assert head is not None and head[0] > 10
    assert "Journal-Prev-Head" not in tags  # nothing signed before the first bundle
    commune = open_services(scene / "commune")
    try:
        [second] = commune.sync.export(scene / "sent").files
    finally:
        commune.close()
    tags2 = bundle_head(second) or {}
    assert tags2["Journal-Prev-Head"] == tags["Journal-Head"]
    assert parse_journal_head(tags2["Journal-Head"]) > head  # type: ignore[operator]


@pytest.mark.parametrize(
    ("statement", "code"),
    [
        (
            "UPDATE child_records SET content = replace(content, 'passed', 'failed')",
            "child_record_mismatch",
        ),
        ("UPDATE child_records SET items_passed = items_passed + 1", "child_record_mismatch"),
        ("UPDATE child_records SET version = version + 1", "child_record_mismatch"),
        ("DELETE FROM child_records WHERE kind = 'meeting'", "child_record_missing"),
        ("DELETE FROM child_record_versions WHERE rowid = 1", "child_version_mismatch"),
        ("UPDATE child_record_versions SET content_sha256 = 'x'", "child_version_mismatch"),
        ("DELETE FROM imported_bundles", "bundle_missing"),
        ("UPDATE imported_bundles SET seq = 7", "bundle_mismatch"),
        ("UPDATE imported_bundles SET record_status = 'TEST'", "bundle_mismatch"),
        ("UPDATE installation SET code = '80'", "installation_mismatch"),
    ],
)
def test_edits_on_the_receiving_side_are_found(scene: Path, statement: str, code: str) -> None:
    upper = open_services(scene / "upper")
    try:
        _sql(upper, statement)
        assert code in _codes(upper)
    finally:
        upper.close()


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM change_log WHERE seq = 3",
        "UPDATE change_log SET version = version + 1 WHERE seq = 2",
        "UPDATE change_log SET uuid = 'x' WHERE seq = 5",
    ],
)
def test_old_change_log_edits_are_found_by_check(scene: Path, statement: str) -> None:
    commune = open_services(scene / "commune")
    try:
        _sql(commune, statement)
        assert "change_log_mismatch" in _codes(commune)
    finally:
        commune.close()


_LAST = "(SELECT max(seq) FROM change_log)"


@pytest.mark.parametrize(
    ("statement", "code"),
    [
        (f"DELETE FROM change_log WHERE seq = {_LAST}", "change_log_mismatch"),
        (f"UPDATE change_log SET version = 9 WHERE seq = {_LAST}", "change_log_mismatch"),
        (
            "INSERT INTO change_log (kind, uuid, version, at) SELECT kind, uuid, version, at "
            f"FROM change_log WHERE seq = {_LAST}",
            "change_log_mismatch",
        ),
        ("UPDATE installation SET code = '25999'", "installation_mismatch"),
        ("UPDATE installation SET role = 'village'", "installation_mismatch"),
    ],
)
def test_edits_at_the_origin_are_found_and_not_signed(
    scene: Path, statement: str, code: str
) -> None:
    commune = open_services(scene / "commune")
    try:
        uuid = commune.disclosures.ids()[0]
        current = commune.disclosures.get(uuid)
        commune.disclosures.update(uuid, replace(current.data, summary="Đã sửa sau gói 1"))
        _sql(commune, statement)
        assert code in _codes(commune)
        with pytest.raises(SyncError) as caught:
            commune.sync.export(scene / "next")
        assert caught.value.code == "export_history_broken"
        assert not (scene / "next").exists() or not list((scene / "next").iterdir())
    finally:
        commune.close()


def test_a_rewritten_journal_is_found_by_the_origin_and_the_export_refused(
    scene: Path,
) -> None:
    commune = open_services(scene / "commune")
    try:
        with commune.ctx.db.transaction() as session:
            rewrite_journal(session, _forge_first_record)
        assert "journal_rewritten" in _codes(commune)
        assert {"journal_hash_mismatch", "journal_chain_broken"}.isdisjoint(_codes(commune))
    finally:
        commune.close()
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(scene / "commune"), "export", "--out", str(scene / "n")],
        out=out,
        err=err,
    )
    assert code == 2 and "sodanchu check" in err.getvalue()
    out = io.StringIO()
    assert main(["--data-dir", str(scene / "commune"), "check"], out=out, err=err) == 1
    assert "journal_rewritten" in out.getvalue()


def test_a_journal_rewritten_with_its_signed_heads_is_refused_by_the_parent(
    scene: Path,
) -> None:
    """The forger also rewrites the head the origin kept: its own check passes, but the
    next bundle's Journal-Prev-Head no longer matches what the parent was given."""
    commune = open_services(scene / "commune")
    try:
        with commune.ctx.db.transaction() as session:
            old = {r.id: r.hash for r in session.scalars(select(AuditEntryRow))}
            new = rewrite_journal(session, _forge_first_record, forge_heads=True)
            assert any(old[i] != h for i, h in new.items())
        assert commune.maintenance.check().ok  # the forgery is consistent here...
        [second] = commune.sync.export(scene / "sent2").files
    finally:
        commune.close()
    upper = open_services(scene / "upper")
    try:
        [outcome] = upper.sync_import.import_files([second], receipts_dir=scene / "r2")
        assert outcome.status == "refused"  # ...but not with what the parent holds
        assert [p.code for p in outcome.problems] == ["sender_journal_rewritten"]
        assert upper.maintenance.check().ok
    finally:
        upper.close()


def test_an_honest_second_bundle_is_imported_and_both_sides_check_ok(scene: Path) -> None:
    commune = open_services(scene / "commune")
    try:
        [second] = commune.sync.export(scene / "sent2", full=True).files
        assert commune.maintenance.check().ok
    finally:
        commune.close()
    upper = open_services(scene / "upper")
    try:
        [outcome] = upper.sync_import.import_files([second], receipts_dir=scene / "r2")
        assert outcome.status == "imported", outcome.problems
        assert upper.maintenance.check().ok
    finally:
        upper.close()


def test_bundles_without_a_journal_head_are_still_imported(
    mutator: Mutator, receiver: Receiver
) -> None:
    """BUNDLE.md compatibility: a bundle of an earlier version carries no Journal-Head."""
    parts = mutator.parts.with_tags(Journal_Head=None)
    assert parts.tag("Journal-Head") == "" and mutator.parts.tag("Journal-Head")
    [outcome] = receiver.import_bytes(mutator.rebag(parts))
    try:
        assert outcome.status == "imported"
        assert receiver.services.maintenance.check().ok
    finally:
        receiver.reset()


def test_a_malformed_journal_head_is_refused(mutator: Mutator, receiver: Receiver) -> None:
    outcome, codes = judge(receiver, mutator.rebag(mutator.parts.with_tags(Journal_Head="1:x")))
    assert (outcome, codes) == ("refused", ["tag_invalid"])
