"""The words plans teach the tokenizer live in the store (search_vocabulary), not in the process:
a fresh process knows them, a long-lived SearchIndex follows the store, and migration 0007 fills
the table and indexes plans stored before the search index existed."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def _insert_unindexed_plan(conn, sample_path: Path) -> int:
    """The sample plan as a store before search had it: plan, nodes, targets, entities."""
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document
    from plantrack.store.plans import file_hash, insert_plan

    parsed = parse_document(read_document(sample_path))
    return insert_plan(
        conn,
        parsed,
        source=sample_path.name,
        fmt="txt",
        encoding="utf-8",
        content_hash=file_hash(sample_path),
        region=None,
        level=None,
        actor="test",
    )


def _assert_backfilled(ws: Workspace, plan_id: int) -> None:
    with ws.engine.connect() as conn:
        passages = conn.execute(
            text("SELECT count(*) FROM passages WHERE plan_id = :p"), {"p": plan_id}
        ).scalar()
    assert passages > 0 and LEARNED in _stored_words(ws)
    hits = ws.search(LEARNED)
    assert hits and hits[0].plan_id == plan_id and LEARNED in hits[0].terms
    assert ws.search("象山南田岛算力中心")[0].node == "c4.s1.p1"
    assert ws.ask("哪个区建设低空经济先飞区？").answer == "鄞州"
    # what the migration wrote is what reindexing writes
    assert ws.reindex() == {plan_id: passages}


def test_migration_indexes_plans_stored_before_search(tmp_path: Path, sample_path: Path):
    """A store at 0006 with a plan but no passages: migrating to head indexes it, once."""
    from alembic import command

    from plantrack.store.db import alembic_config, make_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006_target_group")
        plan_id = _insert_unindexed_plan(conn, sample_path)
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        assert "search_vocabulary" not in names
        assert conn.execute(text("SELECT count(*) FROM passages")).scalar() == 0
    engine.dispose()
    _fresh_process()
    with Workspace(url, actor="test") as ws:  # opens the store: migrates it to head
        _assert_backfilled(ws, plan_id)


@pytest.mark.postgresql_only
def test_migration_indexes_plans_stored_before_search_on_postgres(
    workspace: Workspace, sample_path: Path
):
    from alembic import command

    from plantrack.store.db import alembic_config

    config = alembic_config()
    with workspace.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006_target_group")
        plan_id = _insert_unindexed_plan(conn, sample_path)
        command.upgrade(config, "head")
    _fresh_process()
    _assert_backfilled(workspace, plan_id)
