"""``sodanchu search`` end to end: a real process over the demo data."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import run


def test_search_command_accents_optional(tmp_path: Path) -> None:
    d = tmp_path / "demo"
    assert run(d, "demo").returncode == 0
    plain = run(d, "search", "huong uoc thon dong")
    assert plain.returncode == 0, plain.stderr
    first = plain.stdout.splitlines()[0]
    assert first.startswith("convention") and "Hương ước thôn Đông" in first
    assert "Thôn Đông" in plain.stdout.splitlines()[1]  # the snippet under the title

    found = run(d, "search", "đường", "--json")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits == json.loads(run(d, "search", "duong", "--json").stdout)
    assert {h["kind"] for h in hits} >= {"meeting", "convention"}
    for hit in hits:
        assert set(hit) == {"kind", "uuid", "title", "snippet", "title_spans", "snippet_spans"}
        for a, b in hit["snippet_spans"]:
            assert hit["snippet"][a:b].lower() in {"đường"}

    none = run(d, "search", 'NEAR( "*')
    assert none.returncode == 0 and none.stdout == "Không tìm thấy bản ghi nào\n"
