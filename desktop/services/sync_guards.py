"""Guards of the receiving side against hostile bundles and environments (issue 13 item 9):
a name cleaned at registration, the receipts folder checked before an import, a bundle
number's jump and the sender's signed journal head held to what was received before.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from desktop.services.sync import SyncError
from desktop.storage.db import StoreSession
from desktop.storage.sync_audit import parent_head
from desktop.storage.sync_board import last_imported_seq
from desktop.sync.bag import parse_journal_head
from desktop.sync.problems import Problem
from desktop.sync.reader import ParsedBag

# How far a bundle's number may run ahead of the last one received from its installation:
# years of daily bundles never imported, yet a forged 999999999 is refused (its list of
# "missing" numbers would fill the memory and the receipt).
MAX_SEQ_JUMP = 10_000


def clean_name(text: str) -> str:
    """A unit's name as shown and written (board, Excel): NFC, control characters dropped,
    runs of white space made one space."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(kept.split())[:200]


def require_writable(folder: Path) -> None:
    probe = folder / f".sodanchu-write-test-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        raise SyncError("receipts_dir_unwritable", folder=str(folder)) from None


def seq_jump(session: StoreSession, bag: ParsedBag, child: str) -> Problem | None:
    last = last_imported_seq(session, child, bag.tags.get("Installation-Id", ""))
    if bag.seq <= last + MAX_SEQ_JUMP:
        return None
    params = {"seq": bag.seq, "last": last, "max": MAX_SEQ_JUMP}
    return Problem("seq_jump", params, bag.path.name)


def journal_rewritten(session: StoreSession, bag: ParsedBag, child: str) -> Problem | None:
    """The sender's signed journal head against the one its previous bundle signed: a
    journal rewritten with recomputed hashes shows as another hash at the same entry."""
    head = parse_journal_head(bag.tags.get("Journal-Head", ""))
    before = parent_head(session, child, bag.tags.get("Installation-Id", ""), bag.seq)
    known = parse_journal_head(before[1]) if before is not None else None
    if head is None or known is None:
        return None  # a bundle of an older version, or the first one: nothing to hold it to
    prev = parse_journal_head(bag.tags.get("Journal-Prev-Head", ""))
    detail = ""
    if head[0] < known[0]:
        detail = f"{head[0]} < {known[0]}"
    elif head[0] == known[0] and head[1] != known[1]:
        detail = f"{head[1][:12]} ≠ {known[1][:12]}"
    elif prev is not None and prev[0] == known[0] and prev[1] != known[1]:
        detail = f"{prev[1][:12]} ≠ {known[1][:12]}"
    if not detail:
        return None
    return Problem("sender_journal_rewritten", {"entry": known[0], "detail": detail}, bag.path.name)
