"""A denouncer's identity never leaves the officer (Law on Denunciations Art. 47; LTCD
Art. 3(2)): not in ``list``, ``search``, the bundle to the level above or the period
report — only ``show`` on this installation shows it (issue 15)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from desktop.cli import main
from desktop.core.installation import Installation
from desktop.services.container import Services
from desktop.services.registry import KINDS
from tests.documents.pdftext import flat_text

# Distinctive, so that any copy of it is found; folded too, for the search index.
DENOUNCER = "Quách Thị Xuyến"
FOLDED = "quach thi xuyen"
ADDRESS = "Xóm Vạn Lộc"


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["--data-dir", str(root), *args], out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def _add(root: Path, tmp_path: Path, kind: str, obj: dict[str, Any]) -> str:
    path = tmp_path / f"{kind}.json"
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    status, out, err = cli(root, "add", kind, "--json", str(path))
    assert status == 0, err
    return str(json.loads(out)["uuid"])


def _absent(data: bytes | str, where: str) -> None:
    text = data if isinstance(data, str) else data.decode("utf-8", "replace")
    for secret in (DENOUNCER, ADDRESS, "Xuyến", "Xuyen", "Vạn Lộc"):
        assert secret not in text, f"{secret!r} found in {where}"
    assert FOLDED not in text.lower(), where


def test_a_denouncer_is_never_listed_searched_bundled_or_reported(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    root = services.ctx.paths.root
    case = _add(
        root,
        tmp_path,
        "case",
        {
            "case_type": "denunciation",
            "case_id": "TC-07",
            "received_day": "2026-03-03",
            "subject": "Tố cáo cán bộ địa chính nhận tiền cấp sổ đỏ",
            "person_name": DENOUNCER,
            "person_address": ADDRESS,
            "person_id_no": "001234567890",
        },
    )
    _add(
        root,
        tmp_path,
        "letter",
        {
            "received_day": "2026-03-03",
            "letter_type": "denunciation",
            "summary": "Tố cáo cán bộ địa chính nhận tiền cấp sổ đỏ",
            "senders": [DENOUNCER],
            "sender_address": ADDRESS,
            "case_id": "TC-07",
        },
    )
    _add(
        root,
        tmp_path,
        "reception",
        {
            "session_on": "2026-03-03",
            "visits": [
                {
                    "name": DENOUNCER,
                    "address": ADDRESS,
                    "summary": "Tố cáo cán bộ địa chính nhận tiền cấp sổ đỏ",
                    "matter_type": "denunciation",
                    "case_id": "TC-07",
                }
            ],
        },
    )

    # The officer handling it sees who denounced.
    status, out, _ = cli(root, "show", "case", case)
    assert status == 0 and DENOUNCER in out and ADDRESS in out

    # Lists, JSON or not.
    for kind in KINDS.in_section("citizen"):  # the kinds a person's name is typed in
        for extra in ((), ("--json",)):
            status, out, _ = cli(root, "list", kind, *extra)
            assert status == 0 and out.count("\n") >= 1
            _absent(out, f"list {kind} {extra}")
    listed = json.loads(cli(root, "list", "reception", "--json")[1])
    assert listed[0]["visits"][0]["case_id"] == "TC-07" and "name" not in listed[0]["visits"][0]
    # Search: by the name (accented or not) finds nothing; by the matter finds all three.
    for query in (DENOUNCER, FOLDED, "Xuyen"):
        status, out, _ = cli(root, "search", query, "--json")
        assert status == 0 and json.loads(out) == []
    # By the matter, accent-free: the three records, none showing the person.
    status, out, _ = cli(root, "search", "dia chinh so do")
    assert status == 0 and [line.split()[0] for line in out.splitlines()[::2]] == [
        "case",
        "letter",
        "reception",
    ]
    _absent(out, "search results")

    # The bundle to the level above, every member's bytes.
    status, out, err = cli(root, "export", "--out", str(tmp_path / "out"), "--json")
    assert status == 0, err
    bundles = json.loads(out)["files"]
    seen = 0
    for bundle in bundles:
        with zipfile.ZipFile(bundle) as zf:
            for name in zf.namelist():
                data = zf.read(name)
                _absent(data, f"{Path(bundle).name}:{name}")
                seen += data.count(b"TC-07")
    assert seen >= 2  # the case and the letter went up, without the person

    # The period report.
    pdf = tmp_path / "report.pdf"
    status, _, err = cli(root, "pdf", "report", "2026Q1", "--out", str(pdf))
    assert status == 0, err
    _absent(flat_text(pdf.read_bytes()), "the period report")
