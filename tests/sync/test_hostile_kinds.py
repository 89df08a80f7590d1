"""Correctly signed but hostile records of the kinds added in issues 15 and 16 (an attacker
with a USB stick and a commune's key): each malformed record rejected with one clear line
while the rest is taken, a denouncer's identity dropped, never a crash (BUNDLE.md rules
7–8; LTCD Art. 3(2))."""

from __future__ import annotations

import json
import uuid as uuidlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.errors import FieldError
from desktop.core.sync_rejections import (
    RECORD_INVALID,
    invalid_record,
    rejection_reason,
    remark_text,
)
from desktop.services.sync_receipts import rejection_text
from desktop.storage.models import ChildRecordRow
from tests.sync.mutations import Mutator, _records, _with_records
from tests.sync.world import Receiver, is_vietnamese_sentence

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


HOSTILE["board_absurd_count"] = {
    "kind": "board",
    "title": "Ban",
    "board_type": "ttnd",
    "villages_total": 10**18,  # an absurd count: above any commune's (core/jsonio COUNT_MAX)
}
HOSTILE["dialogue_impossible_day"] = {
    "kind": "dialogue",
    "title": "Đối thoại",
    "dialogue_kind": "ubnd_residents",
    "held_on": "2026-02-30",
}


def _signed_with(mutator: Mutator, extra: dict[str, Any]) -> tuple[bytes, str, int]:
    """The clean bundle plus one record, correctly signed by the commune."""
    lines = _records(mutator)
    base = json.loads(lines[0])
    keep = {k: base[k] for k in ("uuid", "version", "created_at", "created_by", "updated_at")}
    keep |= {k: base[k] for k in ("updated_by", "deleted", "origin_code") if k in base}
    record = {**keep, "uuid": str(uuidlib.uuid4()), **extra}
    lines.append(json.dumps(record, ensure_ascii=False).encode())
    return _with_records(mutator, lines), record["uuid"], len(lines)


def _stored(receiver: Receiver, uuid: str) -> str | None:
    with receiver.services.ctx.db.reading() as session:
        row = session.scalars(select(ChildRecordRow).where(ChildRecordRow.uuid == uuid)).first()
        return None if row is None else row.content


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_signed_malformed_record_of_a_new_kind_is_rejected_in_one_line(
    name: str, mutator: Mutator, receiver: Receiver
) -> None:
    """Read through its kind's codec at the receiving level: rejected (never stored, so
    the commune sends it again), its reason a code worded at the edge naming the field;
    the rest of the bundle is taken, nothing crashes."""
    data, uuid, total = _signed_with(mutator, HOSTILE[name])
    try:
        (outcome,) = receiver.import_bytes(data)
        assert outcome.status == "imported", outcome.problems
        assert outcome.counts["new"] == total - 1 and outcome.counts["rejected"] == 1
        (detail,) = [d for d in outcome.details if d["uuid"] == uuid]
        assert detail["reason"] == RECORD_INVALID and detail["kind"] == HOSTILE[name]["kind"]
        vi = rejection_reason(detail, "vi")
        assert is_vietnamese_sentence(vi) and "\n" not in vi and "Traceback" not in vi
        assert rejection_reason(detail, "en").startswith("the record breaks")
        assert _stored(receiver, uuid) is None  # quarantined out of the board and search
        assert receiver.services.sync_board.board().rows
        receiver.services.search.search("Ban")
    finally:
        receiver.reset()  # the store is shared by the session's tests


def test_a_denouncers_identity_in_a_received_snapshot_is_dropped(
    mutator: Mutator, receiver: Receiver
) -> None:
    """A commune that failed to strip it: the receiver stores the case without it (LTCD
    Art. 3(2); LTC Art. 47) — nor a visitor's name in a reception session."""
    case = {
        "kind": "case",
        "case_type": "denunciation",
        "received_day": "2026-03-03",
        "subject": "Tố cáo việc thu sai quỹ",
        "person_name": "Lê Văn Tốcáo",
        "person_address": "Thôn Đông",
        "person_id_no": "079123456789",
    }
    session = {
        "kind": "reception",
        "session_on": "2026-03-03",
        "visits": [{"name": "Trần Thị Bímật", "address": "Thôn Tây", "summary": "Đường"}],
    }
    try:
        for record, secrets, kept in (
            (case, ("Tốcáo", "079123456789", "Thôn Đông"), "thu sai quỹ"),
            (session, ("Bímật", "Thôn Tây"), "Đường"),
        ):
            data, uuid, _total = _signed_with(mutator, record)
            (outcome,) = receiver.import_bytes(data)
            assert outcome.status == "imported" and outcome.counts["rejected"] == 0
            content = _stored(receiver, uuid)
            assert content is not None and kept in content
            for secret in secrets:
                assert secret not in content
                assert all(h.uuid != uuid for h in receiver.services.search.search(secret))
            receiver.reset()
    finally:
        receiver.reset()


def test_a_rejection_is_kept_as_a_code_and_worded_in_the_readers_language() -> None:
    """services.sync_receipts stores the rejection's code and params among the record's
    remarks; each edge words it (an older receipt's worded reason shows as it was)."""
    detail = invalid_record(
        str(uuidlib.uuid4()), 3, "case", FieldError("received_day", "invalid_date", {"value": "x"})
    )
    stored = rejection_text(detail)
    assert json.loads(stored)["rejected"]["rule"] == "invalid_date"
    assert "Cấp trên" not in stored  # no words stored
    vi, en = remark_text(stored, "vi"), remark_text(stored, "en")
    assert vi.startswith("Cấp trên từ chối phiên bản 3: bản ghi không đúng")
    assert en.startswith("The level above rejected version 3: the record breaks")
    owned = {"uuid": "u", "version": 2, "reason": "owned_by_other", "owner": "25225"}
    assert "25225" in remark_text(rejection_text(owned), "vi")
    assert remark_text("Đề nghị bổ sung biên bản", "en") == "Đề nghị bổ sung biên bản"
    assert rejection_reason({"reason": "Lý do cũ đã viết sẵn"}) == "Lý do cũ đã viết sẵn"


def test_the_command_line_says_it_in_one_line_and_a_refused_bundle_exits_2(
    mutator: Mutator, receiver: Receiver, tmp_path: Path
) -> None:
    """``sodanchu import`` (a real process): the malformed record is one worded line, the
    bundle is taken (exit 0); the same bundle with a line that is no record is refused
    whole, exit 2, nothing changed."""
    from tests.cli.test_cli import run

    store = receiver.work / "store"
    data, uuid, _total = _signed_with(mutator, HOSTILE["dialogue_impossible_day"])
    bundle = tmp_path / receiver.name
    bundle.write_bytes(data)
    try:
        took = run(store, "import", str(bundle), "--receipts-dir", str(tmp_path / "r"))
        assert took.returncode == 0, took.stderr
        lines = [line for line in took.stdout.splitlines() if uuid in line]
        assert len(lines) == 1 and "không đúng cấu trúc hoặc quy tắc" in lines[0]
        assert "Ngày họp" in lines[0] and "Traceback" not in took.stderr
    finally:
        receiver.reset()
    lines = _records(mutator)
    lines.append(b'{"kind": "dialogue", "uuid": "not-a-uuid"}')
    bundle.write_bytes(_with_records(mutator, lines))
    before = receiver.state()
    refused = run(store, "import", str(bundle))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert receiver.state() == before
