"""Use cases for villages: list, add, edit, retire (one transaction per action)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.core.errors import FieldError, NotFoundError, ValidationError
from desktop.core.villages import Village, VillageData, households_on, village_from_json
from desktop.services.context import StoreContext
from desktop.storage.records import RecordWriter
from desktop.storage.villages import (
    VillageAdapter,
    VillageQuery,
    count_villages,
    fetch_villages,
    get_village,
    village_by_code,
    village_ids,
    village_totals,
)


class VillageService:
    """Everything the window and the command line do with villages."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def _writer(self) -> RecordWriter[VillageData, Any]:
        return RecordWriter(
            VillageAdapter(self.ctx.today()),
            actor=self.ctx.actor(),
            origin_code=self.ctx.origin_code(),
            clock=self.ctx.clock,
        )

    # --- reading -----------------------------------------------------------------
    def ids(self, query: VillageQuery | None = None) -> list[str]:
        with self.ctx.db.reading() as session:
            return village_ids(session, query or VillageQuery())

    def count(self, query: VillageQuery | None = None) -> int:
        with self.ctx.db.reading() as session:
            return count_villages(session, query or VillageQuery())

    def totals(self, query: VillageQuery | None = None) -> tuple[int, int]:
        """(villages, households) matching ``query`` — computed in SQL."""
        with self.ctx.db.reading() as session:
            return village_totals(session, query or VillageQuery())

    def fetch(self, uuids: Sequence[str]) -> list[Village]:
        with self.ctx.db.reading() as session:
            return fetch_villages(session, uuids)

    def list(self, query: VillageQuery | None = None) -> list[Village]:
        return self.fetch(self.ids(query))

    def get(self, uuid: str) -> Village:
        with self.ctx.db.reading() as session:
            village = get_village(session, uuid)
        if village is None:
            raise NotFoundError("village", uuid)
        return village

    def find(self, key: str) -> Village:
        """A village by uuid or by code."""
        with self.ctx.db.reading() as session:
            village = get_village(session, key) or village_by_code(session, key)
        if village is None:
            raise NotFoundError("village", key)
        return village

    def households_on(self, uuid: str, on: date) -> int | None:
        """The household count in force on a date (meetings default to it)."""
        return households_on(self.get(uuid).history, on)

    # --- writing -----------------------------------------------------------------
    def add(self, data: VillageData) -> Village:
        with self.ctx.db.transaction() as session:
            row = self._writer().create(session, data)
            uuid = row.uuid
        return self.get(uuid)

    def add_many(self, batch: Sequence[tuple[str | None, VillageData]]) -> Sequence[str]:
        """Store many villages in ONE transaction (generated data, bulk entry): the same
        write path, checks, journal and change log as :meth:`add`, one commit.
        Each pair is (uuid or None for a fresh one, content); returns the uuids."""
        writer = self._writer()
        with self.ctx.db.transaction() as session:
            return [writer.create(session, data, uuid=uuid).uuid for uuid, data in batch]

    def update(
        self, uuid: str, data: VillageData, *, expected_version: int | None = None
    ) -> Village:
        with self.ctx.db.transaction() as session:
            self._writer().update(session, uuid, data, expected_version=expected_version)
        return self.get(uuid)

    def retire(self, uuid: str, on: date, *, expected_version: int | None = None) -> Village:
        """Mark a village as no longer active (merged or dissolved); its history stays."""
        current = self.get(uuid)
        if current.data.retired_on is not None:
            raise ValidationError([FieldError("retired_on", "already_retired")])
        return self.update(
            uuid,
            replace(current.data, retired_on=on),
            expected_version=expected_version or current.meta.version,
        )

    def add_json(self, obj: Mapping[str, Any]) -> Village:
        return self.add(village_from_json(obj))

    def update_json(self, uuid: str, obj: Mapping[str, Any]) -> Village:
        current = self.find(uuid)
        expected = obj.get("version")
        data = village_from_json(obj, base=current.data)
        version = expected if isinstance(expected, int) and not isinstance(expected, bool) else None
        return self.update(current.uuid, data, expected_version=version)
