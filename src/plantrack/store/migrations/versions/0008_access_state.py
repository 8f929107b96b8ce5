"""access state every web worker shares: failed logins, write stamps, server secrets

Revision ID: 0008_access_state
Revises: 0006_target_group
Create Date: 2026-12-01 10:00:00
"""

import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0008_access_state"
down_revision = "0007_search_vocabulary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_login_attempts_key_at", "login_attempts", ["key", "at"])
    op.create_index("ix_login_attempts_at", "login_attempts", ["at"])
    op.create_table(
        "write_stamps",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id"),
    )
    table = op.create_table(
        "server_secrets",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    # The CSRF secret exists from the start, so a read-only replica (which cannot make one)
    # serves its forms with the primary's secret.
    op.bulk_insert(
        table,
        [
            {
                "name": "csrf",
                "value": secrets.token_hex(32),
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("server_secrets")
    op.drop_table("write_stamps")
    op.drop_index("ix_login_attempts_at", table_name="login_attempts")
    op.drop_index("ix_login_attempts_key_at", table_name="login_attempts")
    op.drop_table("login_attempts")
