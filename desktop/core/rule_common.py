"""What the rule modules of issues 15 and 16 share (one module, not two copies):

- :class:`Warn` — a rule a saved record does not meet, as a code and the params its
  wording needs (the edge words it; ``RecordWarning(code, params)`` carries it);
- rates in integer arithmetic, half-up to hundredths of a percent (DOMAIN.md §4.10):
  :func:`rate_hundredths`, shown by :func:`format_rate` ("60,53%" / "60.53%"), or both
  at once in Vietnamese by :func:`percent`.

Stdlib only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Warn:
    """A rule a saved record does not meet: a code and the values its wording needs."""

    code: str
    params: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}


def warn(code: str, **params: Any) -> Warn:
    """A warning ``code`` with ``params`` (days as ISO text, counts as ints)."""
    return Warn(code, MappingProxyType(dict(params)))


def rate_hundredths(part: int, whole: int) -> int | None:
    """``part / whole`` as a percentage in hundredths, half-up (6053 = 60,53%); None for
    ``whole == 0`` (DOMAIN.md §4.10: integer arithmetic)."""
    if whole <= 0:
        return None
    return (part * 20000 + whole) // (2 * whole)


def format_rate(hundredths: int | None, lang: str = "vi") -> str:
    """ "60,53%" (vi) or "60.53%" (en); "—" without a denominator."""
    if hundredths is None:
        return "—"
    sep = "," if lang == "vi" else "."
    return f"{hundredths // 100}{sep}{hundredths % 100:02d}%"


def percent(numerator: int, denominator: int) -> str:
    """``numerator / denominator`` in Vietnamese style ("60,53%"); "—" when nothing to
    divide by."""
    return format_rate(rate_hundredths(numerator, denominator))
