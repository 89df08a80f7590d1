"""Reading record JSON (CLI.md "Record JSON") into typed values with field errors.

Computed and common fields are ignored on input, as CLI.md says; unknown
fields are refused so a misspelt field never silently does nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from desktop.core.errors import FieldError, ValidationError

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


# What record JSON from a person or a script may hold. Records nest 3-4 levels (a meeting's
# items' ballot); integers are stored as SQLite/PostgreSQL 64-bit INTEGERs.
MAX_JSON_DEPTH = 16
COUNT_MAX = 1_000_000  # people, days, opinions, villages: no commune counts more
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
_MAX_INT_DIGITS = 20  # longer digit strings are never parsed (Python refuses 4,300+)
JSON_FIELD = "json"


class _HugeInt(str):
    """An integer literal too long to be a stored number, kept as text to be reported."""


def _parse_int(text: str) -> int | _HugeInt:
    return _HugeInt(text) if len(text.lstrip("-")) > _MAX_INT_DIGITS else int(text)


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _walk(value: Any, path: str, depth: int, errors: list[FieldError]) -> None:
    """Collect the values no field can hold: lone surrogates, huge integers, deep nesting."""
    name = path or JSON_FIELD
    if depth > MAX_JSON_DEPTH:  # named by the top field: the path itself is the problem
        top = path.split(".")[0].split("[")[0] or JSON_FIELD
        errors.append(FieldError(top, "too_deep", {"max": MAX_JSON_DEPTH}))
        return
    if isinstance(value, str):
        if isinstance(value, _HugeInt):
            errors.append(FieldError(name, "number_too_large", {"max": INT_MAX}))
        elif _has_surrogate(value):
            errors.append(FieldError(name, "not_utf8_text"))
    elif isinstance(value, int) and not isinstance(value, bool):
        if not INT_MIN <= value <= INT_MAX:
            errors.append(FieldError(name, "number_too_large", {"max": INT_MAX}))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, f"{path}[{i}]" if path else f"[{i}]", depth + 1, errors)
    elif isinstance(value, dict):
        for key, item in value.items():
            if _has_surrogate(key):
                errors.append(FieldError(name, "not_utf8_text"))
                continue
            _walk(item, f"{path}.{key}" if path else key, depth + 1, errors)


def load_record_json(raw: bytes | str) -> dict[str, Any]:
    """Record JSON as read from a file or stdin, refused with a field error when unusable.

    Bytes must be UTF-8 (a BOM is allowed); the text must be one JSON object; no string may
    hold a lone surrogate (``"\\ud800"`` cannot be stored), no integer may pass 64 bits, and
    nothing may nest deeper than :data:`MAX_JSON_DEPTH` levels.

    Raises:
        ValidationError: naming the field (or the JSON input as a whole) and the rule.
    """
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                [FieldError(JSON_FIELD, "not_utf8", {"position": exc.start + 1})]
            ) from None
    try:
        obj = json.loads(raw, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        params = {"line": exc.lineno, "column": exc.colno}
        raise ValidationError([FieldError(JSON_FIELD, "invalid_json", params)]) from None
    except RecursionError:
        raise ValidationError(
            [FieldError(JSON_FIELD, "too_deep", {"max": MAX_JSON_DEPTH})]
        ) from None
    if not isinstance(obj, dict):
        raise ValidationError([FieldError(JSON_FIELD, "not_object")])
    errors: list[FieldError] = []
    _walk(obj, "", 0, errors)
    if errors:
        raise ValidationError(errors)
    return obj


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
            self.errors.append(FieldError(self._name(key), "not_text"))
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

    def count(self, key: str, default: int | None = None) -> int | None:
        """A whole number that counts people, days or opinions: :data:`COUNT_MAX` at the
        most either way (a received snapshot claiming 10**18 villages is refused)."""
        value = self.integer(key, default)
        if value is not None and abs(value) > COUNT_MAX:
            self.errors.append(FieldError(self._name(key), "max", {"max": COUNT_MAX}))
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


def opt_day(r: FieldReader, key: str, default: date | None) -> date | None:
    """A day the JSON may leave out (``default`` then)."""
    return r.day(key) if key in r.obj else default


def opt_int(r: FieldReader, key: str, default: int | None) -> int | None:
    """A count the JSON may leave out (``default`` then), bounded by :data:`COUNT_MAX`."""
    return r.count(key) if key in r.obj else default
