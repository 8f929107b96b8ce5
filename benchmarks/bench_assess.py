"""Assess 10,000 targets with 5 observations each: time and peak memory, against the code before
and a comparator, in the same run.

Targets cycle through the kinds and comparators (compound and linear levels, <= caps, sums,
annual, multiples, milestones); observations are 2025–2029 with some in other units, so unit
conversion is part of the cost. Peak memory is tracemalloc's peak over the run.

In the same run: the comparator — the level rule's arithmetic vectorised with numpy over every
target, plus an Assessment object per target (the floor any Python implementation pays) — and,
when PLANTRACK_BENCH_BASE names a checkout of the code before, that code on the same data (in a
child process). Explanations are written when read (track/explain.py); the last line times
writing every one of them too: at once (`explained()`, what `plantrack status --format json`
does) and one by one when read (a second, loud run of each rule).

    make bench ONLY=assess      or      .venv/bin/python -m benchmarks.bench_assess
    PLANTRACK_BENCH_BASE=/tmp/perf2-base .venv/bin/python -m benchmarks.bench_assess
"""

from __future__ import annotations

import math
import os
import random
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from plantrack.model import STATUSES, Assessment, Location, Observation, Target
from plantrack.track.status import build_report

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3

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


def numpy_floor(targets: list[Target], observations: list[Observation]) -> list[Assessment]:
    """The comparator: each target's latest figure, the compound path from the baseline to the
    goal, the progress ratio and a status by thresholds — vectorised with numpy — then an
    Assessment per target. No units, forms or explanations: a floor, not a substitute."""
    import numpy as np

    latest: dict[str, tuple[float, float]] = {}
    for obs in observations:
        if obs.value is not None:
            when = float(obs.period[:4])
            seen = latest.get(obs.target_id)
            if seen is None or when >= seen[0]:
                latest[obs.target_id] = (when, obs.value)
    nan = math.nan
    when, actual = np.array([latest.get(t.id, (nan, nan)) for t in targets]).T
    base = np.array([t.baseline if t.baseline else nan for t in targets])
    goal = np.array([t.value if t.value is not None else nan for t in targets])
    span = np.array([(t.deadline or 2030) - 2025 for t in targets], dtype=float)
    with np.errstate(all="ignore"):
        expected = base * (goal / base) ** ((when - 2025) / span)
        ratio = (actual - base) / (expected - base)
    status = np.select(
        [np.isnan(actual), actual >= goal, ratio >= 1.1, ratio >= 0.95],
        ["no_data", "achieved", "ahead", "on_track"],
        "lagging",
    )
    return [
        Assessment(t.id, s, expected=e, actual=a, ratio=r, method="compound")
        for t, s, e, a, r in zip(
            targets,
            status.tolist(),
            expected.tolist(),
            actual.tolist(),
            ratio.tolist(),
            strict=True,
        )
    ]


def best(work, runs: int = RUNS) -> float:
    """The best of `runs` wall times of work()."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def _before(base: str) -> tuple[float, float]:
    """The code before (a checkout) on the same data, in a child process: (best of RUNS in
    seconds, tracemalloc peak in bytes)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(base) / "src"), str(ROOT)])}
    code = "from benchmarks.bench_assess import _time_only; _time_only()"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    elapsed, peak = out.stdout.strip().splitlines()[-1].split()
    return float(elapsed), float(peak)


def _time_only() -> None:
    targets, observations = make_data()
    tracemalloc.start()
    build_report(1, "bench", targets, observations, base_year=2025)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(best(lambda: build_report(1, "bench", targets, observations, base_year=2025)), peak)


def main() -> None:
    from plantrack.track.explain import explained  # not in the code before (_time_only)

    targets, observations = make_data()
    tracemalloc.start()
    report = build_report(1, "bench", targets, observations, base_year=2025)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    base = os.environ.get("PLANTRACK_BENCH_BASE")
    before, before_peak = _before(base) if base else (None, None)
    now = best(lambda: build_report(1, "bench", targets, observations, base_year=2025))
    floor = best(lambda: numpy_floor(targets, observations))

    def read_later() -> None:
        for row in build_report(1, "bench", targets, observations, base_year=2025).rows:
            row.assessment.explain  # noqa: B018  (written on first read)

    def at_once() -> None:
        with explained():
            build_report(1, "bench", targets, observations, base_year=2025)

    later, with_text = best(read_later), best(at_once)
    counts = report.summary()[-1]
    n = len(targets)
    print(f"targets {n:,}  observations {len(observations):,}  (best of {RUNS}, wall)")
    if before is not None:
        print(f"assess all, code before ({base}): {before * 1000:6.0f} ms")
    print(
        f"assess all, now:                  {now * 1000:6.0f} ms ({now / n * 1e6:.0f} µs per "
        f"target)" + (f"  = {before / now:.1f}× faster" if before else "")
    )
    print(
        f"comparator, numpy + objects:      {floor * 1000:6.0f} ms  → now is {now / floor:.1f}× "
        "the comparator"
    )
    print(
        f"assess all with every explanation: {with_text * 1000:.0f} ms written at once "
        f"(explained(), as status --format json does); {later * 1000:.0f} ms read one by one"
    )
    print(
        f"peak memory (tracemalloc): {peak / 1024 / 1024:.1f} MiB"
        + (f" (code before: {before_peak / 1024 / 1024:.1f} MiB)" if before_peak else "")
    )
    print("statuses: " + ", ".join(f"{k} {counts[k]}" for k in STATUSES if counts[k]))


if __name__ == "__main__":
    main()
