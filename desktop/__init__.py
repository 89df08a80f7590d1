"""Sổ Dân Chủ: offline ledger of a commune's grassroots democracy records."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

_DIST = "sodanchu"


def _dist_info_version() -> str | None:
    """The version in the first ``sodanchu-*.dist-info`` on ``sys.path``.

    What ``importlib.metadata.version`` finds, without importing it (that import alone
    costs ~30 ms, a third of ``sodanchu --version``; docs/performance.md).
    """
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if not (name.startswith(_DIST + "-") and name.endswith(".dist-info")):
                continue
            try:
                head = (Path(entry or ".") / name / "METADATA").read_text("utf-8")[:2000]
            except OSError:
                continue
            found = re.search(r"^Version:\s*(\S+)", head, re.M)
            if found:
                return found.group(1)
    return None


def _version() -> str:
    """The version written once, in ``pyproject.toml``.

    Installed (editable, wheel) or frozen (the spec copies the dist-info with
    ``copy_metadata("sodanchu")``), it comes from the package metadata; from a
    source tree that was never installed, from ``pyproject.toml`` itself.
    """
    found_version = _dist_info_version()
    if found_version is not None:
        return found_version
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(_DIST)
    except PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        found = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
    except OSError:
        found = None
    return f"{found.group(1)}+source" if found else "0.0.0+source"


__version__ = _version()
