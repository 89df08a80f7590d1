"""``sodanchu pdf NAME KEY --out FILE`` for the documents of issues 15 and 16, end to end
through ``main()``: every declared document prints, bad arguments are one line and exit 2
with nothing written, and no PDF holds the denouncer's name."""

from __future__ import annotations

import io
from pathlib import Path

from desktop.cli import main
from desktop.core.installation import Installation
from desktop.core.print_catalog import PRINTABLE
from desktop.services.container import Services
from tests.documents.civic_samples import DENOUNCER, make_samples, step_case
from tests.documents.pdftext import flat_text


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["--data-dir", str(root), *args], out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_every_declared_document_prints_from_the_command_line_without_the_denouncer(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    del commune
    x = make_samples(services)
    root = services.ctx.paths.root
    keys = {
        "reception": x.reception,
        "letter": x.letter,
        "case": x.denunciation_case,
        "consultation": x.consultation,
        "dialogue": x.dialogue,
        "oversight": x.oversight,
    }
    for p in PRINTABLE:
        key = "2026Q1" if p.scope == "period" else keys[p.kind]
        if p.name == "letter-forwarding":
            key = x.denunciation_letter
        key = step_case(x, p.name) or key
        extra = ["--visit", "3" if p.name == "reception-refusal" else "2"]
        out = tmp_path / f"{p.name}.pdf"
        args = ["pdf", p.name, key, "--out", str(out)]
        status, said, err = cli(root, *args, *(extra if p.scope == "visit" else []))
        assert status == 0, (p.name, err)
        assert said.strip() == str(out)
        text = flat_text(out.read_bytes())
        assert DENOUNCER not in text and "Ngọc" not in text, p.name


def test_bad_arguments_are_one_line_exit_2_and_nothing_written(
    services: Services, commune: Installation, tmp_path: Path
) -> None:
    del commune
    x = make_samples(services)
    root = services.ctx.paths.root
    out = tmp_path / "x.pdf"
    cases = [
        (["pdf", "reception-book", "2026Q5", "--out", str(out)], "Kỳ báo cáo"),
        (["pdf", "reception-receipt", x.reception, "--out", str(out)], "Lượt tiếp"),
        (["pdf", "reception-receipt", x.reception, "--visit", "9", "--out", str(out)], "số 9"),
        (["pdf", "reception-refusal", x.reception, "--visit", "1", "--out", str(out)], "Kết quả"),
        (["pdf", "letter-forwarding", x.letter, "--out", str(out)], "Thẩm quyền"),
        (["pdf", "case-acceptance", "no-such-uuid", "--out", str(out)], ""),
        # A conclusion is a denunciation's; a decision needs its step recorded.
        (["pdf", "case-conclusion", x.decided_case, "--out", str(out)], "bước"),
        (["pdf", "case-decision", x.case, "--out", str(out)], "bước"),
    ]
    for args, words in cases:
        status, _, err = cli(root, *args)
        assert status == 2, (args, err)
        assert err.count("\n") == 1 and words in err, err
        assert "Traceback" not in err
    assert not out.exists()
    status, _, err = cli(root, "--lang", "en", *cases[2][0])
    assert status == 2 and "there is no visit 9" in err
