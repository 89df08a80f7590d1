"""The village meeting kind (Law Arts. 15–24; D59 Arts. 3–5), CLI.md ``meeting``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.kinds import ColumnSpec, FieldSpec, FieldType, KindSpec
from desktop.core.specs._text import join, objects
from desktop.core.value_labels import choices

F, T = FieldSpec, FieldType


def search_text(r: Mapping[str, Any]) -> tuple[str, str]:
    """The title, then the village, place, matters, people and minutes."""
    items = [i.get("title") for i in objects(r, "items")]
    people = [r.get(k) for k in ("chair", "secretary", "convened_by")]
    minutes = [r.get("minutes_text"), r.get("refusal_reason")]
    return str(r.get("title") or ""), join(
        [r.get("village_name"), r.get("place"), *items, *people, *minutes]
    )


def board_counts(r: Mapping[str, Any]) -> Mapping[str, int]:
    """One meeting, and its matters passed and failed (Law Art. 22 outcomes)."""
    items = objects(r, "items")
    return {
        "meetings": 1,
        "items_passed": sum(1 for i in items if i.get("outcome") == "passed"),
        "items_failed": sum(1 for i in items if i.get("outcome") == "failed"),
    }


ITEM = (
    F("title", T.TEXT, required=True),
    F("matter", T.CHOICE, required=True, choices=choices("matter")),
    F("method", T.CHOICE, required=True, choices=choices("method")),
    F("votes_for", T.INT),
    F("votes_against", T.INT),
    F("votes_other", T.INT),
    F(
        "outcome",
        T.CHOICE,
        computed=True,
        choices=choices("item_outcome"),
        vocabulary="item_outcome",
    ),
    F("rule", T.COMPUTED),
    F("rule_code", T.CHOICE, computed=True, choices=choices("rule_code")),
    F("takes_effect", T.CHOICE, computed=True, choices=choices("takes_effect")),
)
BALLOT = (
    F("papers_issued", T.INT),
    F("papers_returned", T.INT),
    F("announced_on", T.DATE),
    F("deadline_on", T.DATE, label="ballot.deadline_on"),
    F("after_failed_meeting", T.REF, ref_kind="meeting"),
)

MEETING = KindSpec(
    name="meeting",
    label="kind.meeting",
    plural="kind.meeting.plural",
    empty="kind.meeting.empty",
    fields=(
        F("village", T.REF, required=True, ref_kind="village", summary=True),
        F("village_name", T.TEXT, computed=True, label="village"),
        F("title", T.TEXT, required=True, summary=True),
        F("meeting_type", T.CHOICE, choices=choices("meeting_type")),
        F("held_on", T.DATE, summary=True),
        F("place", T.TEXT),
        F("convened_by", T.TEXT),
        F("chair", T.TEXT),
        F("secretary", T.TEXT),
        F("notice_on", T.DATE),
        F("households_total", T.INT),
        F("households_present", T.INT),
        F("minutes_sent_on", T.DATE),
        F("recognized_on", T.DATE),
        F("recognized_by", T.CHOICE, choices=choices("recognized_by")),
        F("refused_on", T.DATE),
        F("refusal_reason", T.LONG_TEXT),
        F(
            "outcome",
            T.CHOICE,
            computed=True,
            summary=True,
            choices=choices("meeting_outcome"),
            vocabulary="meeting_outcome",
        ),
        F("items", T.TABLE, columns=ITEM),
        F("ballot", T.OBJECT, columns=BALLOT),
        F("minutes_text", T.LONG_TEXT),
        F("representatives", T.NAMES),
        F("counting_board", T.NAMES),
        F("witnesses", T.NAMES),
        F("warnings", T.COMPUTED),
    ),
    columns=(
        ColumnSpec("held_on", width=10),
        ColumnSpec("village_name", label="village", width=20),
        ColumnSpec("title", width=40),
        ColumnSpec("outcome", width=12),
    ),
    title_field="title",
    day_field="held_on",
    village_field="village",
    state_field="outcome",
    board_state="meeting_type",
    search_text=search_text,
    board_counts=board_counts,
    rules="desktop.core.meetings",
    codec="desktop.core.meeting_json",
    mirrored=True,
    import_order=20,
)
