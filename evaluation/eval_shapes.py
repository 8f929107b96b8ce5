"""The real tables of the wild set in other text shapes: does a table read the same however it
arrives? (issue 19)

Run from the repository root: `.venv/bin/python -m evaluation.eval_shapes`.

Every Markdown pipe table in a tuned-on document of the wild set (evaluation/real/, the blind
batch left out) is written again as the text a user may paste instead — tab-separated rows (a
spreadsheet's copy: a merged cell's blanks kept), rows of cells apart by spaces (a PDF's copy:
empty cells gone), rows of cells one space apart (a PDF's text layer), one cell per line with or without a blank line between cells (a web page's
copy: empty cells gone), one cell per line with a bar before each (a converter's copy: an empty
cell a bar alone), pipe rows broken after every bar (a bar alone opens a row, `cell |` a line,
`last | |` closes it), the whole table on one line, cells one space apart (a page copied without
its line breaks) — with the rest of the document unchanged. Each version goes through
what `plantrack ingest` does and is scored against the same gold: the indicator-table cells
found with their value (gold `table: true`). A shape that reads fewer cells than the pipes do
loses rows the way a user would see them lost.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from evaluation.eval_real import HERE, empty_totals, score_document, split_of
from plantrack.read.txt import strip_markdown

SHAPES = (
    "pipes",
    "tabs",
    "spaces",
    "one space",
    "per line",
    "blank between cells",
    "bar before each",
    "broken after bars",
    "one line",
)
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MIN_ROWS = 3


def pipe_tables(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line ranges of the pipe tables in a document's lines."""
    spans, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and _PIPE_ROW.match(lines[j]):
            j += 1
        if j - i >= _MIN_ROWS:
            spans.append((i, j))
        i = max(j, i + 1)
    return spans


def table_rows(lines: list[str]) -> list[list[str]]:
    """The cells of a pipe table's rows, Markdown marks and separator rows gone."""
    rows = []
    for line in lines:
        if _SEPARATOR.match(line.strip()):
            continue
        cells = _BREAK.sub("", line).strip().strip("|").split("|")
        row = [strip_markdown(c.strip()).replace("**", "") for c in cells]
        if any(row):
            rows.append(row)
    return rows


def render(rows: list[list[str]], shape: str) -> list[str]:
    """A table's rows as the lines of one text shape."""
    if shape == "tabs":
        width = max(len(r) for r in rows)
        # a merged cell copied from a spreadsheet: its text, then blanks; the rest keep columns
        return ["\t".join(r[:1] + [""] * (width - len(r)) + r[1:]) for r in rows]
    if shape == "spaces":
        return ["    ".join(c for c in r if c) for r in rows]
    if shape == "one space":  # a PDF's text layer: one space between cells, none inside them
        return [" ".join(re.sub(r"\s+", "", c) for c in r if c) for r in rows]
    if shape == "bar before each":  # a converter's flattened HTML: `| 权重`, a bar alone if empty
        return [f"| {c}" if c else "|" for r in rows for c in r]
    if shape == "broken after bars":  # pipe rows re-flowed a cell a line: `|`, `权重 |`, `x | |`
        return [
            line
            for r in rows
            for line in ("|", *(f"{c} |" if c else "|" for c in r[:-1]), f"{r[-1]} | |".strip())
        ]
    cells = [c for r in rows for c in r if c]
    if shape == "one line":  # a web page copied without its line breaks: every cell on one line
        return [" ".join(re.sub(r"\s+", "", c) for c in cells)]
    if shape == "per line":
        return cells
    if shape == "blank between cells":
        return [line for c in cells for line in (c, "")]
    raise ValueError(f"unknown shape {shape!r}")


def reshaped(text: str, shape: str) -> str:
    """The document with each pipe table written in `shape`."""
    if shape == "pipes":
        return text
    lines = text.split("\n")
    out: list[str] = []
    last = 0
    for first, end in pipe_tables(lines):
        out += [*lines[last:first], "", *render(table_rows(lines[first:end]), shape), ""]
        last = end
    return "\n".join([*out, *lines[last:]])


def score(label_file: Path, label: dict, text: str) -> tuple[int, int]:
    """(table cells found with their value, table cells in the gold) for one version."""
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        (where / label["document"]).write_text(text, encoding="utf-8")
        copy = where / label_file.name
        copy.write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
        totals = empty_totals()
        score_document(copy, totals, verbose=False, quiet=True)
    return totals["table"]["value"]["tp"], totals["table"]["value"]["gold"]


def evaluate() -> dict[str, dict[str, tuple[int, int]]]:
    """{document: {shape: (cells found, gold cells)}} over the tuned-on documents with tables."""
    out = {}
    for label_file in sorted(HERE.glob("*.json")):
        if label_file.name.startswith("blind") or split_of(label_file.stem).startswith("blind"):
            continue
        label = json.loads(label_file.read_text(encoding="utf-8"))
        if not any(t.get("table") for t in label["targets"]):
            continue
        text = (HERE / label["document"]).read_text(encoding="utf-8")
        if not pipe_tables(text.split("\n")):
            continue
        out[label_file.stem] = {s: score(label_file, label, reshaped(text, s)) for s in SHAPES}
    return out


def main() -> None:
    results = evaluate()
    print("table cells found with their value, per shape the tables arrive in")
    print(f"{'document':<42}" + "".join(f"{s:>21}" for s in SHAPES))
    totals = dict.fromkeys(SHAPES, (0, 0))
    for name, by_shape in results.items():
        print(f"{name[:41]:<42}" + "".join(f"{f'{v[0]}/{v[1]}':>21}" for v in by_shape.values()))
        for s, (found, gold) in by_shape.items():
            totals[s] = (totals[s][0] + found, totals[s][1] + gold)
    print(f"{'all':<42}" + "".join(f"{f'{v[0]}/{v[1]}':>21}" for v in totals.values()))


if __name__ == "__main__":
    main()
