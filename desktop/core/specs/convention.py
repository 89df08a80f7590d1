"""The hương ước / quy ước kind (Decree 61/2023/NĐ-CP), CLI.md ``convention``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.kinds import ColumnSpec, FieldSpec, FieldType, KindSpec
from desktop.core.specs._text import join, objects
from desktop.core.value_labels import choices

F, T = FieldSpec, FieldType
# The board counts conventions by these states; any other is "other" (D61 Art. 16 figures).
BOARD_STATES = ("in_force", "suspended", "abolished", "superseded")


def search_text(r: Mapping[str, Any]) -> tuple[str, str]:
    """The title, then the village, the proposer, the text and its ethnic-language version."""
    body = r.get("text") or ""
    if not body:  # the articles are parsed from the text; without it, take them
        body = join(join([a.get("title"), a.get("text")]) for a in objects(r, "articles"))
    return str(r.get("title") or ""), join(
        [r.get("village_name"), r.get("proposer"), body, r.get("ethnic_text")]
    )


def board_counts(r: Mapping[str, Any]) -> Mapping[str, int]:
    """One convention, counted under its state (in force, suspended, ... or other)."""
    state = str(r.get("status") or "")
    return {state if state in BOARD_STATES else "other_conventions": 1}


OPINION = (F("sender", T.TEXT), F("content", T.LONG_TEXT), F("handling", T.LONG_TEXT))
EVENT = (
    F(
        "type",
        T.CHOICE,
        required=True,
        choices=choices("convention_event"),
        vocabulary="convention_event",
    ),
    F("on", T.DATE, required=True),
    F("until", T.DATE),
    F("meeting", T.REF, ref_kind="meeting"),
    F("decision_no", T.TEXT),
    F("signer", T.TEXT),
    F("reason", T.LONG_TEXT),
    F("part", T.TEXT),
    F("households_supporting", T.INT),
    F("households_total", T.INT),
    F("opinions", T.TABLE, columns=OPINION),
    F("note", T.LONG_TEXT),
    F("successor", T.REF, ref_kind="convention"),
)
ARTICLE = (
    F("number", T.INT),
    F("title", T.TEXT),
    F("text", T.LONG_TEXT),
    F("chapter", T.TEXT),
    F("chapter_title", T.TEXT),
)

CONVENTION = KindSpec(
    name="convention",
    label="kind.convention",
    plural="kind.convention.plural",
    empty="kind.convention.empty",
    fields=(
        F("village", T.REF, required=True, ref_kind="village", summary=True),
        F("village_name", T.TEXT, computed=True, label="village"),
        F(
            "convention_type",
            T.CHOICE,
            required=True,
            choices=choices("convention_type"),
        ),
        F("title", T.TEXT, required=True, summary=True),
        F("text", T.LONG_TEXT),
        F("preamble", T.LONG_TEXT, computed=True),
        F("articles", T.TABLE, computed=True, columns=ARTICLE),
        F("ethnic_text", T.LONG_TEXT),
        F("drafting_team", T.NAMES),
        F("proposer", T.TEXT),
        F("citizen_initiative", T.BOOL),
        F("supersedes", T.REF, ref_kind="convention"),
        F("review_day", T.TEXT),
        F("events", T.TABLE, columns=EVENT),
        F(
            "status",
            T.CHOICE,
            computed=True,
            summary=True,
            choices=choices("convention_status"),
            vocabulary="convention_status",
        ),
        F("effective_from", T.DATE, computed=True, summary=True),
        F("next_review_on", T.DATE, computed=True),
        F(
            "allowed_events",
            T.CHOICE,
            computed=True,
            many=True,
            choices=choices("convention_event"),
            vocabulary="convention_event",
        ),
        F("warnings", T.COMPUTED),
    ),
    columns=(
        ColumnSpec("village_name", label="village", width=20),
        ColumnSpec("title", width=44),
        ColumnSpec("status", width=18),
        ColumnSpec("effective_from", width=10),
    ),
    title_field="title",
    day_field="effective_from",
    village_field="village",
    state_field="status",
    search_text=search_text,
    board_counts=board_counts,
    rules="desktop.core.conventions",
    codec="desktop.core.convention_json",
    has_events=True,
    mirrored=True,
    import_order=30,
)
