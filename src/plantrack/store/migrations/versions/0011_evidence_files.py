"""evidence: files (PDF, PNG, JPEG, XLSX) attached to a figure, stored with their bytes

Revision ID: 0011_evidence_files
Revises: 0010_reporting_rounds
Create Date: 2026-11-30 01:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_evidence_files"
down_revision = "0010_reporting_rounds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "plan_id", sa.Integer(), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "observation_id",
            sa.Integer(),
            sa.ForeignKey("observations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("target_id", sa.String(100), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("attached_by", sa.String(100), nullable=False),
        sa.Column("attached_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_evidence_observation", "evidence", ["observation_id"])
    op.create_index("ix_evidence_plan_target", "evidence", ["plan_id", "target_id"])


def downgrade() -> None:
    op.drop_index("ix_evidence_plan_target", table_name="evidence")
    op.drop_index("ix_evidence_observation", table_name="evidence")
    op.drop_table("evidence")
