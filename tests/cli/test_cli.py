"""The command line end to end: a real process, a real data dir."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

INIT = [
    "init",
    "--role",
    "commune",
    "--code",
    "25222",
    "--name",
    "Xã Tân Phú",
    "--upper-name",
    "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    "--upper-code",
    "79",
    "--officer",
    "Nguyễn Thị Lan",
]


def run(
    data_dir: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "LANG": "vi_VN.UTF-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def cdir(tmp_path: Path) -> Path:
    d = tmp_path / "cli-data"
    assert run(d, *INIT).returncode == 0
    return d


def test_village_round_trip(cdir: Path) -> None:
    added = run(
        cdir,
        "add",
        "village",
        "--json",
        "-",
        stdin='{"code": "dong", "name": "Thôn Đông", "households_total": 212}',
    )
    assert added.returncode == 0, added.stderr
    rec = json.loads(added.stdout)
    assert (rec["kind"], rec["code"], rec["version"], rec["updated_by"]) == (
        "village",
        "DONG",
        1,
        "Nguyễn Thị Lan",
    )
    upd = run(
        cdir,
        "update",
        "village",
        rec["uuid"],
        "--json",
        "-",
        stdin='{"households_total": 215, "version": 1}',
    )
    assert upd.returncode == 0, upd.stderr
    assert json.loads(upd.stdout)["version"] == 2
    shown = json.loads(run(cdir, "show", "village", "DONG", "--json").stdout)
    assert shown["households_total"] == 215
    listed = json.loads(run(cdir, "list", "village", "--json").stdout)
    assert [v["code"] for v in listed] == ["DONG"]
    text = run(cdir, "list", "village").stdout
    assert "Thôn Đông" in text and "215 hộ" in text


def test_refusal_exit_2_names_field_and_saves_nothing(cdir: Path) -> None:
    bad = run(
        cdir,
        "add",
        "village",
        "--json",
        "-",
        stdin='{"code": "X", "name": "Thôn X", "households_total": 0}',
    )
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == ["sodanchu: Tổng số hộ: phải từ 1 trở lên"]
    assert json.loads(run(cdir, "list", "village", "--json").stdout) == []
    en = run(cdir, "--lang", "en", "add", "village", "--json", "-", stdin="{not json")
    assert en.returncode == 2 and "JSON input: cannot read the JSON" in en.stderr
    stale = run(cdir, "update", "village", "NOPE", "--json", "-", stdin="{}")
    assert stale.returncode == 2 and "Không tìm thấy" in stale.stderr


def test_duplicate_code_refused(cdir: Path) -> None:
    body = '{"code": "DONG", "name": "Thôn Đông", "households_total": 10}'
    assert run(cdir, "add", "village", "--json", "-", stdin=body).returncode == 0
    dup = run(cdir, "add", "village", "--json", "-", stdin=body)
    assert dup.returncode == 2 and "«DONG» đã được dùng" in dup.stderr


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    r = run(tmp_path / "d", "list", "nothing")
    assert r.returncode == 2 and "bad argument" in r.stderr
    r = run(
        tmp_path / "d2",
        "init",
        "--role",
        "commune",
        "--code",
        "123",
        "--name",
        "X",
        "--upper-name",
        "U",
        "--upper-code",
        "79",
    )
    assert r.returncode == 2 and "Mã:" in r.stderr and "5 chữ số" in r.stderr


def test_not_set_up_is_refused(tmp_path: Path) -> None:
    r = run(tmp_path / "d", "list", "village")
    assert r.returncode == 2 and "Chưa thiết lập" in r.stderr


def test_data_dir_from_environment(tmp_path: Path) -> None:
    d = tmp_path / "env-data"
    r = subprocess.run(
        [sys.executable, "-m", "desktop", *INIT],
        capture_output=True,
        text=True,
        env={**os.environ, "SODANCHU_DATA_DIR": str(d)},
        timeout=60,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert (d / "sodanchu.sqlite3").exists()


def test_demo_then_check_then_tamper(tmp_path: Path) -> None:
    d = tmp_path / "demo"
    assert run(d, "demo").returncode == 0
    assert run(d, "demo").returncode == 2  # refuses a non-empty data dir
    ok = run(d, "check", "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["ok"] is True
    assert len(json.loads(run(d, "list", "village", "--json").stdout)) == 6
    con = sqlite3.connect(d / "sodanchu.sqlite3")
    con.execute("UPDATE audit_journal SET after = replace(after, 'Thôn', 'Xóm') WHERE id = 3")
    con.commit()
    con.close()
    bad = run(d, "check")
    assert bad.returncode == 1
    assert "journal_hash_mismatch" in bad.stdout


def test_backup_command(cdir: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.sqlite3"
    r = run(cdir, "backup", "--out", str(out))
    assert r.returncode == 0 and out.exists()


MEETING = {
    "village": "DONG",
    "title": "Hội nghị thôn Đông bàn làm đường",
    "meeting_type": "decision",
    "held_on": "2026-03-10",
    "notice_on": "2026-03-07",
    "households_present": 180,
    "items": [
        {
            "title": "Mức đóng góp làm đường",
            "matter": "contribution",
            "method": "show_of_hands",
            "votes_for": 142,
            "votes_against": 30,
        }
    ],
}


def test_meeting_round_trip_with_computed_outcome(cdir: Path) -> None:
    body = '{"code": "DONG", "name": "Thôn Đông", "households_total": 212}'
    assert run(cdir, "add", "village", "--json", "-", stdin=body).returncode == 0
    added = run(cdir, "add", "meeting", "--json", "-", stdin=json.dumps(MEETING))
    assert added.returncode == 0, added.stderr
    rec = json.loads(added.stdout)
    assert rec["households_total"] == 212
    assert rec["items"][0]["outcome"] == "passed"
    assert rec["items"][0]["rule"].startswith("Đạt: 142/212")
    worse = {"items": [{**MEETING["items"][0], "votes_for": 141}], "version": 1}  # type: ignore[dict-item]
    upd = run(cdir, "update", "meeting", rec["uuid"], "--json", "-", stdin=json.dumps(worse))
    assert upd.returncode == 0, upd.stderr
    assert json.loads(upd.stdout)["items"][0]["outcome"] == "failed"
    listed = run(cdir, "list", "meeting", "--village", "DONG")
    assert "Không đạt" in listed.stdout
    bad = run(
        cdir,
        "add",
        "meeting",
        "--json",
        "-",
        stdin=json.dumps({**MEETING, "households_present": 213}),
    )
    assert bad.returncode == 2
    assert "Số hộ dự họp:" in bad.stderr
    assert len(json.loads(run(cdir, "list", "meeting", "--json").stdout)) == 1


def test_pdf_minutes_command(cdir: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    body = '{"code": "DONG", "name": "Thôn Đông", "households_total": 212}'
    run(cdir, "add", "village", "--json", "-", stdin=body)
    rec = json.loads(run(cdir, "add", "meeting", "--json", "-", stdin=json.dumps(MEETING)).stdout)
    out = tmp_path / "bb.pdf"
    r = run(cdir, "pdf", "minutes", rec["uuid"], "--out", str(out))
    assert r.returncode == 0, r.stderr
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(out).pages).split())
    assert "BIÊN BẢN" in text and "142/212" in text
    missing = run(cdir, "pdf", "minutes", "no-such-uuid", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and not (tmp_path / "x.pdf").exists()


def test_disclosure_and_convention_commands(cdir: Path) -> None:
    run(
        cdir,
        "add",
        "village",
        "--json",
        "-",
        stdin='{"code": "DONG", "name": "Thôn Đông", "households_total": 212}',
    )
    disc = {
        "category": 7,
        "title": "Danh sách hộ nghèo",
        "decided_on": "2026-11-02",
        "forms": ["notice_board"],
        "postings": [{"location": "Nhà văn hóa", "village": "DONG", "posted_on": "2026-11-05"}],
    }
    r = run(cdir, "add", "disclosure", "--json", "-", stdin=json.dumps(disc))
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["posting_until"] == "2026-12-05"  # 30 days after the posting day (Civil Code)
    assert "office_missing" in [w["code"] for w in rec["warnings"]]
    bad = run(cdir, "add", "disclosure", "--json", "-", stdin=json.dumps({**disc, "category": 15}))
    assert bad.returncode == 2 and bad.stderr.startswith("sodanchu: Nội dung công khai: «15»")
    conv = {
        "village": "DONG",
        "convention_type": "huong_uoc",
        "title": "Hương ước thôn Đông",
        "events": [{"type": "proposed", "on": "2026-01-05"}],
    }
    c = json.loads(run(cdir, "add", "convention", "--json", "-", stdin=json.dumps(conv)).stdout)
    assert c["status"] == "proposed"
    refused = run(
        cdir,
        "event",
        "convention",
        c["uuid"],
        "--json",
        "-",
        stdin='{"type": "recognized", "on": "2026-02-01", "decision_no": "1/QĐ"}',
    )
    assert refused.returncode == 2 and "Không thể ghi" in refused.stderr
    ok = run(
        cdir,
        "event",
        "convention",
        c["uuid"],
        "--json",
        "-",
        stdin='{"type": "drafting", "on": "2026-01-10"}',
    )
    assert ok.returncode == 0 and json.loads(ok.stdout)["status"] == "drafting"
    assert "Đang soạn thảo" in run(cdir, "list", "convention").stdout


def test_search_command(tmp_path: Path) -> None:
    d = tmp_path / "demo"
    assert run(d, "demo").returncode == 0
    r = run(d, "search", "huong uoc", "--json")
    assert r.returncode == 0
    assert "convention" in {h["kind"] for h in json.loads(r.stdout)}
    assert "Không tìm thấy" in run(d, "search", "zzzz").stdout


def test_ballot_fallback_refused_end_to_end(cdir: Path) -> None:
    """D59 Art. 4(1)(b) from the command line: a convention ballot naming a meeting held
    after it, or one with enough households present, is refused with exit 2 and one line;
    fewer papers than households is saved with a warning."""
    body = '{"code": "DONG", "name": "Thôn Đông", "households_total": 212}'
    assert run(cdir, "add", "village", "--json", "-", stdin=body).returncode == 0
    item = {"title": "Hương ước", "matter": "convention", "method": "show_of_hands"}
    short = {**MEETING, "households_present": 100, "items": [{**item, "votes_for": 90}]}
    failed = json.loads(run(cdir, "add", "meeting", "--json", "-", stdin=json.dumps(short)).stdout)
    ballot = {
        **MEETING,
        "held_on": "2026-03-09",
        "notice_on": None,
        "households_present": None,
        "items": [{**item, "method": "household_ballot", "votes_for": 150}],
        "ballot": {
            "papers_issued": 211,
            "papers_returned": 190,
            "after_failed_meeting": failed["uuid"],
        },
    }
    early = run(cdir, "add", "meeting", "--json", "-", stdin=json.dumps(ballot))
    assert early.returncode == 2
    assert "Hội nghị không đạt trước đó" in early.stderr and "10/03/2026" in early.stderr
    assert "after_failed_meeting" not in early.stderr  # the field's label, never its key
    assert len(early.stderr.strip().splitlines()) == 1
    later = run(
        cdir, "add", "meeting", "--json", "-", stdin=json.dumps({**ballot, "held_on": "2026-03-20"})
    )
    assert later.returncode == 0, later.stderr
    assert [w["code"] for w in json.loads(later.stdout)["warnings"]] == ["ballot_papers_short"]
    listed = json.loads(run(cdir, "list", "meeting", "--json").stdout)
    assert len(listed) == 2  # the refused ballot left nothing behind
