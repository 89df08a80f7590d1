"""Sổ Dân Chủ: offline ledger of a commune's grassroots democracy records."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _version() -> str:
    """The version written once, in ``pyproject.toml``.

    Installed (editable, wheel) or frozen (the spec copies the dist-info with
    ``copy_metadata("sodanchu")``), it comes from the package metadata; from a
    source tree that was never installed, from ``pyproject.toml`` itself.
    """
    try:
        return version("sodanchu")
    except PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        found = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
    except OSError:
        found = None
    return f"{found.group(1)}+source" if found else "0.0.0+source"


__version__ = _version()
