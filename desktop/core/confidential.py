"""Strip the confidential fields of a record's JSON (a denouncer's identity, LTCD Art. 3(2),
LTC Art. 47; DOMAIN.md §4.4) before it goes anywhere but the officer handling it: lists,
search, bundles to the level above, exports and reports.

The fields are those a kind declares ``confidential=True``
(:class:`~desktop.core.kinds.FieldSpec`), at the top level and in the rows of a TABLE
or the object of an OBJECT field (a reception's ``visits[].name``). The value is
removed, not blanked: nothing of it (not even its length) leaves.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.kinds import FieldSpec, FieldType, KindSpec, Record


def _strip(
    obj: Mapping[str, Any], fields: tuple[FieldSpec, ...], printing: bool = False
) -> dict[str, Any]:
    out = dict(obj)
    keep = printing and identity_printable(_matter_type(obj))
    for f in fields:
        if f.key not in out:
            continue
        if f.confidential:
            if not keep:
                del out[f.key]
        elif f.columns and f.type is FieldType.TABLE and isinstance(out[f.key], list):
            out[f.key] = [
                _strip(row, f.columns, printing) if isinstance(row, Mapping) else row
                for row in out[f.key]
            ]
        elif f.columns and f.type is FieldType.OBJECT and isinstance(out[f.key], Mapping):
            out[f.key] = _strip(out[f.key], f.columns, printing)
    return out


def strip_confidential(record: Record, spec: KindSpec) -> dict[str, Any]:
    """A copy of ``record`` without the fields ``spec`` declares confidential."""
    return _strip(record, spec.fields)


def printable_copy(record: Record, spec: KindSpec) -> dict[str, Any]:
    """A copy of ``record`` for a printed document: the confidential fields removed, except
    the person behind a complaint or a petition (a reception book row names its visitor);
    a denouncer, a mixed or an unclassified matter's person is never printed."""
    return _strip(record, spec.fields, printing=True)


def confidential_paths(spec: KindSpec) -> tuple[str, ...]:
    """The confidential fields as paths (``person_name``, ``visits[].name``), for the docs
    and the tests that grep bundles and reports for them."""
    out: list[str] = []

    def walk(fields: tuple[FieldSpec, ...], prefix: str) -> None:
        for f in fields:
            if f.confidential:
                out.append(prefix + f.key)
            elif f.columns:
                walk(f.columns, prefix + f.key + ("[]." if f.type is FieldType.TABLE else "."))

    walk(spec.fields, "")
    return tuple(out)


def has_confidential(spec: KindSpec) -> bool:
    """The kind holds a field that never leaves the officer handling it."""
    return bool(confidential_paths(spec))


# The field giving the matter type of a visit (a row), a letter or a case.
_TYPE_KEYS = ("matter_type", "letter_type", "case_type")


def _matter_type(obj: Mapping[str, Any]) -> object:
    return next((obj[k] for k in _TYPE_KEYS if k in obj), None)


# Matter types whose person may be printed on a document: a complaint's or a petition's.
# A denunciation's (and a mixed matter's, which may hold one) never; nor a matter not yet
# classified (LTCD Art. 3(2), LTC Art. 47).
_PRINTABLE_IDENTITY = frozenset({"complaint", "petition"})


def identity_printable(matter_type: object) -> bool:
    """Whether a document may print the person behind a matter of this type (a visit's
    ``matter_type``, a letter's ``letter_type``, a case's ``case_type``)."""
    return matter_type in _PRINTABLE_IDENTITY
