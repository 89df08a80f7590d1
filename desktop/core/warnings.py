"""Warnings attached to a record: the record is saved, but a rule was not met.

Unlike :class:`desktop.core.errors.FieldError` (input refused), a warning is
stored with the record and shown in the UI, the documents and the JSON. Core
never words it: a warning is a code and its parameters (JSON-safe scalars: ISO
dates, whole numbers, strings), stored as ``{"code": ..., "params": {...}}`` in
rows, the journal and bundles. :func:`desktop.core.messages.word_warning` words
it at the edge, in the person's language, with the article it applies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from types import MappingProxyType
from typing import Any

Param = str | int
_EMPTY: Mapping[str, Param] = MappingProxyType({})


@dataclass(frozen=True)
class RecordWarning:
    """One rule a saved record does not meet.

    Attributes:
        code: stable machine code (``notice_late``, ``minutes_late`` ...), a key of the
            catalog of the record's kind.
        params: the values the wording needs (dates as ISO ``YYYY-MM-DD`` strings).
    """

    code: str
    params: Mapping[str, Param] = dc_field(default_factory=lambda: _EMPTY)

    def to_json(self) -> dict[str, Any]:
        """The stored form ``{"code": ..., "params": {...}}`` (no words)."""
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> RecordWarning:
        """Read the stored form; an old ``message`` (worded before codes) is ignored."""
        raw = obj.get("params")
        params = {
            str(k): v
            for k, v in (raw.items() if isinstance(raw, Mapping) else ())
            if isinstance(v, str | int) and not isinstance(v, bool)
        }
        return cls(str(obj.get("code", "")), params)


def warning(code: str, **params: Param | date | None) -> RecordWarning:
    """A warning with its params made JSON-safe: dates as ISO text, ``None`` left out."""
    out: dict[str, Param] = {}
    for key, value in params.items():
        if value is None:
            continue
        out[key] = value.isoformat() if isinstance(value, date) else value
    return RecordWarning(code, out)
