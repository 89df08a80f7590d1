"""The Qt Linguist sources: complete, finished, NFC, and in step with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.core.resources import i18n_dir

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%\d")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation))
    return out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_string_is_translated_and_finished(lang: str) -> None:
    messages = _messages(i18n_dir() / f"sodanchu_{lang}.ts")
    assert len(messages) > 100
    for context, source, translation in messages:
        text = translation.text or ""
        where = f"{context}: {source!r}"
        assert text.strip(), f"untranslated {where}"
        assert translation.get("type") is None, f"not finished {where}"
        assert unicodedata.is_normalized("NFC", text), f"not NFC {where}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), where


def test_qt_own_strings_are_carried_for_vietnamese() -> None:
    contexts = {c for c, _, _ in _messages(i18n_dir() / "sodanchu_vi.ts")}
    # QDialogButtonBox and QMessageBox take their button texts from QPlatformTheme.
    assert {"QPlatformTheme", "QWizard", "QMessageBox", "QLineEdit"} <= contexts


def test_sources_are_in_step_with_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "check.ts"
    shutil.copy(i18n_dir() / "sodanchu_vi.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    fresh = {(c, s) for c, s, _ in _messages(copy)}
    stored = {(c, s) for c, s, _ in _messages(i18n_dir() / "sodanchu_vi.ts")}
    assert fresh == stored, "run `python3 tasks.py i18n` and translate the new strings"
