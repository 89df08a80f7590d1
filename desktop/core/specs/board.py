"""The declaration of the ``board`` kind: a Ban TTND (Law 10/2022/QH15 Arts. 36–40) or a Ban
GSĐTCĐ (Arts. 41–45) — DOMAIN.md §4.8, §4.9. Imported before ``oversight`` (120), which
cites it, and after the kinds declared with the default order 100 (``village``, ``meeting``,
whose uuids a member may cite)."""

from __future__ import annotations

from desktop.core.civic_counts import board_counts, board_search
from desktop.core.kinds import DEADLINES_AND_WARNINGS, ColumnSpec, FieldSpec, FieldType, KindSpec
from desktop.core.oversight_board import BoardType, MemberOrigin, MemberRole

F = FieldType

BOARD = KindSpec(
    name="board",
    section="civic",
    received_check=True,
    label="kind.board",
    plural="kind.board.plural",
    fields=(
        FieldSpec("title", F.TEXT, required=True, summary=True),
        FieldSpec("board_type", F.CHOICE, required=True, choices=tuple(t.value for t in BoardType)),
        FieldSpec("established_on", F.DATE, summary=True),
        FieldSpec("recognised_on", F.DATE),
        FieldSpec("term_start", F.DATE),
        FieldSpec("term_end", F.DATE),
        FieldSpec("villages_total", F.INT),
        FieldSpec("project", F.TEXT),
        FieldSpec("project_ref", F.TEXT),
        FieldSpec("investor", F.TEXT),
        FieldSpec("investor_notified_on", F.DATE),
        FieldSpec("supervision_starts_on", F.DATE),
        FieldSpec("dissolved_on", F.DATE),
        FieldSpec(
            "members",
            F.TABLE,
            columns=(
                FieldSpec("name", F.TEXT, required=True),
                FieldSpec("role", F.CHOICE, choices=tuple(r.value for r in MemberRole)),
                FieldSpec("village", F.REF, ref_kind="village"),
                FieldSpec("origin", F.CHOICE, choices=tuple(o.value for o in MemberOrigin)),
                FieldSpec("elected_at", F.REF, ref_kind="meeting"),
                FieldSpec("joined_on", F.DATE),
                FieldSpec("left_on", F.DATE),
                FieldSpec("permanent_resident", F.BOOL),
                FieldSpec("commune_staff", F.BOOL),
                FieldSpec("project_relative", F.BOOL),
            ),
        ),
        FieldSpec("members_active", F.COMPUTED, summary=True),
        FieldSpec("size_required", F.COMPUTED),
        *DEADLINES_AND_WARNINGS,
    ),
    columns=(
        ColumnSpec("title", width=34),
        ColumnSpec("board_type", width=30),
        ColumnSpec("project", width=24),
        ColumnSpec("members_active", width=24),
        ColumnSpec("term_end", width=16),
    ),
    title_field="title",
    board_state="board_type",
    day_field="established_on",
    search_text=board_search,
    board_counts=board_counts,
    rules="desktop.core.oversight_board",
    codec="desktop.core.board_json",
    has_events=False,
    import_order=110,
    empty="kind.board.empty",
)
