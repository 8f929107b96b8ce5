"""targets: group_name, the category row of an indicator table (经济发展, 绿色生态 …)

Revision ID: 0006_target_group
Revises: 0005_target_value_max
Create Date: 2026-11-29 21:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_target_group"
down_revision = "0005_target_value_max"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_name", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.drop_column("group_name")
