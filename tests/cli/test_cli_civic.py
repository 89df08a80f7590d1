"""Issue 16 end to end on the command line: a consultation's 20 days, the yearly dialogue's
commitments, a Ban TTND recommendation answered on day 15 / day 16, refusals, English."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from desktop.cli import main
from desktop.core.installation import Installation
from desktop.services.container import Services


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["--data-dir", str(root), *args], out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def run(root: Path, tmp_path: Path, *args: str, body: dict[str, Any]) -> dict[str, Any]:
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    status, out, err = cli(root, *args, "--json", str(path))
    assert status == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def codes(record: dict[str, Any]) -> list[str]:
    return [w["code"] for w in record["warnings"]]


CONSULTATION = {
    "title": "Lấy ý kiến về dự án đường liên thôn",
    "topic": "4",
    "consultation_forms": ["b", "c"],
    "plan_sent_on": "2026-02-25",
    "published_on": "2026-03-02",
}


def test_a_20_day_consultation_end_to_end_and_19_days_warned(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    root = services.ctx.paths.root
    short = run(
        root, tmp_path, "add", "consultation", body={**CONSULTATION, "closes_on": "2026-03-21"}
    )
    assert "consultation_short" in codes(short)
    status, out, _ = cli(root, "show", "consultation", short["uuid"])
    assert status == 0 and "19 ngày, ít hơn 20 ngày" in out and "khoản 2 Điều 28" in out
    rec = run(
        root, tmp_path, "add", "consultation", body={**CONSULTATION, "closes_on": "2026-03-22"}
    )
    assert "consultation_short" not in codes(rec)
    uuid = rec["uuid"]
    rec = run(
        root,
        tmp_path,
        "update",
        "consultation",
        uuid,
        body={"opinions": [{"channel": "b", "count": 120}, {"channel": "c", "count": 35}]},
    )
    assert rec["opinions_total"] == 155
    for step, day in (("synthesised", "2026-03-25"), ("published", "2026-03-27")):
        rec = run(root, tmp_path, "event", "consultation", uuid, body={"type": step, "on": day})
    assert rec["synthesised_on"] == "2026-03-25" and rec["results_published_on"] == "2026-03-27"
    assert rec["status"] == "published" and rec["version"] == 4
    # Results published but no disclosure cited (Law Art. 11, item 11): warned, then cited.
    assert "consultation_no_disclosure" in codes(rec)
    status, out, _ = cli(root, "list", "consultation")
    assert status == 0 and out.count("\n") == 2 and "155" in out


def test_a_yearly_dialogue_with_three_commitments_followed_to_done(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    root = services.ctx.paths.root
    commitments = [
        {"content": f"Việc {n}", "owner": "UBND xã", "due_on": f"2026-0{n + 6}-10"}
        for n in (1, 2, 3)
    ]
    rec = run(
        root,
        tmp_path,
        "add",
        "dialogue",
        body={
            "title": "Đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2026",
            "dialogue_kind": "ubnd_residents",
            "held_on": "2026-06-10",
            "commitments": commitments,
        },
    )
    # Today (the store's clock) is past every due day: all three are overdue and warned.
    assert rec["commitments_open"] == 3
    assert codes(rec).count("commitment_overdue") == rec["commitments_overdue"]
    done = [{**c, "done_on": c["due_on"]} for c in commitments]
    rec = run(root, tmp_path, "update", "dialogue", rec["uuid"], body={"commitments": done})
    assert rec["commitments_open"] == 0 and rec["commitments_overdue"] == 0
    assert [c["state"] for c in rec["commitments"]] == ["done", "done", "done"]
    assert "commitment_overdue" not in codes(rec)


def _recommendation(root: Path, tmp_path: Path, answered_on: str) -> dict[str, Any]:
    board = run(
        root,
        tmp_path,
        "add",
        "board",
        body={"title": "Ban TTND xã", "board_type": "ttnd", "villages_total": 5},
    )
    rec = run(
        root,
        tmp_path,
        "add",
        "oversight",
        body={
            "title": "Kiểm tra việc thu quỹ",
            "board": board["uuid"],
            "activity": "inspection",
            "recommendations": [{"content": "Công khai sổ thu quỹ"}],
        },
    )
    uuid = rec["uuid"]
    for step, day in (
        ("countersigned", "2026-03-02"),
        ("sent", "2026-03-03"),
        ("received", "2026-03-04"),
    ):
        rec = run(
            root, tmp_path, "event", "oversight", uuid, body={"type": step, "on": day, "row": 1}
        )
    return run(
        root,
        tmp_path,
        "event",
        "oversight",
        uuid,
        body={"type": "answered", "on": answered_on, "row": 1, "answer": "Đã công khai"},
    )


def test_a_recommendation_answered_on_day_15_is_on_time_and_day_16_late(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    root = services.ctx.paths.root
    on_time = _recommendation(root, tmp_path, "2026-03-19")  # received 4/3: day 15
    assert on_time["recommendations"][0]["state"] == "answered"
    assert on_time["recommendations"][0]["answer"] == "Đã công khai"
    assert "answer_late" not in codes(on_time)
    late = _recommendation(root, tmp_path, "2026-03-20")  # day 16
    assert late["recommendations"][0]["state"] == "answered_late"
    assert "answer_late" in codes(late)
    status, out, _ = cli(root, "--lang", "en", "show", "oversight", late["uuid"])
    assert status == 0 and "Law 10/2022/QH15, Art. 40(1)(c)" in out
    assert "20/03/2026" in out and "answer_late" not in out


def test_refusals_exit_2_with_one_line_naming_the_field_and_the_article(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    root = services.ctx.paths.root
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**CONSULTATION, "consultation_forms": []}), encoding="utf-8")
    status, out, err = cli(root, "add", "consultation", "--json", str(path))
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "Hình thức lấy ý kiến" in err and "khoản 1 Điều 26 Luật 10/2022/QH15" in err
    status, _, err = cli(root, "--lang", "en", "add", "consultation", "--json", str(path))
    assert status == 2 and "Law 10/2022/QH15, Art. 26(1)" in err
    # An oversight citing no board that exists; a member citing a meeting that does not.
    path.write_text(json.dumps({"title": "X", "board": "nope"}), encoding="utf-8")
    status, _, err = cli(root, "add", "oversight", "--json", str(path))
    assert status == 2 and "«nope»" in err
    board = {
        "title": "Ban TTND",
        "board_type": "ttnd",
        "members": [{"name": "Lê Văn Tâm", "role": "head", "elected_at": "no-such-meeting"}],
    }
    path.write_text(json.dumps(board, ensure_ascii=False), encoding="utf-8")
    status, _, err = cli(root, "add", "board", "--json", str(path))
    assert status == 2 and "no-such-meeting" in err
    assert json.loads(cli(root, "list", "board", "--json")[1]) == []
    # An event of no such type, and a row out of range, change nothing.
    rec = run(
        root, tmp_path, "add", "consultation", body={**CONSULTATION, "closes_on": "2026-03-22"}
    )
    path.write_text(json.dumps({"type": "answered", "on": "2026-03-03"}), encoding="utf-8")
    status, _, err = cli(root, "event", "consultation", rec["uuid"], "--json", str(path))
    assert status == 2 and err.count("\n") == 1
    assert json.loads(cli(root, "show", "consultation", rec["uuid"], "--json")[1])["version"] == 1


def test_show_words_a_list_of_choices_and_the_time_of_the_last_change(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    """``show`` never prints a record-JSON value raw: the forms of a consultation are named
    (not "['b', 'c']") and the last change is Vietnam time dd/mm/yyyy hh:mm (not ISO UTC)."""
    root = services.ctx.paths.root
    rec = run(root, tmp_path, "add", "consultation", body=CONSULTATION)
    status, out, _ = cli(root, "show", "consultation", rec["uuid"])
    assert status == 0
    forms = next(line for line in out.splitlines() if line.startswith("Hình thức lấy ý kiến:"))
    assert "[" not in forms and "'b'" not in forms and ", " in forms
    changed = next(line for line in out.splitlines() if line.startswith("Thời điểm sửa:"))
    assert "T" not in changed.split(": ", 1)[1] and "Z" not in changed
    assert changed.split(": ", 1)[1][2] == "/" and changed.split(": ", 1)[1][5] == "/"
