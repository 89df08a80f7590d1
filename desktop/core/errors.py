"""Typed errors raised by rules and services.

Core never words a message for people: it raises errors carrying a code and
parameters; :mod:`desktop.core.messages` turns them into Vietnamese or English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from types import MappingProxyType
from typing import Any

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class FieldError:
    """One broken rule on one field.

    Attributes:
        field: the record-JSON field name, with a path for nested ones
            (``items[0].votes_for``).
        code: the rule's code, a key of the message catalog (``required``,
            ``min``, ``unique`` ...).
        params: values the message needs (``{"min": 1}``).
    """

    field: str
    code: str
    params: Mapping[str, Any] = dc_field(default_factory=lambda: _EMPTY)


class DomainError(Exception):
    """Base of every error a user action can be refused with (CLI exit 2)."""

    code = "domain_error"


class ValidationError(DomainError):
    """A record broke one or more rules; nothing was saved."""

    code = "validation"

    def __init__(self, errors: Iterable[FieldError], kind: str = "") -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        # The record kind whose catalog words the codes first ("" = shared, then any kind).
        self.kind = kind
        if not self.errors:
            raise ValueError("ValidationError needs at least one FieldError")
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in self.errors))


class NotFoundError(DomainError):
    """No record of that kind with that uuid (or code)."""

    code = "not_found"

    def __init__(self, kind: str, key: str) -> None:
        self.kind = kind
        self.key = key
        super().__init__(f"{kind} {key} not found")


class VersionConflictError(DomainError):
    """The record changed since the caller read it (optimistic locking)."""

    code = "version_conflict"

    def __init__(self, kind: str, uuid: str, expected: int, actual: int) -> None:
        self.kind = kind
        self.uuid = uuid
        self.expected = expected
        self.actual = actual
        super().__init__(f"{kind} {uuid}: expected version {expected}, stored {actual}")


class SetupError(DomainError):
    """The installation is missing or already set up."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params: Mapping[str, Any] = MappingProxyType(dict(params))
        super().__init__(code)


def require(errors: list[FieldError]) -> None:
    """Raise :class:`ValidationError` when ``errors`` is not empty."""
    if errors:
        raise ValidationError(errors)


class EnvironmentFault(DomainError):
    """The computer refused: a read-only or full disk, a data folder that is a file, a store
    another program holds locked. Not a bug: the person can fix it (CLI exit 2)."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params: Mapping[str, Any] = MappingProxyType(dict(params))
        super().__init__(code)
