"""A stored consultation, dialogue, board or oversight record, and its record JSON.

The four kinds of issue 16 share one stored shape (:class:`StoredCivic`: ``meta`` and the
kind's dataclass) and one way to JSON: the common fields (``records.meta_json``) then the
kind's own and computed ones from its ``*_json`` module, evaluated on a given day. Their
warnings (``civic.Warn``) are already ``{"code", "params"}`` and read back as
:class:`desktop.core.warnings.RecordWarning`. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from desktop.core.civic import DEFAULT_SETTINGS, CivicSettings, Warn
from desktop.core.next_deadline import NEXT_KEYS
from desktop.core.records import RecordKind, RecordMeta, meta_json
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar

T = TypeVar("T")

# Computed on the day the record is shown (status, counts, each row's state, deadlines):
# not recorded by anyone, so ``sodanchu check`` leaves them out of its comparison.
CIVIC_COMPUTED = frozenset(
    (
        "status",
        "opinions_total",
        "deadlines",
        "commitments_open",
        "commitments_overdue",
        "members_active",
        "size_required",
        *NEXT_KEYS,
    )
)
CIVIC_ROW_COMPUTED = frozenset(("state",))


def record_warning(w: Warn) -> RecordWarning:
    """A civic warning as the edge's :class:`RecordWarning` (params kept JSON-safe)."""
    return RecordWarning.from_json(w.to_json())


@dataclass(frozen=True)
class StoredCivic(Generic[T]):
    """One stored record of a civic kind; ``checked_on`` is the day its rules last ran."""

    kind: RecordKind
    meta: RecordMeta
    data: T
    checked_on: date

    @property
    def uuid(self) -> str:
        return self.meta.uuid


OwnJson = Callable[[Any, date, WorkCalendar, CivicSettings], dict[str, Any]]


def civic_json(
    stored: StoredCivic[Any],
    own: OwnJson,
    today: date,
    calendar: WorkCalendar,
    settings: CivicSettings = DEFAULT_SETTINGS,
) -> dict[str, Any]:
    """The record JSON of CLI.md: common fields, then the kind's own and computed ones."""
    return {**meta_json(stored.kind, stored.meta), **own(stored.data, today, calendar, settings)}


def recorded_body(record: Mapping[str, Any], computed: frozenset[str]) -> dict[str, Any]:
    """The part of a record JSON someone entered (what is stored and read back)."""
    skip = {*computed, "warnings", "kind"}
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key in skip:
            continue
        if isinstance(value, list):
            value = [
                {k: v for k, v in row.items() if k not in CIVIC_ROW_COMPUTED}
                if isinstance(row, Mapping)
                else row
                for row in value
            ]
        out[key] = value
    return out
