"""The resource locator: source tree, PyInstaller bundle (sys._MEIPASS), wheel (share/)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.core import resources
from desktop.core.resources import i18n_dir, is_frozen, resource_path

ROOT = Path(__file__).resolve().parents[2]


def _bundle(root: Path) -> Path:
    (root / "resources" / "fonts").mkdir(parents=True)
    (root / "resources" / "fonts" / "LiberationSerif-Regular.ttf").write_bytes(b"font")
    (root / "i18n").mkdir()
    return root


def test_source_tree_finds_the_repository_resources() -> None:
    assert not is_frozen()
    assert resource_path("fonts", "LiberationSerif-Regular.ttf") == (
        ROOT / "resources" / "fonts" / "LiberationSerif-Regular.ttf"
    )
    assert resource_path("icons", "sodanchu.png").is_file()
    assert resource_path("icons", "sodanchu.ico").is_file()
    assert i18n_dir() == ROOT / "i18n"


def test_frozen_bundle_comes_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "_internal")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert is_frozen()
    found = resource_path("fonts", "LiberationSerif-Regular.ttf")
    assert found == bundle / "resources" / "fonts" / "LiberationSerif-Regular.ttf"
    assert i18n_dir() == bundle / "i18n"
    # What the bundle lacks is still looked for in the other places, then refused.
    assert resource_path("templates", "minutes_vi.txt").is_file()
    with pytest.raises(FileNotFoundError, match=r"resources/fonts/missing\.ttf"):
        resource_path("fonts", "missing.ttf")


def test_wheel_install_reads_share(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    prefix = tmp_path / "venv"
    share = _bundle(prefix / "share" / "sodanchu")
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "site-packages" / "desktop")
    monkeypatch.setattr(sys, "prefix", str(prefix))
    assert resource_path("fonts", "LiberationSerif-Regular.ttf") == (
        share / "resources" / "fonts" / "LiberationSerif-Regular.ttf"
    )
    assert i18n_dir() == share / "i18n"
