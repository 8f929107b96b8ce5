"""Conformance with open-sdg's ProgressMeasure (sdg-build), written from its published method.

For an indicator with a target, ProgressMeasure compares the observed compound annual growth
rate since the base year with the rate required to reach the target by the target year:
    CAGR_o = (x_t / x_0)^(1/(t − t_0)) − 1,   CAGR_r = (x* / x_0)^(1/(t* − t_0)) − 1,
    ratio = CAGR_o / CAGR_r  (both signs kept: a fall towards a lower target is progress).
It calls ratio ≥ 0.95 on track ("substantial progress"), 0.6–0.95 "fair progress", 0–0.6
"limited progress" and < 0 deterioration. plantrack's pace ratio for compound paths is the same
ratio; its verdict uses 0.95 for binding targets (and 0.90 for expected ones, docs/status-method.md),
so for a binding target on_track/ahead ⇔ ratio ≥ 0.95, and lagging ⇔ ratio < 0.95.

200 series drawn with a fixed seed (targets above and below the baseline, progress and
deterioration) go through `assess`; the ratio must agree to 1e-9 and the verdict must agree.
"""

from __future__ import annotations

import random

import pytest

from plantrack.model import Location, Observation, Target
from plantrack.track.assess import assess


def reference_ratio(x0: float, t0: int, xt: float, t: int, target: float, t_target: int) -> float:
    observed = (xt / x0) ** (1 / (t - t0)) - 1
    required = (target / x0) ** (1 / (t_target - t0)) - 1
    return observed / required


def series(seed: int = 2030, n: int = 200) -> list[tuple[float, float, int, float]]:
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        x0 = round(rng.uniform(50, 5000), 1)
        target = round(x0 * rng.choice([rng.uniform(1.05, 2.5), rng.uniform(0.4, 0.95)]), 1)
        year = rng.randint(2026, 2029)
        step = (target / x0) ** ((year - 2025) / 5)
        xt = round(x0 * step * rng.uniform(0.85, 1.15), 2)
        if abs(target - x0) < 1 or abs(xt - x0) < 1e-6:
            continue
        out.append((x0, target, year, xt))
    return out


@pytest.mark.parametrize(("x0", "target", "year", "xt"), series())
def test_pace_ratio_agrees_with_open_sdg(x0, target, year, xt) -> None:
    comparator = ">=" if target > x0 else "<="
    reached = xt >= target if comparator == ">=" else xt <= target
    t = Target(
        id="t1",
        metric="规模以上工业增加值" if comparator == ">=" else "单位地区生产总值能耗",
        value=target,
        unit="亿元",
        comparator=comparator,
        kind="level",
        deadline=2030,
        text="",
        location=Location(node="c1"),
        baseline=x0,
        baseline_year=2025,
        binding=True,
    )
    a = assess(t, [Observation("t1", str(year), xt, "亿元")], base_year=2025)
    if reached:
        assert a.status == "achieved"
        return
    expected = reference_ratio(x0, 2025, xt, year, target, 2030)
    assert a.ratio == pytest.approx(expected, rel=1e-9, abs=1e-12)
    assert (a.status in ("on_track", "ahead")) == (expected >= 0.95)
