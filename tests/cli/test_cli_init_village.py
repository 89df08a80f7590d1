"""``sodanchu init --role village`` sets up a village head's laptop with its own village
record, in one transaction, as the wizard does; bad input is one line, exit 2, nothing set
up (CLI.md; docs/cli.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.cli.test_cli_records import SAMPLES

VILLAGE = [
    "init",
    "--role",
    "village",
    "--village-code",
    "T01",
    "--name",
    "Thôn Phú Hòa",
    "--parent-code",
    "27031",
    "--parent-name",
    "Phường Tân Phú",
    "--households",
    "212",
    "--officer",
    "Lê Văn Tám",
]


def _without(flag: str) -> list[str]:
    i = VILLAGE.index(flag)
    return VILLAGE[:i] + VILLAGE[i + 2 :]


def test_init_village_creates_its_village(tmp_path: Path) -> None:
    d = tmp_path / "laptop"
    done = run(d, *VILLAGE, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["role"] == "village"
    listed = json.loads(run(d, "list", "village", "--json").stdout)
    assert [(v["code"], v["name"], v["households_total"], v["head_name"]) for v in listed] == [
        ("T01", "Thôn Phú Hòa", 212, "Lê Văn Tám")
    ]
    text = run(d, "list", "village")
    assert text.returncode == 0 and "Thôn Phú Hòa" in text.stdout and "212 hộ" in text.stdout
    # The village head's meetings can be written under it at once.
    meeting = {**SAMPLES["meeting"], "village": "T01"}
    added = run(d, "add", "meeting", "--json", "-", stdin=json.dumps(meeting))
    assert added.returncode == 0, added.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (_without("--village-code"), "Mã: bắt buộc"),
        (_without("--name"), "Tên: bắt buộc"),
        (_without("--households"), "Tổng số hộ: bắt buộc"),  # the village's own rule
        ([*_without("--households"), "--households", "0"], "Tổng số hộ: phải từ 1"),
        (_without("--parent-code"), "bắt buộc"),
    ],
)
def test_a_refused_init_is_one_line_and_sets_nothing_up(
    tmp_path: Path, args: list[str], words: str
) -> None:
    d = tmp_path / "laptop"
    refused = run(d, *args)
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.count("\n") == 1 and words in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr and refused.stdout == ""
    # Nothing set up: the store answers as a new one, and a correct init then succeeds.
    listed = run(d, "list", "village")
    assert listed.returncode == 2 and "Chưa thiết lập" in listed.stderr
    assert not (d / "keys").exists() or not any((d / "keys").iterdir())
    assert run(d, *VILLAGE).returncode == 0
    assert len(json.loads(run(d, "list", "village", "--json").stdout)) == 1
