"""Cases as record JSON (kind ``case``), read with field-named errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from desktop.core.cases import Case, CaseEvent, CaseType, EventType, Finding, status
from desktop.core.citizen_jsonio import boolean, iso, names, opt_choice, rows, text, value
from desktop.core.errors import FieldError, require
from desktop.core.jsonio import FieldReader, opt_day, opt_int
from desktop.core.next_deadline import NEXT_KEYS

CASE_FIELDS = (
    "case_type",
    "case_id",
    "received_day",
    "subject",
    "person_name",
    "person_address",
    "person_id_no",
    "person_contact",
    "signed",
    "letter",
    "complex",
    "complex_reason",
    "especially_complex",
    "criteria",
    "remote_area",
    "remote_reason",
    "resolution_days",
    "known_on",
    "notified_on",
    "conclusion_handled_on",
    "forwarded_by_deputy",
    "forwarder_reported_on",
    "events",
)
EVENT_FIELDS = ("type", "on", "ref_no", "days", "finding", "note", "sent_on")
CASE_COMPUTED = ("status", "deadlines", "accepted_on", "settled_on", "on_time", *NEXT_KEYS)


def event_from_json(obj: Mapping[str, Any], prefix: str, errors: list[FieldError]) -> CaseEvent:
    """One life-cycle step (``sodanchu event case`` reads the same object)."""
    r = FieldReader(obj, prefix=prefix)
    r.refuse_unknown(EVENT_FIELDS)
    if "type" not in obj:
        r.errors.append(FieldError(f"{prefix}type", "required"))
    event = CaseEvent(
        type=r.choice("type", EventType, EventType.ACCEPTED),
        on=r.day("on"),
        ref_no=text(r, "ref_no", ""),
        days=opt_int(r, "days", None),
        finding=opt_choice(r, "finding", Finding, None),
        note=text(r, "note", ""),
        sent_on=r.day("sent_on"),
    )
    errors.extend(r.errors)
    return event


def case_from_json(obj: Mapping[str, Any], base: Case | None = None) -> Case:
    """Read a case; on update, fields absent keep ``base``'s values (``events`` replaced
    whole when given).

    Raises:
        ValidationError: a field has the wrong type or is unknown.
    """
    r = FieldReader(obj)
    r.refuse_unknown(CASE_FIELDS, computed=CASE_COMPUTED)
    if base is None and "case_type" not in obj:
        r.errors.append(FieldError("case_type", "required"))
    b = base or Case(case_type=CaseType.COMPLAINT)
    data = replace(
        b,
        case_type=r.choice("case_type", CaseType, b.case_type),
        case_id=text(r, "case_id", b.case_id),
        received_day=opt_day(r, "received_day", b.received_day),
        subject=text(r, "subject", b.subject),
        person_name=text(r, "person_name", b.person_name),
        person_address=text(r, "person_address", b.person_address),
        person_id_no=text(r, "person_id_no", b.person_id_no),
        person_contact=text(r, "person_contact", b.person_contact),
        signed=boolean(r, "signed", b.signed),
        letter=text(r, "letter", b.letter),
        complex=boolean(r, "complex", b.complex),
        complex_reason=text(r, "complex_reason", b.complex_reason),
        especially_complex=boolean(r, "especially_complex", b.especially_complex),
        criteria=names(r, "criteria", b.criteria),
        remote_area=boolean(r, "remote_area", b.remote_area),
        remote_reason=text(r, "remote_reason", b.remote_reason),
        resolution_days=opt_int(r, "resolution_days", b.resolution_days),
        known_on=opt_day(r, "known_on", b.known_on),
        notified_on=opt_day(r, "notified_on", b.notified_on),
        conclusion_handled_on=opt_day(r, "conclusion_handled_on", b.conclusion_handled_on),
        forwarded_by_deputy=boolean(r, "forwarded_by_deputy", b.forwarded_by_deputy),
        forwarder_reported_on=opt_day(r, "forwarder_reported_on", b.forwarder_reported_on),
        events=rows(r, "events", event_from_json, b.events),
    )
    require(r.errors)
    return data


def event_to_json(e: CaseEvent) -> dict[str, Any]:
    return {
        "type": e.type.value,
        "on": iso(e.on),
        "ref_no": e.ref_no,
        "days": e.days,
        "finding": value(e.finding),
        "note": e.note,
        "sent_on": iso(e.sent_on),
    }


def case_to_json(c: Case) -> dict[str, Any]:
    """The case's own fields (the caller adds the common and computed ones)."""
    return {
        "case_type": c.case_type.value,
        "case_id": c.case_id,
        "received_day": iso(c.received_day),
        "subject": c.subject,
        "person_name": c.person_name,
        "person_address": c.person_address,
        "person_id_no": c.person_id_no,
        "person_contact": c.person_contact,
        "signed": c.signed,
        "letter": c.letter,
        "complex": c.complex,
        "complex_reason": c.complex_reason,
        "especially_complex": c.especially_complex,
        "criteria": list(c.criteria),
        "remote_area": c.remote_area,
        "remote_reason": c.remote_reason,
        "resolution_days": c.resolution_days,
        "known_on": iso(c.known_on),
        "notified_on": iso(c.notified_on),
        "conclusion_handled_on": iso(c.conclusion_handled_on),
        "forwarded_by_deputy": c.forwarded_by_deputy,
        "forwarder_reported_on": iso(c.forwarder_reported_on),
        "events": [event_to_json(e) for e in c.events],
        "status": value(status(c)),
        "accepted_on": iso(c.accepted_on),
        "settled_on": iso(c.settled_event.on if c.settled_event else None),
    }
