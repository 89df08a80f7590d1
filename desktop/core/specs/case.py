"""The declaration of the ``case`` kind: a complaint or denunciation the chairman accepted,
with its life cycle as events (DOMAIN.md §4.3, §4.4; rules in :mod:`desktop.core.cases`
and :mod:`desktop.core.case_deadlines`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.cases import D31_CRITERIA, CaseStatus, CaseType, EventType, Finding
from desktop.core.kinds import (
    NEXT_DEADLINE_COLUMN,
    NEXT_DEADLINE_FIELD,
    ColumnSpec,
    FieldSpec,
    FieldType,
    KindSpec,
    Record,
)

T = FieldType


def _codes(enum: Any) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


EVENT_COLUMNS = (
    FieldSpec(
        "type",
        T.CHOICE,
        required=True,
        label="event_type",
        vocabulary="event_type",
        choices=_codes(EventType),
    ),
    FieldSpec("on", T.DATE, required=True),
    FieldSpec("ref_no", T.CODE),
    FieldSpec("days", T.INT, label="extension_days"),
    FieldSpec("finding", T.CHOICE, choices=_codes(Finding)),
    FieldSpec("note", T.TEXT),
    FieldSpec("sent_on", T.DATE, label="decision_sent_on"),
)

FIELDS = (
    FieldSpec("case_type", T.CHOICE, required=True, choices=_codes(CaseType), summary=True),
    FieldSpec("case_id", T.CODE, summary=True),
    FieldSpec("received_day", T.DATE, required=True),
    FieldSpec("subject", T.LONG_TEXT, required=True),
    # The complainant's or denouncer's identity: confidential (LTCD Art. 3(2), LTC Art. 47).
    FieldSpec("person_name", T.TEXT, confidential=True),
    FieldSpec("person_address", T.TEXT, confidential=True),
    FieldSpec("person_id_no", T.CODE, confidential=True),
    FieldSpec("person_contact", T.TEXT, confidential=True),
    FieldSpec("signed", T.BOOL),
    FieldSpec("letter", T.REF, ref_kind="letter"),
    FieldSpec("complex", T.BOOL),
    FieldSpec("complex_reason", T.LONG_TEXT),
    FieldSpec("especially_complex", T.BOOL),
    FieldSpec(
        "criteria",
        T.CHOICE,
        many=True,
        label="d31_criteria",
        vocabulary="d31_criteria",
        choices=D31_CRITERIA,
    ),
    FieldSpec("remote_area", T.BOOL),
    FieldSpec("remote_reason", T.TEXT),
    FieldSpec("resolution_days", T.INT),
    FieldSpec("known_on", T.DATE),
    FieldSpec("notified_on", T.DATE),
    FieldSpec("conclusion_handled_on", T.DATE),
    FieldSpec("forwarded_by_deputy", T.BOOL),
    FieldSpec("forwarder_reported_on", T.DATE),
    FieldSpec("events", T.TABLE, columns=EVENT_COLUMNS),
    FieldSpec(
        "status",
        T.CHOICE,
        label="case_status",
        vocabulary="case_status",
        choices=_codes(CaseStatus),
        computed=True,
    ),
    FieldSpec("accepted_on", T.DATE, computed=True),
    FieldSpec("settled_on", T.DATE, computed=True),
    FieldSpec("on_time", T.BOOL, computed=True),
    NEXT_DEADLINE_FIELD,
    FieldSpec("deadlines", T.COMPUTED),
    FieldSpec("warnings", T.COMPUTED),
)

COLUMNS = (
    ColumnSpec("case_id", width=12),
    ColumnSpec("case_type", width=10),
    ColumnSpec("subject", width=36),
    ColumnSpec("accepted_on", width=11),
    ColumnSpec("status", label="case_status", width=15),
    NEXT_DEADLINE_COLUMN,
)


def search_text(record: Record) -> tuple[str, str]:
    """Title: the case id and type; body: the subject and the steps' numbers — never the
    complainant or denouncer."""
    title = f"{record.get('case_id') or ''} {record.get('case_type') or ''}".strip()
    refs = [
        str(e.get("ref_no") or "") for e in record.get("events") or [] if isinstance(e, Mapping)
    ]
    body = " ".join([str(record.get("subject") or ""), *refs])
    return title, " ".join(body.split())


def board_counts(record: Record) -> Mapping[str, int]:
    """What a case adds to its unit's §4.10 resolution figures (on time / late need the
    calendar: :func:`desktop.core.citizen_stats.case_stats`)."""
    kind = str(record.get("case_type") or "")
    events = [e for e in record.get("events") or [] if isinstance(e, Mapping)]
    settled = any(e.get("type") in ("decided", "concluded", "terminated") for e in events)
    return {
        "cases": 1,
        f"cases_{kind}": 1,
        "cases_settled": int(settled),
        f"cases_{kind}_settled": int(settled),
    }


CASE = KindSpec(
    name="case",
    section="citizen",
    received_check=True,
    label="kind.case",
    plural="kind.case.plural",
    fields=FIELDS,
    columns=COLUMNS,
    title_field="case_id",
    day_field="received_day",
    state_field="status",
    search_text=search_text,
    board_counts=board_counts,
    rules="desktop.core.cases",
    codec="desktop.core.case_json",
    has_events=True,
    import_order=62,
    empty="kind.case.empty",
)
