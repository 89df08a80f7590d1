"""Meetings as record JSON (CLI.md ``meeting``), and what is computed on them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from desktop.core.errors import FieldError, require
from desktop.core.jsonio import FieldReader, iso_day
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
)
from desktop.core.records import RecordKind, RecordMeta, meta_json
from desktop.core.villages import nfc
from desktop.core.warnings import RecordWarning, warning

MEETING_FIELDS = (
    "village",
    "title",
    "meeting_type",
    "held_on",
    "place",
    "convened_by",
    "chair",
    "secretary",
    "notice_on",
    "households_total",
    "households_present",
    "minutes_sent_on",
    "recognized_on",
    "recognized_by",
    "refused_on",
    "refusal_reason",
    "items",
    "ballot",
    "minutes_text",
    "representatives",
    "counting_board",
    "witnesses",
)
ITEM_FIELDS = ("title", "matter", "method", "votes_for", "votes_against", "votes_other")
# "rule" is the worded explanation: added at the edge, and in journals written before codes.
ITEM_COMPUTED = ("outcome", "rule", "rule_code", "rule_params", "takes_effect")
BALLOT_FIELDS = (
    "papers_issued",
    "papers_returned",
    "announced_on",
    "deadline_on",
    "after_failed_meeting",
)
COUNTING_BOARD_SIZE = (3, 5)  # Law Art. 18 / D59 Art. 3: a counting board of 3 to 5
WITNESSES = 2


class MeetingOutcome(StrEnum):
    """Outcome of a whole meeting, for lists and filters."""

    PASSED = "passed"
    FAILED = "failed"
    MIXED = "mixed"
    NONE = "none"  # only procedural items


@dataclass(frozen=True)
class StoredMeeting:
    """A meeting as stored: metadata, content, computed outcomes and warnings."""

    meta: RecordMeta
    data: Meeting
    results: tuple[ItemResult, ...]
    warnings: tuple[RecordWarning, ...]
    village_name: str = ""

    @property
    def uuid(self) -> str:
        return self.meta.uuid

    @property
    def outcome(self) -> MeetingOutcome:
        return summarize(self.data.items, self.results)


def summarize(items: Sequence[MeetingItem], results: Sequence[ItemResult]) -> MeetingOutcome:
    """passed / failed / mixed over the matters decided (procedural votes left out)."""
    outcomes = {
        r.outcome for i, r in zip(items, results, strict=True) if i.matter is not Matter.PROCEDURAL
    }
    if not outcomes:
        return MeetingOutcome.NONE
    if outcomes == {Outcome.PASSED}:
        return MeetingOutcome.PASSED
    if outcomes == {Outcome.FAILED}:
        return MeetingOutcome.FAILED
    return MeetingOutcome.MIXED


def _names(r: FieldReader, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = r.obj.get(key)
    if value is None:
        return default
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        r.errors.append(FieldError(f"{r.prefix}{key}", "not_name_list"))
        return default
    return tuple(nfc(x) for x in value if nfc(x))


def _item(obj: Any, index: int, errors: list[FieldError]) -> MeetingItem | None:
    if not isinstance(obj, Mapping):
        errors.append(FieldError(f"items[{index}]", "not_object"))
        return None
    r = FieldReader(obj, prefix=f"items[{index}].")
    r.refuse_unknown(ITEM_FIELDS, computed=ITEM_COMPUTED)
    item = MeetingItem(
        title=nfc(r.text("title")),
        matter=r.choice("matter", Matter, Matter.OTHER),
        method=r.choice("method", Method, Method.SHOW_OF_HANDS),
        votes_for=r.integer("votes_for", 0) or 0,
        votes_against=r.integer("votes_against", 0) or 0,
        votes_other=r.integer("votes_other", 0) or 0,
    )
    if "votes_for" not in obj:
        r.errors.append(FieldError(f"items[{index}].votes_for", "required"))
    errors.extend(r.errors)
    return item


def _ballot(
    obj: Any, base: HouseholdBallot | None, errors: list[FieldError]
) -> HouseholdBallot | None:
    if obj is None:
        return None
    if not isinstance(obj, Mapping):
        errors.append(FieldError("ballot", "not_object"))
        return base
    r = FieldReader(obj, prefix="ballot.")
    r.refuse_unknown(BALLOT_FIELDS)
    ballot = HouseholdBallot(
        papers_issued=r.integer("papers_issued", 0) or 0,
        papers_returned=r.integer("papers_returned", 0) or 0,
        announced_on=r.day("announced_on"),
        deadline_on=r.day("deadline_on"),
        after_failed_meeting_uuid=r.text("after_failed_meeting") or None,
    )
    errors.extend(r.errors)
    return ballot


def meeting_from_json(obj: Mapping[str, Any], base: Meeting | None = None) -> Meeting:
    """Read a meeting; on update, fields absent keep ``base``'s values.

    Raises:
        ValidationError: a field has the wrong type or is unknown.
    """
    start = base or Meeting(
        village_uuid="", title="", meeting_type=MeetingType.DECISION, held_on=None
    )
    r = FieldReader(obj)
    r.refuse_unknown(MEETING_FIELDS, computed=("village_name", "outcome"))
    errors = r.errors
    items = start.items
    if "items" in obj:
        raw = obj["items"]
        if not isinstance(raw, list):
            errors.append(FieldError("items", "not_list"))
        else:
            parsed = [_item(x, i, errors) for i, x in enumerate(raw)]
            items = tuple(x for x in parsed if x is not None)
    recognized_by = start.recognized_by
    if "recognized_by" in obj:
        value = obj["recognized_by"]
        recognized_by = (
            None if value in (None, "") else r.choice("recognized_by", Recognizer, Recognizer.UBND)
        )

    def opt_text(key: str, default: str | None) -> str | None:
        return (nfc(r.text(key)) or None) if key in obj else default

    data = replace(
        start,
        village_uuid=r.text("village", start.village_uuid).strip(),
        title=nfc(r.text("title", start.title)),
        meeting_type=r.choice("meeting_type", MeetingType, start.meeting_type),
        held_on=r.day("held_on", start.held_on),
        place=opt_text("place", start.place),
        convened_by=opt_text("convened_by", start.convened_by),
        chair=opt_text("chair", start.chair),
        secretary=opt_text("secretary", start.secretary),
        notice_on=r.day("notice_on", start.notice_on) if "notice_on" in obj else start.notice_on,
        households_total=r.integer("households_total", start.households_total),
        households_present=r.integer("households_present", start.households_present),
        minutes_sent_on=r.day("minutes_sent_on")
        if "minutes_sent_on" in obj
        else start.minutes_sent_on,
        recognized_on=r.day("recognized_on") if "recognized_on" in obj else start.recognized_on,
        recognized_by=recognized_by,
        refused_on=r.day("refused_on") if "refused_on" in obj else start.refused_on,
        refusal_reason=opt_text("refusal_reason", start.refusal_reason),
        items=items,
        ballot=_ballot(obj["ballot"], start.ballot, errors) if "ballot" in obj else start.ballot,
        minutes_text=nfc(r.text("minutes_text", start.minutes_text)),
        representatives=_names(r, "representatives", start.representatives),
        counting_board=_names(r, "counting_board", start.counting_board),
        witnesses=_names(r, "witnesses", start.witnesses),
    )
    require(errors)
    return data


def board_warnings(meeting: Meeting) -> list[RecordWarning]:
    """A secret ballot's counting board of 3–5 and 2 household witnesses (D59 Art. 3)."""
    if not any(i.method is Method.SECRET_BALLOT for i in meeting.items):
        return []
    out: list[RecordWarning] = []
    low, high = COUNTING_BOARD_SIZE
    board = len(meeting.counting_board)
    if board and not low <= board <= high:
        out.append(warning("counting_board_size", board=board, low=low, high=high))
    if meeting.witnesses and len(meeting.witnesses) != WITNESSES:
        out.append(warning("witnesses_count", count=len(meeting.witnesses), need=WITNESSES))
    return out


def meeting_to_json(m: StoredMeeting) -> dict[str, Any]:
    """The record JSON of CLI.md for a stored meeting, computed fields included."""
    d = m.data
    out: dict[str, Any] = meta_json(RecordKind.MEETING, m.meta)
    out["warnings"] = [w.to_json() for w in m.warnings]
    ballot = None
    if d.ballot is not None:
        b = d.ballot
        ballot = {
            "papers_issued": b.papers_issued,
            "papers_returned": b.papers_returned,
            "announced_on": iso_day(b.announced_on),
            "deadline_on": iso_day(b.deadline_on),
            "after_failed_meeting": b.after_failed_meeting_uuid,
        }
    out.update(
        {
            "village": d.village_uuid,
            "village_name": m.village_name,
            "title": d.title,
            "meeting_type": d.meeting_type.value,
            "held_on": iso_day(d.held_on),
            "place": d.place,
            "convened_by": d.convened_by,
            "chair": d.chair,
            "secretary": d.secretary,
            "notice_on": iso_day(d.notice_on),
            "households_total": d.households_total,
            "households_present": d.households_present,
            "minutes_sent_on": iso_day(d.minutes_sent_on),
            "recognized_on": iso_day(d.recognized_on),
            "recognized_by": d.recognized_by.value if d.recognized_by else None,
            "refused_on": iso_day(d.refused_on),
            "refusal_reason": d.refusal_reason,
            "outcome": m.outcome.value,
            "items": [
                {
                    "title": i.title,
                    "matter": i.matter.value,
                    "method": i.method.value,
                    "votes_for": i.votes_for,
                    "votes_against": i.votes_against,
                    "votes_other": i.votes_other,
                    "outcome": r.outcome.value,
                    "rule_code": r.rule_code.value,
                    "rule_params": dict(r.rule_params),
                    "takes_effect": r.takes_effect.value if r.takes_effect else None,
                }
                for i, r in zip(d.items, m.results, strict=True)
            ],
            "ballot": ballot,
            "minutes_text": d.minutes_text,
            "representatives": list(d.representatives),
            "counting_board": list(d.counting_board),
            "witnesses": list(d.witnesses),
        }
    )
    return out
