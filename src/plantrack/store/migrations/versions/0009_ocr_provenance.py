"""nodes and targets: page (where the text is in a PDF or a scan) and ocr_confidence (0–100)

Revision ID: 0009_ocr_provenance
Revises: 0008_access_state
Create Date: 2026-11-29 23:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_ocr_provenance"
down_revision = "0008_access_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("nodes", "targets"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("page", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column("ocr_confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    for table in ("nodes", "targets"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("ocr_confidence")
            batch_op.drop_column("page")
