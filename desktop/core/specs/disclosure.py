"""The public disclosure kind (Law 10/2022/QH15 Arts. 11–14), CLI.md ``disclosure``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.kinds import ColumnSpec, FieldSpec, FieldType, KindSpec
from desktop.core.specs._text import join, objects, warning_codes
from desktop.core.value_labels import choices

F, T = FieldSpec, FieldType
# Warnings the board counts as late (Law Art. 13(2): made known or posted after the
# deadline) and as short postings (taken down early, or a posting place missing).
LATE_CODES = frozenset({"late", "overdue", "plan_overdue"})
SHORT_CODES = frozenset({"removed_early", "village_missing", "office_missing", "loudspeaker_short"})


def search_text(r: Mapping[str, Any]) -> tuple[str, str]:
    """The title, then the decision, who answers for it, the summary and the feedback."""
    feedback = [
        join([f.get("sender"), f.get("content"), f.get("answer")]) for f in objects(r, "feedback")
    ]
    return str(r.get("title") or ""), join(
        [r.get("decision_no"), r.get("responsible"), r.get("summary"), *feedback]
    )


def board_counts(r: Mapping[str, Any]) -> Mapping[str, int]:
    """One disclosure; late and short-posted ones are counted apart (Law Art. 13)."""
    codes = warning_codes(r)
    return {
        "disclosures": 1,
        "late": int(bool(codes & LATE_CODES)),
        "short_postings": int(bool(codes & SHORT_CODES)),
    }


POSTING = (
    F("location", T.TEXT),
    F("village", T.REF, ref_kind="village"),
    F("posted_on", T.DATE),
    F("removed_on", T.DATE),
)
ATTACHMENT = (
    F("sha256", T.CODE),
    F("name", T.TEXT),
    F("size", T.INT),
    F("media_type", T.CODE),
)
FEEDBACK = (
    F("received_on", T.DATE),
    F("sender", T.TEXT),
    F("content", T.LONG_TEXT),
    F("answered_on", T.DATE),
    F("answer", T.LONG_TEXT),
)

DISCLOSURE = KindSpec(
    name="disclosure",
    label="kind.disclosure",
    plural="kind.disclosure.plural",
    empty="kind.disclosure.empty",
    fields=(
        F(
            "category",
            T.CHOICE,
            required=True,
            summary=True,
            choices=choices("disclosure_category"),
            vocabulary="disclosure_category",
        ),
        F("title", T.TEXT, required=True, summary=True),
        F("summary", T.LONG_TEXT),
        F("decision_no", T.TEXT),
        F("decided_on", T.DATE, summary=True),
        F("deadline_on", T.DATE),
        F("responsible", T.TEXT),
        F(
            "forms",
            T.CHOICE,
            many=True,
            choices=choices("disclosure_form"),
            vocabulary="disclosure_form",
        ),
        F("postings", T.TABLE, columns=POSTING),
        F("broadcast_days", T.DATE, many=True),
        F("portal_url", T.TEXT),
        F("planned_on", T.DATE),
        F("attachments", T.TABLE, columns=ATTACHMENT),
        F("feedback", T.TABLE, columns=FEEDBACK),
        F("content_changed_on", T.DATE),
        F("permanent", T.BOOL, computed=True),
        F("posting_until", T.DATE, computed=True),
        F("due_on", T.DATE, computed=True),
        F(
            "status",
            T.CHOICE,
            computed=True,
            summary=True,
            choices=choices("disclosure_status"),
            vocabulary="disclosure_status",
        ),
        F("warnings", T.COMPUTED),
    ),
    columns=(
        ColumnSpec("decided_on", width=10),
        ColumnSpec("category", width=4),
        ColumnSpec("title", width=44),
        ColumnSpec("status", width=14),
    ),
    title_field="title",
    day_field="decided_on",
    state_field="status",
    search_text=search_text,
    board_counts=board_counts,
    rules="desktop.core.disclosures",
    codec="desktop.core.disclosure_json",
    import_order=40,
)
