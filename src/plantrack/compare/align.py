"""Align the targets of two plans and flag inconsistencies between levels of government.

Two targets are aligned when their metrics are similar (character-bigram Dice coefficient of
the metric names after removing place words such as 全省/全市/宁波市, ≥ MIN_SIMILARITY) and their
units measure the same thing (identical or convertible: 万元↔亿元). Each target is used once;
the most similar pairs are taken first.

Flags, when one plan is the parent (province) of the other (city) — by `level`, or as given:
- `exceeds_parent`   an additive quantity (counts, money) above the parent's total;
- `below_share`      with `share` (the child's expected share of the parent, e.g. 0.15): an
                     additive target below share × the parent's;
- `less_ambitious`   a rate/intensity (%, 强度, 比重, 率 …) less ambitious than the parent's
                     (below it for ≥ targets, above it for ≤ targets): the parent's average needs
                     other places to make up the gap — worth a look, not necessarily wrong;
- `deadline_after_parent`  the child's deadline later than the parent's for the same metric;
- `kind_differs`     cumulative vs level, annual vs level …: values are shown, not compared.
Between peers (two cities) only `kind_differs` is raised; the ratio B/A is always shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from plantrack.compare.side import LEVELS, PlanSide
from plantrack.model import Comparator, Target

MIN_SIMILARITY = 0.75
_PLACE_PREFIX = re.compile(r"^(全国|全省|全市|全区|全县|本省|本市|省级|市级)")
_PUNCT = re.compile(r"[\s\W_“”‘’《》（）()、，,.。·—\-]+")
_INTENSIVE_WORDS = ("率", "强度", "比重", "占比", "比例", "人均", "单位", "密度", "指数", "水平")
_INTENSIVE_UNITS = {"%", "％", "‰", "百分点", "倍"}
_ADDITIVE_KINDS = {"level", "cumulative", "increment"}


@dataclass
class Flag:
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass
class Pair:
    a: Target
    b: Target
    similarity: float
    ratio: float | None  # b / a in a's unit
    flags: list[Flag] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "similarity": round(self.similarity, 3),
            "ratio": None if self.ratio is None else round(self.ratio, 4),
            "flags": [f.to_dict() for f in self.flags],
        }


@dataclass
class Comparison:
    a: PlanSide
    b: PlanSide
    relation: str  # a_parent | b_parent | peers
    pairs: list[Pair]
    only_a: list[Target]
    only_b: list[Target]

    @property
    def flags(self) -> list[tuple[Pair, Flag]]:
        return [(p, f) for p in self.pairs for f in p.flags]

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "relation": self.relation,
            "pairs": [p.to_dict() for p in self.pairs],
            "only_a": [t.to_dict() for t in self.only_a],
            "only_b": [t.to_dict() for t in self.only_b],
        }


def metric_key(metric: str, region: str | None = None) -> str:
    """The metric name without place words and punctuation: 全市5G-A基站 -> 5GA基站."""
    text = metric
    for place in _place_names(region):
        text = text.replace(place, "")
    text = _PLACE_PREFIX.sub("", text)
    return _PUNCT.sub("", text)


def _place_names(region: str | None) -> list[str]:
    if not region:
        return []
    short = re.sub(r"(省|市|自治区|特别行政区|区|县)$", "", region)
    return [region, short] if short and short != region else [region]


def similarity(x: str, y: str) -> float:
    """Dice coefficient of character bigrams (1.0 for equal strings)."""
    if x == y:
        return 1.0 if x else 0.0
    bx, by = _bigrams(x), _bigrams(y)
    if not bx or not by:
        return 0.0
    return 2 * len(bx & by) / (len(bx) + len(by))


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


def units_match(a: Target, b: Target) -> bool:
    from plantrack.track.units import convertible

    if a.unit is None or b.unit is None:
        return a.unit is None and b.unit is None and a.value is None and b.value is None
    return a.unit == b.unit or convertible(b.unit, a.unit)


def metric_pairs(
    a: PlanSide, b: PlanSide, min_similarity: float
) -> Iterator[tuple[float, int, int]]:
    """(score, i, j) for each target i of `a` and j of `b` whose metric keys are at least
    `min_similarity` alike and whose units match, in index order."""
    keys_a = [metric_key(t.metric, a.region) for t in a.targets]
    keys_b = [metric_key(t.metric, b.region) for t in b.targets]
    for i, ta in enumerate(a.targets):
        for j, tb in enumerate(b.targets):
            score = similarity(keys_a[i], keys_b[j])
            if score >= min_similarity and units_match(ta, tb):
                yield score, i, j


def _in_a_unit(a: Target, b: Target) -> float | None:
    from plantrack.track.units import convert

    if a.value is None or b.value is None:
        return None
    if a.unit == b.unit:
        return b.value
    return convert(b.value, b.unit, a.unit)


def relation_of(a: PlanSide, b: PlanSide, parent: str | None = None) -> str:
    """ "a_parent", "b_parent" or "peers": as given, else from the plans' levels."""
    if parent in ("a", "b"):
        return f"{parent}_parent"
    if parent == "none":
        return "peers"
    la, lb = LEVELS.get(a.level or ""), LEVELS.get(b.level or "")
    if la is None or lb is None or la == lb:
        return "peers"
    return "a_parent" if la < lb else "b_parent"


def compare_plans(
    a: PlanSide,
    b: PlanSide,
    *,
    parent: str | None = None,
    share: float | None = None,
    min_similarity: float = MIN_SIMILARITY,
) -> Comparison:
    """Align the targets of `a` and `b` and flag inconsistencies (see the module docstring)."""
    candidates = []
    for score, i, j in metric_pairs(a, b, min_similarity):
        ta, tb = a.targets[i], b.targets[j]
        # prefer the same kind and deadline among equally similar metrics
        tie = (ta.kind == tb.kind) + (ta.deadline == tb.deadline)
        candidates.append((score, tie, -i, -j, i, j))
    candidates.sort(reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    relation = relation_of(a, b, parent)
    pairs = []
    for score, _tie, _ni, _nj, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        ta, tb = a.targets[i], b.targets[j]
        value_b = _in_a_unit(ta, tb)
        ratio = value_b / ta.value if value_b is not None and ta.value else None
        pair = Pair(ta, tb, score, ratio)
        pair.flags = _flags(pair, relation, share)
        pairs.append(pair)
    pairs.sort(key=lambda p: a.targets.index(p.a))
    return Comparison(
        a=a,
        b=b,
        relation=relation,
        pairs=pairs,
        only_a=[t for i, t in enumerate(a.targets) if i not in used_a],
        only_b=[t for j, t in enumerate(b.targets) if j not in used_b],
    )


def is_intensive(target: Target) -> bool:
    """Rates, shares, intensities and per-unit figures do not add up across places."""
    return (
        target.unit in _INTENSIVE_UNITS
        or "/" in (target.unit or "")
        or any(word in target.metric for word in _INTENSIVE_WORDS)
    )


def _flags(pair: Pair, relation: str, share: float | None) -> list[Flag]:
    ta, tb = pair.a, pair.b
    flags: list[Flag] = []
    if ta.kind != tb.kind:
        flags.append(
            Flag(
                "kind_differs",
                f"类型不同 kinds differ ({ta.kind} / {tb.kind}): values shown, not compared",
            )
        )
    if relation == "peers":
        return flags
    parent, child = (ta, tb) if relation == "a_parent" else (tb, ta)
    if parent.deadline and child.deadline and child.deadline > parent.deadline:
        flags.append(
            Flag(
                "deadline_after_parent",
                f"期限晚于上级 deadline {child.deadline} after the parent's {parent.deadline}",
            )
        )
    if ta.kind != tb.kind or pair.ratio is None:
        return flags
    child_over_parent = pair.ratio if relation == "a_parent" else 1 / pair.ratio
    parent_value = parent.value
    child_value = child_over_parent * parent_value
    unit = parent.unit or ""
    if is_intensive(parent) or is_intensive(child):
        lower_is_better = parent.comparator in (Comparator.LE, Comparator.LT)
        weaker = child_value > parent_value if lower_is_better else child_value < parent_value
        if weaker:
            flags.append(
                Flag(
                    "less_ambitious",
                    f"低于上级要求 less ambitious than the parent: "
                    f"{_n(child_value)}{unit} vs {_n(parent_value)}{unit}",
                )
            )
    elif parent.kind in _ADDITIVE_KINDS:
        if child_value > parent_value:
            flags.append(
                Flag(
                    "exceeds_parent",
                    f"超过上级总量 above the parent's total: "
                    f"{_n(child_value)}{unit} > {_n(parent_value)}{unit}",
                )
            )
        elif share is not None and child_value < share * parent_value:
            flags.append(
                Flag(
                    "below_share",
                    f"低于应承担份额 below its share: {_n(child_value)}{unit} < "
                    f"{share:g} × {_n(parent_value)}{unit} = "
                    f"{_n(share * parent_value)}{unit}",
                )
            )
    return flags


def _n(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.4g}"
