"""Target extraction throughput (MB/s of UTF-8 text, one core) on generated plan-like text.

The corpus is built from the paragraphs of the sample plan and of the evaluation documents
(evaluation/targets/*.txt), with their figures varied at random, plus plain task paragraphs
without targets, about 8 MB in all. Timed: `extract_targets` on every paragraph (what ingest
does), and separately `targets_from_table` on indicator tables and one 20,000-character sentence. With the compiled
build in use (plantrack.parse.compiled) the CPU-time line is also measured for plain Python, in a
process of its own on the same corpus: the two figures of one run compare.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

from evaluation.eval_targets import paragraphs

from plantrack.model import Location
from plantrack.parse import compiled
from plantrack.parse.targets import extract_targets

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt",
    *sorted((ROOT / "evaluation" / "targets").glob("*.txt")),
]
CORPUS_MB = 8
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?=[亿万%个家名件条户])")


def corpus(rng: random.Random, size_mb: float) -> list[str]:
    """Paragraphs (and tab tables) of about `size_mb` MB with varied figures."""
    pool = [p for src in SOURCES for p in paragraphs(src.read_text(encoding="utf-8"))]
    out, total = [], 0
    limit = size_mb * 1_000_000
    while total < limit:
        text = rng.choice(pool)
        text = _FIGURE.sub(lambda m: str(rng.randint(1, 5000)), text)
        out.append(text)
        total += len(text.encode("utf-8"))
    return out


def _time(paras: list[str], cpu: bool = False) -> tuple[float, int]:
    """Seconds (wall, or CPU of this process when `cpu`) to extract every paragraph."""
    clock = time.process_time if cpu else time.perf_counter
    loc = Location(node="b")
    count = 0
    start = clock()
    for i, text in enumerate(paras):
        count += len(extract_targets(text, node_id=f"p{i}", end_year=2030, location=loc))
    return clock() - start, count


def _cpu_line(paras: list[str], size: float) -> str:
    cpu, _ = _time(paras, cpu=True)
    build = "compiled" if compiled.in_use() else "plain Python"
    return f"targets: extract_targets {cpu:.2f} s CPU = {size / cpu:.2f} MB/s (one core, CPU time, {build})"


def main() -> None:
    rng = random.Random(15)
    paras = corpus(rng, CORPUS_MB)
    size = sum(len(p.encode("utf-8")) for p in paras) / 1_000_000
    if "--cpu-only" in sys.argv:
        print(_cpu_line(paras, size))
        return
    seconds, count = _time(paras)
    tables = [p for p in paras if "\t" in p]
    print(f"targets: {len(paras)} paragraphs, {size:.1f} MB, {count} targets")
    print(f"targets: extract_targets {seconds:.2f} s = {size / seconds:.2f} MB/s (one core, wall)")
    print(_cpu_line(paras, size))
    if compiled.in_use():
        env = {**os.environ, "PLANTRACK_PURE": "1"}
        cmd = [sys.executable, "-m", "benchmarks.bench_targets", "--cpu-only"]
        run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        print(run.stdout.strip())
    long = "推动产业协同发展，" * 2000 + "金融业增加值达到2000亿元" + "和" * 2000
    seconds_long, _ = _time([long])
    print(f"targets: one {len(long):,}-character paragraph {seconds_long * 1000:.1f} ms")
    seconds_tab, _ = _time(tables)
    print(f"targets: {len(tables)} indicator tables {seconds_tab * 1000:.1f} ms")


if __name__ == "__main__":
    main()
