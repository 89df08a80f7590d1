"""Rules that live once in core, enforced on the command line's write path (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import cdir, run

__all__ = ["cdir"]  # the initialised commune data dir fixture

TEXT = "Điều 1. Phạm vi\nHương ước này quy định nếp sống.\nĐiều 2. Vệ sinh\nKhông đổ rác.\n"


def _in_force_convention(cdir: Path) -> dict[str, object]:
    village = '{"code": "DONG", "name": "Thôn Đông", "households_total": 212}'
    assert run(cdir, "add", "village", "--json", "-", stdin=village).returncode == 0
    meeting = {
        "village": "DONG",
        "title": "Họp thông qua hương ước",
        "meeting_type": "convention",
        "held_on": "2026-02-25",
        "notice_on": "2026-02-20",
        "households_present": 150,
        "items": [
            {
                "title": "Thông qua hương ước",
                "matter": "convention",
                "method": "show_of_hands",
                "votes_for": 140,
            }
        ],
    }
    r = run(cdir, "add", "meeting", "--json", "-", stdin=json.dumps(meeting))
    assert r.returncode == 0, r.stderr
    steps = [
        {"type": "proposed", "on": "2026-01-05"},
        {"type": "drafting", "on": "2026-01-10"},
        {"type": "consultation", "on": "2026-01-20"},
        {"type": "adopted", "on": "2026-02-25", "meeting": json.loads(r.stdout)["uuid"]},
        {"type": "submitted", "on": "2026-03-02"},
        {"type": "recognized", "on": "2026-03-06", "decision_no": "12/QĐ-UBND"},
    ]
    conv = {
        "village": "DONG",
        "convention_type": "huong_uoc",
        "title": "Hương ước thôn Đông",
        "text": TEXT,
        "events": steps,
    }
    r = run(cdir, "add", "convention", "--json", "-", stdin=json.dumps(conv))
    assert r.returncode == 0, r.stderr
    stored: dict[str, object] = json.loads(r.stdout)
    assert stored["status"] == "in_force"
    return stored


def test_update_refuses_a_new_article_in_force_d61_art_13(cdir: Path, tmp_path: Path) -> None:
    """Issue 12: `update convention` with a new article on an in-force text exited 0 and
    saved version 2; the write path now refuses it (exit 2, one line, the article)."""
    c = _in_force_convention(cdir)
    change = tmp_path / "change.json"
    new_text = TEXT + "Điều 3. Khen thưởng\nHộ thực hiện tốt được biểu dương.\n"
    change.write_text(json.dumps({"text": new_text, "version": c["version"]}), encoding="utf-8")
    r = run(cdir, "update", "convention", str(c["uuid"]), "--json", str(change))
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert lines[0].startswith("sodanchu: Nội dung:")
    assert "Điều 13 Nghị định 61/2023/NĐ-CP" in lines[0]
    shown = json.loads(run(cdir, "show", "convention", str(c["uuid"]), "--json").stdout)
    assert shown["version"] == c["version"] and shown["text"] == TEXT.strip()  # nothing saved
    # In English, the same field and article.
    en = run(cdir, "--lang", "en", "update", "convention", str(c["uuid"]), "--json", str(change))
    assert en.returncode == 2 and "Text:" in en.stderr and "Art. 13" in en.stderr
    # What is not the adopted text may still be corrected.
    fix = tmp_path / "fix.json"
    fix.write_text(json.dumps({"proposer": "Trần Văn Hùng", "version": c["version"]}))
    ok = run(cdir, "update", "convention", str(c["uuid"]), "--json", str(fix))
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["version"] == int(str(c["version"])) + 1


def test_show_writes_the_yearly_review_day_as_the_window_does(cdir: Path) -> None:
    """`show convention` printed the review day as stored ("11-18"); the viewer writes
    18/11 (review of issue 12)."""
    stored = _in_force_convention(cdir)
    r = run(cdir, "show", "convention", str(stored["uuid"]))
    assert r.returncode == 0, r.stderr
    review = str(stored["review_day"])
    assert f"Ngày đánh giá hằng năm: {review[3:5]}/{review[0:2]}\n" in r.stdout
    assert "Có hiệu lực từ: 06/03/2026\n" in r.stdout
