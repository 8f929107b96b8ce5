"""Band targets (保持在5%左右, 居民消费价格涨幅3%左右, 粮食产量保持在120万吨): two-sided, every year.

A band holds when the figure lies within the target ± a tolerance that fits the indicator (±0.5
point for a rate or share, ±5 % of the target for a quantity; `forms.band_tolerance`). Before the
deadline a band that holds is 基本符合预期 — never 提前实现, since it must hold every year — and
one that does not is 滞后, whichever side it left by. At the deadline a band that holds is met.
"""

from __future__ import annotations

from plantrack.model import Assessment, Status
from plantrack.track.explain import Ctx, fmt
from plantrack.track.forms import band_tolerance
from plantrack.track.paths import Point, since_base


def held_band(ctx: Ctx, points: list[Point], base_year: int) -> Assessment:
    """The latest figure against [target − tolerance, target + tolerance]; each year is listed."""
    tgt = ctx.target
    goal = float(tgt.value)  # type: ignore[arg-type]
    tol = band_tolerance(tgt)
    low, high = goal - tol, goal + tol
    ctx.say(
        lambda: (
            f"区间 band: {fmt(goal)} ± {fmt(tol)} = [{fmt(low)}, {fmt(high)}] {ctx.unit}".rstrip()
        )
    )
    _, post = since_base(ctx, points, base_year)
    if not post:
        return ctx.done(Status.NO_DATA, method="band")
    for p in post:
        inside = low <= p.value <= high
        ctx.say(
            lambda p=p, inside=inside: (
                f"{p.period}: {ctx.v(p.value)} {'在区间内 within' if inside else '超出区间 outside'}"
            )
        )
    last = post[-1]
    fields = dict(as_of=last.period, actual=last.value, expected=goal, method="band")
    if low <= last.value <= high:
        at_deadline = tgt.deadline is not None and last.t >= tgt.deadline
        if at_deadline:
            ctx.say("期限已到，仍在区间内 at the deadline it holds")
            return ctx.done(Status.ACHIEVED, **fields)
        ctx.say("保持类指标每年须在区间内，目前保持 a band must hold every year; it holds")
        return ctx.done(Status.ON_TRACK, **fields)
    side = "高于上限 above" if last.value > high else "低于下限 below"
    ctx.say(lambda: f"最近一年{side} the band: {fmt(last.value)}")
    return ctx.done(Status.LAGGING, **fields)
