"""Metadata every record carries (CLI.md "Common" fields) and the record kinds."""

from __future__ import annotations

import uuid as _uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum


class RecordKind(StrEnum):
    """The kinds of record the app keeps (CLI.md KIND)."""

    VILLAGE = "village"
    MEETING = "meeting"
    CONVENTION = "convention"
    DISCLOSURE = "disclosure"


@dataclass(frozen=True)
class RecordMeta:
    """Identity and history of one stored record.

    ``uuid`` is made locally where the record is created (BUNDLE.md "Records and
    identity"); ``version`` is raised by every change; ``deleted`` marks a
    tombstone — records are never silently removed.
    """

    uuid: str
    version: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    deleted: bool = False
    # The installation that owns the record; another's (a village's, at its commune) is
    # shown marked and read-only. Not part of the record JSON (bundles add it per line).
    origin_code: str = ""


def new_uuid() -> str:
    """A fresh random record identifier."""
    return str(_uuid.uuid4())


def utc_now() -> datetime:
    """The current time, timezone-aware UTC, to the microsecond."""
    return datetime.now(UTC)


def iso_utc(moment: datetime) -> str:
    """ISO 8601 text of a UTC moment, ending in ``Z``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def meta_json(kind: RecordKind, meta: RecordMeta) -> dict[str, object]:
    """The common record-JSON fields of CLI.md for ``meta``."""
    return {
        "kind": kind.value,
        "uuid": meta.uuid,
        "version": meta.version,
        "created_at": iso_utc(meta.created_at),
        "created_by": meta.created_by,
        "updated_at": iso_utc(meta.updated_at),
        "updated_by": meta.updated_by,
        "deleted": meta.deleted,
    }
