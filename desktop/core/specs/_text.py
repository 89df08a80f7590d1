"""Helpers the kinds' search-text and board-count functions share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def join(parts: Iterable[object]) -> str:
    """The non-blank texts of ``parts``, one a line (what the search index keeps)."""
    return "\n".join(str(p) for p in parts if isinstance(p, str) and p.strip())


def objects(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """The objects of a list field, anything malformed left out (a received record)."""
    value = record.get(key)
    if not isinstance(value, list):
        return []
    return [x for x in value if isinstance(x, Mapping)]


def warning_codes(record: Mapping[str, Any]) -> set[str]:
    """The codes of a record's warnings."""
    return {str(w.get("code")) for w in objects(record, "warnings")}
