"""The declaration of the ``oversight`` kind: a board's inspection or supervision
(D59 Arts. 14, 18; Law 10/2022/QH15 Arts. 40, 45) — DOMAIN.md §4.8, §4.9."""

from __future__ import annotations

from desktop.core.civic_counts import oversight_counts, oversight_search
from desktop.core.kinds import (
    DEADLINES_AND_WARNINGS,
    NEXT_DEADLINE_COLUMN,
    NEXT_DEADLINE_FIELD,
    ColumnSpec,
    FieldSpec,
    FieldType,
    KindSpec,
)
from desktop.core.oversight import Activity, RecommendationState, ReportPeriod

F = FieldType

OVERSIGHT = KindSpec(
    name="oversight",
    section="civic",
    received_check=True,
    label="kind.oversight",
    plural="kind.oversight.plural",
    fields=(
        FieldSpec("title", F.TEXT, required=True, summary=True),
        FieldSpec("board", F.REF, required=True, ref_kind="board", summary=True),
        FieldSpec("activity", F.CHOICE, required=True, choices=tuple(a.value for a in Activity)),
        FieldSpec("subject", F.TEXT, label="oversight_subject"),
        FieldSpec("plan_sent_on", F.DATE),
        FieldSpec("starts_on", F.DATE, summary=True),
        FieldSpec("ends_on", F.DATE),
        FieldSpec("findings", F.LONG_TEXT),
        FieldSpec("cases_verified", F.INT),
        FieldSpec("violations", F.INT),
        FieldSpec(
            "recommendations",
            F.TABLE,
            columns=(
                FieldSpec("content", F.LONG_TEXT, required=True),
                FieldSpec("countersigned_on", F.DATE),
                FieldSpec("sent_on", F.DATE),
                FieldSpec("ubnd_received_on", F.DATE),
                FieldSpec("answered_on", F.DATE),
                FieldSpec("answer", F.LONG_TEXT),
                FieldSpec(
                    "state",
                    F.CHOICE,
                    computed=True,
                    choices=tuple(s.value for s in RecommendationState),
                    vocabulary="recommendation_state",
                ),
            ),
        ),
        FieldSpec(
            "reports",
            F.TABLE,
            columns=(
                FieldSpec("period", F.CHOICE, choices=tuple(p.value for p in ReportPeriod)),
                FieldSpec("period_end", F.DATE, required=True),
                FieldSpec("sent_on", F.DATE),
            ),
        ),
        NEXT_DEADLINE_FIELD,
        *DEADLINES_AND_WARNINGS,
    ),
    columns=(
        ColumnSpec("starts_on", width=12),
        ColumnSpec("title", width=36),
        ColumnSpec("activity", width=22),
        ColumnSpec("violations", width=18),
        ColumnSpec("recommendations", width=14),
        NEXT_DEADLINE_COLUMN,
    ),
    title_field="title",
    board_state="activity",
    day_field="starts_on",
    search_text=oversight_search,
    board_counts=oversight_counts,
    rules="desktop.core.oversight",
    codec="desktop.core.oversight_json",
    has_events=True,
    import_order=120,
    empty="kind.oversight.empty",
    # Each event sets a day; a row event sets a day of one recommendation (by its number).
    extra={
        "events": {"plan_sent": "plan_sent_on", "started": "starts_on", "ended": "ends_on"},
        "row_events": {
            "countersigned": ("recommendations", "countersigned_on"),
            "sent": ("recommendations", "sent_on"),
            "received": ("recommendations", "ubnd_received_on"),
            "answered": ("recommendations", "answered_on"),
        },
        # What a row event may set besides its day (the window's step dialog offers them).
        "row_event_fields": {"answered": ("answer",)},
    },
)
