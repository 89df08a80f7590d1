"""Metadata every record carries (CLI.md "Common" fields) and the record kinds."""

from __future__ import annotations

import uuid as _uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from desktop.core.errors import FieldError, require


class RecordKind(StrEnum):
    """The kinds of record the app keeps (CLI.md KIND)."""

    VILLAGE = "village"
    MEETING = "meeting"
    CONVENTION = "convention"
    DISCLOSURE = "disclosure"
    # Citizen reception, letters, complaints and denunciations (issue 15).
    RECEPTION = "reception"
    LETTER = "letter"
    CASE = "case"
    # Issue 16: consultations, the yearly dialogue, the two oversight boards and their work.
    CONSULTATION = "consultation"
    DIALOGUE = "dialogue"
    BOARD = "board"
    OVERSIGHT = "oversight"


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


def meta_from_json(obj: Mapping[str, Any]) -> RecordMeta:
    """A received record's identity and history, refused field by field when malformed
    (a year 0 time stamp is "Thời điểm tạo: … không phải thời điểm", never Python's words).

    Raises:
        ValidationError: naming each malformed field.
    """
    errors: list[FieldError] = []

    def text(key: str, fallback: str = "") -> str:
        value = obj.get(key) or fallback
        if not isinstance(value, str) or not value:
            errors.append(FieldError(key, "required"))
            return ""
        return value

    def moment(key: str) -> datetime:
        value = obj.get(key)
        try:
            return datetime.fromisoformat(str(value))
        except ValueError:
            errors.append(FieldError(key, "invalid_datetime", {"value": value}))
            return datetime.min

    uuid, updated_by = text("uuid"), text("updated_by")
    created_by = text("created_by", updated_by)
    created_at, updated_at = moment("created_at"), moment("updated_at")
    version, deleted = obj.get("version"), obj.get("deleted", False)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        errors.append(FieldError("version", "min", {"min": 1}))
        version = 1
    if not isinstance(deleted, bool):
        errors.append(
            FieldError("deleted", "invalid_choice", {"value": deleted, "choices": "true, false"})
        )
        deleted = False
    require(errors)
    return RecordMeta(
        uuid=uuid,
        version=version,
        created_at=created_at,
        created_by=created_by,
        updated_at=updated_at,
        updated_by=updated_by,
        deleted=deleted,
    )
