"""Citizen reception sessions, the register of letters and complaint/denunciation cases

Revision ID: 0010_citizen
Revises: 0009_codes

Three record tables (issue 15). Each keeps the columns lists and search read, and the
record's own fields as JSON text (``body``: a session's visits, a case's events). A
person's identity is only in ``body`` (LTCD Art. 3(2)).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010_citizen'
down_revision = '0009_codes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('citizen_cases',
    sa.Column('case_type', sa.String(length=20), nullable=False),
    sa.Column('case_id', sa.String(length=60), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('day', sa.Date(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('warnings', sa.Text(), nullable=False),
    sa.Column('warning_count', sa.Integer(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('origin_code', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_citizen_cases'))
    )
    with op.batch_alter_table('citizen_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citizen_cases_day'), ['day'], unique=False)

    op.create_table('citizen_letters',
    sa.Column('letter_type', sa.String(length=20), nullable=False),
    sa.Column('handling', sa.String(length=20), nullable=False),
    sa.Column('case_id', sa.String(length=60), nullable=False),
    sa.Column('day', sa.Date(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('warnings', sa.Text(), nullable=False),
    sa.Column('warning_count', sa.Integer(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('origin_code', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_citizen_letters'))
    )
    with op.batch_alter_table('citizen_letters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citizen_letters_day'), ['day'], unique=False)

    op.create_table('reception_sessions',
    sa.Column('session_kind', sa.String(length=20), nullable=False),
    sa.Column('presided_by', sa.String(length=120), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('visit_count', sa.Integer(), nullable=False),
    sa.Column('people_count', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('warnings', sa.Text(), nullable=False),
    sa.Column('warning_count', sa.Integer(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('origin_code', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_reception_sessions'))
    )
    with op.batch_alter_table('reception_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reception_sessions_day'), ['day'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reception_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reception_sessions_day'))

    op.drop_table('reception_sessions')
    with op.batch_alter_table('citizen_letters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citizen_letters_day'))

    op.drop_table('citizen_letters')
    with op.batch_alter_table('citizen_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citizen_cases_day'))

    op.drop_table('citizen_cases')
