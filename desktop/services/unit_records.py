"""The receiving level's view of its units' records (issue 14): which kinds can arrive,
a filtered page of them, one record found by its uuid (a search hit opened).

Read-only: a unit's records are snapshots as it sent them (BUNDLE.md import rule 8); the
receiver only adds remarks, which travel back in receipts (``sync_import.add_remark``).
"""

from __future__ import annotations

from typing import Any

from desktop.core.installation import Role, receives_kind
from desktop.core.kinds import KindSpec
from desktop.services.context import StoreContext
from desktop.services.registry import KINDS
from desktop.storage.installation import get_installation
from desktop.storage.unit_records import (
    UnitFilter,
    unit_record,
    unit_record_page,
    unit_states,
)

__all__ = ["UnitFilter", "UnitRecordsService", "received_kinds"]


def received_kinds(receiver: Role) -> list[KindSpec]:
    """The registered kinds that can reach ``receiver`` from its units, the records of the
    units' work first and their villages (what the others refer to) last."""
    kinds = [s for s in KINDS if receives_kind(receiver, s.name)]
    return [s for s in kinds if s.name != "village"] + [s for s in kinds if s.name == "village"]


class UnitRecordsService:
    """Pages of the units' records, filtered in SQL."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def kinds(self) -> list[KindSpec]:
        with self.ctx.db.reading() as session:
            inst = get_installation(session)
        return received_kinds(inst.data.role) if inst is not None else []

    def page(self, f: UnitFilter, offset: int = 0, limit: int = 200) -> list[dict[str, Any]]:
        with self.ctx.db.reading() as session:
            return unit_record_page(session, f, offset, limit)

    def states(self, kind: str, unit: str = "") -> list[str]:
        with self.ctx.db.reading() as session:
            return unit_states(session, kind, unit)

    def record(self, uuid: str) -> tuple[str, str, dict[str, Any]] | None:
        """(kind, unit code, record) of a received record, or None when none has ``uuid``."""
        with self.ctx.db.reading() as session:
            return unit_record(session, uuid)
