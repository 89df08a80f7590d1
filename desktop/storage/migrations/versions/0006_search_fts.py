"""Full-text search index (SQLite FTS5), built from the records already stored

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

from alembic import op

from desktop.core.specs.convention import CONVENTION
from desktop.core.specs.disclosure import DISCLOSURE
from desktop.core.specs.meeting import MEETING
from desktop.core.specs.village import VILLAGE
from desktop.storage.search_index import CREATE_DOCUMENTS, CREATE_FTS, rebuild

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # PostgreSQL (the receiving level) searches the folded search_text columns instead.
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql(CREATE_DOCUMENTS)
    bind.exec_driver_sql(CREATE_FTS)
    # The kinds that existed when the index was made; a kind added later starts empty.
    rebuild(bind, (VILLAGE, MEETING, CONVENTION, DISCLOSURE))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql("DROP TABLE search_fts")
    bind.exec_driver_sql("DROP TABLE search_documents")
