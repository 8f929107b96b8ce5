"""Search speed: tokenizers, engines, index build and `ask` latency over 1,000 generated plans.

Run: `.venv/bin/python -m benchmarks.bench_search [--plans N] [--tokens MODE]` (or
`make bench ONLY=search`); MODE is a tokenizer mode (default: the library's default).
On PostgreSQL: `--pg postgresql://postgres@127.0.0.1:5432/test [--keep] --no-tools` builds the
corpus in database `plantrack_bench_search` (`--keep` reuses it, migrating it to the head);
`--questions N` asks only the first N questions.

The corpus is generated straight into a SQLite plan store (no document parsing, so it stays
fast): for each of N plans, 100 paragraphs of 2–5 sentences drawn from the sample plan and the
evaluation documents, with their numbers re-drawn and a place name swapped in, stored as plans +
nodes rows and indexed by `plantrack.search.index.index_plan` (the same code ingest runs).
Latency is `ask` over the whole store (no --plan) after one warm-up pass, as well as scoped to one
plan; memory is the process's peak RSS.
"""

from __future__ import annotations

import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = [
    "海曙",
    "江北",
    "北仑",
    "镇海",
    "鄞州",
    "奉化",
    "余姚",
    "慈溪",
    "宁海",
    "象山",
    "萧山区",
    "柯桥区",
    "南湖区",
    "定海区",
    "普陀区",
    "岱山县",
    "嵊泗县",
    "义乌市",
    "温岭市",
    "乐清市",
]


def pool() -> list[str]:
    """Sentences of the sample plan and the evaluation documents."""
    from plantrack.search.index import sentences

    texts = [(ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt").read_text(encoding="utf-8")]
    texts += [
        p.read_text(encoding="utf-8") for p in (ROOT / "evaluation" / "ask_docs").glob("*.txt")
    ]
    out = []
    for text in texts:
        for para in text.split("\n"):
            out += [s.strip() for _o, s in sentences(para.strip()) if len(s.strip()) > 8]
    return out


def generate(conn, n_plans: int, rng: random.Random, index=None) -> tuple[int, float]:
    """Insert n_plans plans of 100 paragraphs; returns (passages, seconds spent indexing)."""
    from sqlalchemy import insert

    from plantrack.model import Node, ParsedPlan
    from plantrack.search.index import index_plan
    from plantrack.store.schema import nodes, plans

    sents = pool()
    total, index_time = 0, 0.0
    for i in range(n_plans):
        place = rng.choice(PLACES)
        plan_id = conn.execute(
            insert(plans).values(
                title=f"{place}第{i}号专项规划（2026—2030年）",
                source=f"gen{i}.txt",
                format="txt",
                content_hash=f"gen{i:06d}",
                family=f"gen{i}",
                version=1,
                text="",
                repairs=[],
                warnings=[],
                created_at="2026-01-01",
                period_start=2026,
                period_end=2030,
            )
        ).inserted_primary_key[0]
        plan_nodes, pos = [], 0
        for p in range(100):
            chapter, section = p // 25 + 1, p // 5 % 5 + 1
            body = "".join(rng.sample(sents, rng.randint(2, 5)))
            body = re.sub(r"\d+", lambda _m: str(rng.randint(2, 5000)), body)
            body = re.sub("|".join(PLACES[:10]), lambda _m: rng.choice(PLACES), body)
            node_id = f"c{chapter}.s{section}.p{p % 5 + 1}"
            title = body.split("。")[0][:20]
            plan_nodes.append(
                Node(
                    node_id=node_id,
                    kind="paragraph",
                    title=title,
                    text=body,
                    path=[f"第{chapter}章", f"第{section}节"],
                    span=(pos, pos + len(body)),
                    ordinal=p,
                )
            )
            pos += len(body) + 1
        conn.execute(
            insert(nodes),
            [
                {
                    "plan_id": plan_id,
                    "node_id": n.node_id,
                    "parent": None,
                    "kind": n.kind,
                    "number": None,
                    "title": n.title,
                    "text": n.text,
                    "path": n.path,
                    "span_start": n.span[0],
                    "span_end": n.span[1],
                    "inferred": False,
                    "ordinal": n.ordinal,
                }
                for n in plan_nodes
            ],
        )
        start = time.perf_counter()
        total += index_plan(conn, plan_id, ParsedPlan(title="", text="", nodes=plan_nodes), index)
        index_time += time.perf_counter() - start
    return total, index_time


def tokenizer_figures() -> None:
    """Load time of the segmenter (fresh process) and throughput of each tokenizer mode (the full
    `Tokenizer.tokens` path: dictionary, thesaurus, bigrams) on the sample plan."""
    text = (ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt").read_text(encoding="utf-8") * 20
    print(f"\n{'tokenizer':<10} {'load s':>7} {'M chars/s':>10}")
    for mode, load in (
        ("jieba", "import jieba; jieba.lcut('宁波')"),
        ("rjieba", "import rjieba; rjieba.cut('宁波')"),
        ("bigram", "pass"),
        ("hybrid", "import rjieba; rjieba.cut('宁波')"),
    ):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", load], check=True, capture_output=True)
        t1 = time.perf_counter()
        base = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        interpreter = time.perf_counter() - base
        from plantrack.search.tokenize import Tokenizer

        tok = Tokenizer(mode)
        tok.tokens("预热")
        start = time.perf_counter()
        tok.tokens(text)
        rate = len(text) / (time.perf_counter() - start) / 1e6
        print(f"{mode:<10} {max(0.0, t1 - t0 - interpreter):7.2f} {rate:10.2f}")


def engine_figures(docs: list[str], queries: list[list[str]]) -> None:
    """The same pre-tokenised paragraphs in SQLite FTS5, bm25s and tantivy: build, p50/p95."""
    import sqlite3

    print(
        f"\n{'engine (' + str(len(docs)) + ' paragraphs)':<32} {'build s':>8} {'p50 ms':>7} {'p95 ms':>7}"
    )

    def report(name: str, build: float, run) -> None:
        times = []
        for q in queries:
            start = time.perf_counter()
            run(q)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"{name:<32} {build:8.2f} {statistics.median(times):7.2f} {p95:7.2f}")

    start = time.perf_counter()
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(tokens, tokenize='unicode61')")
    db.executemany("INSERT INTO f(tokens) VALUES (?)", [(d,) for d in docs])
    build = time.perf_counter() - start
    report(
        "SQLite FTS5 bm25()",
        build,
        lambda q: db.execute(
            "SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT 10",
            (" OR ".join(f'"{t}"' for t in q),),
        ).fetchall(),
    )
    try:
        import bm25s

        start = time.perf_counter()
        retriever = bm25s.BM25()
        retriever.index([d.split() for d in docs], show_progress=False)
        build = time.perf_counter() - start
        report("bm25s", build, lambda q: retriever.retrieve([q], k=10, show_progress=False))
    except ImportError:
        print("bm25s not installed")
    try:
        import tantivy

        start = time.perf_counter()
        schema = (
            tantivy.SchemaBuilder()
            .add_text_field("tokens", stored=False, tokenizer_name="whitespace")
            .build()
        )
        index = tantivy.Index(schema)
        writer = index.writer()
        for d in docs:
            writer.add_document(tantivy.Document(tokens=d))
        writer.commit()
        index.reload()
        searcher = index.searcher()
        build = time.perf_counter() - start

        def run(q: list[str]) -> None:
            query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, tantivy.Query.term_query(schema, "tokens", t)) for t in q]
            )
            searcher.search(query, 10)

        report("tantivy", build, run)
    except ImportError:
        print("tantivy not installed (pip install tantivy to compare)")


def _arg(name: str, default: str | None = None) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def _store_url(tmp: str) -> tuple[str, bool]:
    """(store URL, whether it already holds the corpus). `--pg URL` puts the corpus in database
    `plantrack_bench_search` of that server (created; with `--keep`, reused when it has plans)."""
    pg = _arg("--pg")
    if not pg:
        return f"sqlite:///{Path(tmp) / 'bench.db'}", False
    import psycopg
    from sqlalchemy.engine import make_url

    name = "plantrack_bench_search"
    plain = pg.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists and "--keep" in sys.argv:
            return make_url(pg).set(
                drivername="postgresql+psycopg", database=name
            ).render_as_string(hide_password=False), True
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    url = make_url(pg).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False), False


def main() -> None:
    """Options: --plans N (1,000), --tokens MODE, --pg URL [--keep] (latency on PostgreSQL),
    --questions N (first N evaluation questions), --no-tools (skip tokenizer/engine figures)."""
    n_plans = int(_arg("--plans", "1000") or 1000)
    rng = random.Random(15)
    tools = "--no-tools" not in sys.argv
    if tools:
        tokenizer_figures()

    from evaluation.eval_ask import load_questions
    from sqlalchemy import text

    from plantrack.answers import answer_question as ask
    from plantrack.search.index import SearchIndex
    from plantrack.search.tokenize import DEFAULT_MODE
    from plantrack.workspace import Workspace

    questions = [q["question"] for q in load_questions()]
    questions = questions[: int(_arg("--questions", str(len(questions))) or len(questions))]
    mode = _arg("--tokens") or DEFAULT_MODE
    print(f"\ntokens: {mode}")
    with tempfile.TemporaryDirectory() as tmp:
        url, filled = _store_url(tmp)
        ws = Workspace(url, actor="bench")
        index = SearchIndex(ws.engine, mode)  # what a Workspace holds: tokenizer, statistics
        if not filled:
            start = time.perf_counter()
            with ws.engine.begin() as conn:
                count, index_time = generate(conn, n_plans, rng, index)
            build = time.perf_counter() - start
            print(
                f"index build: {build:.1f} s in all, {index_time:.1f} s tokenising + writing "
                f"passages ({count / index_time:,.0f} passages/s)"
            )
        with ws.engine.connect() as conn:
            plans_, paragraphs, count = conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM plans), (SELECT count(*) FROM nodes), "
                    "(SELECT count(*) FROM passages)"
                )
            ).one()
            if ws.engine.dialect.name == "postgresql":
                conn.execute(text("ANALYZE"))
        size = (
            f"{(Path(tmp) / 'bench.db').stat().st_size / 1e6:.0f} MB SQLite"
            if url.startswith("sqlite")
            else "PostgreSQL"
        )
        print(f"\ncorpus: {plans_} plans, {paragraphs} paragraphs, {count} passages; store {size}")

        with ws.engine.connect() as conn:
            for q in questions:  # warm-up: page cache, tokenizer dictionary, statements
                ask(conn, q, index=index)
            for scope, plan_ids in (("all plans", None), ("one plan", [plans_ // 2])):
                times = []
                for q in questions * 2:
                    t0 = time.perf_counter()
                    ask(conn, q, plan_ids=plan_ids, index=index)
                    times.append((time.perf_counter() - t0) * 1000)
                times.sort()
                p95 = times[int(0.95 * (len(times) - 1))]
                print(
                    f"ask over {scope:<9}: p50 {statistics.median(times):6.1f} ms  "
                    f"p95 {p95:6.1f} ms  max {times[-1]:6.1f} ms  ({len(times)} questions)",
                    flush=True,
                )
            rows = (
                conn.execute(
                    text("SELECT tokens FROM passages WHERE kind = 'paragraph' LIMIT 5000")
                )
                .scalars()
                .all()
            )
            tok = index.tokenizer(conn)
        ws.close()
    if tools:
        queries = [tok.query_terms(q) or ["宁波"] for q in questions]
        engine_figures(list(rows), queries)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (RSS): {rss:.0f} MB")
    import os

    load = os.getloadavg()
    print(
        f"machine load average (1/5/15 min): {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
        f"on {os.cpu_count()} cores — other work on the machine slows every figure above"
    )


if __name__ == "__main__":
    main()
