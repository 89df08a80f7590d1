"""Hostile inputs are clear refusals (exit 2), never crashes (issue 13 item 9).

Each case was an exit 1, a MemoryError, a frozen board or a lost receipt before.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main
from desktop.services.sync import SyncError
from desktop.services.sync_guards import MAX_SEQ_JUMP
from tests.sync.bags import Member
from tests.sync.mutations import Mutator
from tests.sync.world import Receiver, World, judge


def _damaged_lzma(m: Mutator) -> bytes:
    """Every member LZMA-compressed, then one byte inside records.jsonl's packed data
    changed (CRCs left as they were): the case that made the fuzz test fail 1 in 12."""
    data = bytearray(m.rezip([Member(x.name, x.data, zipfile.ZIP_LZMA, x.mode) for x in m.members]))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("records.jsonl"))
    name_len = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    data[start + info.compress_size // 2] ^= 0x5A
    return bytes(data)


def _cli(store: Path, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(store), *args], out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def test_damaged_lzma_member_is_refused_by_its_method(mutator: Mutator, receiver: Receiver) -> None:
    outcome, codes = judge(receiver, _damaged_lzma(mutator))
    assert outcome == "refused" and "zip_method_unsupported" in codes


def test_damaged_lzma_member_exits_2_on_the_command_line(
    mutator: Mutator, receiver: Receiver, tmp_path: Path
) -> None:
    bundle = tmp_path / "goi-lzma.zip"
    bundle.write_bytes(_damaged_lzma(mutator))
    receiver.close()
    try:
        code, text_out = _cli(receiver.work / "store", "verify", str(bundle))
    finally:
        receiver.reset()
    assert code == 2, text_out
    assert "phương pháp không được phép" in text_out


@pytest.mark.parametrize("seq", ["999999999", "3000000", str(MAX_SEQ_JUMP + 1)])
def test_a_bundle_number_far_ahead_is_refused(
    mutator: Mutator, receiver: Receiver, seq: str
) -> None:
    outcome, codes = judge(receiver, mutator.rebag(mutator.parts.with_tags(Bundle_Seq=seq)))
    assert (outcome, codes) == ("refused", ["seq_jump"])
    assert not list(receiver.receipts.glob("*.json"))  # no 32 MB receipt, no receipt at all


def test_a_gap_within_the_limit_is_imported_with_its_missing_numbers(
    mutator: Mutator, receiver: Receiver
) -> None:
    [outcome] = receiver.import_bytes(mutator.rebag(mutator.parts.with_tags(Bundle_Seq="5")))
    try:
        assert outcome.status == "imported" and outcome.missing_seqs == [1, 2, 3, 4]
    finally:
        receiver.reset()


@pytest.mark.parametrize(
    ("signed_at", "bagged"),
    [("2099-01-01T00:00:00Z", "2099-01-01"), ("2026-11-23T03:00:00Z", "2099-01-01")],
)
def test_a_bundle_dated_in_the_future_is_refused(
    mutator: Mutator, receiver: Receiver, signed_at: str, bagged: str
) -> None:
    parts = replace(mutator.parts.with_tags(Bagging_Date=bagged), signed_at=signed_at)
    outcome, codes = judge(receiver, mutator.rebag(parts))
    assert (outcome, codes) == ("refused", ["bundle_in_future"])


def test_a_clock_a_day_ahead_is_tolerated(mutator: Mutator, receiver: Receiver) -> None:
    parts = replace(
        mutator.parts.with_tags(Bagging_Date="2026-11-24"), signed_at="2026-11-24T01:00:00Z"
    )
    [outcome] = receiver.import_bytes(mutator.rebag(parts))
    try:
        assert outcome.status == "imported"
    finally:
        receiver.reset()


def test_a_future_bagging_date_already_stored_does_not_freeze_days_silent(
    world: World, receiver: Receiver
) -> None:
    """A bundle from 2099 taken before the check: the days silent count from its import."""
    [outcome] = receiver.import_bytes(world.bundle)
    try:
        assert outcome.status == "imported"
        with receiver.services.ctx.db.transaction() as session:
            session.execute(text("UPDATE imported_bundles SET bagging_date = '2099-01-01'"))
        board = receiver.services.sync_board
        first = board.board(today=date(2026, 12, 1)).rows[0]
        later = board.board(today=date(2027, 3, 1)).rows[0]
        assert first.days_silent is not None and later.days_silent is not None
        assert later.days_silent - first.days_silent == 90 and later.silent
    finally:
        receiver.reset()


def test_unwritable_receipts_folder_is_refused_before_the_import(
    world: World, receiver: Receiver, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "bien-nhan"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    before = receiver.dump()
    path = tmp_path / world.bundle_name
    path.write_bytes(world.bundle)
    with pytest.raises(SyncError) as caught:
        receiver.services.sync_import.import_files([path], receipts_dir=not_a_folder / "x")
    assert caught.value.code == "receipts_dir_unwritable"
    assert receiver.dump() == before  # nothing imported: the bundle can be imported again

    receiver.close()
    try:
        code, words = _cli(
            receiver.work / "store", "import", str(path), "--receipts-dir", str(not_a_folder)
        )
    finally:
        receiver.reset()
    assert code == 2 and "chưa nhập gì" in words
    assert receiver.dump() == before


def test_control_characters_in_a_child_name(
    world: World, receiver: Receiver, tmp_path: Path
) -> None:
    """Cleaned on registration; and a name stored before that still gives a workbook."""
    from openpyxl import load_workbook

    sync_import = receiver.services.sync_import
    child = sync_import.register_child(
        world.root / "commune-key.json", name="Xã\x07 Tân\x1b\x00Phú\n\t(giả)\u200b", replace=True
    )
    assert child.name == "Xã Tân Phú (giả)"
    try:
        with receiver.services.ctx.db.transaction() as session:
            session.execute(
                text("UPDATE sync_peers SET name = :n WHERE code = '25225'"),
                {"n": "Xã Tân\x0bHòa\x1f"},
            )
        out = receiver.services.sync_board.to_xlsx(
            receiver.services.sync_board.board(), tmp_path / "bang.xlsx"
        )
        names = [row[1] for row in load_workbook(out).active.iter_rows(values_only=True)]
        assert "Xã Tân Phú (giả)" in names and "Xã Tân Hòa " in names
    finally:
        receiver.reset()


def test_verify_of_a_tampered_copy_of_an_imported_bundle_reports_the_tampering(
    mutator: Mutator, known_receiver: Receiver
) -> None:
    member = next(n for n in mutator.member_names if n.endswith("records.jsonl"))
    tampered = mutator.content_byte(member, 40, 3).data
    [outcome] = known_receiver.verify_bytes(tampered)
    assert outcome.status == "refused"
    assert "checksum_mismatch" in {p.code for p in outcome.problems}
    [clean] = known_receiver.verify_bytes(mutator.clean)
    assert clean.status == "already_imported"
