"""Vietnamese text helpers: NFC and accent folding for search and sorting."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case text without diacritics: ``Đường`` → ``duong``.

    ``đ``/``Đ`` are letters of their own in Unicode (no decomposition), so they
    are mapped by hand.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return stripped.casefold()
