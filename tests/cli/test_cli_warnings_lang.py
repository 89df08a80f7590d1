"""Warnings and vote rules stored as codes, worded by the CLI in the person's language."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import MEETING, cdir, run

__all__ = ["cdir"]  # the fixture, shared with test_cli

LATE = {
    **MEETING,
    "notice_on": "2026-03-11",  # one day before the meeting of 12/03 (D59 Art. 3: 2 days)
    "held_on": "2026-03-12",
    "minutes_sent_on": "2026-03-27",  # 11th working day (Law Art. 20: 5)
}


def test_warnings_in_the_language_asked_and_codes_in_the_journal(cdir: Path) -> None:
    body = '{"code": "DONG", "name": "Thôn Đông", "households_total": 212}'
    assert run(cdir, "add", "village", "--json", "-", stdin=body).returncode == 0
    added = run(cdir, "add", "meeting", "--json", "-", stdin=json.dumps(LATE))
    assert added.returncode == 0, added.stderr
    rec = json.loads(added.stdout)
    vi = {w["code"]: w["message"] for w in rec["warnings"]}
    assert set(vi) == {"notice_late", "minutes_late"}
    assert vi["notice_late"] == (
        "Giấy mời gửi ngày 11/03/2026, chỉ 1 ngày trước ngày họp 12/03/2026; phải gửi trước "
        "ít nhất 2 ngày (Điều 3 Nghị định 59/2023/NĐ-CP)"
    )
    assert rec["warnings"][0]["params"]["held_on"] == "2026-03-12"
    assert rec["items"][0]["rule"].startswith("Đạt: 142/212 hộ tán thành")

    shown = run(cdir, "--lang", "en", "show", "meeting", rec["uuid"], "--json")
    assert shown.returncode == 0, shown.stderr
    en = json.loads(shown.stdout)
    words = {w["code"]: w["message"] for w in en["warnings"]}
    assert words["notice_late"] == (
        "Invitations sent on 11/03/2026, only 1 day(s) before the meeting on 12/03/2026; they "
        "must go out at least 2 days before (Decree 59/2023/ND-CP, Art. 3)"
    )
    assert words["minutes_late"].endswith("the limit is 5 working days (Law 10/2022/QH15, Art. 20)")
    assert en["items"][0]["rule"].startswith("Passed: 142/212 households for ≥ 2/3")

    # LANG=en words the list the same way, with no --lang.
    listed = run(cdir, "list", "meeting", "--json", env={"LANG": "en_GB.UTF-8"})
    assert listed.returncode == 0, listed.stderr
    assert [w["message"] for w in json.loads(listed.stdout)[0]["warnings"]] == list(words.values())

    # Rows and the journal hold codes and params only: no sentence in any language.
    conn = sqlite3.connect(cdir / "sodanchu.sqlite3")
    try:
        (after,) = conn.execute(
            "SELECT after FROM audit_journal WHERE uuid = ? ORDER BY id DESC LIMIT 1",
            (rec["uuid"],),
        ).fetchone()
        (row,) = conn.execute("SELECT warnings FROM meetings").fetchone()
    finally:
        conn.close()
    journal = json.loads(after)
    assert all(set(w) == {"code", "params"} for w in journal["warnings"])
    assert "rule" not in journal["items"][0] and journal["items"][0]["rule_params"]["votes"] == 142
    assert all(set(w) == {"code", "params"} for w in json.loads(row))
