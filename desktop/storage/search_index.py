"""The full-text search index (SQLite FTS5), kept current by the write path.

Two tables, created by migration 0006 on SQLite only (PostgreSQL, used at the
receiving level, searches the folded ``search_text`` columns instead):

- ``search_documents``: one row per live record: kind, uuid, the NFC title and
  the NFC body compressed (zlib: a third of the size), so results are ordered and
  shown without per-kind joins, and a row is forgotten with the very text indexed;
- ``search_fts``: a contentless FTS5 table over the record's title and body
  *folded* — lower case, no diacritics and ``đ`` → ``d`` — whose rowid is
  ``search_documents.id``. ``unicode61 remove_diacritics 2`` alone would leave
  ``đ`` apart from ``d`` (Unicode gives it no decomposition), so "duong" would
  miss "Đường".

The text of a record comes from its record JSON (the snapshot the write path
journals), so the migration builds the index from the journal alone. The index
keeps no folded copy and no word positions: it adds about a twentieth to the
data file (BUDGETS.md bounds its size).
"""

from __future__ import annotations

import json
import re
import unicodedata
import zlib
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from desktop.core.kinds import KindSpec
from desktop.core.text import fold

DOCUMENTS_TABLE = "search_documents"
FTS_TABLE = "search_fts"

CREATE_DOCUMENTS = (
    "CREATE TABLE search_documents ("
    "id INTEGER PRIMARY KEY, kind VARCHAR(20) NOT NULL, uuid VARCHAR(36) NOT NULL UNIQUE, "
    "title TEXT NOT NULL, body BLOB NOT NULL)"
)
# detail=column: queries are single words, never phrases, so word positions are not kept
# (a third of the size). Prefix indexes of 1 and 2 letters make the word being typed
# ("t"*, "ng"*) as cheap as a whole one; longer prefixes are narrow enough without.
CREATE_FTS = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='', detail=column, "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2')"
)


def is_search_table(name: str | None) -> bool:
    """True for the index tables (and FTS5's shadow tables), which have no ORM model."""
    return name is not None and (name == DOCUMENTS_TABLE or name.startswith(FTS_TABLE))


def _fold_char(ch: str) -> str:
    folded = fold(ch)
    if len(folded) == 1:
        return folded
    # Keep the length: a character that folds to nothing or to several (a lone
    # combining mark, "ß") stays, lower-cased if that keeps it one character.
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


def _fold_table() -> dict[int, str]:
    # Latin (incl. Vietnamese precomposed letters), combining marks, Latin Extended Additional.
    ranges = ((0x41, 0x250), (0x300, 0x370), (0x1E00, 0x1F00))
    table: dict[int, str] = {}
    for start, end in ranges:
        for code in range(start, end):
            ch = chr(code)
            folded = _fold_char(ch)
            if folded != ch:
                table[code] = folded
    return table


_FOLD = _fold_table()  # constant, built once: str.translate runs it in C


def fold_aligned(value: str) -> str:
    """``fold`` that keeps every character in place: ``len(result) == len(value)``.

    The input is NFC (the write path normalises), so each Vietnamese letter is
    one code point and folds to one code point.
    """
    return unicodedata.normalize("NFC", value).translate(_FOLD)


def _letter_classes() -> dict[str, str]:
    variants: dict[str, set[str]] = {}
    for code, folded in _FOLD.items():
        variants.setdefault(folded, {folded}).add(chr(code))
    return {f: "[" + "".join(re.escape(c) for c in sorted(v)) + "]" for f, v in variants.items()}


_CLASSES = _letter_classes()  # constant: "d" → "[DdĎďĐđ]"


def accents_optional(word: str) -> str:
    """A regular expression finding the folded ``word`` in original text, whatever its
    accents and case: ``duong`` finds ``Đường``. Highlighting needs no folded copy then."""
    return "".join(_CLASSES.get(c, re.escape(c)) for c in word)


# --- the text each kind contributes ----------------------------------------------------
# Each kind declares its own (``KindSpec.search_text``, desktop/core/specs/<kind>.py).
def document_text(spec: KindSpec, record: Mapping[str, Any]) -> tuple[str, str] | None:
    """(title, body) NFC text a record contributes to the index; None: not indexed."""
    if spec.search_text is None:
        return None
    title, body = spec.search_text(record)
    return unicodedata.normalize("NFC", title), unicodedata.normalize("NFC", body)


# --- keeping the index current ---------------------------------------------------------
def pack(body: str) -> bytes:
    return zlib.compress(body.encode("utf-8"), 6)


def unpack(stored: bytes | str) -> str:
    if isinstance(stored, str):  # stores indexed before bodies were compressed (1 Dec 2026)
        return stored
    return zlib.decompress(stored).decode("utf-8")


def _drop(conn: Connection, uuid: str) -> int | None:
    old = conn.execute(
        text("SELECT id, title, body FROM search_documents WHERE uuid = :uuid"), {"uuid": uuid}
    ).first()
    if old is None:
        return None
    # A contentless FTS5 table forgets a row only when given the exact words it indexed.
    conn.execute(
        text(
            "INSERT INTO search_fts(search_fts, rowid, title, body) "
            "VALUES ('delete', :id, :title, :body)"
        ),
        {"id": old.id, "title": fold_aligned(old.title), "body": fold_aligned(unpack(old.body))},
    )
    return int(old.id)


def _put(conn: Connection, spec: KindSpec, uuid: str, record: Mapping[str, Any]) -> None:
    old_id = _drop(conn, uuid)
    doc = None if record.get("deleted") else document_text(spec, record)
    if doc is None:  # a tombstone leaves the index
        if old_id is not None:
            conn.execute(text("DELETE FROM search_documents WHERE id = :id"), {"id": old_id})
        return
    title, body = doc
    params = {"kind": spec.name, "uuid": uuid, "title": title, "body": pack(body)}
    if old_id is None:
        new_id = conn.execute(
            text(
                "INSERT INTO search_documents(kind, uuid, title, body) "
                "VALUES (:kind, :uuid, :title, :body) RETURNING id"
            ),
            params,
        ).scalar_one()
    else:
        new_id = old_id
        conn.execute(
            text("UPDATE search_documents SET title = :title, body = :body WHERE id = :id"),
            {**params, "id": old_id},
        )
    conn.execute(
        text("INSERT INTO search_fts(rowid, title, body) VALUES (:id, :title, :body)"),
        {"id": new_id, "title": fold_aligned(title), "body": fold_aligned(body)},
    )


def index_record(session: Session, spec: KindSpec, uuid: str, record: Mapping[str, Any]) -> None:
    """Bring the index up to date with one record's JSON, inside the caller's transaction.

    Called by the write path after every create, update and delete; a record whose
    JSON says ``deleted`` is removed. Without the index (PostgreSQL) nothing happens.
    """
    conn = session.connection()
    if conn.dialect.name == "sqlite" and spec.search_text is not None:
        _put(conn, spec, uuid, record)


def rebuild(conn: Connection, specs: Iterable[KindSpec]) -> int:
    """Fill the index afresh from each record's newest journal entry; returns the count.

    The journal's newest ``after`` of a record is its current JSON (``sodanchu check``
    verifies exactly that), so no per-kind table knowledge is needed here: ``specs`` are
    the kinds indexed, each with its own search text.
    """
    by_name = {s.name: s for s in specs if s.search_text is not None}
    conn.execute(text("DELETE FROM search_documents"))
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('delete-all')"))
    kinds = ", ".join(f"'{k}'" for k in by_name)
    rows = conn.execute(
        text(
            "SELECT a.kind, a.uuid, a.after FROM audit_journal AS a "
            "JOIN (SELECT uuid, MAX(id) AS last FROM audit_journal "
            f"WHERE kind IN ({kinds}) GROUP BY uuid) AS n ON a.id = n.last"
        )
    )
    count = 0
    for kind, uuid, after in rows.all():
        record = json.loads(after)
        if not record.get("deleted"):
            _put(conn, by_name[kind], uuid, record)
            count += 1
    return count


# --- searching -------------------------------------------------------------------------
TITLE_WEIGHT = 10.0  # bm25 column weights
_COUNT_SQL = text("SELECT count(*) FROM search_fts WHERE search_fts MATCH :match")
_PHASE_SQL = (
    "SELECT d.kind, d.uuid, d.title, d.body "
    "FROM search_fts JOIN search_documents AS d ON d.id = search_fts.rowid "
    "WHERE search_fts MATCH :match ORDER BY {order} LIMIT :limit"
)
# Among records whose title holds every word the shortest title, the closest to what was
# typed, goes first (bm25 would weigh by the whole record's length: a long convention text
# would push its own title down), then the newest.
_TITLE_ORDER = "length(d.title), search_fts.rowid DESC"
_BODY_ORDER = f"bm25(search_fts, {TITLE_WEIGHT}, 1.0)"
# Ranking reads every match's positions: beyond this many matches (one common word,
# a single letter typed) it costs more than it tells, and the newest records come first.
RANK_LIMIT = 1500
_NEWEST = "search_fts.rowid DESC"


def matching_documents(
    session: Session, match: str, *, by_title: bool, limit: int
) -> list[tuple[str, str, str, bytes | str]]:
    """(kind, uuid, title, packed body) of the indexed records matching the FTS5 expression
    ``match``: shortest title first (``by_title``) or by BM25, the newest first when there
    are too many to rank."""
    count = session.execute(_COUNT_SQL, {"match": match}).scalar_one()
    if not count:
        return []
    order = (_TITLE_ORDER if by_title else _BODY_ORDER) if count <= RANK_LIMIT else _NEWEST
    rows = session.execute(text(_PHASE_SQL.format(order=order)), {"match": match, "limit": limit})
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def matching_titles(
    session: Session, row_type: Any, title_field: str, words: Iterable[str], limit: int
) -> list[tuple[str, str]]:
    """(uuid, title) of live records of one kind whose folded ``search_text`` holds every
    word (PostgreSQL at the receiving level: no FTS5)."""
    stmt = select(row_type.uuid, getattr(row_type, title_field)).where(row_type.deleted.is_(False))
    for word in words:
        stmt = stmt.where(row_type.search_text.contains(word, autoescape=True))
    # A title field may be a day (a reception session's): its ISO text.
    rows = session.execute(stmt.limit(limit))
    return [(uuid, title if isinstance(title, str) else str(title or "")) for uuid, title in rows]
