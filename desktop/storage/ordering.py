"""Lists ordered by a name the Vietnamese way (SQL's own order is by code point).

SQLite and PostgreSQL would put ``Đông`` after ``Tây`` and ``Ấp`` after ``Xóm``;
the ids are therefore fetched with their text and sorted here with the one
collation key of :mod:`desktop.core.text`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from desktop.core.text import place_sort_key, vi_sort_key

# The columns that hold place names sort by the proper name ("Thôn Đông" under Đ).
SortKey = Callable[[str], Any]
PLACE: SortKey = place_sort_key
TEXT: SortKey = vi_sort_key


def sort_ids(rows: Iterable[Any], key: SortKey, descending: bool) -> list[str]:
    """Ids of ``(id, text)`` rows (already in their tie-break order) sorted by ``text``.

    The sort is stable, so rows of equal text keep the order the query gave them.
    """
    listed = list(rows)
    listed.sort(key=lambda row: key(row[1] or ""), reverse=descending)
    return [uuid for uuid, _ in listed]
