"""The prose of the wild set run together: do targets hold when a plan lost its paragraph breaks?

Run from the repository root: `.venv/bin/python -m evaluation.eval_runon`.

A plan kept in one cell of a CSV or a database, or scraped from a page that dropped its `<p>`s,
arrives as one line: headings run into the text, the review of the past and the goals in one
paragraph. Every tuned-on document of the wild set (evaluation/real/, the blind batch left out)
without indicator-table cells is written again with its lines run together (pipe tables kept as
they are), goes through what `plantrack ingest` does and is scored against the same gold: as
written, run together, and run together without `read.runon` (read as one paragraph). Documents
with table cells are left out because their text tables (tab, space or one-cell-per-line rows)
cannot survive the join; `eval_shapes` measures tables.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from evaluation.eval_real import HERE, empty_totals, f1_table, score_document, split_of
from evaluation.eval_shapes import pipe_tables
from plantrack.read import clean

VERSIONS = ("as written", "run together", "run together, not split")


def run_together(text: str) -> str:
    """The text with its lines joined without a break, each pipe table kept on its lines."""
    lines = text.split("\n")
    in_table = {i for first, end in pipe_tables(lines) for i in range(first, end)}
    out: list[str] = []
    run: list[str] = []
    for i, line in enumerate(lines):
        if i not in in_table:
            run.append(line.strip())
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(line)
    if run:
        out.append("".join(run))
    return "\n".join(out)


@contextmanager
def _not_split() -> Iterator[None]:
    """`clean_blocks` without the run-on split (the reader as it was before it)."""
    split = clean.split_run_on
    clean.split_run_on = lambda blocks: (blocks, [])
    try:
        yield
    finally:
        clean.split_run_on = split


def _score(label_file: Path, label: dict, text: str, totals: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        (where / label["document"]).write_text(text, encoding="utf-8")
        copy = where / label_file.name
        copy.write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
        score_document(copy, totals, verbose=False, quiet=True)


def prose_documents() -> Iterator[tuple[Path, dict, str]]:
    """(label file, label, text) of the tuned-on documents without indicator-table cells."""
    for label_file in sorted(HERE.glob("*.json")):
        if label_file.name.startswith("blind") or split_of(label_file.stem).startswith("blind"):
            continue
        label = json.loads(label_file.read_text(encoding="utf-8"))
        if any(t.get("table") for t in label["targets"]):
            continue
        yield label_file, label, (HERE / label["document"]).read_text(encoding="utf-8")


def evaluate() -> dict[str, dict]:
    """{version: totals} over the prose documents."""
    totals = {version: empty_totals() for version in VERSIONS}
    for label_file, label, text in prose_documents():
        joined = run_together(text)
        _score(label_file, label, text, totals["as written"])
        _score(label_file, label, joined, totals["run together"])
        with _not_split():
            _score(label_file, label, joined, totals["run together, not split"])
    return totals


def main() -> None:
    results = evaluate()
    docs = results["as written"]["docs"]
    print(f"targets when the paragraph breaks are lost ({docs} prose documents, value+unit)")
    print(f"{'version':<26} {'P':>6} {'R':>6} {'F1':>6}")
    for version, totals in results.items():
        f = f1_table(totals)["value+unit"]
        print(f"{version:<26} {f['P']:>6.3f} {f['R']:>6.3f} {f['F1']:>6.3f}")


if __name__ == "__main__":
    main()
