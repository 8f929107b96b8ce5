"""Check the shape of hand-labelled gold files (no number is read from any text).

Usage: `python3 evaluation/real/tools/check_gold.py DIR [DIR ...]` — every `NAME.json` in DIR next to its
`NAME.txt`: the document's fields, each target's fields and types, every `text` and review passage a substring
of the document. Prints the counts and one line per problem; exit 1 when there is any.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DOC_FIELDS = (
    "document", "doc_kind", "title", "issuer", "region", "level", "year", "start_year", "end_year",
    "source", "retrieved", "repair", "review_passages", "targets",
)  # fmt: skip
TARGET_FIELDS = (
    "text", "metric", "key", "value", "value_max", "unit", "comparator", "kind", "deadline",
    "baseline", "baseline_year", "aspiration", "binding", "table",
)  # fmt: skip
KINDS = {"work_report", "outline", "action_plan", "opinion", "special_plan", "indicator_table"}
LEVELS = {"national", "province", "city", "county", "district"}
COMPARATORS = {">=", ">", "~", "<=", "<", "="}
TARGET_KINDS = {"level", "increment", "cumulative", "annual", "multiple"}


def _number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def target_problems(i: int, t: dict, text: str) -> list[str]:
    """What is wrong with target `i` of a gold file."""
    out = [f"target {i}: missing {k}" for k in TARGET_FIELDS if k not in t]
    if t.get("text") not in text:
        out.append(f"target {i}: text not in the document: {t.get('text')!r}")
    if not _number(t.get("value")):
        out.append(f"target {i}: value is not a number")
    if t.get("value_max") is not None and not _number(t["value_max"]):
        out.append(f"target {i}: value_max is not a number")
    if t.get("comparator") not in COMPARATORS:
        out.append(f"target {i}: comparator {t.get('comparator')!r}")
    if t.get("kind") not in TARGET_KINDS:
        out.append(f"target {i}: kind {t.get('kind')!r}")
    if not isinstance(t.get("deadline"), int):
        out.append(f"target {i}: deadline is not a year")
    key, metric = t.get("key"), t.get("metric") or ""
    if not isinstance(key, str) or not key or key not in metric:
        out.append(f"target {i}: key not inside metric")
    if not isinstance(t.get("aspiration"), bool) or not isinstance(t.get("table"), bool):
        out.append(f"target {i}: aspiration and table must be true or false")
    if t.get("binding") not in (None, True, False):
        out.append(f"target {i}: binding must be true, false or null")
    return out


def file_problems(path: Path) -> tuple[list[str], int, int]:
    """What is wrong with one gold file; its targets and table rows."""
    try:
        label = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"invalid JSON: {exc}"], 0, 0
    out = [f"missing field {k}" for k in DOC_FIELDS if k not in label]
    if label.get("document") != path.stem + ".txt":
        out.append("document is not NAME.txt")
    doc = path.with_suffix(".txt")
    if not doc.exists():
        return [*out, "no .txt beside it"], 0, 0
    text = doc.read_text(encoding="utf-8")
    if label.get("doc_kind") not in KINDS:
        out.append(f"doc_kind {label.get('doc_kind')!r}")
    if label.get("level") not in LEVELS:
        out.append(f"level {label.get('level')!r}")
    if not all(isinstance(label.get(k), int) for k in ("year", "start_year", "end_year")):
        out.append("year, start_year and end_year must be years")
    for passage in label.get("review_passages", []):
        if not isinstance(passage, str) or len(passage) < 10 or passage not in text:
            out.append(f"review passage not in the document: {passage!r}")
    targets = label.get("targets", [])
    for i, t in enumerate(targets):
        out.extend(target_problems(i, t, text))
    return out, len(targets), sum(1 for t in targets if t.get("table"))


def main(folders: list[str]) -> int:
    files = targets = rows = problems = 0
    for folder in folders:
        for path in sorted(Path(folder).glob("*.json")):
            if path.name.startswith("blind-scores"):
                continue
            found, n, r = file_problems(path)
            files, targets, rows, problems = files + 1, targets + n, rows + r, problems + len(found)
            for line in found:
                print(f"{path.name}: {line}")
    print(f"{files} files, {targets} targets, {rows} table rows, {problems} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
