"""search: full-text index over passages.tokens (FTS5 on SQLite, GIN tsvector on PostgreSQL)

Revision ID: 0003_search_fts
Revises: 0002
Create Date: 2026-11-29 04:50:00

passages.tokens holds space-separated, pre-tokenised words (plantrack.search.tokenize), so both
engines only split on spaces. On SQLite an external-content FTS5 table mirrors passages through
triggers; on PostgreSQL an expression GIN index serves `to_tsvector('simple', tokens) @@ …`.
Plans stored before this revision have no passages: Workspace.reindex() (run automatically on
the first search) fills them.
"""

from alembic import op

revision = "0003_search_fts"
down_revision = "0002"
branch_labels = None
depends_on = None

# The FTS5 index has a second column, `scope` ("p12 kparagraph": plan id and passage kind), so a
# query limited to one plan or to targets is one index intersection, not a scan of the matches.
# Its external content is a view that derives `scope` from passages.
SQLITE_UP = [
    "CREATE VIEW passages_fts_source AS SELECT id, tokens, "
    "'p' || plan_id || ' k' || kind AS scope FROM passages",
    "CREATE VIRTUAL TABLE passages_fts USING fts5(tokens, scope, content='passages_fts_source', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER passages_fts_ai AFTER INSERT ON passages BEGIN "
    "INSERT INTO passages_fts(rowid, tokens, scope) "
    "VALUES (new.id, new.tokens, 'p' || new.plan_id || ' k' || new.kind); END",
    "CREATE TRIGGER passages_fts_ad AFTER DELETE ON passages BEGIN "
    "INSERT INTO passages_fts(passages_fts, rowid, tokens, scope) "
    "VALUES ('delete', old.id, old.tokens, 'p' || old.plan_id || ' k' || old.kind); END",
    "CREATE TRIGGER passages_fts_au AFTER UPDATE ON passages BEGIN "
    "INSERT INTO passages_fts(passages_fts, rowid, tokens, scope) "
    "VALUES ('delete', old.id, old.tokens, 'p' || old.plan_id || ' k' || old.kind); "
    "INSERT INTO passages_fts(rowid, tokens, scope) "
    "VALUES (new.id, new.tokens, 'p' || new.plan_id || ' k' || new.kind); END",
    "CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row')",
    "INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TABLE IF EXISTS passages_vocab",
    "DROP TRIGGER IF EXISTS passages_fts_au",
    "DROP TRIGGER IF EXISTS passages_fts_ad",
    "DROP TRIGGER IF EXISTS passages_fts_ai",
    "DROP TABLE IF EXISTS passages_fts",
    "DROP VIEW IF EXISTS passages_fts_source",
]
POSTGRES_UP = [
    "CREATE INDEX ix_passages_tokens_fts ON passages USING gin (to_tsvector('simple', tokens))",
]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS ix_passages_tokens_fts"]


def upgrade() -> None:
    op.create_index("ix_passages_plan_node", "passages", ["plan_id", "node_id"])
    op.create_index("ix_mentions_plan_node", "mentions", ["plan_id", "node_id"])
    op.create_index("ix_entities_plan_type", "entities", ["plan_id", "type"])
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(dialect, []):
        op.execute(statement)
    op.drop_index("ix_entities_plan_type", "entities")
    op.drop_index("ix_mentions_plan_node", "mentions")
    op.drop_index("ix_passages_plan_node", "passages")
