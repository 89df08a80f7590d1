"""The receiving level's search over its units' records (issue 14): the same words typed,
folded the same way (accents optional), the same order as the titles pass of
services/search.py — every word in the title, the last one as a prefix while typed;
shortest title first. Each hit names its unit. Titles only: a unit's records are read-only
snapshots kept apart from the receiver's own, outside the full-text index.

A province holds hundreds of thousands of them (300 communes: BUDGETS.md "province-1y"),
so each search cannot fold every title again: the titles are indexed in memory once — the
distinct titles, folded, with a word → titles map — and read again only when a bundle was
imported since (the register of imported bundles is the data's version). A query then
intersects a few sets (the word being typed: the words it begins, found by bisection).
"""

from __future__ import annotations

import bisect
import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.text import fold
from desktop.storage.child_search import child_titles, titles_version, unit_names

if TYPE_CHECKING:
    from desktop.services.context import StoreContext
    from desktop.services.search import ParsedQuery, SearchHit
    from desktop.storage.db import Database

Row = tuple[str, str, str]  # kind, uuid, unit code


def title_words(title: str) -> set[str]:
    """The words of a title as a query's words are compared with them."""
    return {"".join(ch for ch in w if ch.isalnum()) for w in fold(title).split()}


@dataclass
class TitleIndex:
    """The units' live records by title; title ids in rank order (shortest title first).

    A title's records are kept as one string, ``kind uuid code`` lines sorted by uuid, split
    only when shown: a few bytes a record (375,600 records: tens of MB, not hundreds)."""

    version: tuple[object, ...]
    titles: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)  # per title id: its records' lines
    words: dict[str, list[int]] = field(default_factory=dict)  # word -> title ids
    vocabulary: list[str] = field(default_factory=list)  # the words, sorted

    @classmethod
    def build(
        cls, version: tuple[object, ...], found: Iterable[tuple[str, str, str, str]]
    ) -> TitleIndex:
        by_title: dict[str, list[str]] = {}
        for kind, uuid, code, title in found:
            by_title.setdefault(title, []).append(f"{uuid} {kind} {code}")
        index = cls(version)
        index.titles = sorted(by_title, key=lambda t: (len(t), t))
        for tid, title in enumerate(index.titles):
            index.rows.append("\n".join(sorted(by_title.pop(title))))
            for word in title_words(title):
                index.words.setdefault(word, []).append(tid)
        index.vocabulary = sorted(index.words)
        return index

    def _ids(self, word: str, prefix: bool) -> set[int]:
        if not prefix:
            return set(self.words.get(word, ()))
        ids: set[int] = set()
        at = bisect.bisect_left(self.vocabulary, word)
        while at < len(self.vocabulary) and self.vocabulary[at].startswith(word):
            ids.update(self.words[self.vocabulary[at]])
            at += 1
        return ids

    def matching(self, query: ParsedQuery, limit: int) -> list[tuple[str, Row]]:
        """(title, row) of the records whose title holds every word typed, best first."""
        last = len(query.words) - 1
        # The rarest word first: the smallest set to intersect the others with.
        sets = sorted(
            (self._ids(w, query.prefix and i == last) for i, w in enumerate(query.words)), key=len
        )
        found = set(sets[0]) if sets else set()
        for other in sets[1:]:
            found &= other
            if not found:
                break
        out: list[tuple[str, Row]] = []
        for tid in sorted(found):
            for line in self.rows[tid].split("\n"):
                uuid, kind, code = line.split(" ", 2)
                out.append((self.titles[tid], (kind, uuid, code)))
                if len(out) >= limit:
                    return out
        return out


_INDEXES: weakref.WeakKeyDictionary[Database, TitleIndex] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()  # the search runs on a worker thread; one index built at a time


def _index(ctx: StoreContext) -> TitleIndex:
    with _LOCK, ctx.db.reading() as session:
        version = titles_version(session)
        index = _INDEXES.get(ctx.db)
        if index is None or index.version != version:
            index = TitleIndex.build(version, child_titles(session))
            _INDEXES[ctx.db] = index
        return index


def unit_hits(ctx: StoreContext, query: ParsedQuery, limit: int) -> list[SearchHit]:
    """The units' live records whose title holds every word typed, best first."""
    from desktop.services.search import SearchHit, spans

    found = _index(ctx).matching(query, limit)
    with ctx.db.reading() as session:
        names = unit_names(session)
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
        for title, (kind, uuid, code) in found
    ]
