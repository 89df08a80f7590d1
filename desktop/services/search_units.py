"""The receiving level's search over its units' records (issue 14): the same words typed,
folded the same way (accents optional), the same order as the titles pass of
services/search.py — every word in the title, the last one as a prefix while typed;
shortest title first. Each hit names its unit. Titles only: a unit's records are read-only
snapshots kept apart from the receiver's own, outside the full-text index."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.text import fold
from desktop.storage.child_search import child_titles, unit_names

if TYPE_CHECKING:
    from desktop.services.context import StoreContext
    from desktop.services.search import ParsedQuery, SearchHit


def _holds(folded_title: str, query: ParsedQuery) -> bool:
    words = folded_title.split()
    cleaned = ["".join(ch for ch in w if ch.isalnum()) for w in words]
    last = len(query.words) - 1
    for i, word in enumerate(query.words):
        prefix = query.prefix and i == last
        if not any(c == word or (prefix and c.startswith(word)) for c in cleaned):
            return False
    return True


def unit_hits(ctx: StoreContext, query: ParsedQuery, limit: int) -> list[SearchHit]:
    """The units' live records whose title holds every word typed, best first."""
    from desktop.services.search import SearchHit, spans

    with ctx.db.reading() as session:
        rows = child_titles(session)
        names = unit_names(session)
    found = [
        (kind, uuid, code, title) for kind, uuid, code, title in rows if _holds(fold(title), query)
    ]
    found.sort(key=lambda r: (len(r[3]), r[3], r[1]))
    pattern = query.pattern()
    return [
        SearchHit(
            kind=kind,
            uuid=uuid,
            title=title,
            title_match=True,
            title_spans=tuple(spans(title, pattern)),
            unit_code=code,
            unit_name=names.get(code, code),
        )
        for kind, uuid, code, title in found[:limit]
    ]
