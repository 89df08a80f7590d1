"""The village (thôn, tổ dân phố) kind: DOMAIN.md §0, CLI.md ``village``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.kinds import ColumnSpec, FieldSpec, FieldType, KindSpec
from desktop.core.specs._text import join
from desktop.core.value_labels import choices

F, T = FieldSpec, FieldType


def search_text(r: Mapping[str, Any]) -> tuple[str, str]:
    """The village's name, then its code and its head."""
    return str(r.get("name") or ""), join([r.get("code"), r.get("head_name")])


def board_counts(r: Mapping[str, Any]) -> Mapping[str, int]:
    """Villages add nothing to the receiving board's figures (it counts units by bundle)."""
    return {}


VILLAGE = KindSpec(
    name="village",
    label="kind.village",
    plural="kind.village.plural",
    empty="kind.village.empty",
    fields=(
        F("code", T.CODE, required=True, summary=True),
        F("name", T.TEXT, required=True, summary=True),
        F("village_type", T.CHOICE, choices=choices("village_type")),
        F("head_name", T.TEXT),
        F("households_total", T.INT),
        F("households_as_of", T.DATE),
        F("retired_on", T.DATE),
        F(
            "households_history",
            T.TABLE,
            computed=True,
            columns=(F("counted_on", T.DATE), F("households", T.INT)),
        ),
        F("warnings", T.COMPUTED),
    ),
    columns=(
        ColumnSpec("code", width=8),
        ColumnSpec("name", width=28),
        ColumnSpec("households_total", width=6, unit="households"),
        ColumnSpec("households_as_of", width=10),
        ColumnSpec("head_name", width=20),
        ColumnSpec("retired_on", width=10),
    ),
    title_field="name",
    day_field="households_as_of",
    search_text=search_text,
    board_counts=board_counts,
    rules="desktop.core.villages",
    codec="desktop.core.villages",
    import_order=10,
)
