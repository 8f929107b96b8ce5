"""A value the items listed after it share: 产量将增长百分之五十以上的有生铁、钢、原油…等十七种
(the growth each of the listed products shall reach; `targets._sentence` calls it per sentence)."""

from __future__ import annotations

import re

from plantrack.parse.found import Found
from plantrack.parse.phrases import split_list
from plantrack.parse.quantity import SUFFIX_COMPARATORS, Quantity

# 产量将增长百分之五十以上的有A、B、C等十七种: a measure, its change, a bound, then 的有 and the list
# of the things that reach it (to the sentence's end, a 等N种 closing it)
_LISTED_AFTER = re.compile(
    r"(?P<measure>[\u4e00-\u9fff]{1,6}?)(?:也|都)?(?:将|要|可以|可)?(?P<verb>增长|提高|增加|达到)"
    r"(?P<value>[^，。；、的]{1,12}?)(?:以上|以下|左右)?的有"
    r"(?P<items>[^，。；]+?)(?:等[一二三四五六七八九十百\d]+[种项个类])?(?=[；。]|$)"
)
_AND = re.compile(r"以及|和|及")


def items_sharing_a_value(text: str, s0: int, s1: int, sq: list[Quantity]) -> list[Found]:
    """产量将增长百分之四十以上的有粮食、棉花以及猪的饲养头数 -> 粮食产量增长, 棉花产量增长,
    猪的饲养头数产量增长, each ≥ 40 %; [] when the sentence holds no such list."""
    if "的有" not in text[s0:s1]:
        return []  # most sentences (a fast gate: speed)
    match = _LISTED_AFTER.search(text, s0, s1)
    if match is None:
        return []
    value = next((q for q in sq if match.start("value") <= q.start < match.end("value")), None)
    if value is None or value.value is None or value.name is not None:
        return []
    *heads, last = split_list(match.group("items"))
    items = [*heads, *(p for p in _AND.split(last) if p)]
    if len(items) < 2 or any(not 1 <= len(item) <= 12 for item in items):
        return []
    measure, verb = match.group("measure"), match.group("verb")
    out = []
    for item in items:
        f = Found(value.start, (match.start(), match.end()), f"{item}{measure}{verb}", value.value,
                  value.unit, SUFFIX_COMPARATORS.get(value.suffix or "", ">="), "level",
                  subject=f"{item}{measure}")  # fmt: skip
        f.value_max = value.high
        out.append(f)
    return out
