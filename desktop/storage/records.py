"""THE write path: every record of every kind is created, changed or deleted here.

It validates, raises ``version``, writes the audit journal and appends to the
change log that sync bundles read, updates the search index and notes the kind for
the change signal — inside the caller's single transaction.
Nothing else in the code base writes record tables.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy.orm import Session

from desktop.core.changes import OpChanges
from desktop.core.errors import (
    FieldError,
    NotFoundError,
    SetupError,
    ValidationError,
    VersionConflictError,
)
from desktop.core.kinds import KindSpec
from desktop.core.records import RecordKind, RecordMeta, iso_utc, new_uuid, utc_now
from desktop.storage.db import note_changes
from desktop.storage.journal import append_entry
from desktop.storage.models import ChangeLogRow, RecordColumns
from desktop.storage.search_index import index_record

D = TypeVar("D")
R = TypeVar("R", bound=RecordColumns)


class KindAdapter(Protocol[D, R]):
    """How one record kind plugs into the write path."""

    kind: RecordKind
    spec: KindSpec  # the kind's declaration (desktop.core.specs): its search text, ...
    row_type: type[R]

    def normalize(self, data: D) -> D:
        """Trim and NFC-normalise user text before it is validated."""
        ...

    def validate(self, session: Session, uuid: str | None, data: D) -> list[FieldError]:
        """Rules, including those that need the database (unique codes)."""
        ...

    def apply(self, session: Session, row: R, data: D) -> None:
        """Copy ``data`` onto the row (and its dependent rows)."""
        ...

    def snapshot(self, session: Session, row: R) -> dict[str, Any]:
        """The record JSON of CLI.md for the row as now stored."""
        ...


def row_meta(row: RecordColumns) -> RecordMeta:
    """The common metadata of a stored row, times as UTC."""
    return RecordMeta(
        uuid=row.uuid,
        version=row.version,
        created_at=row.created_at.replace(tzinfo=UTC),
        created_by=row.created_by,
        updated_at=row.updated_at.replace(tzinfo=UTC),
        updated_by=row.updated_by,
        deleted=row.deleted,
        origin_code=row.origin_code,
    )


class RecordWriter(Generic[D, R]):
    """Creates, updates and deletes records of one kind through the journal."""

    def __init__(
        self,
        adapter: KindAdapter[D, R],
        *,
        actor: str,
        origin_code: str,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.adapter = adapter
        self.actor = actor
        self.origin_code = origin_code
        self.clock = clock
        self._changes = OpChanges.of(adapter.kind.value)  # noted on every write

    def _now(self) -> datetime:
        # Stored naive in UTC: SQLite has no time zones.
        return self.clock().astimezone(UTC).replace(tzinfo=None)

    def _check(self, session: Session, uuid: str | None, data: D) -> D:
        data = self.adapter.normalize(data)
        errors = self.adapter.validate(session, uuid, data)
        if errors:  # worded by this kind's catalog first (desktop.core.catalog)
            raise ValidationError(errors, kind=self.adapter.kind.value)
        return data

    def _load(self, session: Session, uuid: str, expected_version: int | None) -> R:
        row = session.get(self.adapter.row_type, uuid)
        if row is None or row.deleted:
            raise NotFoundError(self.adapter.kind.value, uuid)
        if row.origin_code not in ("", self.origin_code):
            # A child's record received here is read-only (BUNDLE.md import rule 8).
            raise SetupError("record_read_only", origin=row.origin_code)
        if expected_version is not None and row.version != expected_version:
            raise VersionConflictError(self.adapter.kind.value, uuid, expected_version, row.version)
        return row

    def _record(self, session: Session, row: R, action: str, before: int | None) -> dict[str, Any]:
        session.flush()
        snapshot = self.adapter.snapshot(session, row)
        append_entry(
            session,
            at=iso_utc(row.updated_at),
            actor=self.actor,
            action=action,
            kind=self.adapter.kind.value,
            uuid=row.uuid,
            version=row.version,
            before_version=before,
            after=snapshot,
        )
        session.add(
            ChangeLogRow(
                kind=self.adapter.kind.value, uuid=row.uuid, version=row.version, at=row.updated_at
            )
        )
        session.flush()
        # The search index follows the record JSON; a tombstone leaves it.
        index_record(session, self.adapter.spec, row.uuid, snapshot)
        # Announced once the transaction commits (the change signal, Database.transaction).
        note_changes(session, self._changes)
        return snapshot

    def create(self, session: Session, data: D, *, uuid: str | None = None) -> R:
        """Validate and store a new record at version 1."""
        data = self._check(session, None, data)
        now = self._now()
        row = self.adapter.row_type()
        row.uuid = uuid or new_uuid()
        row.version = 1
        row.created_at = row.updated_at = now
        row.created_by = row.updated_by = self.actor
        row.deleted = False
        row.origin_code = self.origin_code
        session.add(row)
        with session.no_autoflush:  # the adapter may query before the row is complete
            self.adapter.apply(session, row, data)
        self._record(session, row, "create", None)
        return row

    def update(
        self, session: Session, uuid: str, data: D, *, expected_version: int | None = None
    ) -> R:
        """Validate and store a new version of an existing record."""
        row = self._load(session, uuid, expected_version)
        data = self._check(session, uuid, data)
        before = row.version
        row.version = before + 1
        row.updated_at = self._now()
        row.updated_by = self.actor
        with session.no_autoflush:  # the adapter may query before the row is complete
            self.adapter.apply(session, row, data)
        self._record(session, row, "update", before)
        return row

    def delete(self, session: Session, uuid: str, *, expected_version: int | None = None) -> R:
        """Turn a record into a tombstone (never removed: BUNDLE.md)."""
        row = self._load(session, uuid, expected_version)
        before = row.version
        row.version = before + 1
        row.updated_at = self._now()
        row.updated_by = self.actor
        row.deleted = True
        self._record(session, row, "delete", before)
        return row

    def mirror(self, session: Session, data: D, meta: RecordMeta, origin_code: str) -> R:
        """Store a child installation's version as received (village → commune, BUNDLE.md).

        Validated like any write, but never re-stamped: uuid, version, times and authors are
        the origin's (import rule 6). Journaled as ``import`` and put in the change log, so the
        record also travels on up; the owner stays ``origin_code``.
        """
        row = session.get(self.adapter.row_type, meta.uuid)
        if row is not None and row.origin_code != origin_code:
            # Never over a record owned by this installation or another unit (rule 8).
            raise SetupError("record_owned_elsewhere", owner=row.origin_code or self.origin_code)
        data = self._check(session, meta.uuid if row is not None else None, data)
        before = None
        if row is None:
            row = self.adapter.row_type()
            row.uuid = meta.uuid
            session.add(row)
        else:
            before = row.version
        row.version = meta.version
        row.created_at = meta.created_at.astimezone(UTC).replace(tzinfo=None)
        row.created_by = meta.created_by
        row.updated_at = meta.updated_at.astimezone(UTC).replace(tzinfo=None)
        row.updated_by = meta.updated_by
        row.deleted = meta.deleted
        row.origin_code = origin_code
        with session.no_autoflush:
            self.adapter.apply(session, row, data)
        self._record(session, row, "import", before)
        return row


def snapshot_of(adapter: KindAdapter[Any, R], session: Session, row: R) -> Mapping[str, Any]:
    """Public access to an adapter's snapshot (used by checks and exports)."""
    return adapter.snapshot(session, row)
