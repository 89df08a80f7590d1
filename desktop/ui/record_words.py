"""Words for the codes a record's JSON holds, for the generic record viewer.

A code of a CHOICE or COMPUTED field (``meeting_type``, ``outcome``, ``status`` ...) is
worded by the catalog in core (:mod:`desktop.core.value_labels`); a warning carries a
code (and the message its rule wrote) and is worded here at the edge.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def value_text(kind: str, field: str, code: str, lang: str) -> str | None:
    """The words of ``code`` in ``field`` of ``kind``, or None when no catalog knows it."""
    del kind, field, code, lang
    return None


def warning_text(warning: Mapping[str, Any], lang: str) -> str:
    """One warning of the record JSON in words."""
    del lang
    return str(warning.get("message") or warning.get("code") or "")
