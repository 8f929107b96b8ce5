"""targets: value_max, the upper end of a range target (4.5%—5%)

Revision ID: 0005_target_value_max
Revises: 0004_search_tsvector
Create Date: 2026-11-29 20:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_target_value_max"
down_revision = "0004_search_tsvector"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("value_max", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.drop_column("value_max")
