"""Oversight boards as record JSON (kind ``board``), and what is computed on them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.core.civic import DEFAULT_SETTINGS, CivicSettings
from desktop.core.civic_json import day_json, flag, opt_text, rows
from desktop.core.errors import require
from desktop.core.jsonio import FieldReader, opt_day, opt_int
from desktop.core.oversight_board import (
    Board,
    BoardMember,
    BoardType,
    MemberOrigin,
    MemberRole,
    board_errors,
    board_warnings,
    investor_notice_by,
    required_size,
)

KIND = "board"
BOARD_FIELDS = (
    "title",
    "board_type",
    "established_on",
    "recognised_on",
    "term_start",
    "term_end",
    "villages_total",
    "project",
    "project_ref",
    "investor",
    "investor_notified_on",
    "supervision_starts_on",
    "dissolved_on",
    "members",
)
BOARD_COMPUTED = ("members_active", "size_required", "deadlines")
MEMBER_FIELDS = (
    "name",
    "role",
    "village",
    "origin",
    "elected_at",
    "joined_on",
    "left_on",
    "permanent_resident",
    "commune_staff",
    "project_relative",
)


def _member(r: FieldReader) -> BoardMember:
    return BoardMember(
        name=opt_text(r, "name", ""),
        role=r.choice("role", MemberRole, MemberRole.MEMBER),
        village_uuid=opt_text(r, "village", ""),
        origin=r.choice("origin", MemberOrigin, MemberOrigin.RESIDENT),
        elected_at=opt_text(r, "elected_at", ""),
        joined_on=opt_day(r, "joined_on", None),
        left_on=opt_day(r, "left_on", None),
        permanent_resident=flag(r, "permanent_resident", True),
        commune_staff=flag(r, "commune_staff", False),
        project_relative=flag(r, "project_relative", False),
    )


def board_from_json(
    obj: Mapping[str, Any],
    today: date,
    base: Board | None = None,
    settings: CivicSettings = DEFAULT_SETTINGS,
) -> Board:
    """Read a board; on update, absent fields keep ``base``'s values.

    Raises:
        ValidationError: wrong type, unknown field, or a rule of :func:`board_errors`.
    """
    s = base or Board(title="")
    r = FieldReader(obj)
    r.refuse_unknown(BOARD_FIELDS, computed=BOARD_COMPUTED)
    data = replace(
        s,
        title=opt_text(r, "title", s.title),
        board_type=r.choice("board_type", BoardType, s.board_type),
        established_on=opt_day(r, "established_on", s.established_on),
        recognised_on=opt_day(r, "recognised_on", s.recognised_on),
        term_start=opt_day(r, "term_start", s.term_start),
        term_end=opt_day(r, "term_end", s.term_end),
        villages_total=opt_int(r, "villages_total", s.villages_total),
        project=opt_text(r, "project", s.project),
        project_ref=opt_text(r, "project_ref", s.project_ref),
        investor=opt_text(r, "investor", s.investor),
        investor_notified_on=opt_day(r, "investor_notified_on", s.investor_notified_on),
        supervision_starts_on=opt_day(r, "supervision_starts_on", s.supervision_starts_on),
        dissolved_on=opt_day(r, "dissolved_on", s.dissolved_on),
        members=rows(r, "members", _member, s.members, MEMBER_FIELDS),
    )
    require(r.errors)
    require(board_errors(data, today, settings))
    return data


def board_to_json(
    b: Board, today: date, settings: CivicSettings = DEFAULT_SETTINGS
) -> dict[str, Any]:
    notice = investor_notice_by(b, settings)
    return {
        "kind": KIND,
        "title": b.title,
        "board_type": b.board_type.value,
        "established_on": day_json(b.established_on),
        "recognised_on": day_json(b.recognised_on),
        "term_start": day_json(b.term_start),
        "term_end": day_json(b.term_end),
        "villages_total": b.villages_total,
        "project": b.project,
        "project_ref": b.project_ref,
        "investor": b.investor,
        "investor_notified_on": day_json(b.investor_notified_on),
        "supervision_starts_on": day_json(b.supervision_starts_on),
        "dissolved_on": day_json(b.dissolved_on),
        "members": [
            {
                "name": m.name,
                "role": m.role.value,
                "village": m.village_uuid,
                "origin": m.origin.value,
                "elected_at": m.elected_at,
                "joined_on": day_json(m.joined_on),
                "left_on": day_json(m.left_on),
                "permanent_resident": m.permanent_resident,
                "commune_staff": m.commune_staff,
                "project_relative": m.project_relative,
            }
            for m in b.members
        ],
        "members_active": len(b.active_members(today)),
        "size_required": required_size(b, settings),
        "deadlines": [notice.to_json()] if notice and b.investor_notified_on is None else [],
        "warnings": [w.to_json() for w in board_warnings(b, today, settings)],
    }
