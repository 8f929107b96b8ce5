"""Score the typed answers of `plantrack ask` per question type, beside a plain BM25 baseline.

Run from the repository root: `.venv/bin/python -m evaluation.eval_typed [-v] [--set tuning|heldout]`
(`make eval` runs it with both sets).

Questions: evaluation/typed/{tuning,heldout}.jsonl (README there: fields, provenance). Before
they are asked, every document is ingested into a fresh SQLite store and the owners and figures of
evaluation/typed/tracking.json are recorded (the sample's figures are samples/observations-2026.xlsx).
Each question is asked of its own document through `Workspace.ask` (like `ask --plan`).

- type: the answer's type is the expected one (for `none`: the answer is kind "none").
- answer: the type is right, the answer is not "none", contains every expected string and none of
  the `not` strings (NFKC, spaces ignored); for `none`, the answer is kind "none".
- top-1: the first citation is the expected node (questions that name one).
Baseline: BM25 (bm25s) over whole paragraphs with jieba tokens (evaluation/eval_ask.py); its answer
line is the top paragraph's sentence sharing most words with the question; it has no types, so its
answer is scored on the strings alone.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.eval_ask import ROOT, Result, _norm, baseline_answerer

HERE = Path(__file__).resolve().parent
TYPED = HERE / "typed"
SETS = ("tuning", "heldout")
TYPES = ("value", "list", "count", "when", "how", "owner", "progress", "none")
DOCS = {"ningbo-15th-fyp-excerpt.txt": ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"}
DOCS.update({p.name: p for p in sorted((HERE / "ask_docs").glob("*.txt"))})
for _name in (
    "heldout-transport-plan",
    "round4-heldout-sci-tech-plan",
    "heldout-public-services-plan",
    "round6-heldout-ocean-plan",
):
    DOCS[f"{_name}.txt"] = HERE / "targets" / f"{_name}.txt"


@dataclass
class Got:
    type: str | None  # None: the system has no types (the baseline)
    answer: str
    nodes: list[str]
    none: bool


@dataclass
class Tally:
    n: int = 0
    typed: int = 0
    right: int = 0
    n_cite: int = 0
    top1: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, q: dict, got: Got) -> None:
        self.n += 1
        type_ok = got.none if q["type"] == "none" else (got.type in (None, q["type"]))
        type_ok = type_ok and not (q["type"] != "none" and got.none)
        self.typed += type_ok
        ok = type_ok and (q["type"] == "none" or answer_ok(q, got.answer))
        self.right += ok
        cited = True
        if q.get("node"):
            self.n_cite += 1
            cited = bool(got.nodes) and got.nodes[0] == q["node"]
            self.top1 += cited
        if not ok or not cited:
            flag = "" if ok else f"[{q['type']}→{got.type}] "
            where = "" if cited else f" (cited {got.nodes[:1]}, expected {q['node']})"
            self.misses.append(f"{q['id']} {flag}{q['question']} -> {got.answer[:90]}{where}")

    def cells(self) -> tuple[str, str, str]:
        return _pct(self.typed, self.n), _pct(self.right, self.n), _pct(self.top1, self.n_cite)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   -  "


def answer_ok(q: dict, answer: str) -> bool:
    norm = _norm(answer)
    return all(_norm(a) in norm for a in q["answer"]) and not any(
        _norm(a) in norm for a in q.get("not", [])
    )


def load(which: str) -> list[dict]:
    path = TYPED / f"{which}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def build_store(folder: Path):
    """A workspace with every document ingested and tracking.json recorded; {doc: plan id}."""
    from plantrack.workspace import Workspace

    fixture = json.loads((TYPED / "tracking.json").read_text(encoding="utf-8"))
    ws = Workspace(f"sqlite:///{folder / 'eval-typed.db'}", actor="eval")
    ids: dict[str, int] = {}
    for name, path in DOCS.items():
        plan_id = ws.ingest(path).plan.id
        ids[name] = plan_id
        recorded = fixture.get(name, {})
        if "observations" in recorded:
            ws.import_observations(ROOT / recorded["observations"], plan_id)
        for r in recorded.get("record", []):
            ws.record(
                r["target"],
                plan=plan_id,
                period=r["period"],
                value=r["value"],
                baseline=r.get("baseline", False),
                source=r.get("source"),
            )
        for a in recorded.get("assign", []):
            ws.assign(
                plan_id,
                a["ref"],
                lead=a["lead"],
                partners=a.get("partners", []),
                due_year=a.get("due"),
            )
    return ws, ids


def plantrack_run(ws, ids: dict[str, int]) -> Callable[[dict], Got]:
    def run(q: dict) -> Got:
        a = ws.ask(q["question"], plan=ids[q["doc"]])
        return Got(a.type, a.answer, [c.node for c in a.citations], a.kind == "none")

    return run


def baseline_run(ws, ids: dict[str, int]) -> Callable[[dict], Got]:
    inner = baseline_answerer(ws, ids, scoped=True)

    def run(q: dict) -> Got:
        r: Result = inner(q)
        nodes = [n.split(":", 1)[1] for n in r.nodes]
        return Got(None, r.answer, nodes, r.none)

    return run


def score(questions: list[dict], run: Callable[[dict], Got]) -> dict[str, Tally]:
    tallies = {t: Tally() for t in (*TYPES, "all")}
    for q in questions:
        got = run(q)
        tallies[q["type"]].add(q, got)
        tallies["all"].add(q, got)
    return tallies


def main() -> None:
    verbose = "-v" in sys.argv
    chosen = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else None
    sets = [chosen] if chosen else list(SETS)
    with tempfile.TemporaryDirectory() as tmp:
        ws, ids = build_store(Path(tmp))
        systems = {"plantrack": plantrack_run(ws, ids), "baseline": baseline_run(ws, ids)}
        for which in sets:
            questions = load(which)
            results = {name: score(questions, run) for name, run in systems.items()}
            print(
                f"\n{which}: {len(questions)} typed questions over "
                f"{len({q['doc'] for q in questions})} documents"
            )
            print(
                f"{'type':<9} {'n':>3} | {'plantrack type':>14} {'answer':>7} {'top-1':>7} | "
                f"{'BM25 answer':>11} {'top-1':>7}"
            )
            for t in (*TYPES, "all"):
                ours, base = results["plantrack"][t], results["baseline"][t]
                typed, right, top1 = ours.cells()
                _bt, b_right, b_top1 = base.cells()
                print(
                    f"{t:<9} {ours.n:>3} | {typed:>14} {right:>7} {top1:>7} | "
                    f"{b_right:>11} {b_top1:>7}"
                )
            if verbose:
                for miss in results["plantrack"]["all"].misses:
                    print("    miss:", miss)
        ws.close()


if __name__ == "__main__":
    main()
