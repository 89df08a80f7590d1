"""Locate the read-only resources (fonts, icons, templates, translations).

One locator for every way the app runs, tried in this order:

* frozen by PyInstaller: ``sys._MEIPASS`` (the spec puts ``resources/`` and
  ``i18n/*.qm`` there);
* a source tree or an editable install: the repository root;
* a wheel: ``<sys.prefix>/share/sodanchu`` (``[tool.setuptools.data-files]``
  in ``pyproject.toml`` installs ``resources/`` and ``i18n/*.qm`` there).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
SHARE_NAME = "sodanchu"


def _roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR.parent)  # repository root (source / editable install)
    roots.append(Path(sys.prefix) / "share" / SHARE_NAME)  # wheel install
    return roots


def is_frozen() -> bool:
    """Running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_path(*parts: str) -> Path:
    """Return the path of ``resources/<parts...>``.

    Raises:
        FileNotFoundError: the resource is in none of the known places.
    """
    for root in _roots():
        candidate = root.joinpath("resources", *parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("resources/" + "/".join(parts))


def i18n_dir() -> Path:
    """Directory holding the compiled ``.qm`` translations (may not exist yet)."""
    for root in _roots():
        candidate = root / "i18n"
        if candidate.is_dir():
            return candidate
    return _roots()[0] / "i18n"
