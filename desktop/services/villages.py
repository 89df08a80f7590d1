"""Use cases for villages: list, add, edit, retire (one transaction per action)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from desktop.core.errors import FieldError, NotFoundError, ValidationError
from desktop.core.specs.village import VILLAGE
from desktop.core.villages import (
    Village,
    VillageData,
    households_on,
    village_from_json,
    village_to_json,
)
from desktop.services.records import Codec, Queries, RecordService
from desktop.storage.records import KindAdapter
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


class VillageService(RecordService[VillageData, Village, VillageQuery]):
    """Everything the window and the command line do with villages."""

    spec = VILLAGE
    queries = Queries(VillageQuery, village_ids, count_villages, fetch_villages, get_village)
    codec = Codec(village_from_json, village_to_json)

    def adapter(self) -> KindAdapter[VillageData, Any]:
        return VillageAdapter(self.ctx.today())

    def totals(self, query: VillageQuery | None = None) -> tuple[int, int]:
        """(villages, households) matching ``query`` — computed in SQL."""
        with self.ctx.db.reading() as session:
            return village_totals(session, query or VillageQuery())

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
