"""Reading record JSON (CLI.md "Record JSON") into typed values with field errors.

Computed and common fields are ignored on input, as CLI.md says; unknown
fields are refused so a misspelt field never silently does nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from desktop.core.errors import FieldError

E = TypeVar("E", bound=StrEnum)

COMMON_FIELDS = frozenset(
    {
        "kind",
        "uuid",
        "version",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "deleted",
        "warnings",
    }
)


class FieldReader:
    """Reads fields from one JSON object, collecting every problem instead of stopping."""

    def __init__(self, obj: Mapping[str, Any], prefix: str = "") -> None:
        self.obj = obj
        self.prefix = prefix
        self.errors: list[FieldError] = []

    def _name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def has(self, key: str) -> bool:
        return key in self.obj

    def text(self, key: str, default: str = "") -> str:
        value = self.obj.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            self.errors.append(
                FieldError(self._name(key), "invalid_choice", {"value": value, "choices": "text"})
            )
            return default
        return value

    def integer(self, key: str, default: int | None = None) -> int | None:
        value = self.obj.get(key, default)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, str) and value.strip().lstrip("-").isdigit():
                return int(value.strip())
            self.errors.append(FieldError(self._name(key), "invalid_int", {"value": value}))
            return default
        return value

    def day(self, key: str, default: date | None = None) -> date | None:
        value = self.obj.get(key, default)
        if value is None or value == "":
            return default
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.errors.append(FieldError(self._name(key), "invalid_date", {"value": value}))
            return default

    def choice(self, key: str, enum: type[E], default: E) -> E:
        value = self.obj.get(key)
        if value is None or value == "":
            return default
        try:
            return enum(str(value))
        except ValueError:
            choices = ", ".join(m.value for m in enum)
            self.errors.append(
                FieldError(self._name(key), "invalid_choice", {"value": value, "choices": choices})
            )
            return default

    def refuse_unknown(self, known: Iterable[str], computed: Iterable[str] = ()) -> None:
        allowed = set(known) | set(computed) | COMMON_FIELDS
        for key in self.obj:
            if key not in allowed:
                self.errors.append(FieldError(self._name(key), "unknown_field"))


def iso_day(value: date | None) -> str | None:
    """``YYYY-MM-DD`` or None."""
    return value.isoformat() if value else None
