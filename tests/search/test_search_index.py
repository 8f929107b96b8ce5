"""The passages index on SQLite: what is stored, ranking, filters, bad input, reindex, migration."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from plantrack.search.index import bm25, highlight_spans, match_expressions, match_plan, sentences
from plantrack.workspace import Workspace

BAD_QUERIES = [
    "",
    "   \n\t",
    "？！，。……",
    '" * : NEAR AND OR NOT ( ) ^',
    "x" * 10_000,
    "hello world",
    "'; DROP TABLE passages; --",
    "{tokens}: 算力*",
]


def _fts_count(conn, term: str) -> int:
    """Passages the dialect's full-text index finds for one token."""
    if conn.dialect.name == "sqlite":
        sql = "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH :q"
        return conn.execute(text(sql), {"q": f'tokens : "{term}"'}).scalar()
    sql = "SELECT count(*) FROM passages WHERE tokens_tsv @@ to_tsquery('simple', :q)"
    return conn.execute(text(sql), {"q": term}).scalar()


def _fts_structures(conn) -> set[str]:
    if conn.dialect.name == "sqlite":
        return set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    sql = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    return set(conn.execute(text(sql)).scalars())


def test_ingest_writes_passages_of_every_kind(sample_ws: Workspace):
    with sample_ws.engine.connect() as conn:
        kinds = dict(conn.execute(text("SELECT kind, count(*) FROM passages GROUP BY kind")).all())
        with_term = conn.execute(
            text("SELECT count(*) FROM passages WHERE ' ' || tokens || ' ' LIKE '% 算力 %'")
        ).scalar()
        assert _fts_count(conn, "算力") == with_term > 0
    assert set(kinds) == {"heading", "paragraph", "sentence", "target"}
    assert kinds["paragraph"] >= 50 and kinds["sentence"] > kinds["paragraph"]


def test_search_ranks_the_paragraph_that_says_it_first(sample_ws: Workspace):
    hits = sample_ws.search("象山南田岛算力中心")
    assert hits[0].node == "c4.s1.p1"
    assert hits[0].path[0].startswith("第四章") and hits[0].chapter == 4
    marked = [hits[0].text[s:e] for s, e in hits[0].highlights]
    assert "象山南田岛" in "".join(marked) and "算力" in "".join(marked)
    assert len({(h.plan_id, h.node) for h in hits}) == len(hits)  # one hit per node


def test_search_finds_other_wording_through_the_thesaurus(sample_ws: Workspace):
    assert sample_ws.search("计算能力规模")[0].node == "c4.s1.p1"
    assert sample_ws.search("博士后研究人员招收")[0].node == "c3.s3.box4.i3"


def test_filters_chapter_place_limit(sample_ws: Workspace):
    hits = sample_ws.search("人工智能", chapter=3, limit=50)
    assert hits and all(h.node.startswith("c3") for h in hits)
    hits = sample_ws.search("建设", place="鄞州", limit=50)
    assert hits and all("鄞州" in h.text for h in hits)
    assert len(sample_ws.search("产业", limit=3)) == 3
    assert sample_ws.search("算力", place="100%_\\") == []


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_give_no_match_not_an_error(sample_ws: Workspace, query: str):
    hits = sample_ws.search(query)
    assert isinstance(hits, list)
    if query.strip() in ("", "？！，。……") or query.startswith('"'):
        assert hits == []


def test_match_expressions_bound_large_stores():
    freqs = {"a": 10, "b": 20_000, "c": 30_000}
    assert match_expressions(["a", "b"], {"a": 1, "b": 2}, scoped=False) == ['"a" OR "b"']
    exprs = match_expressions(["c", "b", "a"], freqs, scoped=False)
    assert exprs[0] == '"a"' and '"a" AND "b" AND "c"' in exprs
    assert match_expressions(["c", "b"], freqs, scoped=True) == ['"c" OR "b"']


def test_match_plan_gives_postgres_the_same_groups():
    freqs = {"a": 10, "b": 20_000, "c": 30_000}
    assert match_plan(["c", "b", "a"], freqs, scoped=False)[0] == ("or", ["a"])
    assert ("and", ["a", "b", "c"]) in match_plan(["c", "b", "a"], freqs, scoped=False)


def test_bm25_in_python_equals_fts5_bm25():
    """PostgreSQL re-scores its candidates with this; it must be FTS5's number."""
    import sqlite3

    docs = ["算力 规模 算力", "算力 中心", "人工智能 产业 规模 发展 中心 算力", "海洋 经济"]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(tokens)")
    db.executemany("INSERT INTO f(tokens) VALUES (?)", [(d,) for d in docs])
    terms = ["算力", "规模", "中心"]
    expected = dict(
        db.execute(
            "SELECT rowid, -bm25(f) FROM f WHERE f MATCH ?", (" OR ".join(terms),)
        ).fetchall()
    )
    freqs = {t: sum(t in d.split() for d in docs) for t in terms}
    avgdl = sum(len(d.split()) for d in docs) / len(docs)
    for rowid, score in expected.items():
        assert bm25(docs[rowid - 1], terms, freqs, len(docs), avgdl) == pytest.approx(score)


def test_sentences_and_highlights():
    assert [s for _o, s in sentences("第一句话。第二句话！短。")] == ["第一句话。", "第二句话！"]
    assert highlight_spans("算力规模与算力", ["算力", "规模"]) == [(0, 4), (5, 7)]


def test_reindex_is_idempotent(sample_ws: Workspace):
    with sample_ws.engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM passages")).scalar()
        words = conn.execute(text("SELECT plan_id, words FROM search_vocabulary")).all()
    assert sample_ws.reindex() == {sample_ws.plan().id: count}  # same count, no duplicates
    with sample_ws.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM passages")).scalar() == count
        assert conn.execute(text("SELECT plan_id, words FROM search_vocabulary")).all() == words


def test_deleting_a_plan_removes_it_from_the_fts_index(sample_ws: Workspace):
    with sample_ws.engine.begin() as conn:
        assert _fts_count(conn, "算力") > 0
        conn.execute(text("DELETE FROM plans"))
        assert _fts_count(conn, "算力") == 0


def test_migration_downgrades_and_upgrades(workspace: Workspace, sample_path):
    from alembic import command

    from plantrack.store.db import alembic_config

    workspace.ingest(sample_path)
    config = alembic_config()
    with workspace.engine.begin() as conn:
        config.attributes["connection"] = conn
        fts = {"passages_fts", "ix_passages_tokens_tsv"}
        assert fts & _fts_structures(conn)
        command.downgrade(config, "0003_search_fts")
        if conn.dialect.name == "postgresql":  # back to the expression index of 0003
            assert _fts_structures(conn) & {"ix_passages_tokens_fts"}
        command.downgrade(config, "0002")
        assert not (fts | {"ix_passages_tokens_fts"}) & _fts_structures(conn)
        command.upgrade(config, "head")  # rebuilds the FTS / tsvector column from passages
    assert workspace.search("象山南田岛")[0].node == "c4.s1.p1"


def test_reindex_rebuilds_entities_from_stored_nodes(sample_ws: Workspace):
    before = {(e.name, e.type, len(e.mentions)) for e in sample_ws.entities()}
    with sample_ws.engine.begin() as conn:
        conn.execute(text("DELETE FROM entities"))
    assert sample_ws.entities() == []
    sample_ws.reindex()
    assert {(e.name, e.type, len(e.mentions)) for e in sample_ws.entities()} == before
