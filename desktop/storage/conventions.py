"""Conventions (hương ước, quy ước) in the store: the write-path adapter and queries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.core.convention_events import superseded_by_another
from desktop.core.convention_freeze import frozen_changes
from desktop.core.convention_json import (
    StoredConvention,
    convention_to_json,
    event_from_json,
    event_to_json,
)
from desktop.core.convention_warnings import stable_warnings
from desktop.core.conventions import (
    Convention,
    ConventionType,
    effective_from,
    next_review_on,
    status,
    validate_convention,
)
from desktop.core.errors import FieldError
from desktop.core.queries import ConventionQuery as ConventionQuery  # re-exported
from desktop.core.records import RecordKind
from desktop.core.specs.convention import CONVENTION
from desktop.core.text import fold
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar
from desktop.storage.models import ConventionRow, VillageRow
from desktop.storage.ordering import PLACE, TEXT, sort_ids
from desktop.storage.records import row_meta

if TYPE_CHECKING:
    AnySelect = Select[*tuple[Any, ...]]


class ConventionAdapter:
    """Plugs conventions into :class:`desktop.storage.records.RecordWriter`.

    The life cycle itself (which step may follow which) is checked by the service
    with :func:`desktop.core.convention_events.apply_event` before saving.
    """

    kind = RecordKind.CONVENTION
    spec = CONVENTION
    row_type = ConventionRow

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar

    def normalize(self, data: Convention) -> Convention:
        return data

    def validate(self, session: Session, uuid: str | None, data: Convention) -> list[FieldError]:
        errors = validate_convention(data)
        if uuid is not None:
            # The adopted text is frozen; an amendment is a new version (D61 Art. 13).
            stored = session.get(ConventionRow, uuid)
            if stored is not None and not stored.deleted:
                errors += frozen_changes(to_stored(session, stored, "").data, data)
        if data.village_uuid:
            village = session.get(VillageRow, data.village_uuid)
            if village is None or village.deleted:
                errors.append(FieldError("village", "not_found_ref", {"value": data.village_uuid}))
        if data.supersedes_uuid:
            old = session.get(ConventionRow, data.supersedes_uuid)
            if old is None or old.deleted or data.supersedes_uuid == uuid:
                errors.append(
                    FieldError("supersedes", "not_found_ref", {"value": data.supersedes_uuid})
                )
            else:
                # Only one version in force (D61 Art. 13): name the version in force.
                replaced = superseded_by_another(to_stored(session, old).data, uuid)
                if replaced is not None:
                    errors.append(FieldError("supersedes", "supersedes_superseded", replaced))
        return errors

    def apply(self, session: Session, row: ConventionRow, data: Convention) -> None:
        warnings = stable_warnings(data, self.calendar)
        current = status(data)
        row.village_uuid = data.village_uuid
        row.convention_type = data.convention_type.value
        row.title = data.title
        row.text = data.text
        row.ethnic_text = data.ethnic_text
        row.drafting_team = json.dumps(list(data.drafting_team), ensure_ascii=False)
        row.proposer = data.proposer
        row.citizen_initiative = data.citizen_initiative
        row.supersedes_uuid = data.supersedes_uuid
        row.review_month, row.review_day = data.review_day
        row.events = json.dumps([event_to_json(e) for e in data.events], ensure_ascii=False)
        row.status = current.value if current else None
        row.effective_from = effective_from(data)
        row.next_review_on = next_review_on(data)
        row.last_event_on = max((e.on for e in data.events), default=None)
        row.warnings = json.dumps([w.to_json() for w in warnings], ensure_ascii=False)
        row.warning_count = len(warnings)
        row.search_text = fold(" ".join([data.title, data.text, data.proposer]))

    def snapshot(self, session: Session, row: ConventionRow) -> dict[str, Any]:
        return convention_to_json(to_stored(session, row))


def to_stored(
    session: Session, row: ConventionRow, village_name: str | None = None
) -> StoredConvention:
    if village_name is None:
        village_name = (
            session.scalar(select(VillageRow.name).where(VillageRow.uuid == row.village_uuid)) or ""
        )
    data = Convention(
        village_uuid=row.village_uuid,
        convention_type=ConventionType(row.convention_type),
        title=row.title,
        text=row.text,
        ethnic_text=row.ethnic_text,
        drafting_team=tuple(json.loads(row.drafting_team)),
        proposer=row.proposer,
        citizen_initiative=row.citizen_initiative,
        supersedes_uuid=row.supersedes_uuid,
        review_day=(row.review_month, row.review_day),
        events=tuple(event_from_json(e) for e in json.loads(row.events)),
    )
    warnings = tuple(RecordWarning.from_json(w) for w in json.loads(row.warnings))
    return StoredConvention(
        meta=row_meta(row), data=data, warnings=warnings, village_name=village_name
    )


_ORDER = {
    "last_event_on": ConventionRow.last_event_on,
    "title": ConventionRow.title,
    "village": VillageRow.name,
    "status": ConventionRow.status,
    "effective_from": ConventionRow.effective_from,
    "next_review_on": ConventionRow.next_review_on,
    "warnings": ConventionRow.warning_count,
}


def _filtered(q: ConventionQuery, stmt: AnySelect) -> AnySelect:
    stmt = stmt.join(VillageRow, VillageRow.uuid == ConventionRow.village_uuid).where(
        ConventionRow.deleted.is_(False)
    )
    if q.village_uuid:
        stmt = stmt.where(ConventionRow.village_uuid == q.village_uuid)
    if q.status:
        stmt = stmt.where(ConventionRow.status == q.status)
    if q.convention_type:
        stmt = stmt.where(ConventionRow.convention_type == q.convention_type)
    if q.current_only:
        stmt = stmt.where(ConventionRow.status.is_distinct_from("superseded"))
    for word in fold(q.search).split():
        stmt = stmt.where(ConventionRow.search_text.contains(word, autoescape=True))
    return stmt


def convention_ids(session: Session, q: ConventionQuery) -> list[str]:
    column = _ORDER.get(q.order_by, ConventionRow.last_event_on)
    if q.order_by in ("title", "village"):
        # Names in Vietnamese alphabetical order, which SQL does not know.
        named = _filtered(q, select(ConventionRow.uuid, column)).order_by(ConventionRow.uuid)
        key = PLACE if q.order_by == "village" else TEXT
        return sort_ids(session.execute(named).all(), key, q.descending)
    order = column.desc() if q.descending else column.asc()
    return list(
        session.scalars(
            _filtered(q, select(ConventionRow.uuid)).order_by(order, ConventionRow.uuid)
        )
    )


def count_conventions(session: Session, q: ConventionQuery) -> int:
    return int(session.scalar(_filtered(q, select(func.count(ConventionRow.uuid)))) or 0)


def fetch_conventions(session: Session, uuids: Sequence[str]) -> list[StoredConvention]:
    rows = session.execute(
        select(ConventionRow, VillageRow.name)
        .join(VillageRow, VillageRow.uuid == ConventionRow.village_uuid)
        .where(ConventionRow.uuid.in_(uuids))
    ).all()
    by_id = {r.uuid: to_stored(session, r, name) for r, name in rows}
    return [by_id[u] for u in uuids if u in by_id]


def get_convention(session: Session, uuid: str) -> StoredConvention | None:
    row = session.get(ConventionRow, uuid)
    return to_stored(session, row) if row is not None and not row.deleted else None


def lineage(session: Session, uuid: str) -> list[StoredConvention]:
    """Every version of the convention ``uuid`` belongs to, oldest first."""
    rows = {
        r.uuid: r
        for r in session.scalars(select(ConventionRow).where(ConventionRow.deleted.is_(False)))
    }
    if uuid not in rows:
        return []
    first = uuid
    while rows[first].supersedes_uuid in rows:
        first = rows[first].supersedes_uuid  # type: ignore[assignment]
    chain = [first]
    newer = {r.supersedes_uuid: r.uuid for r in rows.values() if r.supersedes_uuid}
    while chain[-1] in newer:
        chain.append(newer[chain[-1]])
    return [to_stored(session, rows[u]) for u in chain]


def all_convention_rows(session: Session) -> list[ConventionRow]:
    return list(session.scalars(select(ConventionRow)))
