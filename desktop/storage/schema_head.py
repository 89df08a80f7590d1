"""The newest schema revision shipped, importable without SQLAlchemy or Alembic.

A new migration must raise it (tests/storage/test_migrations.py checks it against the
scripts): a store already there opens without loading Alembic, and the quick read-only
paths (storage/quick.py) trust only a store at exactly this revision.
"""

from __future__ import annotations

HEAD_REVISION = "0012_report"
