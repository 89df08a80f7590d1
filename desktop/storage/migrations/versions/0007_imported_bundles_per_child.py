"""Imported bundles keyed by (child_code, bundle_id)

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite rebuilds the table (batch mode); PostgreSQL alters the constraint in place.
    with op.batch_alter_table("imported_bundles") as batch:
        batch.drop_constraint("pk_imported_bundles", type_="primary")
        batch.create_primary_key("pk_imported_bundles", ["child_code", "bundle_id"])


def downgrade() -> None:
    with op.batch_alter_table("imported_bundles") as batch:
        batch.drop_constraint("pk_imported_bundles", type_="primary")
        batch.create_primary_key("pk_imported_bundles", ["bundle_id"])
