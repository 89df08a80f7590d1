"""Search across every record kind, accents optional ("huong uoc" finds "Hương ước").

On SQLite the full-text index of ``storage/search_index.py`` answers: every word
typed must appear (the last one as a prefix while it is being typed). Records
whose title holds every word come first, shortest title first; then the others in
BM25 order, the title weighing more than the body. A query matching thousands of
records (one common word, one letter) lists the newest first instead: ranking
them all would cost more than it tells. Each hit carries a snippet of its body
around the matches and the spans of the matching words in the title and the
snippet, on the original text, for highlighting.

On PostgreSQL (the receiving level, no FTS5) the folded ``search_text`` columns
are scanned with LIKE instead, titles only in the results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.core.text import fold, vi_sort_key
from desktop.services.context import StoreContext
from desktop.services.registry import Kinds
from desktop.storage.search_index import (
    accents_optional,
    matching_documents,
    matching_titles,
    unpack,
)

Span = tuple[int, int]
MAX_WORDS = 16
SNIPPET_CHARS = 160
SNIPPET_LEAD = 40  # characters of context kept before the first match
CHOOSE_WITHIN = 4000  # the best window is looked for in the body's first characters
LOOK_WITHIN = 30000  # and a first match this far; further, the snippet is the beginning
_WORD = re.compile(r"[^\W_]+")  # what FTS5's unicode61 calls a token: letters and digits


@dataclass(frozen=True)
class SearchHit:
    """One record found. Spans are (start, end) offsets into ``title`` and ``snippet``."""

    kind: str
    uuid: str
    title: str
    title_match: bool
    snippet: str = ""
    title_spans: tuple[Span, ...] = ()
    snippet_spans: tuple[Span, ...] = ()
    # A unit's record at the receiving level (services/search_units.py); "" for its own.
    unit_code: str = ""
    unit_name: str = ""


@dataclass(frozen=True)
class ParsedQuery:
    """The words typed, folded; ``prefix``: the last one is still being typed."""

    words: tuple[str, ...]
    prefix: bool

    @classmethod
    def parse(cls, typed: str) -> ParsedQuery:
        words = tuple(_WORD.findall(fold(typed)))[:MAX_WORDS]
        return cls(words, bool(words) and not typed[-1:].isspace())

    def fts(self) -> str:
        """The FTS5 expression: each word quoted (no operator can be injected), all required."""
        quoted = [f'"{w}"' for w in self.words]
        if self.prefix:
            quoted[-1] += "*"
        return " ".join(quoted)

    def pattern(self) -> re.Pattern[str]:
        """Finds the matching words in the original text, with or without accents."""
        whole = sorted(set(self.words[:-1] if self.prefix else self.words), key=len, reverse=True)
        alternatives = [accents_optional(w) for w in whole]
        if self.prefix:
            alternatives.insert(0, accents_optional(self.words[-1]) + r"[^\W_]*")
        # One named group per word typed: a snippet shows as many different words as it can.
        named = "|".join(f"(?P<w{i}>{a})" for i, a in enumerate(alternatives))
        return re.compile(r"(?<![^\W_])(?:" + named + r")(?![^\W_])", re.I)


def spans(value: str, pattern: re.Pattern[str], start: int = 0, end: int = -1) -> list[Span]:
    """Matches in ``value[start:end]``, as offsets from ``start``."""
    end = len(value) if end < 0 else end
    return [(m.start() - start, m.end() - start) for m in pattern.finditer(value, start, end)]


def snippet(body: str, pattern: re.Pattern[str]) -> tuple[str, list[Span]]:
    """About ``SNIPPET_CHARS`` of ``body`` around its first match, on whole words."""
    if not body:
        return "", []
    first = _best_match(body, pattern)
    start = 0
    if first > SNIPPET_LEAD:
        start = first - SNIPPET_LEAD
        while start < first and not body[start - 1].isspace():
            start += 1  # begin on a word
    end = min(len(body), start + SNIPPET_CHARS)
    while end < len(body) and not body[end].isspace() and end - start < SNIPPET_CHARS + 30:
        end += 1  # end on a word
    found = spans(body, pattern, start, end)
    # Line breaks become spaces one for one (the spans stay right); str.replace is far
    # quicker than str.translate on non-ASCII text.
    piece = body[start:end].replace("\n", " ").replace("\r", " ").replace("\t", " ")
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(body) else ""
    shift = len(lead)
    return lead + piece + tail, [(a + shift, b + shift) for a, b in found]


def _best_match(body: str, pattern: re.Pattern[str]) -> int:
    """Where the window showing the most different words typed begins (0: none found)."""
    found: list[tuple[int, int, str | None]] = []
    # Regular expressions without a literal prefix try every position: in a long text the
    # window is chosen among the first matches of its beginning only.
    for m in pattern.finditer(body, 0, CHOOSE_WITHIN):
        found.append((m.start(), m.end(), m.lastgroup))
        if len(found) == 16:
            break
    if not found:
        first = pattern.search(body, 0, LOOK_WITHIN)
        return first.start() if first is not None else 0
    reach = SNIPPET_CHARS - SNIPPET_LEAD
    best, best_count = found[0][0], 0
    shown: dict[str | None, int] = {}  # words in the window found[i:j], how often
    j = 0
    for start, _end, word in found:
        while j < len(found) and found[j][1] <= start + reach:
            shown[found[j][2]] = shown.get(found[j][2], 0) + 1
            j += 1
        if len(shown) > best_count:
            best, best_count = start, len(shown)
        if shown.get(word, 0) > 1:
            shown[word] -= 1
        else:
            shown.pop(word, None)
    return best


class SearchService:
    """One search over every registered kind (each indexes its declared search text)."""

    def __init__(self, ctx: StoreContext, kinds: Kinds) -> None:
        self.ctx = ctx
        self.kinds = kinds

    def search(self, typed: str, limit: int = 50) -> list[SearchHit]:
        """Records matching every word of ``typed``, best first, at most ``limit``."""
        query = ParsedQuery.parse(typed)
        if not query.words or limit <= 0:
            return []
        if self._receiving():  # it keeps no records of its own: its units' records
            from desktop.services.search_units import unit_hits

            return unit_hits(self.ctx, query, limit)
        if self.ctx.db.is_sqlite:
            return self._fts(query, limit)
        return self._like(query, limit)

    def _receiving(self) -> bool:
        from desktop.core.installation import Role
        from desktop.storage.installation import get_installation

        with self.ctx.db.reading() as session:
            inst = get_installation(session)
        return inst is not None and inst.data.role is Role.UPPER

    def _fts(self, query: ParsedQuery, limit: int) -> list[SearchHit]:
        expression = query.fts()
        in_title = f"title : ({expression})"
        with self.ctx.db.reading() as session:
            # Two passes: every word in the title, then the other records holding them.
            rows: list[tuple[Any, ...]] = [
                (*r, True)
                for r in matching_documents(session, in_title, by_title=True, limit=limit)
            ]
            if len(rows) < limit:
                others = f"({expression}) NOT {in_title}"
                rest = limit - len(rows)
                rows += [
                    (*r, False)
                    for r in matching_documents(session, others, by_title=False, limit=rest)
                ]
        pattern = query.pattern()
        hits = []
        for kind, uuid, title, body, title_match in rows:
            piece, piece_spans = snippet(unpack(body), pattern)
            hits.append(
                SearchHit(
                    kind=kind,
                    uuid=uuid,
                    title=title,
                    title_match=bool(title_match),
                    snippet=piece,
                    title_spans=tuple(spans(title, pattern)),
                    snippet_spans=tuple(piece_spans),
                )
            )
        return hits

    def _like(self, query: ParsedQuery, limit: int) -> list[SearchHit]:
        """Without FTS5: every word anywhere in the folded ``search_text`` columns."""
        pattern = query.pattern()
        hits: list[SearchHit] = []
        tables = [(s, self.kinds.service(s.name).adapter().row_type) for s in self.kinds]
        with self.ctx.db.reading() as session:
            for spec, row_type in tables:
                kind = spec.name
                found_titles = matching_titles(
                    session, row_type, spec.title_field, query.words, limit
                )
                for uuid, name in found_titles:
                    found = spans(name, pattern)
                    in_title = {fold(name[a:b]) for a, b in found}
                    title_match = all(
                        any(w == f or (query.prefix and f.startswith(w)) for f in in_title)
                        for w in query.words
                    )
                    hits.append(SearchHit(kind, uuid, name, title_match, "", tuple(found)))
        hits.sort(key=lambda h: (not h.title_match, h.kind, vi_sort_key(h.title)))
        return hits[:limit]
