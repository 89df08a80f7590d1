"""The declaration of the ``consultation`` kind (Law 10/2022/QH15 Arts. 25–28; DOMAIN.md §4.6)."""

from __future__ import annotations

from desktop.core.civic_counts import consultation_counts, consultation_search
from desktop.core.consultation import ConsultationForm, ConsultationState, ConsultationTopic
from desktop.core.kinds import (
    DEADLINES_AND_WARNINGS,
    NEXT_DEADLINE_COLUMN,
    NEXT_DEADLINE_FIELD,
    ColumnSpec,
    FieldSpec,
    FieldType,
    KindSpec,
)

F = FieldType

CONSULTATION = KindSpec(
    name="consultation",
    section="civic",
    received_check=True,
    label="kind.consultation",
    plural="kind.consultation.plural",
    fields=(
        FieldSpec("title", F.TEXT, required=True, summary=True),
        FieldSpec(
            "topic", F.CHOICE, required=True, choices=tuple(t.value for t in ConsultationTopic)
        ),
        FieldSpec(
            "consultation_forms",
            F.CHOICE,
            required=True,
            many=True,
            choices=tuple(f.value for f in ConsultationForm),
        ),
        FieldSpec("plan_content", F.LONG_TEXT),
        FieldSpec("plan_method", F.TEXT),
        FieldSpec("plan_timeline", F.TEXT),
        FieldSpec("plan_responsible", F.TEXT),
        FieldSpec("plan_sent_on", F.DATE),
        FieldSpec("published_on", F.DATE, summary=True),
        FieldSpec("closes_on", F.DATE, summary=True),
        FieldSpec("sector_days", F.INT),
        FieldSpec("sector_reason", F.TEXT),
        FieldSpec(
            "opinions",
            F.TABLE,
            columns=(
                FieldSpec(
                    "channel",
                    F.CHOICE,
                    choices=tuple(f.value for f in ConsultationForm),
                    vocabulary="consultation_forms",
                ),
                FieldSpec("count", F.INT),
            ),
        ),
        FieldSpec("synthesis", F.LONG_TEXT),
        FieldSpec("explanation", F.LONG_TEXT),
        FieldSpec("synthesised_on", F.DATE),
        FieldSpec("results_published_on", F.DATE),
        FieldSpec("hdnd_session", F.TEXT),
        FieldSpec("reported_on", F.DATE),
        FieldSpec("mttq_sent_on", F.DATE),
        FieldSpec("disclosure", F.REF, ref_kind="disclosure"),
        FieldSpec(
            "status",
            F.CHOICE,
            computed=True,
            choices=tuple(s.value for s in ConsultationState),
            summary=True,
        ),
        FieldSpec("opinions_total", F.COMPUTED),
        NEXT_DEADLINE_FIELD,
        *DEADLINES_AND_WARNINGS,
    ),
    columns=(
        ColumnSpec("title", width=34),
        ColumnSpec("topic", width=24),
        ColumnSpec("published_on", width=20),
        ColumnSpec("closes_on", width=20),
        ColumnSpec("opinions_total", width=13),
        ColumnSpec("status", width=22),
        NEXT_DEADLINE_COLUMN,
    ),
    title_field="title",
    day_field="published_on",
    state_field="status",
    search_text=consultation_search,
    board_counts=consultation_counts,
    rules="desktop.core.consultation",
    codec="desktop.core.consultation_json",
    has_events=True,
    import_order=110,
    empty="kind.consultation.empty",
    # The life cycle (DOMAIN.md §4.6) is read from these days: each event sets its day.
    extra={
        "events": {
            "plan_sent": "plan_sent_on",
            "opened": "published_on",
            "closed": "closes_on",
            "synthesised": "synthesised_on",
            "published": "results_published_on",
            "reported": "reported_on",
        }
    },
)
