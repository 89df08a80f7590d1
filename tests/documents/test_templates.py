"""The template format a maintainer edits."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from desktop.core.resources import resource_path
from desktop.documents.page import Para
from desktop.documents.templates import TemplateError, load_template, parse_template, when_text

SOURCE = """# a comment
[title]
Biên bản

[body]
== I. PHẦN MỘT

$name_cap tổ chức
hội nghị   ngày $day.
# a comment does not end a paragraph

>> Kính gửi: $name

Giá $$5.

[list]
UBND $name;
Lưu: VT.
"""


def test_sections_paragraphs_and_markers() -> None:
    tpl = parse_template("t.txt", SOURCE)
    paras = tpl.paragraphs("body", {"name": "thôn Đông", "day": "05"})
    assert paras == (
        Para("I. PHẦN MỘT", "heading"),
        Para("Thôn Đông tổ chức hội nghị   ngày 05.", "body"),
        Para("Kính gửi: thôn Đông", "center"),
        Para("Giá $5.", "body"),
    )
    assert tpl.text("title", {}) == "Biên bản"
    assert tpl.lines("list", {"name": "xã Tân Phú"}) == ("UBND xã Tân Phú;", "Lưu: VT.")


def test_filled_text_is_nfc() -> None:
    tpl = parse_template("t.txt", "[a]\n$x\n")
    assert tpl.text("a", {"x": "Đo\u0302ng"}) == "Đông"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("text first\n[a]\n", "before the first"),
        ("[a]\nx\n[a]\ny\n", "repeated"),
    ],
)
def test_malformed_templates_are_refused(source: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message):
        parse_template("t.txt", source)


def test_unknown_placeholder_and_section_fail_loudly() -> None:
    tpl = parse_template("t.txt", "[a]\n$nmae\n")
    with pytest.raises(TemplateError, match="nmae"):
        tpl.text("a", {"name": "x"})
    with pytest.raises(TemplateError, match=r"\[b\]"):
        tpl.text("b", {})


def test_when_text_with_and_without_time() -> None:
    tpl = load_template("minutes_vi.txt")
    assert (
        when_text(dt.datetime(2026, 2, 3, 7, 5), tpl)
        == "hồi 07 giờ 05 phút, ngày 03 tháng 02 năm 2026"
    )
    assert when_text(dt.date(2026, 10, 3), tpl) == "ngày 03 tháng 10 năm 2026"


@pytest.mark.parametrize("name", ["minutes_vi.txt", "invitation_vi.txt"])
def test_shipped_templates_parse_and_are_nfc(name: str) -> None:
    path = resource_path("templates", name)
    source = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", source)
    assert load_template(name).sections


def test_load_from_another_directory(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("[a]\nxin chào\n", encoding="utf-8")
    assert load_template("x.txt", tmp_path).text("a", {}) == "xin chào"
