"""Reading helpers the reception, letter and case codecs share (beyond
:class:`~desktop.core.jsonio.FieldReader`): booleans, name lists, optional choices, lists
of objects — each problem a field-named :class:`~desktop.core.errors.FieldError`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from desktop.core.citizen_common import Deadline
from desktop.core.errors import FieldError
from desktop.core.jsonio import FieldReader
from desktop.core.villages import nfc

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def boolean(r: FieldReader, key: str, default: bool) -> bool:
    value = r.obj.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        r.errors.append(FieldError(f"{r.prefix}{key}", "not_bool", {"value": value}))
        return default
    return value


def opt_boolean(r: FieldReader, key: str, default: bool | None) -> bool | None:
    if key not in r.obj:
        return default
    if r.obj[key] is None:
        return None
    return boolean(r, key, False)


def names(r: FieldReader, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = r.obj.get(key)
    if value is None:
        return default
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        r.errors.append(FieldError(f"{r.prefix}{key}", "not_name_list"))
        return default
    return tuple(nfc(x).strip() for x in value if nfc(x).strip())


def text(r: FieldReader, key: str, default: str) -> str:
    return nfc(r.text(key, default)).strip() if key in r.obj else default


def opt_choice(r: FieldReader, key: str, enum: type[E], default: E | None) -> E | None:
    if key not in r.obj:
        return default
    if r.obj[key] in (None, ""):
        return None
    return r.choice(key, enum, enum(next(iter(enum))))


def rows(
    r: FieldReader,
    key: str,
    read: Callable[[Mapping[str, Any], str, list[FieldError]], T],
    default: tuple[T, ...],
) -> tuple[T, ...]:
    """A list of objects, each read by ``read(obj, prefix, errors)``."""
    if key not in r.obj:
        return default
    raw = r.obj[key]
    if raw is None:
        return ()
    if not isinstance(raw, list):
        r.errors.append(FieldError(f"{r.prefix}{key}", "not_list"))
        return default
    out: list[T] = []
    for i, item in enumerate(raw):
        at = f"{r.prefix}{key}[{i}]"
        if not isinstance(item, Mapping):
            r.errors.append(FieldError(at, "not_object"))
            continue
        out.append(read(item, f"{at}.", r.errors))
    return tuple(out)


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def value(e: StrEnum | None) -> str | None:
    return e.value if e is not None else None


def deadlines_json(deadlines: list[Deadline]) -> list[dict[str, Any]]:
    """Computed deadlines as record JSON (``deadlines``: code, due day and the rule's
    params, nested as every kind nests them)."""
    return [d.to_json() for d in deadlines]
