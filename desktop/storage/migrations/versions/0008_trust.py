"""Registered children: the village codes a commune may relay records for

Revision ID: 0008_trust
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_trust"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_peers") as batch:
        batch.add_column(sa.Column("relays", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sync_peers") as batch:
        batch.drop_column("relays")
