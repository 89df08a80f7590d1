"""Issue 15 at the command line: a Tuesday reception with five visits (one a repeat visit
of an existing case), the letters registered, a complaint accepted, extended as complex
and decided; each refusal of DOMAIN.md §4 exits 2 with one line naming the field and the
article; deadlines shown with their rule in words; ``--lang en`` in English."""

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


def _file(tmp_path: Path, obj: dict[str, Any]) -> str:
    path = tmp_path / f"in-{len(list(tmp_path.iterdir()))}.json"
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _visit(name: str, summary: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "address": "Thôn Đông", "summary": summary, **extra}


TUESDAY = "2026-03-03"  # a Tuesday
VISITS = [
    _visit(
        "Nguyễn Văn An",
        "Khiếu nại quyết định thu hồi đất",
        matter_type="complaint",
        case_id="KN-01",
        handling="accepted",
    ),
    _visit("Trần Thị Bình", "Đề nghị sửa đường liên thôn", matter_type="petition"),
    _visit(
        "Lê Văn Cường", "Hỏi về chế độ hộ nghèo", handling="guided", handled_to="Phòng Lao động"
    ),
    _visit(
        "Phạm Thị Dung",
        "Phản ánh tiếng ồn xưởng gỗ",
        people=6,
        group_representatives=["Phạm Thị Dung", "Hoàng Văn Em"],
    ),
    # The same matter as the first visit: a visit more, not a case more.
    _visit(
        "Nguyễn Văn An",
        "Bổ sung tài liệu vụ thu hồi đất",
        matter_type="complaint",
        case_id="KN-01",
        handling="recorded",
    ),
]


def test_a_tuesday_reception_letters_and_a_complaint_end_to_end(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    root = services.ctx.paths.root
    session = {
        "session_on": TUESDAY,
        "session_kind": "regular",
        "presided_by": "Lê Thị Hoa",
        "place": "Trụ sở UBND xã",
        "visits": VISITS,
    }
    status, out, err = cli(root, "add", "reception", "--json", _file(tmp_path, session))
    assert status == 0, err
    rec = json.loads(out)
    assert (rec["visit_count"], rec["people_count"]) == (5, 10)
    # Five visits, four matters: the repeat visit shares its case id.
    assert len({v["case_id"] or v["summary"] for v in rec["visits"]}) == 4
    # Each visit not refused or guided on the spot starts a 10-wd answer (LTCD Art. 28).
    answers = [d for d in rec["deadlines"] if d["code"] == "visit_answer"]
    assert len(answers) == 4 and answers[0]["due"] == "2026-03-17"

    letter = {
        "received_day": TUESDAY,
        "letter_type": "complaint",
        "signed": True,
        "senders": ["Nguyễn Văn An"],
        "summary": "Khiếu nại quyết định thu hồi đất",
        "eligible": True,
        "jurisdiction": "ours",
        "case_id": "KN-01",
        "handling": "accepted",
        "handled_on": "2026-03-05",
    }
    assert cli(root, "add", "letter", "--json", _file(tmp_path, letter))[0] == 0
    petition = {"received_day": TUESDAY, "letter_type": "petition", "summary": "Sửa đường"}
    assert cli(root, "add", "letter", "--json", _file(tmp_path, petition))[0] == 0
    status, out, _ = cli(root, "list", "letter")
    assert status == 0 and out.count("\n") == 2

    case = {
        "case_type": "complaint",
        "case_id": "KN-01",
        "received_day": TUESDAY,
        "subject": "Khiếu nại quyết định thu hồi đất số 15/QĐ-UBND",
        "person_name": "Nguyễn Văn An",
        "signed": True,
    }
    status, out, err = cli(root, "add", "case", "--json", _file(tmp_path, case))
    assert status == 0, err
    uuid = json.loads(out)["uuid"]
    steps = [
        {"type": "accepted", "on": "2026-03-05", "ref_no": "01/TB-UBND"},
    ]
    for step in steps:
        assert cli(root, "event", "case", uuid, "--json", _file(tmp_path, step))[0] == 0
    # Extended as complex: the flag with its reason first, then the step (LKN Art. 28).
    complex_ = {"complex": True, "complex_reason": "Nhiều hộ liên quan", "resolution_days": 45}
    assert cli(root, "update", "case", uuid, "--json", _file(tmp_path, complex_))[0] == 0
    extended = {"type": "extended", "on": "2026-04-01"}
    assert cli(root, "event", "case", uuid, "--json", _file(tmp_path, extended))[0] == 0
    decided = {"type": "decided", "on": "2026-04-15", "ref_no": "20/QĐ-UBND"}
    status, out, err = cli(root, "event", "case", uuid, "--json", _file(tmp_path, decided))
    assert status == 0, err
    done = json.loads(out)
    assert done["status"] == "decided" and done["on_time"] is True
    resolution = next(d for d in done["deadlines"] if d["code"] == "complaint_resolution")
    # 5/3 + 45 days is Sunday 19/4: the last day moves to Monday (Civil Code Art. 148(5)).
    assert (resolution["params"]["days"], resolution["due"]) == (45, "2026-04-20")

    status, out, _ = cli(root, "show", "case", uuid)
    assert status == 0
    assert "Hạn thụ lý: 10 ngày kể từ 03/03/2026 (Điều 27 Luật Khiếu nại)" in out
    assert "Hạn giải quyết khiếu nại: 45 ngày kể từ 05/03/2026 (Điều 28 Luật Khiếu nại)" in out
    assert "Nguyễn Văn An" in out  # the officer on this installation sees who complained
    status, out, _ = cli(root, "--lang", "en", "show", "case", uuid)
    assert status == 0
    assert "Acceptance: 10 days from 03/03/2026 (Law on Complaints, Art. 27)" in out
    assert "Complaint resolved: 45 days from 05/03/2026" in out
    assert "Hạn" not in out and "Khiếu nại quyết định" in out  # the subject stays as typed


def _refused(root: Path, tmp_path: Path, *args: str, obj: dict[str, Any]) -> str:
    status, out, err = cli(root, *args, "--json", _file(tmp_path, obj))
    assert status == 2, (out, err)
    assert out == "" and err.count("\n") == 1, err
    return err


def test_each_refusal_names_the_field_and_the_article(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    root = services.ctx.paths.root
    refused = _visit("Võ Văn Phúc", "Say rượu gây rối", handling="refused")
    err = _refused(
        root, tmp_path, "add", "reception", obj={"session_on": TUESDAY, "visits": [refused]}
    )
    assert "Lượt tiếp 1" in err and "Điều 9 Luật Tiếp công dân" in err
    crowd = _visit("Đặng Văn Giang", "Ô nhiễm", people=2, group_representatives=["A", "B", "C"])
    err = _refused(
        root, tmp_path, "add", "reception", obj={"session_on": TUESDAY, "visits": [crowd]}
    )
    assert "Điều 29 Luật Tiếp công dân" in err

    forwarded = {
        "received_day": TUESDAY,
        "letter_type": "denunciation",
        "summary": "Tố cáo cán bộ địa chính",
        "case_id": "TC-01",
        "handling": "forwarded",
        "handled_on": "2026-03-04",
        "forwarded_to": "UBND huyện",
    }
    assert cli(root, "add", "letter", "--json", _file(tmp_path, forwarded))[0] == 0
    err = _refused(root, tmp_path, "add", "letter", obj=forwarded)
    assert "TC-01" in err and "khoản 1 Điều 14 Thông tư 05/2021/TT-TTCP" in err

    case = {
        "case_type": "complaint",
        "received_day": TUESDAY,
        "subject": "Khiếu nại",
        "signed": True,
        "resolution_days": 45,
    }
    err = _refused(root, tmp_path, "add", "case", obj=case)
    assert "45" in err and "Điều 28 Luật Khiếu nại" in err
    del case["resolution_days"]
    status, out, _ = cli(root, "add", "case", "--json", _file(tmp_path, case))
    assert status == 0
    uuid = json.loads(out)["uuid"]
    accepted = {"type": "accepted", "on": "2026-03-10"}
    assert cli(root, "event", "case", uuid, "--json", _file(tmp_path, accepted))[0] == 0
    err = _refused(
        root, tmp_path, "event", "case", uuid, obj={"type": "decided", "on": "2026-03-09"}
    )
    assert "10/03/2026" in err or "2026-03-10" in err
    assert "Điều 27, 28 Luật Khiếu nại" in err
    # Nothing changed by the refusals: one session-less store, two letters? no — one letter.
    assert json.loads(cli(root, "list", "reception", "--json")[1]) == []
    assert len(json.loads(cli(root, "list", "letter", "--json")[1])) == 1
    assert json.loads(cli(root, "show", "case", uuid, "--json")[1])["version"] == 2
