"""the reporting cycle: rounds, the state of each figure (and why it was returned), department emails

Figures stored before this revision were final the moment they were saved: they become
"published", so nothing already tracked drops out of status or reports.

Revision ID: 0010_reporting_rounds
Revises: 0009_ocr_provenance
Create Date: 2026-12-10 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_reporting_rounds"
down_revision = "0009_ocr_provenance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("state", sa.String(length=12), nullable=False, server_default="published")
        )
        batch_op.add_column(sa.Column("review_note", sa.Text(), nullable=True))
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=254), nullable=True))
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("due", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("opened_by", sa.String(length=100), nullable=False),
        sa.Column("opened_at", sa.String(length=32), nullable=False),
        sa.Column("closed_by", sa.String(length=100), nullable=True),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "name", name="uq_rounds_plan_name"),
    )


def downgrade() -> None:
    op.drop_table("rounds")
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.drop_column("email")
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_column("review_note")
        batch_op.drop_column("state")
