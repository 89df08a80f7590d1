"""Consultations, dialogues, oversight boards and their inspections/supervisions (issue 16)

Revision ID: 0011_civic
Revises: 0010_citizen

Four tables of the same shape: the common record columns, the columns lists and search
need, and the record's own fields as one JSON text (``body``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_civic"
down_revision = "0010_citizen"
branch_labels = None
depends_on = None

TABLES = ("consultations", "dialogues", "boards", "oversights")


def _columns(table: str) -> list[sa.Column]:  # type: ignore[type-arg]
    cols: list[sa.Column] = [  # type: ignore[type-arg]
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.Column("warning_count", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("origin_code", sa.String(length=20), nullable=False),
    ]
    if table == "oversights":
        cols.insert(0, sa.Column("board_uuid", sa.String(length=36), nullable=False))
    return cols


def upgrade() -> None:
    for table in TABLES:
        op.create_table(
            table, *_columns(table), sa.PrimaryKeyConstraint("uuid", name=op.f(f"pk_{table}"))
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(f"ix_{table}_day", ["day"], unique=False)
            if table == "oversights":
                batch_op.create_index("ix_oversights_board_uuid", ["board_uuid"], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
