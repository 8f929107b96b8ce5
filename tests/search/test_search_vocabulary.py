"""The words plans teach the tokenizer live in the store (search_vocabulary), not in the process:
a fresh process knows them and a long-lived SearchIndex follows the store."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from plantrack.search.index import SearchIndex, index_plan
from plantrack.search.tokenize import shared_tokenizer
from plantrack.workspace import Workspace

LEARNED = "具身智能"  # an entity of the sample plan; the bare dictionary splits it: 具身 / 智能

OTHER = """某区未来产业规划（2026—2030年）

一、发展目标

到2030年，建成甬江灵犀谷乙，培育星海算子链企业20家。
"""
NEW = "星海算子链企业"  # OTHER's target metric


def _fresh_process() -> None:
    """What a new process would not have: the cached frozen tokenizers."""
    shared_tokenizer.cache_clear()


def _stored_words(ws: Workspace) -> set[str]:
    with ws.engine.connect() as conn:
        rows = conn.execute(text("SELECT words FROM search_vocabulary")).scalars()
        return {w for words in rows for w in words.split()}


def test_a_fresh_workspace_knows_the_words_a_plan_taught(sample_ws: Workspace):
    assert LEARNED in _stored_words(sample_ws)
    assert LEARNED not in shared_tokenizer("hybrid").segment(LEARNED)
    first = sample_ws.search(LEARNED)
    assert LEARNED in first[0].terms
    url = sample_ws.url
    sample_ws.close()
    _fresh_process()
    with Workspace(url, actor="test") as ws:  # a second Workspace on the same store
        hits = ws.search(LEARNED)
        assert LEARNED in hits[0].terms and hits[0].node == first[0].node
        with ws.engine.connect() as conn:
            assert SearchIndex(ws.engine).tokenizer(conn).has_word(LEARNED)
        # the word came from the store: without its rows a fresh index splits it again
        with ws.engine.begin() as conn:
            conn.execute(text("DELETE FROM search_vocabulary"))
        _fresh_process()
        with ws.engine.connect() as conn:
            assert LEARNED not in SearchIndex(ws.engine).tokenizer(conn).segment(LEARNED)


def test_a_held_index_follows_the_store(sample_ws: Workspace, tmp_path: Path):
    index = SearchIndex(sample_ws.engine)
    with sample_ws.engine.connect() as conn:
        assert index.tokenizer(conn).has_word(LEARNED)
        assert not index.tokenizer(conn).has_word(NEW)
    path = tmp_path / "other.txt"
    path.write_text(OTHER, encoding="utf-8")
    with Workspace(sample_ws.url, actor="other") as other:  # another process ingests
        plan = other.ingest(path).plan
    assert NEW in _stored_words(sample_ws)
    with sample_ws.engine.connect() as conn:
        assert index.tokenizer(conn).has_word(NEW)
    with sample_ws.engine.begin() as conn:
        conn.execute(text("DELETE FROM plans WHERE id = :id"), {"id": plan.id})
    with sample_ws.engine.connect() as conn:  # the plan's words went with it
        tok = index.tokenizer(conn)
        assert not tok.has_word(NEW) and tok.has_word(LEARNED)


def test_words_of_a_rolled_back_ingest_are_forgotten(sample_ws: Workspace, tmp_path: Path):
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document
    from plantrack.store.plans import insert_plan

    path = tmp_path / "other.txt"
    path.write_text(OTHER, encoding="utf-8")
    parsed = parse_document(read_document(path))
    index = SearchIndex(sample_ws.engine)
    with sample_ws.engine.connect() as conn:
        tx = conn.begin()
        plan_id = insert_plan(
            conn,
            parsed,
            source=path.name,
            fmt="txt",
            encoding="utf-8",
            content_hash="x",
            region=None,
            level=None,
            actor="test",
        )
        assert index_plan(conn, plan_id, parsed, index) > 0
        assert index.tokenizer(conn).has_word(NEW)
        tx.rollback()
    assert NEW not in _stored_words(sample_ws)
    third = tmp_path / "third.txt"
    third.write_text(OTHER.replace("星海算子链企业", "云帆智算工场"), encoding="utf-8")
    sample_ws.ingest(third)  # a plan is added: the index reads the vocabulary again
    with sample_ws.engine.connect() as conn:
        tok = index.tokenizer(conn)
        assert tok.has_word("云帆智算工场") and not tok.has_word(NEW)
