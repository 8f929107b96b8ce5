"""The form of a target: what kind of promise it is, and so how progress towards it is measured.

One model for a sentence and an indicator-table row alike (docs/status-method.md):

| form | example | measured as |
|---|---|---|
| `level` | 达到3000家, 超过10EFLOPS, 降至0.4以下, 达到12%左右 | a level reached by the deadline (met early: 提前实现) |
| `ceiling` | 控制在5.5%以内, 不超过28微克/立方米 | a cap that must hold every year (holding: 基本符合预期) |
| `band` | 保持在5%左右, 居民消费价格涨幅3%左右 | two-sided, within a tolerance, every year |
| `hold` | 稳定在1.3万亿斤以上, 保持在98%以上 | a floor that must hold every year |
| `increment` | 新增10万套, 累计新增 | the amount added since the base year |
| `cumulative` | 累计招收3000名, 〔50〕 | the running sum since the base year |
| `pp_change` | 提高2个百分点, 〔2〕 in a % row | baseline ± N points |
| `reduction` | 能耗下降13.5%, 〔13.5〕 in a 降低 row | the cumulative cut since the base year |
| `growth` | 年均增长5%, 每年递增10% | each year's rate |
| `multiple` | 翻一番 | baseline × N |
| `milestone` | 基本建成, 全覆盖 | the recorded state |
| `direction` | 与经济增长同步, 稳步提高 | with figures and no milestone: the direction of change (open-sdg's method without a target) |
"""

from __future__ import annotations

import dataclasses
import re

from plantrack.model import Comparator, Form, Target, TargetKind
from plantrack.track.units import LINEAR_DIMENSIONS, dimension

FORM_ZH: dict[Form, str] = {
    Form.LEVEL: "达到类",
    Form.CEILING: "控制类（上限）",
    Form.BAND: "保持类（区间）",
    Form.HOLD: "保持类（下限）",
    Form.INCREMENT: "新增类",
    Form.CUMULATIVE: "累计类",
    Form.PP_CHANGE: "百分点变化类",
    Form.REDUCTION: "降低类",
    Form.GROWTH: "增速类",
    Form.MULTIPLE: "倍数类",
    Form.MILESTONE: "定性类",
    Form.DIRECTION: "方向类",
}
DOWN_WORDS = ("下降", "降低", "减少", "压减", "压降", "缩小", "缩短", "递减")
_DIRECTION_RE = re.compile(r"同步|提高|提升|增长|下降|降低|改善|稳步")
_NOT_FLOWS = LINEAR_DIMENSIONS | {"years", "days", "hours"}  # shares, rates, durations
_HOLD_RE = re.compile(r"保持|稳定在|稳定|维持")
_REACH_DOWN_RE = re.compile(
    r"降至|降到|下降到|下降至|降低到|降低至|减少到|减少至|压减到|压减至|缩小到|缩短到"
)
_REACH_RE = re.compile(
    r"达到|达|提高到|提升到|增加到|增长到|上升到|扩大到|超过|突破|升至|提高至|提升至"
)


def form_of(target: Target) -> Form:
    """The form of a target (see the module docstring)."""
    unit, comp, kind = target.unit, target.comparator, target.kind
    if target.value is None:
        return Form.DIRECTION if _DIRECTION_RE.search(target.milestone or "") else Form.MILESTONE
    if kind == TargetKind.MULTIPLE:
        return Form.MULTIPLE
    if dimension(unit) == "percentage_points":
        return Form.PP_CHANGE
    if (
        dimension(unit) == "share"
        and target.metric.endswith(DOWN_WORDS)
        and kind != TargetKind.ANNUAL
    ):
        return Form.REDUCTION
    if kind == TargetKind.ANNUAL:
        return Form.GROWTH
    if kind == TargetKind.INCREMENT or (
        kind == TargetKind.CUMULATIVE and "累计新增" in (target.text or "")
    ):
        return Form.INCREMENT  # 累计新增10万套: the amount added, like 新增
    if kind == TargetKind.CUMULATIVE:
        return Form.CUMULATIVE
    if _names_a_flow(target):
        return Form.INCREMENT  # 城镇新增就业12万人: an indicator of what is added, not a stock
    if comp in (Comparator.APPROX, Comparator.EQ):
        # 达到12%左右 from 10 % is a level to reach; 保持在5%左右 and 涨幅3%左右 must hold
        return Form.LEVEL if _before_value(target, _REACH_RE) else Form.BAND
    if comp in (Comparator.LE, Comparator.LT):
        # 降至0.4以下 is a level to reach downwards; 控制在5.5%以内 must hold every year
        return Form.LEVEL if _before_value(target, _REACH_DOWN_RE) else Form.CEILING
    if _before_value(target, _HOLD_RE):
        return Form.HOLD
    return Form.LEVEL


def _names_a_flow(target: Target) -> bool:
    """城镇新增就业, 新增城镇就业: a level whose indicator names what is added (the extraction's
    kind for such names, as the wild set's gold has it) is measured as an amount added; not a
    cap (新增建设用地控制在…以内), a share or an average of what is new (新增劳动力平均受教育年限)."""
    return (
        target.kind == TargetKind.LEVEL
        and "新增" in (target.metric or "")
        and target.comparator not in (Comparator.LE, Comparator.LT)
        and dimension(target.unit) not in _NOT_FLOWS
    )


def _before_value(target: Target, pattern: re.Pattern[str]) -> bool:
    """True when `pattern` stands right before the value in the target's clause
    (保持在98%以上, 粮食产量稳定在1.3万亿斤以上, 达到12%左右)."""
    text = target.text or ""
    value = f"{target.value:g}" if target.value is not None else ""
    at = text.find(value) if value else -1
    return at > 0 and bool(pattern.search(text[max(0, at - 6) : at]))


def change_sign(target: Target) -> int:
    """-1 for a change downwards (降低2个百分点), +1 otherwise."""
    return -1 if target.metric.endswith(DOWN_WORDS) else 1


def band_tolerance(target: Target) -> float:
    """The half-width of a band: ±0.5 point for a rate or share, ±5 % of the target otherwise."""
    if dimension(target.unit) in ("share", "percentage_points"):
        return 0.5
    return abs(float(target.value or 0)) * 0.05


def stretch_floor(target: Target, siblings: list[Target]) -> Target | None:
    """The floor a 力争 stretch sits beside (地区生产总值增长5%以上，力争6%): the floor is judged,
    the stretch shown as 力争 with its own gap. None when the target is not such a stretch."""
    if not target.aspiration or target.value is None:
        return None
    for other in siblings:
        if (
            other.id != target.id
            and not other.aspiration
            and other.value is not None
            and other.location.node == target.location.node
            and other.unit == target.unit
            and other.deadline == target.deadline
            and (other.metric in target.metric or target.metric in other.metric)
        ):
            return other
    return None


def with_row_baseline(target: Target, siblings: list[Target]) -> Target:
    """A change in an indicator table's 累计 column (〔0.6〕 points, 〔2.75〕亿亩) starts from the
    row's 基期 figure, which the row's level target carries (`….r2` beside `….r2.annual`): a copy
    of the target with that baseline, or the target itself when it has one or the row gives none."""
    if (
        target.baseline is not None
        or target.kind != TargetKind.CUMULATIVE
        or not target.id.endswith(".annual")
    ):
        return target
    row_id = target.id.removesuffix(".annual")
    row = next((t for t in siblings if t.id == row_id), None)
    if row is None or row.baseline is None or row.baseline_year != target.baseline_year:
        return target
    points = dimension(target.unit) == "percentage_points"
    if (points and dimension(row.unit) != "share") or (not points and row.unit != target.unit):
        return target
    return dataclasses.replace(target, baseline=row.baseline)
