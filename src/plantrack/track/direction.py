"""Targets with only a direction (稳步提高, 持续下降, 与经济增长同步): open-sdg's method without a
target value. The compound annual growth rate of the figures since the first one,
g = (latest / first)^(1/years) − 1, read in the direction the words ask for: more than +1 % a
year is substantial progress, 0 to 1 % moderate, a change the wrong way deterioration
(sdg-build ProgressMeasure, the thresholds for indicators without a target). plantrack says
基本符合预期 for progress (substantial or moderate, the explanation says which) and 滞后 for none
or the wrong way; no target value, so never 提前实现 or 快于预期.
"""

from __future__ import annotations

from plantrack.model import Assessment, Status
from plantrack.track.explain import Ctx, fmt, pct
from plantrack.track.forms import DOWN_WORDS
from plantrack.track.paths import Point

SUBSTANTIAL = 0.01  # open-sdg: CAGR above 1 % a year
_DOWN = (*DOWN_WORDS, "控制")  # the change words of forms.py, and 控制 (持续控制…) for a fall


def direction_only(ctx: Ctx, points: list[Point]) -> Assessment:
    tgt = ctx.target
    words = f"{tgt.metric}{tgt.milestone or ''}{tgt.text or ''}"
    sign = -1 if any(w in words for w in _DOWN) else 1
    ctx.say(
        lambda: (
            f"仅有方向 direction only: {'下降 down' if sign < 0 else '上升 up'}（open-sdg 无目标值方法）"
        )
    )
    if len(points) < 2:
        ctx.say("需要两个以上监测值 two figures are needed for a direction")
        last = points[-1] if points else None
        fields = dict(as_of=last.period, actual=last.value) if last else {}
        return ctx.done(
            Status.NO_BASELINE if last else Status.NO_DATA, method="direction", **fields
        )
    first, last = points[0], points[-1]
    years = last.t - first.t
    fields = dict(as_of=last.period, actual=last.value, method="direction")
    if years <= 0 or first.value <= 0 or last.value <= 0:
        change = last.value - first.value
        ctx.say(lambda: f"变化 change: {fmt(last.value)} − {fmt(first.value)} = {fmt(change)}")
        return ctx.done(Status.ON_TRACK if change * sign > 0 else Status.LAGGING, **fields)
    g = (last.value / first.value) ** (1 / years) - 1
    ctx.say(
        lambda: (
            f"年均变化率 CAGR: ({fmt(last.value)} / {fmt(first.value)})^(1/{fmt(years)}) − 1 = {pct(g)}"
        )
    )
    g *= sign
    if g > SUBSTANTIAL:
        ctx.say(lambda: f"按要求方向年均 {pct(g)} > 1%：明显进展 substantial progress")
        return ctx.done(Status.ON_TRACK, ratio=g, **fields)
    if g > 0:
        ctx.say(lambda: f"按要求方向年均 {pct(g)}，在 0–1% 之间：进展一般 moderate progress")
        return ctx.done(Status.ON_TRACK, ratio=g, **fields)
    ctx.say(lambda: f"按要求方向年均 {pct(g)} ≤ 0：无进展或反向 none, or the wrong way")
    return ctx.done(Status.LAGGING, ratio=g, **fields)
