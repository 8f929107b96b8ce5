"""Bulletin matching: precision and recall of proposed observations against hand labels.

The sample plan is ingested into a temporary store; each labelled bulletin under
evaluation/bulletins/ (see labels.json) is read without --apply. A proposal is correct when its
target and value are a labelled pair. Precision and recall are counted at the default threshold
(what --apply would record) and at a few others for comparison.

    make eval ONLY=bulletin      or      .venv/bin/python -m evaluation.eval_bulletin
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from plantrack.track.bulletin import THRESHOLD
from plantrack.workspace import Workspace

HERE = Path(__file__).resolve().parent / "bulletins"
ROOT = HERE.parent.parent


def _score(proposals, labels, threshold):
    gold = {(t, round(float(v), 6)) for t, v, _ in labels}
    chosen = {(p.target_id, round(p.value, 6)) for p in proposals if p.confidence >= threshold}
    tp = len(chosen & gold)
    return tp, len(chosen) - tp, len(gold) - tp, chosen - gold, gold - chosen


def main() -> None:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    thresholds = sorted({0.5, 0.7, THRESHOLD, 0.9})
    totals = {t: [0, 0, 0] for t in thresholds}
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.pop("PLANTRACK_DB", None)
        with Workspace(str(Path(tmp) / "eval.db"), actor="eval") as ws:
            ws.ingest(ROOT / labels["plan"])
            print(
                f"{'bulletin':<32} {'labels':>6} {'proposed':>8} {'TP':>4} {'FP':>4} {'FN':>4}"
                f" {'precision':>9} {'recall':>7}  (threshold {THRESHOLD})"
            )
            for name, gold in labels["bulletins"].items():
                result = ws.bulletin(HERE / name)
                for t in thresholds:
                    tp, fp, fn, _, _ = _score(result.proposals, gold, t)
                    totals[t][0] += tp
                    totals[t][1] += fp
                    totals[t][2] += fn
                tp, fp, fn, wrong, missed = _score(result.proposals, gold, THRESHOLD)
                proposed = tp + fp
                print(
                    f"{Path(name).name:<32} {len(gold):>6} {proposed:>8} {tp:>4} {fp:>4} {fn:>4}"
                    f" {tp / proposed if proposed else 1:>9.3f} {tp / len(gold):>7.3f}"
                )
                misses += [f"  FP {Path(name).name}: {t} = {v:g}" for t, v in sorted(wrong)]
                misses += [f"  FN {Path(name).name}: {t} = {v:g}" for t, v in sorted(missed)]
    print()
    print(f"{'threshold':>9} {'TP':>5} {'FP':>5} {'FN':>5} {'precision':>9} {'recall':>7}")
    for t in thresholds:
        tp, fp, fn = totals[t]
        mark = "  <- default (--apply)" if t == THRESHOLD else ""
        print(
            f"{t:>9.2f} {tp:>5} {fp:>5} {fn:>5} {tp / (tp + fp) if tp + fp else 1:>9.3f}"
            f" {tp / (tp + fn):>7.3f}{mark}"
        )
    if misses:
        print("\nerrors at the default threshold:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
