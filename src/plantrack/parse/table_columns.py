"""The header of an indicator table (主要指标表): which column holds the indicator's name, its
unit, the base and target years, the annual growth, the 属性, a ratio to a base year and the
target of each place, and how a name carries its unit (常住人口（万人）)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrack.read.allocation_tables import YEAR_CELL
from plantrack.read.header_cells import PLANNED_GROWTH, RATIO_COLUMN, name_column
from plantrack.read.lexicon import TARGET_COLUMN, UNIT_RE, attr_column, unit_header

_YEAR = re.compile(r"((?:19|20)\d\d)")
# “十四五”完成值 / “十五五”目标值: a plan period's last year
_PERIOD = re.compile(r"十([一二三四五六])五")
_PERIOD_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030, "六": 2035}
_NAME_NUM = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])\s*")
_FOOTNOTE = re.compile(r"[\[［]\d{1,2}[\]］]$")


@dataclass(slots=True)
class Columns:
    """Which column of the header row holds what (None: the table has no such column)."""

    header: int
    name: int
    unit: int | None
    base: int | None
    base_year: int | None
    target: int | None
    target_year: int | None
    annual: int | None
    attribute: int | None
    milestones: tuple[tuple[int, int], ...] = ()  # (column, year) between base and target
    annual_header: str = ""  # 年均增长〔累计〕: says whether a round-bracket value is cumulative
    target_unit: str | None = None  # 目标值（%）: the unit of every row's target, in its header
    # (column, year, verb): 1957年为1952年的百分比 (verb ""), 1985年比1980年增长 (verb 增长)
    ratio: tuple[int, int, str] | None = None
    # 苏南目标值 | 全省目标值: the target of each place the table sets one for, (column, place);
    # the first is the target column's own place
    places: tuple[tuple[int, str], ...] = ()


def find_columns(rows: list[list[str]]) -> Columns | None:
    for h, row in enumerate(rows[:3]):
        cells = [c.strip() for c in row]
        name = name_column(cells)
        if name is None:
            continue
        if (
            "指标" not in cells[name]
            and not any(w in c for c in cells for w in ("属性", "基期", "目标", "单位"))
            and sum(1 for c in cells if _YEAR.search(c)) < 2  # 种类 | 1952年数 | 1957年计划数
        ):
            continue  # 项目名称 | 建设内容 | 总投资: a project list, not an indicator table
        unit = next((i for i, c in enumerate(cells) if unit_header(c)), None)
        attribute = attr_column(cells, name)
        annual = next(
            (i for i, c in enumerate(cells) if "年均" in c or "增速" in c or "累计" in c), None
        )
        years = [
            (i, y)
            for i, y in _header_years(cells, (name, annual))
            if not RATIO_COLUMN.search(cells[i])
        ]
        bases = [i for i, c in enumerate(cells) if BASE_COLUMN.search(c)]
        # 2021年现状值 | 2022年现状值 | 2023年现状值: the latest year of the present
        base = bases[0] if bases else None
        if len(bases) > 1 and all(YEAR_CELL.match(cells[i]) for i in bases):
            base = bases[-1]
        if base is None:  # 2019年 | 2020年规划目标 | 2020年实际 | 2025年规划目标: what was reached
            base = next((i for i, c in enumerate(cells) if _REACHED.search(c)), None)
        said = [
            i
            for i, c in enumerate(cells)
            if ("目标" in c or c == "预期值" or TARGET_COLUMN.match(c) or PLANNED_GROWTH.match(c))
            and i > name
        ]
        # 2020年规划目标 | 2020年实际 | 2025年规划目标: a target of a year the base reached is past
        reached = next((y for i, y in years if i == base), None)
        ahead = [i for i in said if reached is None or dict(years).get(i, reached + 1) > reached]
        target = ahead[0] if ahead else (said[0] if said else None)
        base_year = target_year = None
        # 2016年预期值 2017年预期值 2018年预期值, 2025年指标 2035年指标: every year is a target,
        # none a baseline
        every_year_a_target = len(years) >= 2 and all(
            _EVERY_YEAR_TARGET.search(cells[i]) for i, _ in years
        )
        if years:
            years.sort(key=lambda t: t[1])
            if base is None and len(years) >= 2 and not every_year_a_target:
                base = years[0][0]
            if target is None or every_year_a_target:
                target = years[-1][0]
            base_year = next((y for i, y in years if i == base), None)
            target_year = next((y for i, y in years if i == target), None)
        if target is None and annual is None:
            continue
        # a year after the base's and before the target's is a milestone; one at or before
        # the base year (2019年, 2020年规划目标 beside 2020年实际) is the past
        between = tuple(
            (i, y)
            for i, y in years
            if i not in (base, target) and (base_year is None or y > base_year)
        )
        return Columns(
            h,
            name,
            unit,
            base,
            base_year,
            target,
            target_year,
            annual,
            attribute,
            between,
            cells[annual] if annual is not None else "",
            # 目标值（%）: the unit of every row's target, read like a name's (常住人口（万人）)
            metric_unit(cells[target])[1] if target is not None else None,
            _ratio_column(cells, annual),
            _place_columns(cells, said, target),
        )
    return None


# 基期, 现状值, 2022年完成值, 现值 (2022年实现值), 当前值: the column of what there is now
BASE_COLUMN = re.compile(r"基期|现状|完成值|现值|当前值")
# 苏南目标值, 全省目标值: a target column named by its place (not 近期目标, 规划目标值)
_PLACE_TARGET = re.compile(
    r"^(?!近期|中期|远期|规划|预期|年度|计划|任务|发展|考核)([\u4e00-\u9fff]{2,4}?)目标值?$"
)


def _place_columns(cells: list[str], said: list[int], target: int | None) -> tuple:
    """The target columns of two places or more (苏南目标值 | 全省目标值), the target column's own
    first; none when the table sets one target a row."""
    placed = [(i, m.group(1)) for i in said if (m := _PLACE_TARGET.match(cells[i]))]
    if len(placed) < 2 or target not in dict(placed):
        return ()
    return tuple(sorted(placed, key=lambda p: p[0] != target))


def _ratio_column(cells: list[str], annual: int | None) -> tuple[int, int, str] | None:
    """(column, base year, verb) of a column of the target against a base year's level: as a
    share (1957年为1952年的百分比, verb "") or as a change (1985年比1980年增长, verb 增长); else
    None. A 累计 or 年均 column (2025年比2020年累计下降) is the annual column's."""
    for i, c in enumerate(cells):
        if i != annual and (m := _RATIO_OF_YEAR.search(c)):
            return i, int(m.group(1) or m.group(2)), m.group(3) or ""
    return None


_RATIO_OF_YEAR = re.compile(
    r"为((?:19|20)\d\d)年的百分比|比((?:19|20)\d\d)年(增长|增减|增加|提高|下降|降低)"
)
_EVERY_YEAR_TARGET = re.compile(r"预期|年指标$|年目标(?:值|指标)?$")
_REACHED = re.compile(r"^(?:19|20)\d\d年?(?:实际|实绩|完成)(?:值|数)?$")


def _header_years(cells: list[str], skip: tuple[int | None, ...]) -> list[tuple[int, int]]:
    """(column, year) of the header cells that name a year: 2025年, or a period's last year
    (“十五五”目标值 → 2030), in one header together (2025年 | “十五五”目标值)."""
    out = []
    for i, c in enumerate(cells):
        if i in skip:
            continue
        if m := _YEAR.search(c):
            out.append((i, int(m.group(1))))
        elif m := _PERIOD.search(c):
            out.append((i, _PERIOD_END[m.group(1)]))
    return out


_LAST_BRACKET = re.compile(r"[（(]((?:[^（()）]|[（(][^（()）]{1,4}[）)]){1,14})[）)]\s*$")


# 企业研发机构数家, 万人发明专利拥有量件: a count's unit glued to its name (the unit cell run in)
_GLUED_COUNT_UNIT = re.compile(r"(?<=[数量])[家个件项所座]$")


def metric_unit(name: str) -> tuple[str, str | None]:
    """常住人口（万人） -> (常住人口, 万人); 细颗粒物（PM2.5）平均浓度 -> unchanged, None."""
    name = _FOOTNOTE.sub("", _NAME_NUM.sub("", re.sub(r"\s+", "", name)))
    m = _LAST_BRACKET.search(name)
    if m is None:
        glued = _GLUED_COUNT_UNIT.search(name)  # 企业研发机构数家: a text layer's unit cell
        return (name[: glued.start()], glued.group(0)) if glued else (name, None)
    if _is_unit(m.group(1)):
        return name[: m.start()].strip(), m.group(1).strip()
    # 新增造林面积(万亩)(5年新增量): the unit in the bracket before a note's
    before = _LAST_BRACKET.search(name[: m.start()])
    if before is not None and _is_unit(before.group(1)):
        return (name[: before.start()] + name[m.start() :]).strip(), before.group(1).strip()
    return name, None


def _is_unit(bracketed: str) -> bool:
    inner = bracketed.strip()
    return bool(UNIT_RE.match(inner)) or inner in ("%", "‰")
