"""Vietnamese alphabetical order: letters of their own, tones after letters, proper names."""

from __future__ import annotations

import random

from desktop.core.text import place_sort_key, proper_name, vi_sort_key


def _shuffled(words: list[str]) -> list[str]:
    copy = list(words)
    random.Random(7).shuffle(copy)
    return copy


def test_letters_in_the_vietnamese_alphabet() -> None:
    ordered = ["an", "ăn", "ân", "bé", "cá", "dê", "đá", "em", "êm", "gà", "o", "ô", "ơ", "u", "ư"]
    assert sorted(_shuffled(ordered), key=vi_sort_key) == ordered


def test_tones_count_only_after_the_letters() -> None:
    # ngang, huyền, hỏi, ngã, sắc, nặng (ICU / CLDR "vi"), and every "ha" before "hai".
    ordered = ["ha", "hà", "hả", "hã", "há", "hạ", "hai", "hài", "hát"]
    assert sorted(_shuffled(ordered), key=vi_sort_key) == ordered


def test_case_and_spacing_and_numbers() -> None:
    assert vi_sort_key("Đông") > vi_sort_key("Dương")  # đ after d, whatever follows
    assert vi_sort_key("  Tân   Phú ") == vi_sort_key("Tân Phú")
    assert vi_sort_key("Tổ 2") < vi_sort_key("Tổ 10") < vi_sort_key("Tổ 10a")
    assert vi_sort_key("Tân") < vi_sort_key("Tân An")  # a space before any letter
    # NFD input (as pasted from some programs) sorts like NFC.
    assert vi_sort_key("Đa\u0300 Nẵng") == vi_sort_key("Đà Nẵng")


def test_villages_and_provinces_by_their_proper_name() -> None:
    villages = ["Thôn Tây", "Thôn Đông", "Ấp Bình Minh", "Thôn Bắc", "Xóm Dưới", "Tổ dân phố 10"]
    assert sorted(villages, key=place_sort_key) == [
        "Tổ dân phố 10",
        "Thôn Bắc",
        "Ấp Bình Minh",
        "Xóm Dưới",
        "Thôn Đông",
        "Thôn Tây",
    ]
    assert proper_name("Thành phố Hà Nội") == "Hà Nội"
    assert proper_name("Tỉnh Thanh Hóa") == "Thanh Hóa"
    assert proper_name("Tổ dân phố 3") == "3"
    assert proper_name("Tổ dân phố số 12") == "12"
    assert sorted(["Tổ dân phố số 10", "Thôn 2"], key=place_sort_key) == [
        "Thôn 2",
        "Tổ dân phố số 10",
    ]
    assert proper_name("Xã") == "Xã"  # nothing left: the name itself


def test_one_day_format_for_window_documents_and_messages() -> None:
    """One helper writes a day dd/mm/yyyy (review of issue 12: five copies before)."""
    from datetime import date

    from desktop.core.text import day_text, iso_day_text

    assert day_text(date(2026, 4, 5)) == "05/04/2026"
    assert iso_day_text("2026-04-05") == "05/04/2026"
    assert iso_day_text("2026-12-01T03:00:00Z") == "01/12/2026"
    assert iso_day_text("không rõ") == "không rõ"
    assert iso_day_text("") == ""
