"""observations: basis (flow/total) and one live figure per target, period and kind

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 04:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("basis", sa.String(length=10), nullable=True))
    # two people recording the same figure at once must not leave two live rows
    op.create_index(
        "uq_observations_live",
        "observations",
        ["plan_id", "target_id", "period", "is_baseline"],
        unique=True,
        sqlite_where=sa.text("NOT deleted"),
        postgresql_where=sa.text("NOT deleted"),
    )


def downgrade() -> None:
    op.drop_index("uq_observations_live", table_name="observations")
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_column("basis")
