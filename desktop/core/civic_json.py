"""Reading helpers the consultation, dialogue, board and oversight codecs share.

House style of :mod:`desktop.core.jsonio`: every problem is collected as a
:class:`FieldError` naming the field path, nothing stops at the first one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from desktop.core.errors import FieldError
from desktop.core.jsonio import FieldReader, iso_day
from desktop.core.villages import nfc

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


def opt_text(r: FieldReader, key: str, default: str) -> str:
    """An NFC text; absent keeps ``default`` (an update)."""
    return nfc(r.text(key)) if key in r.obj else default


def flag(r: FieldReader, key: str, default: bool) -> bool:
    if key not in r.obj or r.obj[key] is None:
        return default
    value = r.obj[key]
    if not isinstance(value, bool):
        r.errors.append(FieldError(f"{r.prefix}{key}", "not_bool"))
        return default
    return value


def names(r: FieldReader, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = r.obj.get(key)
    if key not in r.obj:
        return default
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        r.errors.append(FieldError(f"{r.prefix}{key}", "not_name_list"))
        return default
    return tuple(nfc(x) for x in value if nfc(x))


def choices(r: FieldReader, key: str, enum: type[E], default: tuple[E, ...]) -> tuple[E, ...]:
    """A list of codes of ``enum`` (no duplicates kept)."""
    if key not in r.obj:
        return default
    value = r.obj[key]
    if value is None:
        return ()
    if not isinstance(value, list):
        r.errors.append(FieldError(f"{r.prefix}{key}", "not_list"))
        return default
    out: list[E] = []
    allowed = ", ".join(m.value for m in enum)
    for i, item in enumerate(value):
        try:
            member = enum(str(item))
        except ValueError:
            params = {"value": item, "choices": allowed}
            r.errors.append(FieldError(f"{r.prefix}{key}[{i}]", "invalid_choice", params))
            continue
        if member not in out:
            out.append(member)
    return tuple(out)


def rows(
    r: FieldReader,
    key: str,
    read: Callable[[FieldReader], T],
    default: tuple[T, ...],
    known: tuple[str, ...],
    computed: tuple[str, ...] = (),
) -> tuple[T, ...]:
    """A TABLE field: a list of objects, each read by ``read`` with its own path prefix."""
    if key not in r.obj:
        return default
    value = r.obj[key]
    if value is None:
        return ()
    if not isinstance(value, list):
        r.errors.append(FieldError(f"{r.prefix}{key}", "not_list"))
        return default
    out: list[T] = []
    for i, item in enumerate(value):
        path = f"{r.prefix}{key}[{i}]"
        if not isinstance(item, Mapping):
            r.errors.append(FieldError(path, "not_object"))
            continue
        sub = FieldReader(item, prefix=f"{path}.")
        sub.refuse_unknown(known, computed=computed)
        out.append(read(sub))
        r.errors.extend(sub.errors)
    return tuple(out)


def day_json(value: date | None) -> str | None:
    return iso_day(value)


def enum_json(values: tuple[StrEnum, ...]) -> list[str]:
    return [v.value for v in values]


def warnings_json(warns: Any) -> list[dict[str, Any]]:
    return [w.to_json() for w in warns]
