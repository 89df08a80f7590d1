"""Vietnamese text helpers: NFC and accent folding for search and sorting."""

from __future__ import annotations

import re
import unicodedata
from datetime import date


def fold(text: str) -> str:
    """Lower-case text without diacritics: ``Đường`` → ``duong``.

    ``đ``/``Đ`` are letters of their own in Unicode (no decomposition), so they
    are mapped by hand.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return stripped.casefold()


# --- Vietnamese collation -------------------------------------------------------------
# The alphabet (TCVN 5712 / the order of Vietnamese dictionaries): ă â đ ê ô ơ ư are
# letters of their own, each after its base letter. Tones compare only when the letters
# are equal, in the order of ICU's Vietnamese collation (CLDR "vi"): no tone, huyền,
# hỏi, ngã, sắc, nặng. Case compares last.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_LETTER_BASE = 0x1000  # letters sort after spaces, punctuation and digits
_collation_cache: dict[str, tuple[str, str, str]] = {}


def _collation_of(char: str) -> tuple[str, str, str]:
    """(primary, tone, case) weights of one character."""
    found = _collation_cache.get(char)
    if found is not None:
        return found
    lower = char.lower()
    decomposed = unicodedata.normalize("NFD", lower)
    base, marks = decomposed[:1], decomposed[1:]
    letter = "đ" if lower == "đ" else base
    tone = "0"
    for mark in marks:
        if mark in _LETTER_MARKS:
            letter = unicodedata.normalize("NFC", letter + mark)
        elif mark in _TONES:
            tone = _TONES[mark]
        else:
            tone = "9"  # a foreign accent: after the Vietnamese tones
    rank = _ALPHABET.find(letter) if len(letter) == 1 and letter.isalpha() else -1
    primary = chr(_LETTER_BASE + rank) if rank >= 0 else letter
    weights = (primary, tone, "1" if char != lower else "0")
    _collation_cache[char] = weights
    return weights


def _number_weight(digits: str) -> str:
    """A run of digits as one weight, so that 2 sorts before 10."""
    number = digits.lstrip("0") or "0"
    return chr(0x30 + min(len(number), 0xFFF)) + number


def _weights(part: int) -> dict[int, str]:
    """A ``str.translate`` table: code point → its weight, for every Latin letter.

    Characters outside the table (other scripts) stand for themselves.
    """
    ranges = (range(0x20, 0x250), range(0x1E00, 0x1F00))
    return {code: _collation_of(chr(code))[part] for r in ranges for code in r}


_PRIMARY, _TONE, _CASE = _weights(0), _weights(1), _weights(2)
_DIGIT_RUN = re.compile(r"[0-9]+")
_HAS_DIGIT = re.compile(r"[0-9]")


def _number_run(match: re.Match[str]) -> str:
    return _number_weight(match.group())


def vi_sort_key(text: str) -> tuple[str, str, str]:
    """The key that sorts text in Vietnamese alphabetical order.

    ``a ă â b c d đ e ê … o ô ơ … u ư …``; tones after letters (``Ha < Hà < Hả <
    Hã < Há < Hạ < Hai``); case last; runs of digits by their value (``Tổ 2`` before
    ``Tổ 10``). Leading and inner runs of spaces do not count.
    """
    clean = unicodedata.normalize("NFC", " ".join(text.split()))
    numbered = _DIGIT_RUN.sub(_number_run, clean) if _HAS_DIGIT.search(clean) else clean
    return numbered.translate(_PRIMARY), clean.translate(_TONE), clean.translate(_CASE)


# Words that name the kind of unit, not the unit: "Thành phố Hà Nội" sorts under H.
# Longest first, so that "Tổ dân phố" is removed whole rather than "Tổ".
_UNIT_PREFIXES = tuple(
    sorted(
        (
            "tỉnh", "thành phố", "xã", "phường", "đặc khu", "thị trấn", "thị xã", "quận",
            "huyện", "thôn", "tổ dân phố", "tổ", "khu phố", "khu", "ấp", "bản", "buôn",
            "xóm", "làng", "khóm", "sóc", "plei", "phum", "khối", "cụm dân cư",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip


def proper_name(name: str) -> str:
    """A place name without the word for its kind: ``Thành phố Hà Nội`` → ``Hà Nội``."""
    text = " ".join(unicodedata.normalize("NFC", name).split())
    lower = text.lower()
    for prefix in _UNIT_PREFIXES:
        if lower.startswith(prefix + " ") and len(text) > len(prefix) + 1:
            rest = text[len(prefix) + 1 :]
            # "Tổ dân phố số 3" is number 3, among the other numbers.
            if rest.lower().startswith("số ") and rest[3:4].isdigit():
                return rest[3:]
            return rest
    return text


def place_sort_key(name: str) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """Sorts place names (provinces, communes, villages) by their proper name."""
    return vi_sort_key(proper_name(name)), vi_sort_key(name)


def day_text(day: date) -> str:
    """A day as the window, the documents and the messages write it in both languages
    (vi_VN, en_GB): ``05/04/2026``."""
    return day.strftime("%d/%m/%Y")


def iso_day_text(iso: str) -> str:
    """``2026-04-05`` (or the day of an ISO moment, as written) as ``05/04/2026``;
    anything that is not a day as it is."""
    try:
        return day_text(date.fromisoformat(iso[:10]))
    except ValueError:
        return iso
