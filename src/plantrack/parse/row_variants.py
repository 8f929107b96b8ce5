"""A row of an indicator table whose cells hold more than one target, split into one row each.

`城镇登记失业率/城镇调查失业率 | <4/<5.5`, `[成片:五年累计约110 零星:五年累计约20]`, a name that
lists its subjects (`城镇、农村居民人均可支配收入`), `翻一番(全省人均GDP≥10万元)` (a multiple, and a
level for the scope in brackets).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from plantrack.parse.table_cells import MAGNITUDES, price_year, read_cell
from plantrack.read.lexicon import UNIT_RE

_LABELLED = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{1,6})[:：]\s*(?P<value>[^:：]*?\d(?:\.\d+)?)\s*"
    r"(?=[\u4e00-\u9fff]{1,6}[:：]|$)"
)
_DOUBLING_WITH = re.compile(
    r"^(?P<double>翻[一两二三]番)\s*[（(]\s*(?P<scope>[^（()）\d≥≤<>＜＞]{0,12}?)\s*"
    r"(?P<value>(?:≥|≤|>=|<=|>|<|＞|＜)?\s*\d[^（()）]*)[）)]$"
)
_SCOPE = re.compile(r"^(?:全国|全省|全市|全区|全县|全州|城镇|农村)$")


def _split_slash(text: str) -> list[str]:
    """a/b/c on slashes outside brackets (万元/人 inside a unit bracket is kept)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "（(〔［[【"
        depth -= ch in "）)〕］]】"
        if ch == "/" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def row_variants(row: list[str], name: int, values: list[int], unit: int | None) -> list[list[str]]:
    """One row per target a row holds (the first is the row itself, changed):

    - `城镇登记失业率/城镇调查失业率 | <4/<5.5`: a name and a value for each slash;
    - `[成片:五年累计约110 零星:五年累计约20]`: a row per label, named 改造面积（成片）;
    - `翻一番(全省人均GDP≥10万元)`: the multiple, and a row for the level in brackets (named by
      its words, or the row's name under a scope word: 全省 + 居民人均可支配收入)."""
    cells = [c.strip() for c in row]
    if name >= len(cells):
        return [row]
    prefixed = _prefix_labelled(cells, name, values) or _bracket_pair(cells, name, values)
    prefixed = prefixed or _power_and_energy(cells, values)
    if prefixed:
        return prefixed
    for col in (c for c in values if c < len(cells) and cells[c]):
        split = _slashes(cells, name, col, values) or _listed(cells, name, col, values)
        split = split or _labelled(cells, name, col)
        split = split or _doubling(cells, name, col, unit, values)
        if split:
            return split
    return [row]


_PREFIX_PART = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{2,6})(?P<value>(?:≥|≤|>=|<=|＞|＜|>|<|不低于|不少于|不高于|不超过)\s*"
    r"\d[\d.]*\s*(?:%|‰)?)[；;，,、\s]*"
)


def _prefix_parts(text: str) -> list[tuple[str, str]]:
    found = list(_PREFIX_PART.finditer(text))
    return [(m.group("label"), m.group("value")) for m in found] if _covers(found, text) else []


def _prefix_labelled(cells: list[str], name: int, values: list[int]) -> list[list[str]] | None:
    """`重点城市≥30；一般城市≥15`: a row per part named before its value (重点城市 + the row's
    name), from the last column that holds such parts; such parts in an earlier column (a 现状 of
    other parts: 设区市≥25；县级市≥20) belong to no one row and are left out."""
    cols = [c for c in values if c < len(cells) and len(_prefix_parts(cells[c])) >= 2]
    if not cols:
        return None
    out = []
    for label, value in _prefix_parts(cells[cols[-1]]):
        row = list(cells)
        row[name] = label + cells[name]
        row[cols[-1]] = value
        for c in cols[:-1]:
            row[c] = ""
        out.append(row)
    return out


# >40万千瓦/80万千瓦时: a store's power and its energy
_POWER_ENERGY = re.compile(
    r"^(?P<pre>[>≥＞]|不低于|不少于|超过)?\s*(?P<power>\d[\d.]*\s*[万亿]?千瓦)\s*/\s*"
    r"(?P<energy>\d[\d.]*\s*[万亿]?千瓦时)$"
)


def _power_and_energy(cells: list[str], values: list[int]) -> list[list[str]] | None:
    """`用户侧储能装机规模 | >40万千瓦/80万千瓦时 | …`: a row for the power, a row for the energy."""
    cols = [c for c in values if c < len(cells) and _POWER_ENERGY.match(cells[c])]
    if not cols:
        return None
    out = []
    for part in ("power", "energy"):
        row = list(cells)
        for c in cols:
            m = _POWER_ENERGY.match(cells[c])
            row[c] = (m.group("pre") or "") + m.group(part) if m else cells[c]
        out.append(row)
    return out


_NAME_PAIR = re.compile(r"^(.+?)[（(]([\u4e00-\u9fff]{2,16})[）)]$")
_VALUE_PAIR = re.compile(r"^(\d[\d.]*)\s*[（(](\d[\d.]*)[）)]\s*([^\d\s（()）]{0,6})$")


def _bracket_pair(cells: list[str], name: int, values: list[int]) -> list[list[str]] | None:
    """`市域绿道长度（骨干绿道长度） | 2000（1000）公里`: the whole and, in brackets, its part, a
    row each (a unit in the name's brackets, 人均GDP（万元）, is no part)."""
    m = _NAME_PAIR.match(cells[name])
    if m is None or UNIT_RE.fullmatch(m.group(2)):
        return None
    cols = [c for c in values if c < len(cells) and _VALUE_PAIR.match(cells[c])]
    if not cols:
        return None
    out = []
    for group in (1, 2):
        row = list(cells)
        row[name] = m.group(group)
        for c in cols:
            v = _VALUE_PAIR.match(cells[c])
            row[c] = v.group(group) + v.group(3) if v else cells[c]
        out.append(row)
    return out


def _slashes(cells: list[str], name: int, col: int, values: list[int]) -> list[list[str]] | None:
    return _split_row(cells, name, col, values, _split_slash(cells[name]), _split_slash)


def _listed(cells: list[str], name: int, col: int, values: list[int]) -> list[list[str]] | None:
    """`县道、乡村道优良路率(MQI) | 98%、98%`: a name and a value for each item of a 、 list."""
    if "、" not in cells[col]:
        return None
    return _split_row(cells, name, col, values, listed_names(cells[name]), _split_list)


def _split_list(text: str) -> list[str]:
    return [p.strip() for p in text.split("、")]


_UNIT_AT_END = re.compile(r"[（(][^（）()]{1,8}[）)]$")


def listed_names(name: str) -> list[str]:
    """县道、乡村道优良路率 -> 县道优良路率, 乡村道优良路率; 城镇、农村居民收入 -> 城镇居民收入,
    农村居民收入: the heads of a 、 list and the measure they share, written once after the
    last (it starts after the last head's own ending, 道, or at the length of the first)."""
    parts = _split_list(name)
    if len(parts) < 2 or any(not p for p in parts):
        return []
    if all(_UNIT_AT_END.search(p) for p in parts):
        return parts  # 滚动推进重大项目(个)、完成投资额(亿元): whole names, each with its unit
    first, last = parts[0], parts[-1]
    end = last.find(first[-1], 1)
    cut = end + 1 if 0 < end < len(last) - 2 else len(first)
    shared = last[cut:]
    if len(shared) < 2:
        return []
    return [p + shared for p in parts[:-1]] + [last]


def _split_row(
    cells: list[str],
    name: int,
    col: int,
    values: list[int],
    names: list[str],
    split: Callable[[str], list[str]],
) -> list[list[str]] | None:
    parts = split(cells[col])
    if len(names) < 2 or len(parts) != len(names) or any(len(n) < 2 for n in names):
        return None
    if not all(parts) or all(read_cell(p).value is None for p in parts):
        return None  # 高于全市平均水平/5: one part in words, the other a figure
    out = []
    for i, part_name in enumerate(names):
        row = list(cells)
        row[name] = part_name
        for c in values:
            if c < len(cells):
                pieces = split(cells[c])
                row[c] = pieces[i] if len(pieces) == len(names) else cells[c]
        out.append(row)
    return out


def _labelled(cells: list[str], name: int, col: int) -> list[list[str]] | None:
    inner = cells[col]
    if ":" not in inner and "：" not in inner:
        return _bracket_labelled(cells, name, col)  # most cells: a fast exit
    opener, closer = "", ""
    if inner[:1] in "〔［[【" and inner[-1:] in "〕］]】":
        opener, closer, inner = inner[0], inner[-1], inner[1:-1]
    matches = list(_LABELLED.finditer(inner))
    found = [(m.group("label"), m.group("value").strip()) for m in matches]
    if len(found) < 2 or not _covers(matches, inner):
        found = _labelled_with_units(inner)
    if len(found) < 2:
        return None
    return _label_rows(cells, name, col, [(label, f"{opener}{v}{closer}") for label, v in found])


def _covers(matches: list[re.Match[str]], text: str) -> bool:
    """The matches, end to end, are the whole text (spaces aside)."""
    return "".join(m.group(0) for m in matches).replace(" ", "") == text.replace(" ", "")


def _label_rows(
    cells: list[str], name: int, col: int, parts: list[tuple[str, str]]
) -> list[list[str]]:
    """A row per (label, value): the row's name with the label (改造面积（成片）), the value in
    the cell that held them all."""
    out = []
    for label, value in parts:
        row = list(cells)
        row[name] = _with_label(cells[name], label)
        row[col] = value
        out.append(row)
    return out


_VALUE_THEN_LABEL = re.compile(
    r"(?P<value>(?:≥|≤|>=|<=|>|<|＞|＜|约)?\s*\d[\d.]*\s*(?:%|‰)?)\s*[（(](?P<label>[^（）()\d]{1,8})[）)]"
)


def _bracket_labelled(cells: list[str], name: int, col: int) -> list[list[str]] | None:
    """≥30（初中）≥55（高中）: a value for each part named in brackets after it, a row each."""
    inner = cells[col]
    if inner.count("（") + inner.count("(") < 2:
        return None
    found = list(_VALUE_THEN_LABEL.finditer(inner))
    if len(found) < 2 or not _covers(found, inner):
        return None
    return _label_rows(
        cells, name, col, [(m.group("label"), m.group("value").strip()) for m in found]
    )


_LABEL_VALUE = re.compile(
    r"\s*(?:约|≥|≤|>=|<=|>|<|＞|＜|超过|不低于|不少于)?\s*\d[\d.,]*\s*(?:%|‰)?"
)


def _labelled_with_units(text: str) -> list[tuple[str, str]]:
    """新一代信息技术：1300亿元高端装备制造：1200亿元 -> [(新一代信息技术, 1300亿元), …]: each
    value ends at the longest unit after its number, and the next label starts there."""
    parts = re.split(r"[:：]", text)
    if len(parts) < 3:
        return []
    label, out = parts[0].strip(" ，,；;、"), []
    for k, part in enumerate(parts[1:], 1):
        number = _LABEL_VALUE.match(part)
        if not number or not label or re.search(r"\d", label) or len(label) > 12:
            return []
        rest = part[number.end() :]
        size = next((n for n in range(min(len(rest), 5), 0, -1) if UNIT_RE.fullmatch(rest[:n])), 0)
        if not size and rest[:1] in MAGNITUDES:
            size = 1
        out.append((label, part[: number.end() + size].strip()))
        label = rest[size:].strip(" ，,；;、")
        if k == len(parts) - 1 and label:
            return []  # words after the last value: not a list of labelled values
    return out


def _with_label(name: str, label: str) -> str:
    """改造面积(万平方米) + 成片 -> 改造面积（成片）(万平方米): a unit bracket stays last."""
    unit = re.search(r"[（(][^（()）]{1,12}[）)]$", name)
    if unit and (UNIT_RE.match(unit.group(0)[1:-1]) or unit.group(0)[1:-1] in ("%", "‰")):
        return f"{name[: unit.start()]}（{label}）{unit.group(0)}"
    return f"{name}（{label}）"


def _doubling(
    cells: list[str], name: int, col: int, unit: int | None, values: list[int]
) -> list[list[str]] | None:
    m = _DOUBLING_WITH.match(cells[col].replace(" ", ""))
    if not m:
        return None
    first = list(cells)
    first[col] = m.group("double")
    second = list(cells)
    base_name, _ = price_year(cells[name])
    base_name = re.sub(r"[（(][^（()）]{1,12}[）)]$", "", base_name).strip()
    scope = m.group("scope")
    second[name] = scope if scope and not _SCOPE.match(scope) else f"{scope}{base_name}"
    for c in values:
        if c < len(second):
            second[c] = ""
    second[col] = m.group("value")
    if unit is not None and unit < len(second):
        second[unit] = ""  # the level in brackets has its own unit (万元), not the row's (亿元)
    return [first, second]
