"""Honest data is never refused and files are never lost (issue 13 item 8)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.services.container import Services
from desktop.services.sync import SyncError
from desktop.storage.models import SyncExportRow
from desktop.sync.keys import PRIVATE_FILE, PUBLIC_FILE
from desktop.sync.reader import read_bundle
from tests.sync.world import make_commune, make_upper, open_services


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("honest")
    commune = make_commune(root / "commune")
    commune.sync.export_key(root / "commune-key.json")
    commune.close()
    make_upper(root / "upper", [root / "commune-key.json"]).close()
    return root


@pytest.fixture
def scene(template: Path, tmp_path: Path) -> Path:
    for name in ("commune", "upper"):
        shutil.copytree(template / name, tmp_path / name)
    return tmp_path


def _cli(store: Path, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(store), *args], out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def _exports(services: Services) -> int:
    with services.ctx.db.reading() as session:
        return int(session.scalar(select(func.count(SyncExportRow.id))) or 0)


def test_a_long_repetitive_text_is_exported_and_accepted(scene: Path) -> None:
    """1.8 MB of one phrase deflates ~1000:1: the member is stored, the bundle accepted."""
    commune = open_services(scene / "commune")
    uuid = commune.disclosures.ids()[0]
    current = commune.disclosures.get(uuid)
    summary = "Thu chi ngân sách xã quý III. " * 62_000  # about 1.8 MB
    commune.disclosures.update(uuid, replace(current.data, summary=summary))
    [bundle] = commune.sync.export(scene / "out").files
    commune.close()
    with zipfile.ZipFile(bundle) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("records.jsonl"))
    assert info.file_size > 1_800_000 and info.compress_type == zipfile.ZIP_STORED

    upper = open_services(scene / "upper")
    try:
        [outcome] = upper.sync_import.import_files([bundle], receipts_dir=scene / "receipts")
    finally:
        upper.close()
    assert outcome.status == "imported", outcome.problems
    assert outcome.counts["new"] > 0 and outcome.counts["rejected"] == 0


def test_a_real_bomb_is_still_refused(tmp_path: Path) -> None:
    """The writer's exception is its own: a deflated member over the ratio is refused."""
    path = tmp_path / "bom.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("b/bagit.txt", b"BagIt-Version: 1.0\n")
        zf.writestr("b/data/records.jsonl", b"\n" * (50 * 1024**2))
    bag, problems = read_bundle(path, lambda _code: None)
    assert bag is None and "zip_bomb" in {p.code for p in problems}


def test_export_never_overwrites_a_file(scene: Path) -> None:
    out = scene / "goi.zip"
    code, words = _cli(scene / "commune", "export", "--out", str(out))
    assert code == 0, words
    first = out.read_bytes()
    code, words = _cli(scene / "commune", "export", "--out", str(out))
    assert code == 2 and "không ghi đè" in words
    assert out.read_bytes() == first
    commune = open_services(scene / "commune")
    try:
        assert _exports(commune) == 1  # the refused export used no number
        with pytest.raises(SyncError) as caught:
            commune.sync.export(out)
        assert caught.value.code == "export_file_exists"
        # A folder holding a file of the generated name is refused the same way.
        [taken] = commune.sync.export(scene / "folder").files
        taken.rename(taken.with_name(taken.name.replace("-000002-", "-000003-")))
        with pytest.raises(SyncError):
            commune.sync.export(scene / "folder")
        assert _exports(commune) == 2
    finally:
        commune.close()


def test_concurrent_exports_to_one_name_leave_no_number_without_its_file(scene: Path) -> None:
    out = scene / "cung-ten.zip"
    command = [sys.executable, "-m", "desktop", "--data-dir", str(scene / "commune")]
    procs = [
        subprocess.Popen(
            [*command, "export", "--out", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for _ in range(3)
    ]
    codes = sorted(p.wait(timeout=120) for p in procs)
    for p in procs:
        assert p.stdout is not None and p.stderr is not None
        p.stdout.close()
        p.stderr.close()
    assert codes == [0, 2, 2]
    commune = open_services(scene / "commune")
    try:
        with commune.ctx.db.reading() as session:
            names = list(session.scalars(select(SyncExportRow.file_name)))
    finally:
        commune.close()
    assert names == [out.name] and out.stat().st_size > 0
    assert not list(scene.glob("*.tmp"))


@pytest.mark.parametrize("damage", ["deleted", "folder_deleted", "garbage", "other_key"])
def test_a_lost_or_damaged_key_is_a_clear_stop(scene: Path, damage: str) -> None:
    commune = open_services(scene / "commune")
    commune.sync.export(scene / "out")
    keys = commune.ctx.paths.keys
    commune.close()
    if damage == "deleted":
        (keys / PRIVATE_FILE).unlink()
    elif damage == "folder_deleted":
        shutil.rmtree(keys)
    elif damage == "garbage":
        (keys / PRIVATE_FILE).write_bytes(b"-----BEGIN PRIVATE KEY-----\nhong\n")
    else:  # another installation's key file copied over this one
        shutil.copy(scene / "upper" / "keys" / PRIVATE_FILE, keys / PRIVATE_FILE)
    code, words = _cli(scene / "commune", "export", "--out", str(scene / "out"))
    assert code == 2 and "sao lưu" in words and "key new" in words
    assert not (keys / PRIVATE_FILE).exists() or damage in ("garbage", "other_key")
    code, words = _cli(scene / "commune", "key", "show")
    assert code == 2 and "sao lưu" in words

    code, words = _cli(scene / "commune", "key", "new")
    assert code == 2  # a new key only when the officer confirms it
    code, words = _cli(scene / "commune", "key", "new", "--confirm")
    assert code == 0 and "đăng ký" in words
    assert (keys / PUBLIC_FILE).exists()
    # Without its keys folder the store also lost its identity marker: confirmed as well.
    confirm = ["--confirm-new-identity"] if damage == "folder_deleted" else []
    code, words = _cli(scene / "commune", "export", "--out", str(scene / "out"), *confirm)
    assert code == 0, words


def test_a_store_never_keyed_gets_its_key_on_first_use(scene: Path) -> None:
    """Stores set up before sync (no key, no bundle yet) still get one without asking."""
    commune = open_services(scene / "commune")
    keys = commune.ctx.paths.keys
    shutil.rmtree(keys)
    try:
        assert commune.sync.ensure_keys().key_id
    finally:
        commune.close()
    assert (keys / PRIVATE_FILE).exists()
