"""Data file size of commune-10y without attachments ≤ 3 × records.jsonl.

records.jsonl is the latest JSON snapshot of every record, one per line
(:func:`tests.benchmarks.data.records_jsonl`); the data file is the SQLite database
with its write-ahead log, attachments left out.
"""

from __future__ import annotations

from pathlib import Path

from tests.benchmarks.common import Result
from tests.benchmarks.data import records_jsonl

SIZE_RATIO_BUDGET = 3.0
MB = 1024 * 1024


def run(store: Path, repeat: int) -> list[Result]:
    del repeat  # a size, not a time
    from desktop.storage.db import DB_FILENAME

    jsonl = records_jsonl(store).stat().st_size
    db = store / DB_FILENAME
    data = sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())
    ratio = data / jsonl
    return [
        Result(
            "data file size (without attachments)",
            data / MB,
            jsonl / MB,
            f"<= {SIZE_RATIO_BUDGET:g}x records.jsonl",
            ratio <= SIZE_RATIO_BUDGET,
            unit="MB",
        )
    ]
