"""Correctly signed but hostile records of the kinds added in issues 15 and 16: a clear
refusal or a clean import, never a crash, and nothing changed on a refusal."""

from __future__ import annotations

import json
import uuid as uuidlib
from typing import Any

import pytest

from tests.sync.mutations import Mutator, _records, _with_records
from tests.sync.world import Receiver

HOSTILE: dict[str, dict[str, Any]] = {
    "consultation_garbage": {
        "kind": "consultation",
        "title": ["not", "text"],
        "topic": 10**30,
        "consultation_forms": "b",
        "published_on": "2026-02-30",
        "closes_on": None,
        "opinions": [{"channel": "zz", "count": -(10**40)}],
    },
    "board_absurd": {
        "kind": "board",
        "title": "Ban",
        "board_type": "ttnd",
        "villages_total": 10**18,
        "members": [{"name": None, "role": {"x": 1}}] * 3,
    },
    "case_types": {
        "kind": "case",
        "case_type": 7,
        "received_day": 20260303,
        "events": "accepted",
        "signed": "yes",
    },
    "reception_nested": {
        "kind": "reception",
        "session_on": "2026-03-03",
        "visits": [{"visit_on": [], "people": "many"}] * 50,
    },
    "oversight_unknown_board": {
        "kind": "oversight",
        "title": "Kiểm tra",
        "board": str(uuidlib.uuid4()),
        "activity": "inspection",
        "recommendations": [{"answered_on": "1900-01-01", "sent_on": "9999-12-31"}],
    },
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_signed_hostile_record_of_a_new_kind_never_crashes(
    name: str, mutator: Mutator, receiver: Receiver
) -> None:
    lines = _records(mutator)
    base = json.loads(lines[0])
    keep = {k: base[k] for k in ("uuid", "version", "created_at", "created_by", "updated_at")}
    keep |= {k: base[k] for k in ("updated_by", "deleted", "origin_code") if k in base}
    record = {**keep, "uuid": str(uuidlib.uuid4()), **HOSTILE[name]}
    lines.append(json.dumps(record, ensure_ascii=False).encode())
    try:
        (outcome,) = receiver.import_bytes(_with_records(mutator, lines))
        if outcome.status == "refused":
            assert outcome.problems  # worded, listed
            return
        assert outcome.status == "imported", outcome.status
        assert outcome.counts["new"] == len(lines)
        # Kept read-only as sent; the board and the search still work over it.
        assert receiver.services.sync_board.board().rows
        receiver.services.search.search("Ban")
    finally:
        receiver.reset()  # the store is shared by the session's tests
