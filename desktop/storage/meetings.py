"""Meetings in the store: the write-path adapter and the read queries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, delete, extract, func, select
from sqlalchemy.orm import Session

from desktop.core.errors import FieldError
from desktop.core.meeting_ballot import fallback_errors
from desktop.core.meeting_deadlines import meeting_warnings
from desktop.core.meeting_json import StoredMeeting, board_warnings, meeting_to_json, summarize
from desktop.core.meetings import (
    HouseholdBallot,
    ItemResult,
    Matter,
    Meeting,
    MeetingItem,
    MeetingType,
    Method,
    Outcome,
    Recognizer,
    RuleCode,
    TakesEffect,
    evaluate_meeting,
    validate_meeting,
)
from desktop.core.queries import MeetingQuery as MeetingQuery  # re-exported
from desktop.core.records import RecordKind
from desktop.core.specs.meeting import MEETING
from desktop.core.text import fold
from desktop.core.warnings import RecordWarning
from desktop.core.workdays import WorkCalendar
from desktop.storage.models import MeetingItemRow, MeetingRow, VillageRow
from desktop.storage.ordering import PLACE, TEXT, sort_ids
from desktop.storage.records import row_meta

if TYPE_CHECKING:
    AnySelect = Select[*tuple[Any, ...]]


class MeetingAdapter:
    """Plugs meetings into :class:`desktop.storage.records.RecordWriter`."""

    kind = RecordKind.MEETING
    spec = MEETING
    row_type = MeetingRow

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar

    def normalize(self, data: Meeting) -> Meeting:
        return data  # text is NFC-normalised when read (meeting_from_json, the form)

    def validate(self, session: Session, uuid: str | None, data: Meeting) -> list[FieldError]:
        errors = validate_meeting(data)
        if data.village_uuid:
            village = session.get(VillageRow, data.village_uuid)
            if village is None or village.deleted:
                errors.append(FieldError("village", "not_found_ref", {"value": data.village_uuid}))
        errors += self._check_failed_meeting(session, uuid, data)
        return errors

    def _check_failed_meeting(
        self, session: Session, uuid: str | None, data: Meeting
    ) -> list[FieldError]:
        """A ballot follows a meeting that failed for lack of households (D59 Art. 4(1)(b))."""
        ballot = data.ballot
        ref = ballot.after_failed_meeting_uuid if ballot else None
        if ref is None:
            return []
        field = "ballot.after_failed_meeting"
        earlier = session.get(MeetingRow, ref)
        if earlier is None or earlier.deleted or ref == uuid:
            return [FieldError(field, "not_found_ref", {"value": ref})]
        if earlier.village_uuid != data.village_uuid:
            return [FieldError(field, "failed_meeting_other_village")]
        stored = get_meeting(session, ref)
        assert stored is not None  # found above
        return fallback_errors(data, stored.data)

    def apply(self, session: Session, row: MeetingRow, data: Meeting) -> None:
        assert data.held_on is not None and data.households_total is not None  # validated
        results = evaluate_meeting(data)
        warnings = meeting_warnings(data, self.calendar) + board_warnings(data)
        row.village_uuid = data.village_uuid
        row.title = data.title
        row.meeting_type = data.meeting_type.value
        row.held_on = data.held_on
        row.place = data.place
        row.convened_by = data.convened_by
        row.chair = data.chair
        row.secretary = data.secretary
        row.notice_on = data.notice_on
        row.households_total = data.households_total
        row.households_present = data.households_present
        row.minutes_sent_on = data.minutes_sent_on
        row.recognized_on = data.recognized_on
        row.recognized_by = data.recognized_by.value if data.recognized_by else None
        row.refused_on = data.refused_on
        row.refusal_reason = data.refusal_reason
        row.minutes_text = data.minutes_text
        row.representatives = json.dumps(list(data.representatives), ensure_ascii=False)
        row.counting_board = json.dumps(list(data.counting_board), ensure_ascii=False)
        row.witnesses = json.dumps(list(data.witnesses), ensure_ascii=False)
        b = data.ballot
        row.ballot_papers_issued = b.papers_issued if b else None
        row.ballot_papers_returned = b.papers_returned if b else None
        row.ballot_announced_on = b.announced_on if b else None
        row.ballot_deadline_on = b.deadline_on if b else None
        row.ballot_after_meeting = b.after_failed_meeting_uuid if b else None
        row.outcome = summarize(data.items, results).value
        village_name = session.scalar(
            select(VillageRow.name).where(VillageRow.uuid == data.village_uuid)
        )
        row.search_text = fold(
            " ".join(
                [data.title, data.place or "", village_name or "", data.chair or ""]
                + [i.title for i in data.items]
            )
        )
        row.warnings = json.dumps([w.to_json() for w in warnings], ensure_ascii=False)
        row.warning_count = len(warnings)
        session.flush()  # the meeting row exists before its item rows (FK)
        session.execute(delete(MeetingItemRow).where(MeetingItemRow.meeting_uuid == row.uuid))
        for position, (item, result) in enumerate(zip(data.items, results, strict=True)):
            session.add(
                MeetingItemRow(
                    meeting_uuid=row.uuid,
                    position=position,
                    title=item.title,
                    matter=item.matter.value,
                    method=item.method.value,
                    votes_for=item.votes_for,
                    votes_against=item.votes_against,
                    votes_other=item.votes_other,
                    outcome=result.outcome.value,
                    rule_code=result.rule_code.value,
                    rule_params=json.dumps(dict(result.rule_params), ensure_ascii=False),
                    takes_effect=result.takes_effect.value if result.takes_effect else None,
                )
            )

    def snapshot(self, session: Session, row: MeetingRow) -> dict[str, Any]:
        return meeting_to_json(to_stored(session, row))


def to_stored(
    session: Session,
    row: MeetingRow,
    village_name: str | None = None,
    items: Sequence[MeetingItemRow] | None = None,
) -> StoredMeeting:
    """The plain dataclass for a stored meeting (``items``: its item rows in order,
    when the caller has already loaded them)."""
    if items is None:
        items = list(
            session.scalars(
                select(MeetingItemRow)
                .where(MeetingItemRow.meeting_uuid == row.uuid)
                .order_by(MeetingItemRow.position)
            )
        )
    if village_name is None:
        village_name = (
            session.scalar(select(VillageRow.name).where(VillageRow.uuid == row.village_uuid)) or ""
        )
    ballot = None
    if row.ballot_papers_issued is not None:
        ballot = HouseholdBallot(
            papers_issued=row.ballot_papers_issued,
            papers_returned=row.ballot_papers_returned or 0,
            announced_on=row.ballot_announced_on,
            deadline_on=row.ballot_deadline_on,
            after_failed_meeting_uuid=row.ballot_after_meeting,
        )
    data = Meeting(
        village_uuid=row.village_uuid,
        title=row.title,
        meeting_type=MeetingType(row.meeting_type),
        held_on=row.held_on,
        place=row.place,
        convened_by=row.convened_by,
        chair=row.chair,
        secretary=row.secretary,
        notice_on=row.notice_on,
        households_total=row.households_total,
        households_present=row.households_present,
        minutes_sent_on=row.minutes_sent_on,
        recognized_on=row.recognized_on,
        recognized_by=Recognizer(row.recognized_by) if row.recognized_by else None,
        refused_on=row.refused_on,
        refusal_reason=row.refusal_reason,
        items=tuple(
            MeetingItem(
                i.title,
                Matter(i.matter),
                Method(i.method),
                i.votes_for,
                i.votes_against,
                i.votes_other,
            )
            for i in items
        ),
        ballot=ballot,
        minutes_text=row.minutes_text,
        representatives=tuple(json.loads(row.representatives)),
        counting_board=tuple(json.loads(row.counting_board)),
        witnesses=tuple(json.loads(row.witnesses)),
    )
    results = tuple(
        ItemResult(
            Outcome(i.outcome),
            RuleCode(i.rule_code),
            json.loads(i.rule_params),
            TakesEffect(i.takes_effect) if i.takes_effect else None,
        )
        for i in items
    )
    warnings = tuple(RecordWarning.from_json(w) for w in json.loads(row.warnings))
    return StoredMeeting(
        meta=row_meta(row), data=data, results=results, warnings=warnings, village_name=village_name
    )


_ORDER = {
    "held_on": MeetingRow.held_on,
    "title": MeetingRow.title,
    "village": VillageRow.name,
    "meeting_type": MeetingRow.meeting_type,
    "households_total": MeetingRow.households_total,
    "households_present": MeetingRow.households_present,
    "outcome": MeetingRow.outcome,
    "warnings": MeetingRow.warning_count,
}


def _filtered(q: MeetingQuery, stmt: AnySelect) -> AnySelect:
    stmt = stmt.join(VillageRow, VillageRow.uuid == MeetingRow.village_uuid).where(
        MeetingRow.deleted.is_(False)
    )
    if q.village_uuid:
        stmt = stmt.where(MeetingRow.village_uuid == q.village_uuid)
    if q.meeting_type:
        stmt = stmt.where(MeetingRow.meeting_type == q.meeting_type)
    if q.year:
        stmt = stmt.where(extract("year", MeetingRow.held_on) == q.year)
    if q.outcome:
        stmt = stmt.where(MeetingRow.outcome == q.outcome)
    if q.with_warnings:
        stmt = stmt.where(MeetingRow.warning_count > 0)
    for word in fold(q.search).split():
        stmt = stmt.where(MeetingRow.search_text.contains(word, autoescape=True))
    return stmt


def meeting_ids(session: Session, q: MeetingQuery) -> list[str]:
    column = _ORDER.get(q.order_by, MeetingRow.held_on)
    if q.order_by in ("title", "village"):
        # Names in Vietnamese alphabetical order, which SQL does not know.
        named = _filtered(q, select(MeetingRow.uuid, column)).order_by(MeetingRow.uuid)
        key = PLACE if q.order_by == "village" else TEXT
        return sort_ids(session.execute(named).all(), key, q.descending)
    order = column.desc() if q.descending else column.asc()
    stmt = _filtered(q, select(MeetingRow.uuid)).order_by(order, MeetingRow.uuid)
    return list(session.scalars(stmt))


def count_meetings(session: Session, q: MeetingQuery) -> int:
    return int(session.scalar(_filtered(q, select(func.count(MeetingRow.uuid)))) or 0)


def fetch_meetings(session: Session, uuids: Sequence[str]) -> list[StoredMeeting]:
    rows = session.execute(
        select(MeetingRow, VillageRow.name)
        .join(VillageRow, VillageRow.uuid == MeetingRow.village_uuid)
        .where(MeetingRow.uuid.in_(uuids))
    ).all()
    # All the items of the page in one query, not one query per meeting (a list page
    # fetches a hundred meetings at a time).
    items: dict[str, list[MeetingItemRow]] = {r.uuid: [] for r, _ in rows}
    for item in session.scalars(
        select(MeetingItemRow)
        .where(MeetingItemRow.meeting_uuid.in_(list(items)))
        .order_by(MeetingItemRow.meeting_uuid, MeetingItemRow.position)
    ):
        items[item.meeting_uuid].append(item)
    by_id = {r.uuid: to_stored(session, r, name, items[r.uuid]) for r, name in rows}
    return [by_id[u] for u in uuids if u in by_id]


def get_meeting(session: Session, uuid: str) -> StoredMeeting | None:
    row = session.get(MeetingRow, uuid)
    return to_stored(session, row) if row is not None and not row.deleted else None


def meeting_years(session: Session) -> list[int]:
    years = session.scalars(
        select(extract("year", MeetingRow.held_on)).where(MeetingRow.deleted.is_(False)).distinct()
    )
    return sorted({int(y) for y in years if y is not None}, reverse=True)


def all_meeting_rows(session: Session) -> list[MeetingRow]:
    return list(session.scalars(select(MeetingRow)))


def unsent_minutes_ids(session: Session, since: date, today: date) -> list[str]:
    """Meetings held from ``since`` to ``today`` whose minutes are not recorded as sent."""
    stmt = select(MeetingRow.uuid).where(
        MeetingRow.deleted.is_(False),
        MeetingRow.minutes_sent_on.is_(None),
        MeetingRow.held_on >= since,
        MeetingRow.held_on <= today,
    )
    return list(session.scalars(stmt.order_by(MeetingRow.held_on, MeetingRow.uuid)))
