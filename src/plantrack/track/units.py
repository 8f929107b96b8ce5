"""Unit conversion between units that measure the same thing (亿元↔万元, 万人↔人, ‰↔%).

A unit is read as `[magnitude prefix] base [/ denominator]`: 万亿元 = 10^12 元, 万千瓦 = 10^4 千瓦,
万元/人 = 10^4 元 per 人. Two units convert only when their dimensions are equal; anything else
raises `UnitMismatch` — never a silent guess. 家 (organisations), 个 (things) and 人/名 (people)
are kept apart on purpose: "30家" and "30个" may be the same count, but a person must say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from plantrack.errors import UnitMismatch

# base unit -> (dimension, factor to the dimension's reference unit)
_BASES: dict[str, tuple[str, float]] = {
    # money (人民币)
    "元": ("money_cny", 1.0),
    "人民币": ("money_cny", 1.0),
    "块": ("money_cny", 1.0),
    "yuan": ("money_cny", 1.0),
    "cny": ("money_cny", 1.0),
    "rmb": ("money_cny", 1.0),
    "美元": ("money_usd", 1.0),
    "usd": ("money_usd", 1.0),
    # people
    "人": ("people", 1.0),
    "名": ("people", 1.0),
    "位": ("people", 1.0),
    "人次": ("person_times", 1.0),
    "户": ("households", 1.0),
    # organisations (enterprises, institutions)
    "家": ("organisations", 1.0),
    # generic things
    "个": ("things", 1.0),
    "项": ("items", 1.0),
    "件": ("pieces", 1.0),
    "座": ("structures", 1.0),
    "所": ("schools", 1.0),
    "台": ("machines", 1.0),
    "套": ("sets", 1.0),
    "辆": ("vehicles", 1.0),
    "张": ("sheets", 1.0),
    "条": ("lines", 1.0),
    "处": ("sites", 1.0),
    "次": ("times", 1.0),
    # shares
    "%": ("share", 1.0),
    "‰": ("share", 0.1),
    "百分比": ("share", 1.0),
    "百分点": ("percentage_points", 1.0),
    "个百分点": ("percentage_points", 1.0),
    "pp": ("percentage_points", 1.0),
    # containers, mass, energy, power
    "标准箱": ("teu", 1.0),
    "teu": ("teu", 1.0),
    "吨": ("mass", 1000.0),
    "千克": ("mass", 1.0),
    "公斤": ("mass", 1.0),
    "kg": ("mass", 1.0),
    "t": ("mass", 1000.0),
    "吨标准煤": ("coal_equivalent", 1.0),
    "吨标煤": ("coal_equivalent", 1.0),
    "tce": ("coal_equivalent", 1.0),
    "吨油当量": ("oil_equivalent", 1.0),
    "toe": ("oil_equivalent", 1.0),
    "瓦": ("power", 1.0),
    "千瓦": ("power", 1e3),
    "兆瓦": ("power", 1e6),
    "吉瓦": ("power", 1e9),
    "w": ("power", 1.0),
    "kw": ("power", 1e3),
    "mw": ("power", 1e6),
    "gw": ("power", 1e9),
    "千瓦时": ("energy", 1e3),
    "度": ("energy", 1e3),
    "kwh": ("energy", 1e3),
    # computing power
    "flops": ("compute", 1.0),
    "tflops": ("compute", 1e12),
    "pflops": ("compute", 1e15),
    "eflops": ("compute", 1e18),
    # length, area, volume
    "米": ("length", 1.0),
    "公里": ("length", 1e3),
    "千米": ("length", 1e3),
    "km": ("length", 1e3),
    "m": ("length", 1.0),
    "平方米": ("area", 1.0),
    "平方公里": ("area", 1e6),
    "平方千米": ("area", 1e6),
    "公顷": ("area", 1e4),
    "亩": ("area", 10000.0 / 15.0),
    "立方米": ("volume", 1.0),
    # time
    "年": ("years", 1.0),
    "岁": ("years", 1.0),
    "天": ("days", 1.0),
    "小时": ("hours", 1.0),
}

_PREFIXES: dict[str, float] = {
    "": 1.0,
    "十": 1e1,
    "百": 1e2,
    "千": 1e3,
    "万": 1e4,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
    "十亿": 1e9,
    "百亿": 1e10,
    "千亿": 1e11,
    "万亿": 1e12,
}

_SPACE = re.compile(r"\s+")
_FULLWIDTH = str.maketrans({"％": "%", "／": "/", "（": "(", "）": ")"})

# the units whose targets interpolate linearly (shares and rates), see assess.py
LINEAR_DIMENSIONS = frozenset({"share", "percentage_points"})


@dataclass(frozen=True, slots=True)
class Unit:
    """A parsed unit: `factor` × the reference unit of `dimension`."""

    text: str
    dimension: str
    factor: float


@lru_cache(maxsize=1024)
def normalise(unit: str) -> str:
    """Canonical spelling: no spaces, half-width %, lower-case Latin letters."""
    return _SPACE.sub("", unit.translate(_FULLWIDTH)).lower()


def _parse_simple(text: str) -> tuple[str, float] | None:
    # the longest base that ends the text wins (万千瓦 = 万 + 千瓦, not 万千 + 瓦)
    for cut in range(len(text)):
        base, prefix = text[cut:], text[:cut]
        if base in _BASES and prefix in _PREFIXES:
            dimension, factor = _BASES[base]
            return dimension, factor * _PREFIXES[prefix]
    return None


@lru_cache(maxsize=512)
def parse_unit(unit: str) -> Unit | None:
    """Read a unit as written (亿元, 万标准箱, 万元/人, EFLOPS); None when it is not known."""
    text = normalise(unit)
    if not text:
        return None
    if "/" in text:
        num, _, den = text.partition("/")
        top, bottom = _parse_simple(num), _parse_simple(den)
        if top is None or bottom is None:
            return None
        return Unit(unit, f"{top[0]}/{bottom[0]}", top[1] / bottom[1])
    parsed = _parse_simple(text)
    if parsed is None:
        return None
    return Unit(unit, parsed[0], parsed[1])


def dimension(unit: str | None) -> str | None:
    """The dimension a unit measures ("money_cny", "share", ...), or None when unknown."""
    if unit is None:
        return None
    parsed = parse_unit(unit)
    return parsed.dimension if parsed else None


def is_linear(unit: str | None) -> bool:
    """True for shares and rates (%, ‰, 百分点): their targets move linearly, not compound."""
    return dimension(unit) in LINEAR_DIMENSIONS


def convertible(from_unit: str | None, to_unit: str | None) -> bool:
    """True when `convert` would succeed."""
    try:
        convert(1.0, from_unit, to_unit)
    except UnitMismatch:
        return False
    return True


def convert(value: float, from_unit: str | None, to_unit: str | None) -> float:
    """`value` in `from_unit` expressed in `to_unit`; UnitMismatch when they differ in meaning."""
    if from_unit is None and to_unit is None:
        return float(value)
    if from_unit is None or to_unit is None:
        given = from_unit if from_unit is not None else to_unit
        raise UnitMismatch(f"cannot convert between no unit and {given}: give the unit explicitly")
    if normalise(from_unit) == normalise(to_unit):
        return float(value)
    src, dst = parse_unit(from_unit), parse_unit(to_unit)
    if src is None or dst is None:
        unknown = from_unit if src is None else to_unit
        raise UnitMismatch(
            f"cannot convert {from_unit} to {to_unit}: unknown unit {unknown!r}"
            " (only identical spellings are accepted for it)"
        )
    if src.dimension != dst.dimension:
        raise UnitMismatch(
            f"cannot convert {from_unit} to {to_unit}: they measure different things"
        )
    return float(value) * src.factor / dst.factor


def to_base(value: float, unit: str) -> tuple[float, str]:
    """`value` in the reference unit of its dimension (2000 亿元 -> (2e11, 元))."""
    parsed = parse_unit(unit)
    if parsed is None or "/" in parsed.dimension:
        return float(value), unit
    refs = [b for b, (dim, f) in _BASES.items() if dim == parsed.dimension and f == 1.0]
    refs.sort(key=lambda b: b.isascii())  # prefer the Chinese spelling
    name = refs[0] if refs[0] != "flops" else "FLOPS"
    return float(value) * parsed.factor, name
