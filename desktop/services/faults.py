"""A failed action in words for the window (storage/faults.py tells the environment's
faults from bugs; the window asks through here, not the store)."""

from __future__ import annotations

from pathlib import Path


def failure_text(exc: BaseException, lang: str = "vi", data_dir: Path | None = None) -> str:
    """A refusal or an environment fault as the catalog words it; only a genuine bug falls
    back to the exception's own text."""
    from desktop.storage.faults import failure_text as worded

    return worded(exc, lang, data_dir)
