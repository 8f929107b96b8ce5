"""Search and ask on PostgreSQL (GIN over the stored tsvector column), one fresh schema per test.

Uses PLANTRACK_TEST_PG (a postgresql:// URL), else the local test server; skipped when neither
answers.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from plantrack.errors import ValidationError
from plantrack.workspace import Workspace

pytestmark = pytest.mark.postgres
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


def _admin_url() -> str:
    url = os.environ.get("PLANTRACK_TEST_PG") or DEFAULT_PG
    return "postgresql+psycopg://" + url.split("://", 1)[1]


@pytest.fixture
def pg_ws(sample_path) -> Iterator[Workspace]:
    admin = create_engine(_admin_url())
    schema = f"search_{uuid.uuid4().hex[:10]}"
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # no server here
        admin.dispose()
        pytest.skip(f"PostgreSQL not reachable: {type(exc).__name__}")
    sep = "&" if "?" in _admin_url() else "?"
    ws = Workspace(f"{_admin_url()}{sep}options=-csearch_path%3D{schema}", actor="test")
    ws.ingest(sample_path)
    try:
        yield ws
    finally:
        ws.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_gin_index_exists_and_search_ranks(pg_ws: Workspace):
    with pg_ws.engine.connect() as conn:
        indexes = (
            conn.execute(
                text(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_passages_tokens_tsv' "
                    "AND schemaname = current_schema()"
                )
            )
            .scalars()
            .all()
        )
    assert indexes and "gin (tokens_tsv)" in indexes[0]
    hits = pg_ws.search("象山南田岛算力中心")
    assert hits[0].node == "c4.s1.p1" and hits[0].highlights
    assert all(h.node.startswith("c3") for h in pg_ws.search("人工智能", chapter=3))


def test_ask_on_postgres_answers_like_sqlite(pg_ws: Workspace):
    answer = pg_ws.ask("到2030年算力规模要达到多少？")
    assert answer.kind == "target" and "10" in answer.answer and "EFLOPS" in answer.answer
    assert answer.citations[0].node == "c4.s1.p1"
    assert pg_ws.ask("哪个区建设低空经济先飞区？").answer == "鄞州"
    assert pg_ws.ask("颠覆型赛道包括哪些？").answer == "量子科技、脑机接口、原子级制造、6G"


BAD = [
    "",
    "？！",
    '" * : NEAR AND',
    "'; DROP TABLE passages; --",
    "a & b | !c <-> d",
    "x" * 10_000,
    "hello world",
]


def test_bad_input_on_postgres(pg_ws: Workspace):
    for query in BAD:
        assert isinstance(pg_ws.search(query), list), query
        if query.strip():
            assert pg_ws.ask(query).kind in ("none", "passage", "target", "entity", "list"), query
        else:
            with pytest.raises(ValidationError, match="问题为空"):
                pg_ws.ask(query)
    assert pg_ws.ask("hello world").citations == []
    with pg_ws.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM passages")).scalar() > 0
