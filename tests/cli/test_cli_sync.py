"""Sync on the command line end to end: real processes, real data dirs (CLI.md, BUNDLE.md)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.services.container import build_services
from desktop.services.context import open_store
from tests.cli.test_cli import run
from tests.conftest import record_total
from tests.documents.pdftext import flat_text


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("cli-sync")
    commune, upper = root / "commune", root / "upper"
    assert run(commune, "demo").returncode == 0
    assert (
        run(upper, "init", "--role", "upper", "--code", "79", "--name", "UBND TP HCM").returncode
        == 0
    )
    return {"root": root, "commune": commune, "upper": upper}


def test_export_register_verify_import_receipt(stores: dict[str, Path]) -> None:
    root, commune, upper = stores["root"], stores["commune"], stores["upper"]
    key = root / "xa-tan-phu.json"
    assert run(commune, "key", "export", "--out", str(key)).returncode == 0
    demo = build_services(open_store(commune))
    total = record_total(demo)  # every kind of the demo, villages to oversight
    demo.close()
    sheet = root / "phieu.pdf"
    assert run(commune, "key", "export", "--out", str(sheet)).returncode == 0
    text = flat_text(sheet.read_bytes())
    fingerprint = json.loads(key.read_text(encoding="utf-8"))["fingerprint"]
    assert "PHIẾU ĐĂNG KÝ KHÓA" in text and fingerprint.split()[0] in text

    exported = run(commune, "export", "--out", str(root / "out"), "--json")
    assert exported.returncode == 0, exported.stderr
    info = json.loads(exported.stdout)
    bundle = info["files"][0]
    assert (
        info["seq"] == 1
        and info["records"] == total
        and Path(bundle).name.startswith("SoDanChu-25222-000001")
    )

    refused = run(upper, "verify", bundle)
    assert refused.returncode == 2
    assert "chưa được đăng ký khóa" in refused.stdout

    assert run(upper, "register-child", "--key", str(key)).returncode == 0
    checked = run(upper, "verify", bundle)
    assert checked.returncode == 0 and f"mới {total}," in checked.stdout

    receipts = root / "receipts"
    done = run(upper, "import", bundle, "--receipts-dir", str(receipts), "--json")
    assert done.returncode == 0, done.stderr
    [outcome] = json.loads(done.stdout)
    assert outcome["status"] == "imported" and outcome["counts"]["new"] == total
    again = run(upper, "import", bundle)
    assert again.returncode == 0 and "không có gì thay đổi" in again.stdout

    receipt = outcome["receipt"]
    assert Path(receipt).parent == receipts
    # No trust on first use: until the parent's key is registered, one line, exit 2,
    # nothing acknowledged (the next export still carries everything).
    untrusted = run(commune, "import", receipt)
    assert untrusted.returncode == 2 and untrusted.stdout == ""
    assert len(untrusted.stderr.strip().splitlines()) == 1
    assert "register-parent" in untrusted.stderr and "Chưa đăng ký khóa" in untrusted.stderr
    assert run(commune, "verify", receipt).returncode == 2
    upper_key = root / "tinh.json"
    assert run(upper, "key", "export", "--out", str(upper_key)).returncode == 0
    registered = run(commune, "register-parent", "--key", str(upper_key))
    assert registered.returncode == 0, registered.stderr
    assert json.loads(upper_key.read_text(encoding="utf-8"))["fingerprint"] in registered.stdout
    assert run(commune, "verify", receipt).returncode == 0
    took = run(commune, "import", receipt)
    assert took.returncode == 0 and "biên nhận" in took.stdout
    nothing = run(commune, "export", "--out", str(root / "out"), "--json")
    assert json.loads(nothing.stdout)["records"] == 0


def test_tampered_bundle_refused_with_reasons_and_nothing_changed(
    stores: dict[str, Path], tmp_path: Path
) -> None:
    commune, upper = stores["commune"], stores["upper"]
    exported = run(commune, "export", "--full", "--out", str(tmp_path), "--json")
    bundle = Path(json.loads(exported.stdout)["files"][0])
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.endswith("records.jsonl"):
                data = data.replace("Thôn Đông".encode(), "Thôn Tây".encode(), 1)
            dst.writestr(item, data)
    result = run(upper, "import", str(tampered))
    assert result.returncode == 2
    assert "bị từ chối, không có gì thay đổi" in result.stdout
    assert "records.jsonl" in result.stdout and "không khớp" in result.stdout


def test_bad_arguments_name_the_field(stores: dict[str, Path], tmp_path: Path) -> None:
    commune = stores["commune"]
    bad = run(commune, "export", "--out", str(tmp_path), "--split-mb", "-1")
    assert bad.returncode == 2 and "Kích thước mỗi phần (MB): phải từ 0" in bad.stderr
    missing = run(stores["upper"], "register-child", "--key", str(tmp_path / "none.json"))
    assert missing.returncode == 2 and "Tệp khóa: không đọc được tệp" in missing.stderr
    not_a_key = tmp_path / "x.json"
    not_a_key.write_text('{"public_key": "abc"}', encoding="utf-8")
    assert run(stores["upper"], "register-child", "--key", str(not_a_key)).returncode == 2
