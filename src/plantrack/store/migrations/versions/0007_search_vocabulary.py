"""search: the words each plan taught the tokenizer, in the store; plans without passages indexed

Revision ID: 0007_search_vocabulary
Revises: 0006_target_group
Create Date: 2026-11-30 09:00:00

Table search_vocabulary holds, one row per plan, the plan's own words (target metrics, entity
names, short headings; normalised and space-separated) that indexing teaches the tokenizer.
Whoever searches the store reads them back (plantrack.search.vocabulary), instead of a
process-wide tokenizer that knew what that process happened to have indexed.

Back-fill, once, in this order:
1. plans with no passages (stored before 0003_search_fts) get their entities re-extracted from
   their nodes — what `ensure_indexed` used to check for on every search, ask and entities call;
2. every plan's words are written, from its stored targets, entities and short node titles;
3. the plans of step 1 get their passages, tokenized with every plan's words.
Rows are read and written here with plain SQL on this revision's columns; plantrack is called
only for pure functions (entity extraction, the word filter, the tokenizer and `passage_rows`,
which turn values into values), and the tokenizer is loaded only when step 1 found a plan.
"""

import json

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
    conn = op.get_bind()
    missing = list(
        conn.execute(
            sa.text(
                "SELECT id FROM plans WHERE NOT EXISTS "
                "(SELECT 1 FROM passages WHERE passages.plan_id = plans.id) ORDER BY id"
            )
        ).scalars()
    )
    plan_nodes = {plan_id: _nodes(conn, plan_id) for plan_id in missing}
    for plan_id, found in plan_nodes.items():
        _write_entities(conn, plan_id, found)
    words = _write_words(conn)
    if missing:
        _write_passages(conn, plan_nodes, words)


def downgrade() -> None:
    op.drop_table("search_vocabulary")


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def _nodes(conn, plan_id: int) -> list:
    from plantrack.model import Node

    rows = conn.execute(
        sa.text(
            "SELECT node_id, kind, title, text, path, span_start, span_end, parent, number, "
            "inferred, ordinal FROM nodes WHERE plan_id = :plan ORDER BY ordinal"
        ),
        {"plan": plan_id},
    )
    return [
        Node(
            node_id=r.node_id,
            kind=r.kind,
            title=r.title,
            text=r.text,
            path=list(_json(r.path) or []),
            span=(r.span_start, r.span_end),
            parent=r.parent,
            number=r.number,
            inferred=bool(r.inferred),
            ordinal=r.ordinal,
        )
        for r in rows
    ]


def _write_entities(conn, plan_id: int, plan_nodes: list) -> None:
    """Entities and mentions re-extracted from the nodes (derived data, as `reindex` does)."""
    from plantrack.parse.entities import extract_entities

    conn.execute(sa.text("DELETE FROM mentions WHERE plan_id = :plan"), {"plan": plan_id})
    conn.execute(sa.text("DELETE FROM entities WHERE plan_id = :plan"), {"plan": plan_id})
    for entity in extract_entities(plan_nodes):
        entity_id = conn.execute(
            sa.text(
                "INSERT INTO entities (plan_id, name, type) VALUES (:plan, :name, :type) "
                "RETURNING id"
            ),
            {"plan": plan_id, "name": entity.name, "type": entity.type},
        ).scalar_one()
        if entity.mentions:
            conn.execute(
                sa.text(
                    "INSERT INTO mentions (entity_id, plan_id, node_id, span_start, span_end) "
                    "VALUES (:entity, :plan, :node, :start, :end)"
                ),
                [
                    {"entity": entity_id, "plan": plan_id, "node": n, "start": s, "end": e}
                    for n, s, e in entity.mentions
                ],
            )


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


def _write_passages(conn, plan_nodes: dict[int, list], words: set[str]) -> None:
    from plantrack.model import Location, ParsedPlan, Target
    from plantrack.search.index import passage_rows
    from plantrack.search.tokenize import Tokenizer

    tok = Tokenizer()
    tok.add_words(sorted(words))
    for plan_id, found in plan_nodes.items():
        stmt = sa.text(
            "SELECT target_id, node_id, metric, kind, text, location, span_start, span_end "
            "FROM targets WHERE plan_id = :plan ORDER BY ordinal"
        )
        plan_targets = [
            Target(
                id=r.target_id,
                metric=r.metric,
                value=None,
                unit=None,
                comparator=None,
                kind=r.kind,
                deadline=None,
                text=r.text,
                location=Location(node=(_json(r.location) or {}).get("node", r.node_id)),
                span=(r.span_start, r.span_end) if r.span_start is not None else None,
            )
            for r in conn.execute(stmt, {"plan": plan_id})
        ]
        parsed = ParsedPlan(title="", text="", nodes=found, targets=plan_targets)
        rows = passage_rows(plan_id, parsed, tok)
        if rows:
            conn.execute(
                sa.text(
                    "INSERT INTO passages (plan_id, node_id, kind, ref, text, tokens, span_start, "
                    "span_end) VALUES (:plan_id, :node_id, :kind, :ref, :text, :tokens, "
                    ":span_start, :span_end)"
                ),
                rows,
            )
