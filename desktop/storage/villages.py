"""Villages in the store: the write-path adapter and the read queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.core.errors import FieldError
from desktop.core.records import RecordKind
from desktop.core.specs.village import VILLAGE
from desktop.core.text import fold
from desktop.core.villages import (
    HouseholdCount,
    Village,
    VillageData,
    VillageType,
    normalize_village,
    validate_village,
    village_to_json,
)
from desktop.storage.models import VillageHouseholdCountRow, VillageRow
from desktop.storage.ordering import PLACE, TEXT, sort_ids
from desktop.storage.records import row_meta

if TYPE_CHECKING:
    AnySelect = Select[*tuple[Any, ...]]


class VillageAdapter:
    """Plugs villages into :class:`desktop.storage.records.RecordWriter`."""

    kind = RecordKind.VILLAGE
    spec = VILLAGE
    row_type = VillageRow

    def __init__(self, today: date) -> None:
        self.today = today

    def normalize(self, data: VillageData) -> VillageData:
        return normalize_village(data)

    def validate(self, session: Session, uuid: str | None, data: VillageData) -> list[FieldError]:
        errors = validate_village(data, self.today)
        if data.code:
            clash = session.scalar(
                select(VillageRow.uuid).where(
                    VillageRow.code == data.code, VillageRow.uuid != (uuid or "")
                )
            )
            if clash is not None:
                errors.append(FieldError("code", "unique", {"value": data.code}))
        return errors

    def apply(self, session: Session, row: VillageRow, data: VillageData) -> None:
        assert data.households_total is not None  # validated
        counted_on = data.households_as_of or self.today
        changed = (
            row.households_total != data.households_total or row.households_as_of != counted_on
        )
        row.code = data.code
        row.name = data.name
        row.village_type = data.village_type.value
        row.head_name = data.head_name
        row.households_total = data.households_total
        row.households_as_of = counted_on
        row.retired_on = data.retired_on
        row.search_text = fold(" ".join((data.code, data.name, data.head_name)))
        if changed:
            session.flush()  # the village row must exist before its history row (FK)
            # History is kept: a meeting takes the count in force on its date.
            session.add(
                VillageHouseholdCountRow(
                    village_uuid=row.uuid,
                    counted_on=counted_on,
                    households=data.households_total,
                    recorded_version=row.version,
                )
            )

    def snapshot(self, session: Session, row: VillageRow) -> dict[str, Any]:
        return village_to_json(to_village(session, row))


def _history(session: Session, uuid: str) -> tuple[HouseholdCount, ...]:
    rows = session.execute(
        select(VillageHouseholdCountRow.counted_on, VillageHouseholdCountRow.households)
        .where(VillageHouseholdCountRow.village_uuid == uuid)
        .order_by(VillageHouseholdCountRow.counted_on, VillageHouseholdCountRow.id)
    )
    latest: dict[date, int] = {}
    for counted_on, households in rows:
        latest[counted_on] = households  # a recount on the same day replaces the earlier one
    return tuple(HouseholdCount(d, n) for d, n in latest.items())


def to_village(session: Session, row: VillageRow, *, with_history: bool = True) -> Village:
    """The plain dataclass for a row (never hand ORM rows to services or the UI)."""
    return Village(
        meta=row_meta(row),
        data=VillageData(
            code=row.code,
            name=row.name,
            village_type=VillageType(row.village_type),
            head_name=row.head_name,
            households_total=row.households_total,
            households_as_of=row.households_as_of,
            retired_on=row.retired_on,
        ),
        history=_history(session, row.uuid) if with_history else (),
    )


@dataclass(frozen=True)
class VillageQuery:
    """Filter and order of the village list."""

    search: str = ""
    include_retired: bool = True
    order_by: str = "code"  # code | name | households_total | head_name | households_as_of
    descending: bool = False


_ORDER_COLUMNS = {
    "code": VillageRow.code,
    "name": VillageRow.name,
    "village_type": VillageRow.village_type,
    "head_name": VillageRow.head_name,
    "households_total": VillageRow.households_total,
    "households_as_of": VillageRow.households_as_of,
    "retired_on": VillageRow.retired_on,
}

_BY_NAME = frozenset({"name", "head_name"})


def _filtered(query: VillageQuery, stmt: AnySelect) -> AnySelect:
    stmt = stmt.where(VillageRow.deleted.is_(False))
    if not query.include_retired:
        stmt = stmt.where(VillageRow.retired_on.is_(None))
    for word in fold(query.search).split():
        # Every word typed must appear; accents and case do not matter.
        stmt = stmt.where(VillageRow.search_text.contains(word, autoescape=True))
    return stmt


def village_ids(session: Session, query: VillageQuery) -> list[str]:
    """Ids of the villages matching ``query``, ordered in SQL (the list fetches rows lazily)."""
    column = _ORDER_COLUMNS.get(query.order_by, VillageRow.code)
    if query.order_by in _BY_NAME:
        # Names in Vietnamese alphabetical order, which SQL does not know.
        named = _filtered(query, select(VillageRow.uuid, column)).order_by(VillageRow.code)
        key = PLACE if query.order_by == "name" else TEXT
        return sort_ids(session.execute(named).all(), key, query.descending)
    order = column.desc() if query.descending else column.asc()
    stmt = _filtered(query, select(VillageRow.uuid)).order_by(order, VillageRow.code)
    return list(session.scalars(stmt))


def count_villages(session: Session, query: VillageQuery) -> int:
    return int(session.scalar(_filtered(query, select(func.count(VillageRow.uuid)))) or 0)


def village_totals(session: Session, query: VillageQuery) -> tuple[int, int]:
    """(number of villages, sum of their households) matching ``query``, in one SQL query."""
    stmt = _filtered(
        query, select(func.count(VillageRow.uuid), func.sum(VillageRow.households_total))
    )
    count, households = session.execute(stmt).one()
    return int(count or 0), int(households or 0)


def fetch_villages(session: Session, uuids: Sequence[str]) -> list[Village]:
    """The villages with these ids, in the same order (missing ones skipped)."""
    rows = {
        r.uuid: r for r in session.scalars(select(VillageRow).where(VillageRow.uuid.in_(uuids)))
    }
    return [to_village(session, rows[u], with_history=False) for u in uuids if u in rows]


def get_village(session: Session, uuid: str) -> Village | None:
    row = session.get(VillageRow, uuid)
    return to_village(session, row) if row is not None and not row.deleted else None


def village_by_code(session: Session, code: str) -> Village | None:
    row = session.scalar(select(VillageRow).where(VillageRow.code == code.strip().upper()))
    return to_village(session, row) if row is not None and not row.deleted else None


def all_village_rows(session: Session) -> list[VillageRow]:
    """Every village row, tombstones included (integrity checks)."""
    return list(session.scalars(select(VillageRow)))
