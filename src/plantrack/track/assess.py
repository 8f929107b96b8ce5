"""Status of one target from its observations: expected, actual, ratio, projection, pace.

The method is written out in docs/status-method.md. Here: periods as points in time, the
observations as points in the target's unit, the choice of rule by kind, and milestones for
qualitative targets; the numeric rules and their thresholds are in `paths.py`, the explanation
in `explain.py`. Everything is pure arithmetic: no database, no clock (time is the period of the
latest figure, so a bulletin published a year late does not make a target look late).
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from plantrack.errors import ValidationError
from plantrack.model import (
    STATUS_ZH,
    Assessment,
    Comparator,
    Form,
    Observation,
    Status,
    Target,
    TargetKind,
)
from plantrack.track.band import held_band
from plantrack.track.direction import direction_only
from plantrack.track.explain import Ctx, at_once, fmt, pct
from plantrack.track.forms import FORM_ZH, form_of
from plantrack.track.paths import AHEAD, APPROX_BAND, ON_TRACK, Point, annual, level, summed
from plantrack.track.reduction import reduction
from plantrack.track.units import convert, dimension

__all__ = [  # the status method's public names (fmt, pct and the thresholds re-exported)
    "AHEAD",
    "MILESTONES",
    "MILESTONE_ZH",
    "ON_TRACK",
    "assess",
    "fmt",
    "pct",
    "period_time",
    "period_year",
]

MILESTONES = ("not_started", "in_progress", "done")
MILESTONE_ZH = {"not_started": "未启动", "in_progress": "推进中", "done": "已完成"}
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def period_time(period: str) -> float:
    """A period as a point in time: "2026" -> 2026.0 (year end), "2026-06-30" -> 2025.496."""
    return _period_time(str(period).strip())


@lru_cache(maxsize=4096)  # a plan's figures share a few dozen periods
def _period_time(period: str) -> float:
    m = _PERIOD.match(period)
    if not m:
        raise ValidationError(f"period {period!r}: expected a year (2026) or a date (2026-06-30)")
    year = int(m.group(1))
    if m.group(2) is None:
        return float(year)
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise ValidationError(f"period {period!r}: month {month} is not 1-12")
    if m.group(3) is None:
        return year - 1 + month / 12
    day = int(m.group(3))
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValidationError(f"period {period!r}: day {day} does not exist")
    days = 366 if calendar.isleap(year) else 365
    doy = sum(calendar.monthrange(year, mo)[1] for mo in range(1, month)) + day
    return year - 1 + doy / days


def period_year(period: str) -> int:
    """The calendar year of a period ("2026-06-30" -> 2026)."""
    return _period_year(str(period).strip())


@lru_cache(maxsize=4096)
def _period_year(period: str) -> int:
    _period_time(period)  # a valid period, or ValidationError
    return int(period[:4])


def _points(
    observations: list[Observation], as_of_year: int | None, unit: str | None
) -> list[Point]:
    """Numeric observations in `unit`, one per period (the last given wins)."""
    by_period: dict[str, Point] = {}
    for obs in observations:
        if obs.value is None:
            continue
        year = period_year(obs.period)
        if as_of_year is not None and year > as_of_year:
            continue
        value = float(obs.value)
        if obs.unit is not None and unit is not None:
            value = convert(value, obs.unit, unit)
        by_period[str(obs.period).strip()] = Point(period_time(obs.period), value, obs.period, obs)
    return sorted(by_period.values(), key=lambda p: p.t)


def assess(
    target: Target,
    observations: list[Observation],
    *,
    base_year: int,
    as_of_year: int | None = None,
    milestone: str | None = None,
) -> Assessment:
    """Assess one target against its observations (see docs/status-method.md): before the
    deadline in the five words of a mid-term evaluation, after it 已完成 / 逾期完成 / 未完成."""
    loud = at_once()
    found = _assess_once(target, observations, base_year, as_of_year, milestone, loud=loud)
    if not loud:  # the explanation is written when it is read: the rule again, saying each step
        found.explanation = lambda: (
            _assess_once(target, observations, base_year, as_of_year, milestone, loud=True).explain
        )
    return _settle(target, observations, found, base_year, milestone)


def _settle(
    target: Target,
    observations: list[Observation],
    found: Assessment,
    base_year: int,
    milestone: str | None,
) -> Assessment:
    """Once the latest figure is for the deadline year or later: 已完成 when the target was met by
    then, 逾期完成 when it was met only later, 未完成 when it is not met."""
    deadline = target.deadline
    if (
        deadline is None
        or found.as_of is None
        or found.status in (Status.NO_DATA, Status.NO_BASELINE)
    ):
        return found
    year = period_year(found.as_of)
    if year < deadline:
        return found
    if found.status != Status.ACHIEVED:
        status = Status.MISSED
        why = f"期限 {deadline} 已到，未达到目标 the deadline has passed and the target is not met"
    elif year == deadline:
        status = Status.COMPLETED
        why = f"期限 {deadline} 内达到目标 met by the deadline"
    else:
        by_deadline = _assess_once(target, observations, base_year, deadline, milestone)
        status = (
            Status.COMPLETED if by_deadline.status == Status.ACHIEVED else Status.COMPLETED_LATE
        )
        why = (
            f"期限 {deadline} 内已达到 met by the deadline"
            if status == Status.COMPLETED
            else f"期限 {deadline} 时未达到，{year}年才达到 met only after the deadline"
        )
    found.status = status
    found.amend(lambda lines: [*lines[:-1], why, f"状态 status: {STATUS_ZH[status]} {status}"])
    return found


def _assess_once(
    target: Target,
    observations: list[Observation],
    base_year: int,
    as_of_year: int | None,
    milestone: str | None,
    *,
    loud: bool = False,
) -> Assessment:
    ctx = Ctx(target, loud=loud)
    kind = target.kind
    comp = target.comparator or Comparator.GE
    band = APPROX_BAND[ctx.binding]
    label = (
        "约束性 binding"
        if target.binding
        else ("预期性 expected" if target.binding is False else "")
    )
    ctx.say(
        lambda: (
            f"指标 target: {target.metric} {comp} {_goal_text(ctx)}，期限 deadline "
            f"{target.deadline}（{kind}{'，' + label if label else ''}）"
        )
    )
    ctx.form = form = form_of(target)
    ctx.say(lambda: f"形式 form: {FORM_ZH[form]} {form}")
    marked = milestone is not None or any(o.milestone for o in observations)
    if (
        kind == TargetKind.QUALITATIVE
        and target.value is None
        and _has_numbers(observations)
        and not marked
    ):
        # 稳步提高 / 与经济增长同步 with figures: judged on its direction alone
        return direction_only(ctx, _points(observations, as_of_year, target.unit))
    if kind == TargetKind.QUALITATIVE and (target.value is None or not _has_numbers(observations)):
        return _qualitative(ctx, observations, milestone, as_of_year)
    if target.value is None:
        ctx.say("目标值缺失 the target has no value: nothing to measure against")
        return ctx.done(Status.NO_DATA)
    # 提高2个百分点 / 下降13.5%: the figures are the share itself or the yearly cut, in %
    unit = "%" if form in (Form.PP_CHANGE, Form.REDUCTION) else target.unit
    if form == Form.PP_CHANGE:
        ctx.unit = "%"  # the baseline and the figures are the share itself
    if kind == TargetKind.MULTIPLE and dimension(unit) is None:
        # 翻番 is written in 倍: measure in the unit the figures themselves use (the earliest)
        dated = sorted((o for o in observations if o.unit), key=lambda o: period_time(o.period))
        unit = dated[0].unit if dated else None
        ctx.unit = unit or ""
    points = _points(observations, as_of_year, unit)
    if form == Form.REDUCTION:
        return reduction(ctx, points, base_year)
    if form == Form.BAND:
        return held_band(ctx, points, base_year)
    if form in (Form.INCREMENT, Form.CUMULATIVE):
        return summed(ctx, points, base_year, comp, band)
    if form == Form.GROWTH:
        return annual(ctx, points, base_year, comp, band)
    return level(ctx, points, base_year, comp, band)


def _goal_text(ctx: Ctx) -> str:
    target = ctx.target
    return ctx.v(target.value) if target.value is not None else (target.milestone or "—")


def _has_numbers(observations: list[Observation]) -> bool:
    return any(o.value is not None for o in observations)


def _qualitative(
    ctx: Ctx, observations: list[Observation], milestone: str | None, as_of_year: int | None
) -> Assessment:
    state, period = milestone, None
    if state is None:
        marked = [o for o in observations if o.milestone]
        if as_of_year is not None:
            marked = [o for o in marked if period_year(o.period) <= as_of_year]
        if marked:
            latest = max(marked, key=lambda o: period_time(o.period))
            state, period = latest.milestone, latest.period
    if state is None:
        ctx.say("尚无进展记录 no milestone recorded (not_started / in_progress / done)")
        return ctx.done(Status.NO_DATA)
    if state not in MILESTONES:
        raise ValidationError(f"milestone {state!r}: expected one of {', '.join(MILESTONES)}")
    year = period_year(period) if period else as_of_year
    ctx.say(
        lambda: (
            f"进展 milestone: {MILESTONE_ZH[state]} {state}" + (f"（{period}）" if period else "")
        )
    )
    deadline = ctx.target.deadline
    if state == "done":
        status = Status.ACHIEVED
    elif state == "in_progress":
        late = deadline is not None and year is not None and year >= deadline
        if late:
            ctx.say(
                lambda: f"已到期限 {deadline} 仍未完成 the deadline has come and it is not done"
            )
        status = Status.LAGGING if late else Status.ON_TRACK
    else:
        status = Status.LAGGING
    return ctx.done(status, as_of=period, method="milestone")
