"""The declaration of the ``dialogue`` kind (Law 10/2022/QH15 Art. 32; DOMAIN.md §4.7)."""

from __future__ import annotations

from desktop.core.civic_counts import dialogue_counts, dialogue_search
from desktop.core.dialogue import CommitmentState, DialogueKind
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

DIALOGUE = KindSpec(
    name="dialogue",
    section="civic",
    received_check=True,
    label="kind.dialogue",
    plural="kind.dialogue.plural",
    fields=(
        FieldSpec("title", F.TEXT, required=True, summary=True),
        FieldSpec(
            "dialogue_kind", F.CHOICE, required=True, choices=tuple(k.value for k in DialogueKind)
        ),
        FieldSpec("held_on", F.DATE, required=True, summary=True),
        FieldSpec("place", F.TEXT),
        FieldSpec("chaired_by", F.NAMES),
        FieldSpec("with_mttq", F.BOOL),
        FieldSpec("attendance", F.INT),
        FieldSpec(
            "questions",
            F.TABLE,
            columns=(
                FieldSpec("asked_by", F.TEXT),
                FieldSpec("question", F.LONG_TEXT, required=True),
                FieldSpec("answer", F.LONG_TEXT),
                FieldSpec("answered_by", F.TEXT),
            ),
        ),
        FieldSpec(
            "commitments",
            F.TABLE,
            columns=(
                FieldSpec("content", F.TEXT, required=True),
                FieldSpec("owner", F.TEXT, required=True),
                FieldSpec("due_on", F.DATE, required=True),
                FieldSpec("done_on", F.DATE),
                FieldSpec(
                    "state",
                    F.CHOICE,
                    computed=True,
                    choices=tuple(s.value for s in CommitmentState),
                    vocabulary="commitment_state",
                ),
            ),
        ),
        FieldSpec("report_sent_on", F.DATE),
        FieldSpec("commitments_open", F.COMPUTED),
        FieldSpec("commitments_overdue", F.COMPUTED, summary=True),
        NEXT_DEADLINE_FIELD,
        *DEADLINES_AND_WARNINGS,
    ),
    columns=(
        ColumnSpec("held_on", width=11),
        ColumnSpec("title", width=36),
        ColumnSpec("dialogue_kind", width=22),
        ColumnSpec("attendance", width=12),
        ColumnSpec("commitments_open", width=20),
        ColumnSpec("commitments_overdue", width=14),
        NEXT_DEADLINE_COLUMN,
    ),
    title_field="title",
    day_field="held_on",
    search_text=dialogue_search,
    board_counts=dialogue_counts,
    rules="desktop.core.dialogue",
    codec="desktop.core.dialogue_json",
    has_events=False,
    import_order=110,
    empty="kind.dialogue.empty",
)
