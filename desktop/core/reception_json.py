"""Reception sessions as record JSON (kind ``reception``), read with field-named errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from desktop.core.citizen_jsonio import boolean, iso, names, opt_choice, rows, text, value
from desktop.core.errors import FieldError, require
from desktop.core.jsonio import FieldReader, opt_day, opt_int
from desktop.core.next_deadline import NEXT_KEYS
from desktop.core.reception import (
    MatterType,
    PresiderRole,
    ReceptionSession,
    RefusalGround,
    SessionForm,
    SessionKind,
    Visit,
    VisitHandling,
)

RECEPTION_FIELDS = (
    "session_on",
    "session_kind",
    "form",
    "place",
    "presided_by",
    "presider_role",
    "chairman_in_person",
    "staff",
    "schedule_posted_on",
    "postponed_from",
    "visits",
)
VISIT_FIELDS = (
    "seq",
    "on",
    "name",
    "address",
    "id_no",
    "summary",
    "matter_type",
    "people",
    "group_representatives",
    "decided_by",
    "handling",
    "handled_to",
    "letter_no",
    "refusal_ground",
    "documents_received",
    "answered_on",
    "result",
    "note",
    "case_id",
)
RECEPTION_COMPUTED = ("deadlines", "visit_count", "people_count", *NEXT_KEYS)


def _visit(obj: Mapping[str, Any], prefix: str, errors: list[FieldError]) -> Visit:
    r = FieldReader(obj, prefix=prefix)
    r.refuse_unknown(VISIT_FIELDS)
    b = Visit()
    visit = Visit(
        seq=opt_int(r, "seq", b.seq),
        on=opt_day(r, "on", b.on),
        name=text(r, "name", b.name),
        address=text(r, "address", b.address),
        id_no=text(r, "id_no", b.id_no),
        summary=text(r, "summary", b.summary),
        matter_type=r.choice("matter_type", MatterType, b.matter_type),
        people=opt_int(r, "people", b.people) or 0,
        group_representatives=names(r, "group_representatives", b.group_representatives),
        decided_by=text(r, "decided_by", b.decided_by),
        handling=r.choice("handling", VisitHandling, b.handling),
        handled_to=text(r, "handled_to", b.handled_to),
        letter_no=text(r, "letter_no", b.letter_no),
        refusal_ground=opt_choice(r, "refusal_ground", RefusalGround, b.refusal_ground),
        documents_received=text(r, "documents_received", b.documents_received),
        answered_on=opt_day(r, "answered_on", b.answered_on),
        result=text(r, "result", b.result),
        note=text(r, "note", b.note),
        case_id=text(r, "case_id", b.case_id),
    )
    errors.extend(r.errors)
    return visit


def reception_from_json(
    obj: Mapping[str, Any], base: ReceptionSession | None = None
) -> ReceptionSession:
    """Read a session; on update, fields absent keep ``base``'s values (``visits`` is
    replaced whole when given).

    Raises:
        ValidationError: a field has the wrong type or is unknown.
    """
    b = base or ReceptionSession(session_on=None)
    r = FieldReader(obj)
    r.refuse_unknown(RECEPTION_FIELDS, computed=RECEPTION_COMPUTED)
    data = replace(
        b,
        session_on=opt_day(r, "session_on", b.session_on),
        kind=r.choice("session_kind", SessionKind, b.kind),
        form=r.choice("form", SessionForm, b.form),
        place=text(r, "place", b.place),
        presided_by=text(r, "presided_by", b.presided_by),
        presider_role=r.choice("presider_role", PresiderRole, b.presider_role),
        chairman_in_person=boolean(r, "chairman_in_person", b.chairman_in_person),
        staff=names(r, "staff", b.staff),
        schedule_posted_on=opt_day(r, "schedule_posted_on", b.schedule_posted_on),
        postponed_from=opt_day(r, "postponed_from", b.postponed_from),
        visits=rows(r, "visits", _visit, b.visits),
    )
    require(r.errors)
    return data


def visit_to_json(v: Visit) -> dict[str, Any]:
    return {
        "seq": v.seq,
        "on": iso(v.on),
        "name": v.name,
        "address": v.address,
        "id_no": v.id_no,
        "summary": v.summary,
        "matter_type": v.matter_type.value,
        "people": v.people,
        "group_representatives": list(v.group_representatives),
        "decided_by": v.decided_by,
        "handling": v.handling.value,
        "handled_to": v.handled_to,
        "letter_no": v.letter_no,
        "refusal_ground": value(v.refusal_ground),
        "documents_received": v.documents_received,
        "answered_on": iso(v.answered_on),
        "result": v.result,
        "note": v.note,
        "case_id": v.case_id,
    }


def reception_to_json(s: ReceptionSession) -> dict[str, Any]:
    """The session's own fields (the common ones and the computed ``deadlines`` are added
    by the caller)."""
    return {
        "session_on": iso(s.session_on),
        "session_kind": s.kind.value,
        "form": s.form.value,
        "place": s.place,
        "presided_by": s.presided_by,
        "presider_role": s.presider_role.value,
        "chairman_in_person": s.chairman_in_person,
        "staff": list(s.staff),
        "schedule_posted_on": iso(s.schedule_posted_on),
        "postponed_from": iso(s.postponed_from),
        "visits": [visit_to_json(v) for v in s.visits],
        "visit_count": len(s.visits),
        "people_count": sum(v.people for v in s.visits),
    }
