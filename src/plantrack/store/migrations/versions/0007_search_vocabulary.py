"""search: the words each plan taught the tokenizer, in the store (table search_vocabulary)

Revision ID: 0007_search_vocabulary
Revises: 0006_target_group
Create Date: 2026-11-30 09:00:00

Table search_vocabulary holds, one row per plan, the plan's own words (target metrics, entity
names, short headings; normalised and space-separated) that indexing teaches the tokenizer.
Whoever searches the store reads them back (plantrack.search.vocabulary), instead of a
process-wide tokenizer that knew what that process happened to have indexed.

Back-fill, once: every plan's words are written, from its stored targets, entities and short
node titles (plain SQL; plantrack is called only for the pure word filter).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_search_vocabulary"
down_revision = "0006_target_group"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_vocabulary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id"),
        sqlite_autoincrement=True,
    )
    _write_words(op.get_bind())


def downgrade() -> None:
    op.drop_table("search_vocabulary")


def _write_words(conn) -> set[str]:
    """Every plan's words (the ones `vocabulary.domain_words` picks); returns all of them."""
    from plantrack.search.vocabulary import plan_words

    raw: dict[int, list[str]] = {}
    for plan_id, metric in conn.execute(sa.text("SELECT plan_id, metric FROM targets")):
        raw.setdefault(plan_id, []).append(metric)
    for plan_id, name in conn.execute(sa.text("SELECT plan_id, name FROM entities")):
        raw.setdefault(plan_id, []).append(name.strip("“”"))
    titles = "SELECT plan_id, title FROM nodes WHERE length(title) <= 8"
    for plan_id, title in conn.execute(sa.text(titles)):
        raw.setdefault(plan_id, []).append(title)
    rows = []
    for plan_id in sorted(raw):
        words = plan_words(raw[plan_id])
        if words:
            rows.append({"plan": plan_id, "words": " ".join(words)})
    if rows:
        conn.execute(
            sa.text("INSERT INTO search_vocabulary (plan_id, words) VALUES (:plan, :words)"), rows
        )
    return {w for row in rows for w in row["words"].split()}
