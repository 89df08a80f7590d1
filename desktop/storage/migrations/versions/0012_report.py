"""The period report's facts beside each record a receiving level keeps (issue 14)

Revision ID: 0012_report
Revises: 0011_civic

``child_records.report_facts``: the few values the receiving level's period report reads
of a snapshot (core.snapshot_counts.report_facts), taken at import. Rows imported before
keep "" and are read from their whole JSON (the same figures, slower).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_report"
down_revision = "0011_civic"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("child_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("report_facts", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("child_records", schema=None) as batch_op:
        batch_op.drop_column("report_facts")
