"""How far two labellers agree on the wild set: the ceiling a gold standard can show.

Run from the repository root: `.venv/bin/python -m evaluation.eval_agreement [-v]`.

From the twentieth batch on, every document of a blind batch is labelled twice, by two people
working alone from GUIDE.md before any run, and the two labellings are reconciled into the gold
file (`evaluation/real/NAME.json`) by a third who reads both against the guide. The raw labellings
are kept in `evaluation/real/agreement/NAME.first.json` and `NAME.second.json`. This module scores
one labelling against the other with the scorer of `eval_real` (the same alignment and field
rules), and each against the reconciled gold: a field on which two careful readers agree only 90 %
of the time cannot be measured to 95 % against either of them alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from evaluation.eval_real import (
    FIELDS,
    HERE,
    _short,
    align,
    count_fields,
    f1_table,
    field_equal,
)
from evaluation.eval_targets import show_errors

LABELLINGS = HERE / "agreement"
_DEFAULTS = {
    "value_max": None,
    "baseline": None,
    "baseline_year": None,
    "binding": None,
    "aspiration": False,
    "text": "",
}


def as_prediction(target: dict) -> dict:
    """A labelled target in the shape the scorer expects of a prediction."""
    return {**_DEFAULTS, **target}


def _totals() -> dict:
    return {"docs": 0, "fields": {f: {"gold": 0, "pred": 0, "tp": 0} for f in FIELDS}}


def compare(reference: list[dict], other: list[dict], totals: dict, verbose: bool) -> None:
    """Add one document's agreement of `other` with `reference` to `totals`."""
    pred = [as_prediction(t) for t in other]
    pairs = align(reference, pred)
    totals["docs"] += 1
    count_fields(totals["fields"], reference, pred, pairs)
    if verbose:
        show_errors(reference, pred, pairs, fields=FIELDS, equal=field_equal, short=_short)


def _labelled_first() -> list[str]:
    return sorted(p.name[: -len(".first.json")] for p in LABELLINGS.glob("*.first.json"))


def labelled_twice() -> list[str]:
    """The stems of the documents with two labellings."""
    return [s for s in _labelled_first() if (LABELLINGS / f"{s}.second.json").exists()]


def awaiting_second() -> list[str]:
    """The stems of the documents whose second, blind labelling is owed (only a first kept)."""
    return [s for s in _labelled_first() if not (LABELLINGS / f"{s}.second.json").exists()]


def _targets(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["targets"]


def agreement(verbose: bool = False) -> dict[str, dict]:
    """Totals of first vs second, first vs gold and second vs gold over every twice-labelled
    document (the first-named is the reference: its count is `gold`)."""
    runs = {"first vs second": _totals(), "gold vs first": _totals(), "gold vs second": _totals()}
    for stem in labelled_twice():
        first = _targets(LABELLINGS / f"{stem}.first.json")
        second = _targets(LABELLINGS / f"{stem}.second.json")
        gold = _targets(HERE / f"{stem}.json")
        if verbose:
            print(f"{stem}: first {len(first)}, second {len(second)}, gold {len(gold)}")
        compare(first, second, runs["first vs second"], verbose)
        compare(gold, first, runs["gold vs first"], False)
        compare(gold, second, runs["gold vs second"], False)
    return runs


def main() -> None:
    runs = agreement(verbose="-v" in sys.argv[1:])
    docs = runs["first vs second"]["docs"]
    if not docs:
        print("no document is labelled twice yet")
        return
    print(f"labeller agreement on {docs} documents labelled twice (F1; P/R of the second named)")
    print(f"{'field':<12} " + " ".join(f"{name:>22}" for name in runs))
    scores = {name: f1_table(t) for name, t in runs.items()}
    for f in FIELDS:
        cells = " ".join(
            f"{scores[n][f]['F1']:.3f} ({scores[n][f]['P']:.2f}/{scores[n][f]['R']:.2f})".rjust(22)
            for n in runs
        )
        print(f"{f:<12} {cells}")
    counts = " · ".join(
        f"{n}: {t['fields']['value+unit']['gold']} / {t['fields']['value+unit']['pred']}"
        for n, t in runs.items()
    )
    print(f"targets (reference / other): {counts}")
    owed = awaiting_second()
    if owed:
        print(f"{len(owed)} documents labelled once, their second labelling owed: {owed[0]} …")


if __name__ == "__main__":
    main()
