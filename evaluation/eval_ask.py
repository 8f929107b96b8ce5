"""Score `plantrack ask` against hand-written questions, side by side with a plain BM25 baseline.

Run from the repository root: `.venv/bin/python -m evaluation.eval_ask [-v]` (or `make eval`).

Questions: evaluation/questions/*.jsonl, over the sample plan and the plan-style documents in
evaluation/ask_docs/. Each names its document, the node that answers it (null: the plans do not
say, the right answer is "not found"), the strings the answer must contain, and whether it is
worded differently from the plan. Each question is asked of its own document (like `ask --plan`).

- top-1 / top-3 citation: the expected node is the first / among the first three citations.
- answer: every expected string is in the answer (NFKC, spaces ignored); for a null node, the
  answer is kind "none".
Baseline: BM25 (bm25s) over whole paragraphs (paragraph and box-item nodes) with jieba tokens;
its citations are the top paragraphs, its answer the top paragraph's sentence sharing the most
tokens with the question, "none" when no paragraph shares a token.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from plantrack.search.tokenize import DEFAULT_MODE, MODES

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = Path(__file__).resolve().parent / "questions"

DOCS = {"ningbo-15th-fyp-excerpt.txt": ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"}
DOCS.update({p.name: p for p in (Path(__file__).resolve().parent / "ask_docs").glob("*.txt")})


@dataclass
class Result:
    nodes: list[str]
    answer: str
    none: bool = False


@dataclass
class Score:
    n_cite: int = 0
    top1: int = 0
    top3: int = 0
    n: int = 0
    answer: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, q: dict, r: Result) -> None:
        self.n += 1
        if q["node"] is None:
            ok = r.none
        else:
            self.n_cite += 1
            self.top1 += bool(r.nodes) and r.nodes[0] == q["node"]
            self.top3 += q["node"] in r.nodes[:3]
            norm = _norm(r.answer)
            ok = not r.none and all(_norm(a) in norm for a in q["answer"])
        self.answer += ok
        if not ok or (q["node"] and (not r.nodes or r.nodes[0] != q["node"])):
            self.misses.append(f"{q['id']} {q['question']} -> {r.nodes[:3]} {r.answer[:60]}")

    def row(self) -> tuple[str, str, str]:
        pct = lambda a, b: f"{100 * a / b:5.1f}%" if b else "  -  "  # noqa: E731
        return pct(self.top1, self.n_cite), pct(self.top3, self.n_cite), pct(self.answer, self.n)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def load_questions() -> list[dict]:
    out = []
    for path in sorted(QUESTIONS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def build_store(folder: Path, mode: str = DEFAULT_MODE):
    """A workspace with every document ingested (re-indexed with `mode`); {doc: plan id}."""
    from plantrack.search.index import SearchIndex, reindex
    from plantrack.workspace import Workspace

    ws = Workspace(f"sqlite:///{folder / f'eval-{mode}.db'}", actor="eval")
    plan_ids = {name: ws.ingest(path).plan.id for name, path in DOCS.items()}
    if mode != DEFAULT_MODE:
        reindex(ws.engine, list(plan_ids.values()), SearchIndex(ws.engine, mode))
    return ws, plan_ids


PG_URL = os.environ.get("PLANTRACK_EVAL_PG", "postgresql://postgres@127.0.0.1:5432/test")


def pg_store():
    """The documents in a fresh schema of PostgreSQL (PLANTRACK_EVAL_PG, default the local test
    server); (workspace, plan ids, drop) or None when no server answers."""
    import uuid

    from sqlalchemy import create_engine, text

    from plantrack.workspace import Workspace

    url = "postgresql+psycopg://" + PG_URL.split("://", 1)[1]
    schema = f"eval_ask_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception:
        admin.dispose()
        return None
    sep = "&" if "?" in url else "?"
    ws = Workspace(f"{url}{sep}options=-csearch_path%3D{schema}", actor="eval")
    plan_ids = {name: ws.ingest(path).plan.id for name, path in DOCS.items()}

    def drop() -> None:
        ws.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return ws, plan_ids, drop


def plantrack_answerer(
    ws, plan_ids: dict[str, int], mode: str, scoped: bool = True
) -> Callable[[dict], Result]:
    """`ask` of the question's own plan (scoped) or of every plan in the store."""
    from plantrack.answers import answer_question
    from plantrack.search.index import SearchIndex

    index = SearchIndex(ws.engine, mode)

    def run(q: dict) -> Result:
        scope = [plan_ids[q["doc"]]] if scoped else None
        with ws.engine.connect() as conn:
            a = answer_question(conn, q["question"], plan_ids=scope, index=index)
        return Result([f"{c.plan_id}:{c.node}" for c in a.citations], a.answer, a.kind == "none")

    return run


def baseline_answerer(
    ws, plan_ids: dict[str, int], scoped: bool = True
) -> Callable[[dict], Result]:
    """BM25 over whole paragraphs with jieba tokens: one index per plan, or one for all."""
    import logging

    import bm25s
    import jieba

    from plantrack.search.index import sentences

    jieba.setLogLevel(logging.WARNING)
    cut = lambda s: [t for t in jieba.lcut(s) if t.strip() and re.search(r"\w", t)]  # noqa: E731
    groups = (
        {doc: [pid] for doc, pid in plan_ids.items()} if scoped else {None: list(plan_ids.values())}
    )
    indexes = {}
    for key, pids in groups.items():
        nodes = [
            (pid, n) for pid in pids for n in ws.outline(pid) if n.kind in ("paragraph", "item")
        ]
        retriever = bm25s.BM25()
        retriever.index([cut(n.text) for _pid, n in nodes], show_progress=False)
        indexes[key] = (retriever, nodes)

    def run(q: dict) -> Result:
        retriever, nodes = indexes[q["doc"] if scoped else None]
        tokens = cut(q["question"])
        if not tokens:
            return Result([], "", none=True)
        scores = retriever.get_scores(tokens)
        order = sorted(range(len(nodes)), key=lambda i: -scores[i])
        if scores[order[0]] <= 0:
            return Result([], "", none=True)
        top = nodes[order[0]][1]
        qset = set(tokens)
        best = max(
            [s for _o, s in sentences(top.text)] or [top.text],
            key=lambda s: len(qset & set(cut(s))),
        )
        return Result([f"{nodes[i][0]}:{nodes[i][1].node_id}" for i in order[:3]], best)

    return run


def evaluate(
    questions: list[dict], run: Callable[[dict], Result], plan_ids: dict[str, int]
) -> dict[str, Score]:
    scores = {k: Score() for k in ("all", "literal", "reworded", "held-out")}
    for q in questions:
        r = run(q)
        expected = dict(q, node=f"{plan_ids[q['doc']]}:{q['node']}" if q["node"] else None)
        scores["all"].add(expected, r)
        scores["reworded" if q["reworded"] else "literal"].add(expected, r)
        if q.get("heldout"):
            scores["held-out"].add(expected, r)
    return scores


def main() -> None:
    verbose = "-v" in sys.argv
    questions = load_questions()
    n_docs = len({q["doc"] for q in questions})
    n_rw = sum(q["reworded"] for q in questions)
    print(
        f"{len(questions)} questions over {n_docs} documents ({n_rw} worded differently "
        f"from the plan, {sum(q['node'] is None for q in questions)} with no answer, "
        f"{sum(bool(q.get('heldout')) for q in questions)} held out: written after tuning, "
        f"never tuned on)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        ws, ids = build_store(Path(tmp))
        systems = []
        for scoped in (True, False):
            scope = "one plan" if scoped else "all plans"
            systems += [
                (
                    f"plantrack ask [{scope}]",
                    plantrack_answerer(ws, ids, DEFAULT_MODE, scoped),
                    ids,
                    True,
                ),
                (
                    f"baseline BM25 paragraphs [{scope}]",
                    baseline_answerer(ws, ids, scoped),
                    ids,
                    True,
                ),
            ]
        stores = []
        for mode in [m for m in MODES if m != DEFAULT_MODE]:
            ws_m, ids_m = build_store(Path(tmp), mode)
            stores.append(ws_m)
            for scoped in (True, False):
                scope = "one plan" if scoped else "all plans"
                systems.append(
                    (
                        f"  tokens={mode} [{scope}]",
                        plantrack_answerer(ws_m, ids_m, mode, scoped),
                        ids_m,
                        False,
                    )
                )
        systems.insert(
            4, (f"  tokens={DEFAULT_MODE} [one plan] (as above)", systems[0][1], ids, False)
        )
        print(f"\n{'system':<40} {'subset':<9} {'top-1':>7} {'top-3':>7} {'answer':>7} {'ms/q':>6}")
        for name, run, plan_ids, subsets in systems:
            start = time.perf_counter()
            scores = evaluate(questions, run, plan_ids)
            ms = 1000 * (time.perf_counter() - start) / len(questions)
            for subset, score in scores.items():
                if subset not in ("all", "held-out") and not subsets:
                    continue
                t1, t3, ans = score.row()
                label = name if subset == "all" else ""
                timing = f"{ms:6.1f}" if subset == "all" else ""
                print(f"{label:<40} {subset:<9} {t1:>7} {t3:>7} {ans:>7} {timing:>6}")
            if verbose:
                for miss in scores["all"].misses:
                    print("    miss:", miss)
        pg = pg_store()
        if pg is None:
            print(f"{'  PostgreSQL [one plan]':<40} not reachable at PLANTRACK_EVAL_PG, skipped")
        else:
            pg_ws, pg_ids, drop = pg
            try:
                scores = evaluate(
                    questions, plantrack_answerer(pg_ws, pg_ids, DEFAULT_MODE), pg_ids
                )
                t1, t3, ans = scores["all"].row()
                print(f"{'  PostgreSQL store [one plan]':<40} {'all':<9} {t1:>7} {t3:>7} {ans:>7}")
                if verbose:
                    for miss in scores["all"].misses:
                        print("    miss:", miss)
            finally:
                drop()
        for store in stores:
            store.close()
        ws.close()


if __name__ == "__main__":
    main()
