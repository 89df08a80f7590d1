"""One catalog of wordings keyed by (kind, code), composed explicitly in one place.

A record kind's rules use short codes (``required``, ``min``, ``recognition_late`` ...)
that another kind may use with other words: a meeting's ``recognition_late`` counts
from the minutes (Law 10/2022/QH15 Art. 20), a convention's from the dossier (Decree
61/2023/NĐ-CP Art. 11). So every code is looked up under its kind first, then among
the shared wordings (kind ``""``). The catalog is built once from the per-kind tables
listed in :mod:`desktop.core.messages`; nothing registers itself at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

Lang = str  # "vi" or "en"
Words = Mapping[Lang, str]
Table = Mapping[str, Words]

SHARED = ""


class Catalog:
    """Wordings by (kind, code); ``template`` falls back from the kind to the shared table."""

    def __init__(self, shared: Table, kinds: Mapping[str, tuple[Table, ...]]) -> None:
        entries: dict[tuple[str, str], Words] = {(SHARED, c): w for c, w in shared.items()}
        for kind, tables in kinds.items():
            for table in tables:
                for code, words in table.items():
                    if (kind, code) in entries:
                        raise ValueError(f"code {code!r} worded twice for kind {kind!r}")
                    entries[(kind, code)] = words
        self._entries = MappingProxyType(entries)
        self._tables = {kind: tuple(tables) for kind, tables in kinds.items()}
        self.kinds: tuple[str, ...] = tuple(kinds)

    def worded_by(self, kind: str, table: Table) -> bool:
        """True when ``table`` is one of the tables listed under ``kind``."""
        return any(t is table for t in self._tables.get(kind, ()))

    def words(self, kind: str, code: str) -> Words | None:
        """The entry of ``code`` for ``kind``, else the shared one; ``kind=""`` (a refusal
        raised before its kind was known) also tries each kind in the listed order."""
        entry = self._entries.get((kind, code)) or self._entries.get((SHARED, code))
        if entry is None and not kind:
            for other in self.kinds:
                entry = self._entries.get((other, code))
                if entry is not None:
                    break
        return entry

    def template(self, kind: str, code: str, lang: Lang) -> str | None:
        """The template in ``lang`` (Vietnamese when that language lacks one)."""
        entry = self.words(kind, code)
        if entry is None:
            return None
        return entry.get(lang) or entry.get("vi")

    def own(self, kind: str, code: str) -> bool:
        """True when ``kind`` words ``code`` itself (not through the shared table)."""
        return (kind, code) in self._entries
