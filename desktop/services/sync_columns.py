"""The columns the receiving level keeps beside each record received (``child_records``):
taken from the snapshot once at import, as the kind's declaration says, so the board groups
and counts without reading any JSON (BUNDLE.md, docs/sync.md "The board")."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.core.kinds import KindSpec
from desktop.core.snapshot_counts import report_facts
from desktop.services.registry import KINDS

# A counter one received record adds to the board: more is a hostile or broken snapshot
# (and would not fit the database's integer column).
MAX_COUNT = 1_000_000


def _counts(spec: KindSpec | None, record: Mapping[str, Any]) -> dict[str, int]:
    """The board's counters of one received snapshot, by its declaration. A signed but
    malformed snapshot (text where a number belongs, absurd numbers) adds nothing rather
    than stopping the import: the records are kept read-only as sent."""
    if spec is None or spec.board_counts is None:
        return {}
    try:
        found = dict(spec.board_counts(record))
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError):
        return {}
    return {
        str(name): value
        for name, value in found.items()
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_COUNT
    }


def facts_column(record: Mapping[str, Any]) -> str:
    """The period report's facts of a snapshot as JSON ("" when it reads none of it): kept
    in ``child_report_facts`` (storage/sync_imports.py: insert_child_records)."""
    try:
        facts = report_facts(record)
    except (TypeError, ValueError, AttributeError, KeyError):
        return ""  # a hostile snapshot: the report reads its whole JSON (and skips it)
    return json.dumps(facts, ensure_ascii=False, separators=(",", ":")) if facts else ""


def extract_columns(record: Mapping[str, Any]) -> dict[str, Any]:
    """Title, village, day, state and the board's counters of one received snapshot.

    A kind no declaration knows gets the plain columns only (a newer sender's kind).
    """
    kind = str(record.get("kind") or "")
    spec = KINDS.get(kind) if kind in KINDS else None
    codes = {str(w.get("code")) for w in record.get("warnings") or [] if isinstance(w, dict)}
    title_key = spec.title_field if spec else "title"
    village = record.get(spec.village_field) if spec and spec.village_field else None
    day_key = (spec.day_field if spec else "") or "households_as_of"
    state_key = (spec.board_state or spec.state_field) if spec else ""
    counts = _counts(spec, record)
    out: dict[str, Any] = {
        "title": str(record.get(title_key) or record.get("name") or "")[:300],
        "village_uuid": village if isinstance(village, str) else None,
        "on_date": None,
        "state": str(record.get(state_key) or "")[:20] if state_key else "",
        "items_passed": counts.get("items_passed", 0),
        "items_failed": counts.get("items_failed", 0),
        "late": bool(counts.get("late", 0)),
        "short_posting": bool(counts.get("short_postings", 0)),
        "warning_count": len(codes),
    }
    try:
        day = record.get(day_key)
        out["on_date"] = date.fromisoformat(str(day)) if day else None
    except ValueError:
        out["on_date"] = None
    return out


# The counters whose per-record values the import keeps in a column of its own (the board
# adds these columns up); any other counter a kind declares counts its records (1 each).
SUMMED = {
    "items_passed": 0,
    "items_failed": 1,
    "late": 2,
    "short_postings": 3,
}


def board_kinds() -> tuple[str, ...]:
    """The kinds that add anything to the board (a village adds nothing: its records are
    not grouped at all, which a province with a hundred thousand of them notices)."""
    return tuple(s.name for s in KINDS if s.board_counts is not None and s.board_counts({}))


def group_counts(kind: str, state: str, number: int, sums: tuple[int, ...]) -> dict[str, int]:
    """What ``number`` received records of ``kind`` in ``state`` add to the board, from the
    sums of their columns (``SUMMED`` order), as the kind's ``board_counts`` declares."""
    spec = KINDS.get(kind) if kind in KINDS else None
    if spec is None or spec.board_counts is None:
        return {}
    key = spec.board_state or spec.state_field
    sample = spec.board_counts({key: state} if key else {})
    return {
        name: int(sums[SUMMED[name]]) if name in SUMMED else int(value) * number
        for name, value in sample.items()
    }
