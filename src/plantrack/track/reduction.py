"""Reduction targets (单位地区生产总值能耗下降13.5%, 〔13.5〕 in a 降低 row): the cumulative cut.

The target is a cut of X % from the base year by the deadline. Figures are either yearly cuts
(a bulletin's 比上年下降3.2%: `basis` flow, the default) or the cumulative cut since the base
year (`basis` total). Yearly cuts compound: cut = 1 − Π(1 − rᵢ). The cut required by now is
1 − (1 − X)^f, f the elapsed share of the period (an even yearly pace), and the status is read
from r = cut ÷ required with the thresholds of the level rule.
"""

from __future__ import annotations

from plantrack.model import Assessment, Status
from plantrack.track.explain import Ctx, fmt, pct
from plantrack.track.paths import Point, judge_ratio, since_base


def reduction(ctx: Ctx, points: list[Point], base_year: int) -> Assessment:
    tgt = ctx.target
    goal = float(tgt.value) / 100  # type: ignore[arg-type]
    start, post = since_base(ctx, points, base_year)
    if not post:
        return ctx.done(Status.NO_DATA, method="reduction")
    kept, terms = 1.0, []
    for p in post:
        if p.obs.basis == "total":
            kept, terms = 1 - p.value / 100, [f"累计下降 {fmt(p.value)}%（{p.period}）"]
        else:
            kept *= 1 - p.value / 100
            terms.append(f"(1 − {fmt(p.value)}%)（{p.period}）")
    cut = 1 - kept
    last = post[-1]
    ctx.say(
        lambda: (
            f"基期 base year {start}；累计降幅 cumulative cut = 1 − {' × '.join(terms)} = {pct(cut)}"
        )
    )
    fields = dict(as_of=last.period, actual=cut * 100, method="reduction")
    deadline = tgt.deadline
    if cut >= goal:
        ctx.say(lambda: f"已达到降低 {pct(goal)} 的目标 the cut is made")
        return ctx.done(Status.ACHIEVED, expected=goal * 100, **fields)
    if deadline is None or last.t >= deadline:
        ctx.say(lambda: f"期限 {deadline} 已到，累计降幅不足 the deadline passed short of the cut")
        return ctx.done(Status.LAGGING, expected=goal * 100, **fields)
    span, elapsed = deadline - start, last.t - start
    f = elapsed / span
    required = 1 - (1 - goal) ** f
    ctx.say(
        lambda: (
            f"时间进度 elapsed f = {fmt(elapsed)} / {fmt(span)} = {fmt(f)}；应降 required by now:"
            f" 1 − (1 − {pct(goal)})^{fmt(f)} = {pct(required)}"
        )
    )
    projected = 1 - kept ** (span / elapsed)
    remaining = deadline - last.t
    pace = 1 - ((1 - goal) / kept) ** (1 / remaining)
    ctx.say(
        lambda: (
            f"趋势预测 projected {deadline}: 1 − {fmt(kept)}^({fmt(span)}/{fmt(elapsed)}) = {pct(projected)}"
        )
    )
    ctx.say(lambda: f"尚需年均降幅 required pace: {pct(pace)}/年")
    r = cut / required
    status, why = judge_ratio(ctx, r)
    ctx.say(lambda: f"进度比 ratio = {pct(cut)} / {pct(required)} = {fmt(r)}，{why}")
    fields.update(
        expected=required * 100, projected=projected * 100, required_pace=pace * 100, ratio=r
    )
    return ctx.done(status, **fields)
