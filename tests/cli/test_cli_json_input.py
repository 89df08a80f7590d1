"""Hostile record JSON on stdin (issue 17): exit 2 naming the field and the rule, nothing stored.

Bytes go in as bytes: the C.UTF-8 locale reads stdin with surrogateescape, which used to
carry bad bytes as far as the database driver (exit 1).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.jsonio import MAX_JSON_DEPTH
from tests.cli.test_cli import INIT, run

MEETING = {
    "village": "DONG",
    "title": "Họp thôn",
    "meeting_type": "decision",
    "held_on": "2026-03-10",
    "households_present": 180,
    "items": [{"title": "Làm đường", "matter": "contribution", "votes_against": 3}],
}


def feed(data_dir: Path, kind: str, raw: bytes, *opts: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *opts]
    proc = subprocess.run(
        [*cmd, "add", kind, "--json", "-"],
        input=raw,
        capture_output=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=60,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode("utf-8", "replace")
    )


@pytest.fixture(scope="module")
def cdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("json-input") / "data"
    assert run(d, *INIT).returncode == 0
    body = '{"code": "DONG", "name": "Thôn Đông", "households_total": 212}'
    assert run(d, "add", "village", "--json", "-", stdin=body).returncode == 0
    return d


def village(extra: str) -> bytes:
    return ('{"code": "tay", "name": "Thôn Tây", ' + extra + "}").encode()


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        (
            b'{"code": "tay", "name": "Th\xff\xfen T\xe2y", "households_total": 5}',
            "sodanchu: Dữ liệu JSON: không phải văn bản UTF-8 (byte thứ 28 không hợp lệ)",
        ),
        (
            village('"households_total": 5, "head_name": "\\ud800"'),
            "sodanchu: Trưởng thôn/Tổ trưởng: có ký tự không hợp lệ (nửa cặp thay thế UTF-16), "
            "không lưu được",
        ),
        (
            village('"households_total": ' + "9" * 4000),
            f"sodanchu: Tổng số hộ: số quá lớn (tối đa {2**63 - 1})",
        ),
        (
            village(f'"households_total": {2**63}'),
            f"sodanchu: Tổng số hộ: số quá lớn (tối đa {2**63 - 1})",
        ),
        (
            village('"households_total": 5, "head_name": ' + "[" * 100_000 + "]" * 100_000),
            f"sodanchu: Dữ liệu JSON: lồng nhau quá {MAX_JSON_DEPTH} tầng",
        ),
        (
            village('"households_total": 5, "head_name": ' + "[" * 50 + "]" * 50),
            f"sodanchu: Trưởng thôn/Tổ trưởng: lồng nhau quá {MAX_JSON_DEPTH} tầng",
        ),
        (
            b'{"code": "tay",\n "name": }',
            "sodanchu: Dữ liệu JSON: không đọc được JSON ở dòng 2, cột 10",
        ),
        (b"[1, 2]", "sodanchu: Dữ liệu JSON: phải là một đối tượng JSON {…}"),
    ],
    ids=["not-utf8", "surrogate", "4000-digits", "2**63", "100k-deep", "50-deep", "bad", "list"],
)
def test_hostile_json_is_refused_in_one_line(cdir: Path, raw: bytes, line: str) -> None:
    proc = feed(cdir, "village", raw)
    assert (proc.returncode, proc.stderr.strip().splitlines()) == (2, [line])
    listed = run(cdir, "list", "village", "--json")
    assert [v["code"] for v in json.loads(listed.stdout)] == ["DONG"]


def test_english_and_a_utf8_bom(cdir: Path) -> None:
    proc = feed(cdir, "village", village(f'"households_total": {2**64}'), "--lang", "en")
    assert (
        proc.stderr.strip() == f"sodanchu: Total households: number too large (at most {2**63 - 1})"
    )
    ok = feed(cdir, "village", b"\xef\xbb\xbf" + village('"households_total": 5'))
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["name"] == "Thôn Tây"


def test_a_meeting_error_names_the_item_in_words(cdir: Path) -> None:
    proc = feed(cdir, "meeting", json.dumps(MEETING).encode())
    assert proc.returncode == 2
    assert proc.stderr.strip() == "sodanchu: Nội dung 1 — Số hộ tán thành: bắt buộc phải nhập"
    en = feed(cdir, "meeting", json.dumps(MEETING).encode(), "--lang", "en")
    assert en.stderr.strip() == "sodanchu: Item 1 — Households for: is required"
