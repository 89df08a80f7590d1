"""Disclosures in the store: the write-path adapter and the read queries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.disclosure_catalog import DisclosureForm
from desktop.core.disclosure_json import StoredDisclosure, disclosure_to_json
from desktop.core.disclosure_warnings import stable_warnings
from desktop.core.disclosures import (
    Attachment,
    Disclosure,
    DisclosureStatus,
    Feedback,
    Posting,
    disclosure_due,
    disclosure_status,
    first_disclosed_on,
    posting_until,
    validate_disclosure,
)
from desktop.core.errors import FieldError
from desktop.core.queries import DisclosureQuery as DisclosureQuery  # re-exported
from desktop.core.records import RecordKind
from desktop.core.specs.disclosure import DISCLOSURE
from desktop.core.text import fold
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar
from desktop.storage.models import DisclosurePostingRow, DisclosureRow, VillageRow
from desktop.storage.ordering import TEXT, sort_ids
from desktop.storage.records import row_meta

if TYPE_CHECKING:
    AnySelect = Select[*tuple[Any, ...]]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def active_villages(session: Session) -> list[tuple[str, str]]:
    """(uuid, name) of the villages a disclosure must reach (Law Art. 13(2))."""
    rows = session.execute(
        select(VillageRow.uuid, VillageRow.name)
        .where(VillageRow.deleted.is_(False), VillageRow.retired_on.is_(None))
        .order_by(VillageRow.code)
    )
    return [(u, n) for u, n in rows]


class DisclosureAdapter:
    """Plugs disclosures into :class:`desktop.storage.records.RecordWriter`."""

    kind = RecordKind.DISCLOSURE
    spec = DISCLOSURE
    row_type = DisclosureRow

    def __init__(self, calendar: WorkCalendar, today: date) -> None:
        self.calendar = calendar
        self.today = today

    def normalize(self, data: Disclosure) -> Disclosure:
        return data  # NFC-normalised when read (disclosure_from_json, the form)

    def validate(self, session: Session, uuid: str | None, data: Disclosure) -> list[FieldError]:
        errors = validate_disclosure(data, self.today)
        for i, p in enumerate(data.postings):
            if p.village_uuid is not None:
                v = session.get(VillageRow, p.village_uuid)
                if v is None or v.deleted:
                    errors.append(
                        FieldError(
                            f"postings[{i}].village", "not_found_ref", {"value": p.village_uuid}
                        )
                    )
        return errors

    def apply(self, session: Session, row: DisclosureRow, data: Disclosure) -> None:
        villages = active_villages(session)
        warnings = stable_warnings(data, self.calendar, villages)
        row.category = data.category
        row.title = data.title
        row.summary = data.summary
        row.decision_no = data.decision_no or ""
        row.decided_on = data.decided_on
        row.deadline_on = data.deadline_on
        row.responsible = data.responsible or ""
        row.forms = _dump([f.value for f in data.forms])
        row.broadcast_days = _dump([d.isoformat() for d in data.broadcast_days])
        row.portal_url = data.portal_url or ""
        row.planned_on = data.planned_on
        row.content_changed_on = data.content_changed_on
        row.attachments = _dump(
            [
                {"sha256": a.sha256, "name": a.name, "size": a.size, "media_type": a.media_type}
                for a in data.attachments
            ]
        )
        row.feedback = _dump(
            [
                {
                    "received_on": f.received_on.isoformat() if f.received_on else None,
                    "sender": f.sender,
                    "content": f.content,
                    "answered_on": f.answered_on.isoformat() if f.answered_on else None,
                    "answer": f.answer,
                }
                for f in data.feedback
            ]
        )
        row.due_on = disclosure_due(data, self.calendar)
        row.first_disclosed_on = first_disclosed_on(data)
        row.posting_until = posting_until(data)
        row.warnings = _dump([w.to_json() for w in warnings])
        row.warning_count = len(warnings)
        row.unanswered_feedback = sum(1 for f in data.feedback if f.answered_on is None)
        row.search_text = fold(
            " ".join([data.title, data.summary, data.decision_no or "", data.responsible or ""])
        )
        session.flush()  # the disclosure row exists before its posting rows (FK)
        session.execute(
            delete(DisclosurePostingRow).where(DisclosurePostingRow.disclosure_uuid == row.uuid)
        )
        for position, p in enumerate(data.postings):
            session.add(
                DisclosurePostingRow(
                    disclosure_uuid=row.uuid,
                    position=position,
                    location=p.location,
                    village_uuid=p.village_uuid,
                    posted_on=p.posted_on,
                    removed_on=p.removed_on,
                )
            )

    def snapshot(self, session: Session, row: DisclosureRow) -> dict[str, Any]:
        return disclosure_to_json(to_stored(session, row))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def to_stored(session: Session, row: DisclosureRow) -> StoredDisclosure:
    postings = session.scalars(
        select(DisclosurePostingRow)
        .where(DisclosurePostingRow.disclosure_uuid == row.uuid)
        .order_by(DisclosurePostingRow.position)
    )
    data = Disclosure(
        category=row.category,
        title=row.title,
        summary=row.summary,
        decision_no=row.decision_no or None,
        decided_on=row.decided_on,
        deadline_on=row.deadline_on,
        responsible=row.responsible or None,
        forms=tuple(DisclosureForm(f) for f in json.loads(row.forms)),
        postings=tuple(
            Posting(p.location, p.village_uuid, p.posted_on, p.removed_on) for p in postings
        ),
        broadcast_days=tuple(date.fromisoformat(d) for d in json.loads(row.broadcast_days)),
        portal_url=row.portal_url or None,
        planned_on=row.planned_on,
        attachments=tuple(
            Attachment(a["sha256"], a["name"], a["size"], a.get("media_type"))
            for a in json.loads(row.attachments)
        ),
        feedback=tuple(
            Feedback(
                _day(f.get("received_on")),
                f.get("sender"),
                f.get("content", ""),
                _day(f.get("answered_on")),
                f.get("answer"),
            )
            for f in json.loads(row.feedback)
        ),
        content_changed_on=row.content_changed_on,
    )
    warnings = tuple(RecordWarning.from_json(w) for w in json.loads(row.warnings))
    return StoredDisclosure(meta=row_meta(row), data=data, warnings=warnings, due_on=row.due_on)


_ORDER = {
    "decided_on": DisclosureRow.decided_on,
    "title": DisclosureRow.title,
    "category": DisclosureRow.category,
    "due_on": DisclosureRow.due_on,
    "first_disclosed_on": DisclosureRow.first_disclosed_on,
    "posting_until": DisclosureRow.posting_until,
    "warnings": DisclosureRow.warning_count,
}


def _overdue(today: date) -> Any:
    return and_(
        DisclosureRow.first_disclosed_on.is_(None),
        or_(DisclosureRow.due_on < today, DisclosureRow.planned_on < today),
    )


def _filtered(q: DisclosureQuery, stmt: AnySelect) -> AnySelect:
    stmt = stmt.where(DisclosureRow.deleted.is_(False))
    if q.category:
        stmt = stmt.where(DisclosureRow.category == q.category)
    if q.year:
        start, end = date(q.year, 1, 1), date(q.year, 12, 31)
        stmt = stmt.where(
            func.coalesce(DisclosureRow.decided_on, DisclosureRow.planned_on).between(start, end)
        )
    if q.with_warnings:
        stmt = stmt.where(DisclosureRow.warning_count > 0)
    for word in fold(q.search).split():
        stmt = stmt.where(DisclosureRow.search_text.contains(word, autoescape=True))
    today = q.today or date.today()
    if q.view == "attention":
        ending = and_(
            DisclosureRow.posting_until >= today,
            DisclosureRow.posting_until <= today + timedelta(days=q.days),
        )
        stmt = stmt.where(or_(_overdue(today), ending))
    elif q.view == "on_boards":
        up = select(DisclosurePostingRow.disclosure_uuid).where(
            DisclosurePostingRow.posted_on <= today,
            or_(
                DisclosurePostingRow.removed_on.is_(None), DisclosurePostingRow.removed_on >= today
            ),
        )
        stmt = stmt.where(DisclosureRow.uuid.in_(up))
    elif q.view == "planned":
        stmt = stmt.where(DisclosureRow.first_disclosed_on.is_(None))
    elif q.view == "overdue":
        stmt = stmt.where(_overdue(today))
    return stmt


def disclosure_ids(session: Session, q: DisclosureQuery) -> list[str]:
    column = _ORDER.get(q.order_by, DisclosureRow.decided_on)
    if q.order_by == "title":
        # Titles in Vietnamese alphabetical order, which SQL does not know.
        named = _filtered(q, select(DisclosureRow.uuid, column)).order_by(DisclosureRow.uuid)
        return sort_ids(session.execute(named).all(), TEXT, q.descending)
    order = column.desc() if q.descending else column.asc()
    stmt = _filtered(q, select(DisclosureRow.uuid)).order_by(order, DisclosureRow.uuid)
    return list(session.scalars(stmt))


def count_disclosures(session: Session, q: DisclosureQuery) -> int:
    return int(session.scalar(_filtered(q, select(func.count(DisclosureRow.uuid)))) or 0)


def fetch_disclosures(session: Session, uuids: Sequence[str]) -> list[StoredDisclosure]:
    rows = {
        r.uuid: r
        for r in session.scalars(select(DisclosureRow).where(DisclosureRow.uuid.in_(uuids)))
    }
    return [to_stored(session, rows[u]) for u in uuids if u in rows]


def get_disclosure(session: Session, uuid: str) -> StoredDisclosure | None:
    row = session.get(DisclosureRow, uuid)
    return to_stored(session, row) if row is not None and not row.deleted else None


def all_disclosure_rows(session: Session) -> list[DisclosureRow]:
    return list(session.scalars(select(DisclosureRow)))


def disclosures_first_disclosed_between(session: Session, start: date, end: date) -> list[str]:
    """Ids of the disclosures first made known in a period (the quarterly list, Art. 13)."""
    stmt = (
        select(DisclosureRow.uuid)
        .where(
            DisclosureRow.deleted.is_(False), DisclosureRow.first_disclosed_on.between(start, end)
        )
        .order_by(DisclosureRow.first_disclosed_on, DisclosureRow.category)
    )
    return list(session.scalars(stmt))


def overdue_disclosures(
    session: Session, as_of: date, calendar: WorkCalendar
) -> list[StoredDisclosure]:
    """The disclosures the Công khai page shows as Quá hạn on ``as_of``: nothing disclosed
    by then though the deadline (Law Art. 12(3)) or the planned day (Art. 14) has passed.

    SQL narrows to the few candidates; the verdict is core's own
    (:func:`desktop.core.disclosures.disclosure_status`), so the reports and the
    bundle's counts agree with the page.
    """
    not_yet = or_(
        DisclosureRow.first_disclosed_on.is_(None), DisclosureRow.first_disclosed_on > as_of
    )
    due = or_(DisclosureRow.due_on < as_of, DisclosureRow.planned_on < as_of)
    stmt = select(DisclosureRow.uuid).where(DisclosureRow.deleted.is_(False), not_yet, due)
    candidates = fetch_disclosures(session, list(session.scalars(stmt)))
    return [
        s
        for s in candidates
        if disclosure_status(s.data, as_of, calendar) is DisclosureStatus.OVERDUE
    ]
