"""The period report's facts of each record a receiving level keeps (issue 14)

Revision ID: 0012_report
Revises: 0011_civic

``child_report_facts``: the few values the receiving level's period report reads of a
received disclosure, meeting or convention (core.snapshot_counts.report_facts), taken at
import, in a table of small rows. Records imported before have none and are read from
their whole snapshot (the same figures, slower).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_report"
down_revision = "0011_civic"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "child_report_facts",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("child_code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_child_report_facts")),
    )
    with op.batch_alter_table("child_report_facts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_child_report_facts_child_kind", ["child_code", "kind"], unique=False
        )


def downgrade() -> None:
    op.drop_table("child_report_facts")
