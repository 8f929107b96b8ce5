"""Numeric targets judged against their path: level and 翻番 targets on the path from the
baseline to the target (linear or compound), increments and cumulative targets on their running
sum, annual targets year by year, each with a trend projection to the deadline and the pace
still needed. The thresholds are the ones docs/status-method.md names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from plantrack.model import Assessment, Comparator, Form, Observation, Status
from plantrack.track.explain import Ctx, fmt, pct
from plantrack.track.forms import change_sign
from plantrack.track.units import is_linear

# Progress ratio r = observed pace / required pace (open-sdg ProgressMeasure: CAGR ratio).
AHEAD = 1.10  # r >= 1.10: 快于预期
ON_TRACK = {False: 0.90, True: 0.95}  # by `binding`: r >= floor: 基本符合预期, else 滞后
# Value ratio q = value / target (projection-only judgements and annual targets).
VALUE_AHEAD = 1.05
VALUE_ON_TRACK = {False: 0.95, True: 0.98}
# `~` (左右) and `=` (保持在): a value this close (relative) to the target counts as reaching it.
APPROX_BAND = {False: 0.02, True: 0.01}


@dataclass(slots=True)
class Point:
    """A numeric observation as a point in time."""

    t: float  # 2026 = end of 2026; 2026-06-30 = 2025.5
    value: float  # in the target's unit
    period: str
    obs: Observation


def _slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ys on xs."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:  # every point at the same moment ("2026" and "2026-12-31"): no trend
        return 0.0
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def _direction(comparator: Comparator | None, start: float | None, target: float) -> int:
    """+1 when more is better, -1 when less is better."""
    if comparator in (Comparator.GE, Comparator.GT):
        return 1
    if comparator in (Comparator.LE, Comparator.LT):
        return -1
    return 1 if start is None or target >= start else -1


def _meets(
    value: float, target: float, comparator: Comparator | None, direction: int, band: float
) -> bool:
    if comparator == Comparator.GT:
        return value > target
    if comparator == Comparator.LT:
        return value < target
    if comparator in (Comparator.APPROX, Comparator.EQ):
        slack = abs(target) * band
        return value >= target - slack if direction > 0 else value <= target + slack
    return value >= target if direction > 0 else value <= target


def judge_ratio(ctx: Ctx, ratio: float, *, on_value: bool = False) -> tuple[Status, str]:
    """ahead / on_track / lagging for a progress ratio r, or a value ratio q (`on_value`)."""
    ahead = VALUE_AHEAD if on_value else AHEAD
    floor = (VALUE_ON_TRACK if on_value else ON_TRACK)[ctx.binding]
    words = _threshold_words(ahead, floor)
    if ratio >= ahead:
        return Status.AHEAD, words[0]
    if ratio >= floor:
        return Status.ON_TRACK, words[1]
    return Status.LAGGING, words[2]


@lru_cache(maxsize=16)
def _threshold_words(ahead: float, floor: float) -> tuple[str, str, str]:
    """The thresholds as the explanation says them (written once: they are constants)."""
    return f"≥ {fmt(ahead)}", f"在 [{fmt(floor)}, {fmt(ahead)}) 之间", f"< {fmt(floor)}"


def no_baseline(ctx: Ctx, points: list[Point], goal: float | None, **fields) -> Assessment:
    """Figures but no pace to judge: 待评估：缺基期值, with the latest figure and the gap to the
    target. One step fixes it: take a figure as the baseline (`plantrack baseline ID --period P`,
    or 设为基期值 on the target page)."""
    if points:
        last = points[-1]
        fields.setdefault("as_of", last.period)
        fields.setdefault("actual", last.value)
    actual = fields.get("actual")
    if actual is None:
        ctx.say("暂无监测值 no observation yet")
        return ctx.done(Status.NO_DATA, **fields)
    if goal is not None and actual is not None:
        fields.setdefault("gap", goal - actual)
        fields.setdefault("expected", goal)
        ctx.say(
            lambda: (
                f"距目标 gap to the target: {fmt(goal)} − {fmt(actual)} = {ctx.v(goal - actual)}"
            )
        )
    ctx.say(
        "缺基期值，无法判断进度；可将一个监测值设为基期值 no baseline to measure pace from:"
        " take a figure as the baseline"
    )
    return ctx.done(Status.NO_BASELINE, **fields)


def _goal_from_baseline(ctx: Ctx, b_v: float, comp: Comparator) -> tuple[float, Comparator, str]:
    """(target level, comparator, path) of a 翻番 (value × baseline) or 提高/降低N个百分点
    (baseline ± N; a fall must reach the level from above)."""
    tgt = ctx.target
    value = float(tgt.value)  # type: ignore[arg-type]
    if ctx.form == Form.MULTIPLE:
        goal = value * b_v
        ctx.say(lambda: f"目标水平 target level: {fmt(tgt.value)} × {fmt(b_v)} = {ctx.v(goal)}")
        return goal, comp, "multiple"
    sign = change_sign(tgt)
    goal = b_v + sign * value
    if sign < 0 and comp in (Comparator.GE, Comparator.GT):
        # 降低2个百分点: the share must fall to it
        comp = Comparator.LE if comp == Comparator.GE else Comparator.LT
    op = "+" if sign > 0 else "−"
    ctx.say(lambda: f"目标水平 target level: {fmt(b_v)} {op} {fmt(tgt.value)} = {fmt(goal)} %")
    ctx.unit = "%"
    return goal, comp, "linear"


def _met_or_holding(
    ctx: Ctx, comp: Comparator, goal: float, fields: dict, held_before_deadline: bool
) -> Assessment:
    """A met level target: 提前实现, except a cap or floor that must hold every year and was
    held from the baseline (控制在5.5%以内 from 5.0 %): holding it is on track before the deadline
    (a cap the baseline was above is a level to reach, and is met)."""
    if ctx.form in (Form.CEILING, Form.HOLD) and held_before_deadline:
        ctx.say(
            lambda: f"每年须保持 {comp} {ctx.v(goal)}，目前保持 it must hold every year; it holds"
        )
        return ctx.done(Status.ON_TRACK, expected=goal, **fields)
    return _met(ctx, comp, goal, fields)


def _met(ctx: Ctx, comp: Comparator, goal: float, fields: dict) -> Assessment:
    ctx.say(lambda: f"已达到目标 {comp} {ctx.v(goal)} the target is met")
    return ctx.done(Status.ACHIEVED, expected=goal, **fields)


def _no_deadline(ctx: Ctx, fields: dict) -> Assessment:
    ctx.say("无期限，无法画出路径 no deadline: no path to compare with")
    return ctx.done(Status.NO_DATA, **fields)


def _baseline(
    ctx: Ctx, points: list[Point], base_year: int
) -> tuple[float | None, float | None, list[Point]]:
    """(baseline time, baseline value, the points after it)."""
    t = ctx.target
    marked = [p for p in points if p.obs.is_baseline]
    if marked:
        chosen = marked[-1]
        ctx.say(
            lambda: (
                f"基期值 baseline: {chosen.period} {ctx.v(chosen.value)}（录入的基期值 recorded baseline）"
            )
        )
        return chosen.t, chosen.value, [p for p in points if p.t > chosen.t]
    if t.baseline is not None:
        year = t.baseline_year or base_year
        ctx.say(lambda: f"基期值 baseline: {year}年 {ctx.v(t.baseline)}（规划给定 from the plan）")
        return float(year), float(t.baseline), [p for p in points if p.t > year]
    year = t.baseline_year or base_year  # 比2020年…: the target's own base year
    early = [p for p in points if p.t <= year]
    if early:
        chosen = early[-1]  # the latest at or before the base year: 2025 year-end over 2025-06-30
        ctx.say(
            lambda: (
                f"基期值 baseline: {chosen.period} {ctx.v(chosen.value)}"
                f"（规划未给出，取基期及以前最近的监测值 latest observation at/before {year}）"
            )
        )
        return chosen.t, chosen.value, [p for p in points if p.t > chosen.t]
    return None, None, points


def level(
    ctx: Ctx, points: list[Point], base_year: int, comp: Comparator, band: float
) -> Assessment:
    """Level targets, 翻番 and 提高…个百分点: the path from the baseline to the target."""
    tgt = ctx.target
    b_t, b_v, post = _baseline(ctx, points, base_year)
    goal = float(tgt.value)  # type: ignore[arg-type]
    method = "linear" if is_linear(tgt.unit) else "compound"
    if ctx.form in (Form.MULTIPLE, Form.PP_CHANGE):
        if b_v is None:
            ctx.say(
                "翻番/提高类指标需要基期值 a multiple or an increase needs a baseline: none known"
            )
            return no_baseline(ctx, points, None, method="multiple")
        goal, comp, method = _goal_from_baseline(ctx, b_v, comp)
    if not post:
        known = "只有基期值 only the baseline is known: no figure after it yet"
        ctx.say(lambda: known if b_v is not None else "暂无监测值 no observation yet")
        return ctx.done(Status.NO_DATA, method=method)
    last = post[-1]
    actual = last.value
    direction = _direction(comp, b_v if b_v is not None else post[0].value, goal)
    deadline = tgt.deadline
    ctx.say(lambda: f"实际值 actual: {last.period} {ctx.v(actual)}")
    positive = actual > 0 and goal > 0 and (b_v is None or b_v > 0)
    if method in ("compound", "multiple") and not positive:
        method = "linear"
        ctx.say("含零或负值，改用线性路径 zero or negative values: linear path instead of compound")
    compound = method in ("compound", "multiple")
    fields = dict(as_of=last.period, actual=actual, method=method)

    if _meets(actual, goal, comp, direction, band):
        held = b_v is None or _meets(b_v, goal, comp, direction, band)
        return _met_or_holding(ctx, comp, goal, fields, held and last.t < (deadline or 0))
    if b_v is not None and _meets(b_v, goal, comp, direction, band):
        # the baseline already met it (控制在5.5%以内 from 5.0%): the task is to stay there
        ctx.say(
            lambda: (
                f"基期已达标，现已不满足 {comp} {ctx.v(goal)} the baseline met it; now it does not"
            )
        )
        return ctx.done(Status.LAGGING, expected=goal, **fields)
    if deadline is None:
        return _no_deadline(ctx, fields)
    if last.t >= deadline:
        ctx.say(
            lambda: (
                f"已到期限 {deadline} 未达到目标 the deadline has passed without meeting the target"
            )
        )
        return ctx.done(Status.LAGGING, expected=goal, **fields)

    trend = ([(b_t, b_v)] if b_v is not None else []) + [(p.t, p.value) for p in post]
    if b_v is None or b_t is None:
        # no baseline: the expected path cannot be drawn; judge on the projection alone
        ctx.say(
            "无基期值，无法画出预期路径，仅按趋势预测判断 no baseline: judged on the projection alone"
        )
        projected = _project(ctx, trend, actual, last.t, deadline, compound)
        fields.update(
            projected=projected, required_pace=_pace(ctx, goal, actual, last.t, deadline, compound)
        )
        if projected is None:
            ctx.say("只有一个监测值，无法判断趋势 a single figure gives no trend")
            return no_baseline(ctx, post, goal, **fields)
        if goal <= 0:
            # a ratio to a zero or negative target means nothing: met or not met at the deadline
            q = math.inf if _meets(projected, goal, comp, direction, band) else 0.0
            ctx.say(
                lambda: (
                    f"目标值非正，按预测值 {fmt(projected)} 是否达到目标判断"
                    f" target is not positive: judged on whether the projection meets it"
                )
            )
        elif direction > 0:
            q = projected / goal
            ctx.say(
                lambda: f"预测比 q = projected / target = {fmt(projected)} / {fmt(goal)} = {fmt(q)}"
            )
        else:
            q = goal / projected if projected > 0 else math.inf
            ctx.say(
                lambda: f"预测比 q = target / projected = {fmt(goal)} / {fmt(projected)} = {fmt(q)}"
            )
        status, why = judge_ratio(ctx, q, on_value=True)
        ctx.say(lambda: f"q {why}")
        return ctx.done(status, ratio=q, **fields)

    span = deadline - b_t
    elapsed = last.t - b_t
    f = elapsed / span
    ctx.say(
        lambda: (
            f"时间进度 elapsed: ({fmt(last.t)} − {fmt(b_t)}) / ({deadline} − {fmt(b_t)}) = {fmt(f)}"
        )
    )
    if compound:
        expected = b_v * (goal / b_v) ** f
        ctx.say(
            lambda: (
                f"预期值 expected (compound): {fmt(b_v)} × ({fmt(goal)} / {fmt(b_v)})^{fmt(f)}"
                f" = {ctx.v(expected)}"
            )
        )
        need = (goal / b_v) ** (1 / span) - 1
        seen = (actual / b_v) ** (1 / elapsed) - 1
        ctx.say(
            lambda: (
                f"要求年均增速 required CAGR: ({fmt(goal)} / {fmt(b_v)})^(1/{fmt(span)}) − 1 = {pct(need)}"
            )
        )
        ctx.say(
            lambda: (
                f"实际年均增速 observed CAGR: ({fmt(actual)} / {fmt(b_v)})^(1/{fmt(elapsed)}) − 1"
                f" = {pct(seen)}"
            )
        )
        show = pct  # a compound pace is a rate
    else:
        expected = b_v + (goal - b_v) * f
        ctx.say(
            lambda: (
                f"预期值 expected (linear): {fmt(b_v)} + ({fmt(goal)} − {fmt(b_v)}) × {fmt(f)}"
                f" = {ctx.v(expected)}"
            )
        )
        need = (goal - b_v) / span
        seen = (actual - b_v) / elapsed
        ctx.say(
            lambda: (
                f"要求年均变化 required change: ({fmt(goal)} − {fmt(b_v)}) / {fmt(span)} = {fmt(need)}/年"
            )
        )
        ctx.say(
            lambda: (
                f"实际年均变化 observed change: ({fmt(actual)} − {fmt(b_v)}) / {fmt(elapsed)} = {fmt(seen)}/年"
            )
        )
        show = fmt
    ctx.say(
        lambda: (
            f"实际/预期 actual ÷ expected = {fmt(actual)} / {fmt(expected)} = {fmt(actual / expected if expected else math.inf)}"
        )
    )
    fields["expected"] = expected
    if need == 0:
        status, why, r = (
            Status.LAGGING,
            "目标等于基期值且尚未达到 the target equals the baseline and is not met",
            None,
        )
        ctx.say(lambda: why)
    else:
        r = seen / need
        status, why = judge_ratio(ctx, r)
        ctx.say(
            lambda: (
                f"进度比 ratio = observed ÷ required = {show(seen)} / {show(need)} = {fmt(r)}，{why}"
            )
        )
    fields["projected"] = _project(ctx, trend, actual, last.t, deadline, compound)
    fields["required_pace"] = _pace(ctx, goal, actual, last.t, deadline, compound)
    return ctx.done(status, ratio=r, **fields)


def _pace(ctx: Ctx, goal: float, actual: float, now: float, deadline: int, compound: bool) -> float:
    """What is still needed per year from the latest figure to the deadline."""
    remaining = deadline - now
    if compound:
        pace = (goal / actual) ** (1 / remaining) - 1
        ctx.say(
            lambda: (
                f"尚需年均增速 required pace: ({fmt(goal)} / {fmt(actual)})^(1/{fmt(remaining)}) − 1"
                f" = {pct(pace)}/年"
            )
        )
        return pace
    pace = (goal - actual) / remaining
    ctx.say(
        lambda: (
            f"尚需年均变化 required pace: ({fmt(goal)} − {fmt(actual)}) / {fmt(remaining)}"
            f" = {fmt(pace)} {ctx.unit}/年"
        )
    )
    return pace


def _project(
    ctx: Ctx,
    trend: list[tuple[float, float]],
    actual: float,
    now: float,
    deadline: int,
    compound: bool,
) -> float | None:
    """Projected value at the deadline from the least-squares trend, anchored at the latest."""
    if len(trend) < 2:
        return None
    xs = [t for t, _ in trend]
    ahead = deadline - now
    if compound and all(v > 0 for _, v in trend):
        g = math.exp(_slope(xs, [math.log(v) for _, v in trend])) - 1
        projected = actual * (1 + g) ** ahead
        ctx.say(
            lambda: (
                f"趋势预测 projected {deadline}: {fmt(actual)} × (1 + {pct(g)})^{fmt(ahead)}"
                f" = {ctx.v(projected)}（{len(trend)}个点的对数线性拟合 log-linear fit）"
            )
        )
        return projected
    s = _slope(xs, [v for _, v in trend])
    projected = actual + s * ahead
    ctx.say(
        lambda: (
            f"趋势预测 projected {deadline}: {fmt(actual)} + {fmt(s)} × {fmt(ahead)}"
            f" = {ctx.v(projected)}（{len(trend)}个点的线性拟合 linear fit）"
        )
    )
    return projected


def since_base(ctx: Ctx, points: list[Point], base_year: int) -> tuple[int, list[Point]]:
    """The base year (the target's own, else the plan's) and the points after it."""
    start = ctx.target.baseline_year or base_year
    post = [p for p in points if p.t > start]
    if not post:
        ctx.say(lambda: f"{start}年以后暂无监测值 no figure after the base year {start}")
    return start, post


def _sum_pace(ctx: Ctx, goal: float, total: float, now: float, deadline: int) -> float:
    """What the sum still needs per year from `now` to the deadline."""
    pace = (goal - total) / (deadline - now)
    ctx.say(
        lambda: (
            f"尚需年均 required pace: ({fmt(goal)} − {fmt(total)}) / {fmt(deadline - now)}"
            f" = {fmt(pace)} {ctx.unit}/年"
        )
    )
    return pace


def summed(
    ctx: Ctx, points: list[Point], base_year: int, comp: Comparator, band: float
) -> Assessment:
    """Increment and cumulative targets: the sum since the base year."""
    tgt = ctx.target
    goal = float(tgt.value)  # type: ignore[arg-type]
    start, post = since_base(ctx, points, base_year)
    if not post:
        return ctx.done(Status.NO_DATA, method="sum")
    total, summed_from, series = 0.0, 0, []
    for i, p in enumerate(post):
        if p.obs.basis == "total":
            total, summed_from = p.value, i
        else:
            total += p.value
        series.append((p.t, total))
    last = post[-1]
    ctx.say(
        lambda: (
            f"基期 base year: {start}；累计 sum since then: "
            f"{' + '.join(_term(p) for p in post[summed_from:])} = {ctx.v(total)}"
        )
    )
    origin = 0.0
    if any(p.obs.basis == "total" for p in post):
        # a running total (年末累计…) counts from wherever it stood at the base year
        early = [p for p in points if p.t <= start]
        marked = [p for p in points if p.obs.is_baseline]
        if marked or tgt.baseline is not None or early:
            origin = (
                marked[-1].value
                if marked
                else float(tgt.baseline)
                if tgt.baseline is not None
                else early[-1].value
            )
            ctx.say(lambda: f"起点 running total at the base year: {ctx.v(origin)}")
        else:
            origin = None  # type: ignore[assignment]
            ctx.say(
                "基期累计值未知 running total at the base year unknown (record it with --baseline)"
            )
            if ctx.form == Form.INCREMENT:
                # 累计新增10万套 against running totals that include the stock before the plan:
                # what was added cannot be told without the base-year total
                return no_baseline(ctx, post, goal, method="sum")
    if origin and ctx.form == Form.INCREMENT:
        # 累计新增10万套 against running totals 13, 15 that include the stock before the plan:
        # what counts is what was added since the base year (a 累计 stock keeps its path below)
        ctx.say(
            lambda: (
                f"新增 added since the base year: {fmt(total)} − {fmt(origin)} = {ctx.v(total - origin)}"
            )
        )
        series = [(t, v - origin) for t, v in series]
        total, origin = total - origin, 0.0
    fields = dict(as_of=last.period, actual=total, method="sum")
    direction = _direction(comp, None, goal)
    deadline = tgt.deadline
    if direction > 0 and _meets(total, goal, comp, direction, band):
        return _met(ctx, comp, goal, fields)
    if direction < 0 and not _meets(total, goal, comp, direction, band):
        ctx.say(lambda: f"已超过上限 {ctx.v(goal)} the cap is exceeded")
        return ctx.done(Status.LAGGING, expected=goal, **fields)
    if deadline is None:
        return _no_deadline(ctx, fields)
    if last.t >= deadline:
        met = direction < 0
        ctx.say(
            lambda: (
                f"已到期限 {deadline}："
                + ("未超上限 within the cap" if met else "未达到目标 not met")
            )
        )
        return ctx.done(Status.ACHIEVED if met else Status.LAGGING, expected=goal, **fields)
    if origin is None:
        return _summed_by_trend(ctx, series, goal, deadline, direction, fields)
    span, elapsed = deadline - start, last.t - start
    f = elapsed / span
    expected = origin + (goal - origin) * f
    projected = origin + (total - origin) / elapsed * span
    ctx.say(
        lambda: f"时间进度 elapsed: ({fmt(last.t)} − {start}) / ({deadline} − {start}) = {fmt(f)}"
    )
    if origin:
        ctx.say(
            lambda: (
                f"预期累计 expected (even pace): {fmt(origin)} + ({fmt(goal)} − {fmt(origin)}) × "
                f"{fmt(f)} = {ctx.v(expected)}"
            )
        )
        ctx.say(
            lambda: (
                f"趋势预测 projected {deadline}: {fmt(origin)} + ({fmt(total)} − {fmt(origin)}) / "
                f"{fmt(elapsed)} × {fmt(span)}"
                f" = {ctx.v(projected)}"
            )
        )
    else:
        ctx.say(
            lambda: f"预期累计 expected (even pace): {fmt(goal)} × {fmt(f)} = {ctx.v(expected)}"
        )
        ctx.say(
            lambda: (
                f"趋势预测 projected {deadline}: {fmt(total)} / {fmt(elapsed)} × {fmt(span)}"
                f" = {ctx.v(projected)}"
            )
        )
    pace = _sum_pace(ctx, goal, total, last.t, deadline)
    fields.update(expected=expected, projected=projected, required_pace=pace)
    r = (total - origin) / (expected - origin) if expected != origin else math.inf
    if direction < 0:
        status = Status.ON_TRACK if projected <= goal else Status.LAGGING
        ctx.say(
            lambda: (
                f"上限类指标 cap: 预测 {fmt(projected)} {'≤' if status == Status.ON_TRACK else '>'} {fmt(goal)}"
            )
        )
        return ctx.done(status, ratio=r, **fields)
    status, why = judge_ratio(ctx, r)
    ctx.say(
        lambda: (
            (
                f"进度比 ratio = ({fmt(total)} − {fmt(origin)}) / ({fmt(expected)} − {fmt(origin)})"
                if origin
                else f"进度比 ratio = {fmt(total)} / {fmt(expected)}"
            )
            + f" = {fmt(r)}，{why}"
        )
    )
    return ctx.done(status, ratio=r, **fields)


def _term(p: Point) -> str:
    """One figure of a sum, as the explanation writes it."""
    if p.obs.basis == "total":
        return f"{fmt(p.value)}（{p.period} 累计值 running total）"
    return f"{fmt(p.value)}（{p.period}）"


def _summed_by_trend(
    ctx: Ctx,
    series: list[tuple[float, float]],
    goal: float,
    deadline: int,
    direction: int,
    fields: dict,
) -> Assessment:
    """A running total with no known base-year total: judged on its trend alone."""
    now, total = series[-1]
    fields["required_pace"] = _sum_pace(ctx, goal, total, now, deadline)
    if len(series) < 2:
        ctx.say("只有一个累计值，无法判断趋势 a single running total gives no trend")
        return no_baseline(ctx, [], goal, gap=goal - total, **fields)
    slope = _slope([t for t, _ in series], [v for _, v in series])
    projected = total + slope * (deadline - now)
    ctx.say(
        lambda: (
            f"趋势预测 projected {deadline}: {fmt(total)} + {fmt(slope)} × {fmt(deadline - now)}"
            f" = {ctx.v(projected)}（{len(series)}个点的线性拟合 linear fit）"
        )
    )
    fields["projected"] = projected
    if direction < 0:
        status = Status.ON_TRACK if projected <= goal else Status.LAGGING
        return ctx.done(status, **fields)
    q = projected / goal
    status, why = judge_ratio(ctx, q, on_value=True)
    ctx.say(
        lambda: f"预测比 q = projected / target = {fmt(projected)} / {fmt(goal)} = {fmt(q)}，{why}"
    )
    return ctx.done(status, ratio=q, **fields)


def annual(
    ctx: Ctx, points: list[Point], base_year: int, comp: Comparator, band: float
) -> Assessment:
    """Annual targets (每年 …, 年均 …): each year's figure against the yearly target."""
    tgt = ctx.target
    goal = float(tgt.value)  # type: ignore[arg-type]
    _, post = since_base(ctx, points, base_year)
    if not post:
        return ctx.done(Status.NO_DATA, method="annual")
    direction = _direction(comp, None, goal)
    met = [_meets(p.value, goal, comp, direction, band) for p in post]
    mean = sum(p.value for p in post) / len(post)
    last = post[-1]
    for p, ok in zip(post, met, strict=True):
        ctx.say(
            lambda p=p, ok=ok: (
                f"{p.period}: {ctx.v(p.value)} {'达标 met' if ok else '未达标 missed'}"
                f"（{comp} {fmt(goal)}）"
            )
        )
    ctx.say(lambda: f"平均 mean: {fmt(mean)}；达标年数 years met: {sum(met)}/{len(met)}")
    if direction > 0:
        q = mean / goal if goal else math.inf
        ctx.say(lambda: f"比值 ratio = mean / target = {fmt(mean)} / {fmt(goal)} = {fmt(q)}")
    else:
        q = goal / mean if mean > 0 else math.inf
        ctx.say(lambda: f"比值 ratio = target / mean = {fmt(goal)} / {fmt(mean)} = {fmt(q)}")
    fields = dict(
        as_of=last.period,
        actual=last.value,
        expected=goal,
        projected=mean,
        required_pace=goal,
        ratio=q,
        method="annual",
    )
    averaged = "年均" in (tgt.text or "") or "年均" in tgt.metric
    finished = tgt.deadline is not None and last.t >= tgt.deadline
    mean_ok = _meets(mean, goal, comp, direction, band)
    if averaged:
        ctx.say("年均类指标按平均值判断 a 年均 target is judged on the mean")
        if finished:
            return ctx.done(Status.ACHIEVED if mean_ok else Status.LAGGING, **fields)
        status, why = judge_ratio(ctx, q, on_value=True)
        ctx.say(lambda: f"ratio {why}")
        return ctx.done(status, **fields)
    if all(met):
        if finished:
            return ctx.done(Status.ACHIEVED, **fields)
        if direction > 0 and q >= VALUE_AHEAD:
            ctx.say(lambda: f"每年达标且 ratio ≥ {fmt(VALUE_AHEAD)} every year met, well above")
            return ctx.done(Status.AHEAD, **fields)
        return ctx.done(Status.ON_TRACK, **fields)
    if met[-1] and not finished and q >= VALUE_ON_TRACK[ctx.binding]:
        ctx.say("最近一年达标，平均值在容差内 the latest year met and the mean within tolerance")
        return ctx.done(Status.ON_TRACK, **fields)
    ctx.say("有年份未达标 a year missed the yearly target")
    return ctx.done(Status.LAGGING, **fields)
