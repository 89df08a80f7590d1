"""The declaration of the ``reception`` kind: a citizen reception session and its visits,
the rows of the reception book (TT04 Mẫu 03; DOMAIN.md §4.1; rules in
:mod:`desktop.core.reception`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.kinds import (
    NEXT_DEADLINE_COLUMN,
    NEXT_DEADLINE_FIELD,
    ColumnSpec,
    FieldSpec,
    FieldType,
    KindSpec,
    Record,
)
from desktop.core.reception import (
    MatterType,
    PresiderRole,
    RefusalGround,
    SessionForm,
    SessionKind,
    VisitHandling,
)

T = FieldType


def _codes(enum: Any) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


VISIT_COLUMNS = (
    FieldSpec("seq", T.INT),
    FieldSpec("on", T.DATE, label="visit_on"),
    # Who came: confidential — a visitor may be a denouncer (LTCD Art. 3(2)).
    FieldSpec("name", T.TEXT, required=True, label="visitor_name", confidential=True),
    FieldSpec("address", T.TEXT, required=True, confidential=True),
    FieldSpec("id_no", T.CODE, confidential=True),
    FieldSpec("summary", T.LONG_TEXT),
    FieldSpec("matter_type", T.CHOICE, choices=_codes(MatterType)),
    FieldSpec("people", T.INT),
    FieldSpec("group_representatives", T.NAMES, confidential=True),
    FieldSpec("decided_by", T.TEXT),
    FieldSpec(
        "handling",
        T.CHOICE,
        label="visit_handling",
        vocabulary="visit_handling",
        choices=_codes(VisitHandling),
    ),
    FieldSpec("handled_to", T.TEXT),
    FieldSpec("letter_no", T.CODE),
    FieldSpec("refusal_ground", T.CHOICE, choices=_codes(RefusalGround)),
    FieldSpec("documents_received", T.LONG_TEXT),
    FieldSpec("answered_on", T.DATE),
    FieldSpec("result", T.LONG_TEXT),
    FieldSpec("note", T.TEXT),
    FieldSpec("case_id", T.CODE),
)

FIELDS = (
    FieldSpec("session_on", T.DATE, required=True, summary=True),
    FieldSpec("session_kind", T.CHOICE, required=True, choices=_codes(SessionKind), summary=True),
    FieldSpec("form", T.CHOICE, label="reception_form", choices=_codes(SessionForm)),
    FieldSpec("place", T.TEXT),
    FieldSpec("presided_by", T.TEXT, summary=True),
    FieldSpec("presider_role", T.CHOICE, choices=_codes(PresiderRole)),
    FieldSpec("chairman_in_person", T.BOOL),
    FieldSpec("staff", T.NAMES),
    FieldSpec("schedule_posted_on", T.DATE),
    FieldSpec("postponed_from", T.DATE),
    FieldSpec("visits", T.TABLE, columns=VISIT_COLUMNS),
    FieldSpec("visit_count", T.COMPUTED),
    FieldSpec("people_count", T.COMPUTED),
    NEXT_DEADLINE_FIELD,
    FieldSpec("deadlines", T.COMPUTED),
    FieldSpec("warnings", T.COMPUTED),
)

COLUMNS = (
    ColumnSpec("session_on", width=11),
    ColumnSpec("session_kind", width=12),
    ColumnSpec("presided_by", width=22),
    ColumnSpec("place", width=20),
    ColumnSpec("visit_count", width=8),
    ColumnSpec("people_count", width=8),
    NEXT_DEADLINE_COLUMN,
)


def _visits(record: Record) -> list[Mapping[str, Any]]:
    rows = record.get("visits") or []
    return [v for v in rows if isinstance(v, Mapping)]


def search_text(record: Record) -> tuple[str, str]:
    """Title: the day and kind; body: the matters' summaries and handling — never who came."""
    title = f"{record.get('session_on') or ''} {record.get('place') or ''}".strip()
    body = " ".join(
        str(v.get(k) or "")
        for v in _visits(record)
        for k in ("summary", "decided_by", "handled_to", "letter_no", "case_id", "result")
    )
    return title, " ".join(body.split())


def board_counts(record: Record) -> Mapping[str, int]:
    """What a session adds to its unit's §4.10 reception figures (matters first-time or
    repeated need the history: :func:`desktop.core.citizen_stats.reception_stats`)."""
    visits = _visits(record)
    people = [int(v.get("people") or 0) for v in visits]
    chairman = (
        record.get("session_kind") == SessionKind.PERIODIC.value
        and record.get("presider_role") == PresiderRole.CHAIRMAN.value
        and bool(record.get("chairman_in_person"))
    )
    return {
        "reception_sessions": 1,
        "reception_visits": len(visits),
        "reception_people": sum(people),
        "reception_groups": sum(1 for p in people if p >= 5),
        "reception_group_people": sum(p for p in people if p >= 5),
        "reception_chairman_sessions": int(chairman),
    }


RECEPTION = KindSpec(
    name="reception",
    section="citizen",
    received_check=True,
    label="kind.reception",
    plural="kind.reception.plural",
    fields=FIELDS,
    columns=COLUMNS,
    title_field="session_on",
    day_field="session_on",
    search_text=search_text,
    board_counts=board_counts,
    rules="desktop.core.reception",
    codec="desktop.core.reception_json",
    import_order=60,
    empty="kind.reception.empty",
)
