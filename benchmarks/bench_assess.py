"""Assess 10,000 targets with 5 observations each: time and peak memory.

Targets cycle through the kinds and comparators (compound and linear levels, <= caps, sums,
annual, multiples, milestones); observations are 2025–2029 with some in other units, so unit
conversion is part of the cost. Peak memory is tracemalloc's peak over the run (Python objects
created by assessing: the explanations dominate).

    make bench ONLY=assess      or      .venv/bin/python -m benchmarks.bench_assess
"""

from __future__ import annotations

import random
import time
import tracemalloc

from plantrack.model import STATUSES, Location, Observation, Target
from plantrack.track.status import build_report

N_TARGETS = 10_000
N_OBS = 5

KINDS = [
    ("level", ">=", "亿元", 2000.0, 1500.0, "万元", 1e4),
    ("level", "~", "%", 12.0, 10.0, "‰", 10.0),
    ("level", "<=", "吨标准煤/万元", 0.4, 0.5, None, 1.0),
    ("increment", ">=", "名", 500.0, None, "万人", 1e-4),
    ("cumulative", ">", "个", 6000.0, None, None, 1.0),
    ("annual", ">=", "家", 500.0, None, None, 1.0),
    ("multiple", ">=", "倍", 2.0, None, "亿元", 1.0),
    ("qualitative", None, None, None, None, None, 1.0),
]


def make_data(seed: int = 7) -> tuple[list[Target], list[Observation]]:
    rng = random.Random(seed)
    targets, observations = [], []
    for i in range(N_TARGETS):
        kind, comp, unit, value, base, obs_unit, factor = KINDS[i % len(KINDS)]
        tid = f"c{i % 9 + 1}.s1.p{i}.t1"
        targets.append(
            Target(
                id=tid,
                metric=f"指标{i}",
                value=value,
                unit=unit,
                comparator=comp,
                kind=kind,
                deadline=2030,
                text=f"指标{i}年均" if i % 16 == 5 else f"指标{i}",
                location=Location(node=f"c{i % 9 + 1}.s1.p{i}", chapter=i % 9 + 1),
                baseline=base,
                baseline_year=2025 if base else None,
            )
        )
        level = base or (value or 1.0) / 4
        for k in range(N_OBS):
            year = 2025 + k
            if kind == "qualitative":
                observations.append(
                    Observation(
                        tid, str(year), None, None, milestone=rng.choice(["in_progress", "done"])
                    )
                )
                continue
            if kind in ("increment", "cumulative", "annual"):
                figure = (value or 1) / 5 * rng.uniform(0.6, 1.4)
            else:
                figure = level * (1 + rng.uniform(-0.02, 0.12)) ** (k + 1)
            if obs_unit and k % 2:
                observations.append(Observation(tid, str(year), figure * factor, obs_unit))
            else:
                observations.append(
                    Observation(tid, str(year), figure, unit if kind != "multiple" else "亿元")
                )
    return targets, observations


def main() -> None:
    targets, observations = make_data()
    tracemalloc.start()
    start = time.perf_counter()
    report = build_report(1, "bench", targets, observations, base_year=2025)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # the same again without tracemalloc, whose bookkeeping slows allocation down
    start = time.perf_counter()
    build_report(1, "bench", targets, observations, base_year=2025)
    plain = time.perf_counter() - start
    counts = report.summary()[-1]
    print(f"targets {len(targets):,}  observations {len(observations):,}")
    print(
        f"assess all: {plain:.2f} s ({plain / len(targets) * 1e6:.0f} µs per target);"
        f" with tracemalloc {elapsed:.2f} s"
    )
    print(f"peak memory (tracemalloc): {peak / 1024 / 1024:.1f} MiB")
    print("statuses: " + ", ".join(f"{k} {counts[k]}" for k in STATUSES if counts[k]))


if __name__ == "__main__":
    main()
