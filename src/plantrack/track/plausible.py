"""Plausibility limits: a figure no plan could report is refused before it is stored.

1.7e308 EFLOPS, 10^20 亿元, 5,000,000 % are typing or unit mistakes (or an attack on the
store), never progress. Each kind of unit (track/units.py dimension) has a largest plausible
size, in its reference unit, far above anything a Chinese plan reports (China's GDP is about
1.3 × 10^14 元) so that no real figure is refused; units plantrack does not know get the generic
limit. A figure beyond it is a ValidationError naming the limit in the figure's own unit;
`allow_implausible=True` (CLI `--allow-implausible`, API `"allow_implausible": true`) stores it
anyway. The table is documented in docs/tracking.md.
"""

from __future__ import annotations

from plantrack.errors import ValidationError
from plantrack.track.units import parse_unit

# dimension -> the largest plausible |value| in the dimension's reference unit (units.py)
LIMITS: dict[str, float] = {
    "money_cny": 1e16,  # 元: 1 亿亿元, ~75× China's GDP
    "money_usd": 1e15,  # 美元
    "people": 1e10,  # 人
    "person_times": 1e12,  # 人次
    "households": 1e10,  # 户
    "organisations": 1e10,  # 家
    "things": 1e13,  # 个
    "items": 1e12,  # 项
    "pieces": 1e13,  # 件
    "structures": 1e10,  # 座
    "schools": 1e8,  # 所
    "machines": 1e12,  # 台
    "sets": 1e12,  # 套
    "vehicles": 1e11,  # 辆
    "sheets": 1e13,  # 张
    "lines": 1e10,  # 条
    "sites": 1e10,  # 处
    "times": 1e13,  # 次
    "share": 1e5,  # %: growth of 1000× included
    "percentage_points": 1e4,  # 百分点
    "teu": 1e11,  # 标准箱
    "mass": 1e16,  # 千克 (10^13 吨)
    "coal_equivalent": 1e13,  # 吨标准煤
    "oil_equivalent": 1e13,  # 吨油当量
    "power": 1e15,  # 瓦 (10^6 GW)
    "energy": 1e18,  # 瓦时
    "compute": 1e24,  # FLOPS (10^6 EFLOPS)
    "length": 1e13,  # 米
    "area": 1e15,  # 平方米
    "volume": 1e16,  # 立方米
    "years": 1e4,
    "days": 1e7,
    "hours": 1e8,
}
GENERIC = 1e15  # an unknown unit (or none): the figure as written


def largest(unit: str | None) -> float:
    """The largest plausible |value| of a figure in `unit`, in that unit."""
    parsed = parse_unit(unit) if unit else None
    if parsed is None or parsed.dimension not in LIMITS:
        return GENERIC
    return LIMITS[parsed.dimension] / parsed.factor


def check(value: float, unit: str | None) -> None:
    """ValidationError when `value` `unit` is beyond the plausible limit of its unit."""
    limit = largest(unit)
    if abs(value) > limit:
        shown = f"{unit}" if unit else "(no unit)"
        raise ValidationError(
            f"value {value:g} {shown}: implausible (more than {limit:g} {shown}); check the figure"
            " and its unit, or store it with --allow-implausible"
        )
