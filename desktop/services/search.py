"""Search across every record kind, accents optional ("huong uoc" finds "Hương ước").

Each record keeps a folded copy of its words (``search_text``, lower case without
diacritics, kept current by the single write path); every word typed must appear.
Titles that contain all the words rank first. A full-text index (FTS5) for ten
years of records comes with the scale work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.core.text import fold
from desktop.services.context import StoreContext
from desktop.storage.models import ConventionRow, DisclosureRow, MeetingRow, VillageRow


@dataclass(frozen=True)
class SearchHit:
    kind: str
    uuid: str
    title: str
    title_match: bool


_KINDS: tuple[tuple[str, Any, Any], ...] = (
    ("village", VillageRow, VillageRow.name),
    ("meeting", MeetingRow, MeetingRow.title),
    ("convention", ConventionRow, ConventionRow.title),
    ("disclosure", DisclosureRow, DisclosureRow.title),
)


class SearchService:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        words = fold(text).split()
        if not words:
            return []
        hits: list[SearchHit] = []
        with self.ctx.db.reading() as session:
            for kind, row, title in _KINDS:
                stmt = select(row.uuid, title).where(row.deleted.is_(False))
                for word in words:
                    stmt = stmt.where(row.search_text.contains(word, autoescape=True))
                for uuid, name in session.execute(stmt.limit(limit)):
                    folded = fold(name)
                    hits.append(SearchHit(kind, uuid, name, all(w in folded for w in words)))
        hits.sort(key=lambda h: (not h.title_match, h.kind, fold(h.title)))
        return hits[:limit]
