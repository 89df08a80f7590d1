"""The receiving level's columns and board sums follow each kind's declaration, and say what
the hand-written per-kind code said before (stored rows keep passing ``sodanchu check``)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.services.container import Services
from desktop.services.demo import make_demo
from desktop.services.sync_columns import (
    board_kinds,
    extract_columns,
    facts_column,
    group_counts,
)
from desktop.storage.journal import latest_snapshots

LATE_CODES = {"late", "overdue", "plan_overdue"}
SHORT_CODES = {"removed_early", "village_missing", "office_missing", "loudspeaker_short"}
OLD_KINDS = ("village", "meeting", "disclosure", "convention")  # what that code knew


def _old_extract(record: dict[str, Any]) -> dict[str, Any]:
    """services/sync_import.py: extract_columns before the declarations (issue 12)."""
    kind = record["kind"]
    codes = {str(w.get("code")) for w in record.get("warnings") or [] if isinstance(w, dict)}
    out: dict[str, Any] = {
        "title": str(record.get("title") or record.get("name") or "")[:300],
        "village_uuid": record.get("village") if isinstance(record.get("village"), str) else None,
        "on_date": None,
        "state": "",
        "items_passed": 0,
        "items_failed": 0,
        "late": bool(codes & LATE_CODES),
        "short_posting": bool(codes & SHORT_CODES),
        "warning_count": len(codes),
    }
    day = {"meeting": "held_on", "disclosure": "decided_on", "convention": "effective_from"}.get(
        kind, "households_as_of"
    )
    try:
        out["on_date"] = date.fromisoformat(str(record.get(day))) if record.get(day) else None
    except ValueError:
        out["on_date"] = None
    if kind == "meeting":
        items = [i for i in record.get("items") or [] if isinstance(i, dict)]
        out["items_passed"] = sum(1 for i in items if i.get("outcome") == "passed")
        out["items_failed"] = sum(1 for i in items if i.get("outcome") == "failed")
        out["state"] = str(record.get("meeting_type") or "")[:20]
    elif kind in ("disclosure", "convention"):
        out["state"] = str(record.get("status") or "")[:20]
    return out


def test_columns_are_what_the_import_stored_before(services: Services) -> None:
    make_demo(services)
    seen = 0
    with services.ctx.db.reading() as session:
        for spec in services.kinds:
            if spec.name not in OLD_KINDS:  # the demo's later kinds had no such code
                continue
            for _, after in latest_snapshots(session, spec.name).values():
                record = json.loads(after)
                # the receiving side sees status with today (the export adds it)
                for variant in (record, {**record, "status": "in_force"}):
                    assert extract_columns(variant) == _old_extract(variant), spec.name
                    facts = facts_column(variant)
                    assert bool(facts) == (spec.name in ("disclosure", "meeting", "convention"))
                seen += 1
    assert seen >= 13
    odd = {"kind": "meeting", "title": "", "held_on": "31/12", "items": [3, {"outcome": "x"}]}
    assert extract_columns(odd) == _old_extract(odd)
    late = {"kind": "disclosure", "warnings": [{"code": "late"}, {"code": "removed_early"}]}
    assert extract_columns(late) == _old_extract(late)
    assert json.loads(facts_column(late))["s"] == 1  # short-posted (Law Art. 13)
    assert extract_columns({"kind": "petition", "title": "T"})["title"] == "T"


def test_group_sums_follow_each_kind() -> None:
    # meetings: their number, and the matters passed and failed as summed
    assert group_counts("meeting", "decision", 3, (5, 2, 1, 1)) == {
        "meetings": 3,
        "items_passed": 5,
        "items_failed": 2,
    }
    assert group_counts("disclosure", "posted", 4, (0, 0, 2, 1)) == {
        "disclosures": 4,
        "late": 2,
        "short_postings": 1,
    }
    assert group_counts("convention", "in_force", 2, (0, 0, 0, 0)) == {"in_force": 2}
    assert group_counts("convention", "drafting", 2, (0, 0, 0, 0)) == {"other_conventions": 2}
    assert group_counts("village", "", 9, (0, 0, 0, 0)) == {}
    assert group_counts("petition", "", 9, (0, 0, 0, 0)) == {}


def test_only_the_kinds_that_count_are_grouped() -> None:
    assert board_kinds() == (
        "meeting",
        "convention",
        "disclosure",
        "reception",
        "letter",
        "case",
        "consultation",
        "dialogue",
        "board",
        "oversight",
    )
