"""Full-text search index (SQLite FTS5), built from the records already stored

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

from alembic import op

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
    rebuild(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql("DROP TABLE search_fts")
    bind.exec_driver_sql("DROP TABLE search_documents")
