"""What a cell of an indicator table's header is, and the columns a header gives.

A header is found by its vocabulary (指标/指标名称, 单位, 基期/20XX年, “十四五”完成值, 目标, 年均增长/累计,
属性, 序号/类别/领域 opening it); `columns_of` types its cells (the name, the index, the unit, the
attribute and the target column). `read.text_tables` uses them for every text shape a table
arrives in.
"""

from __future__ import annotations

import re

from plantrack.read.cell_rows import Columns
from plantrack.read.headings import LIST_CN_RE, LIST_PAREN_CN_RE
from plantrack.read.lexicon import (
    ATTR_HEADER,
    GROUP_HEADER,
    OWNER_WORDS,
    PROGRESS_WORDS,
    TARGET_WORDS,
    attr_column,
    unit_header,
)
from plantrack.read.transposed_rows import NAME_LABEL

# 预期增长(%), 计划增长（%）: the year's planned growth, a target column (a mid-year report's table)
PLANNED_GROWTH = re.compile(r"^(?:预期|计划)(?:增长|增速)(?:率|幅度)?(?:[（(][^）)]{1,4}[）)])?$")
# 上半年完成(%), 1-6月完成, 前三季度完成, 上半年实绩: the figure so far, beside the planned one (no target)
DONE_SO_FAR = re.compile(
    r"^(?:上半年|一季度|前三季度|1[-—～~至](?:[3-9]|1[01])月)(?:实际)?(?:完成|实绩)(?:[（(][^）)]{1,4}[）)])?$"
)
HEADER_WORDS = re.compile(
    r"指标|序号|^编号$|单位|属性|类别|领域|基期|基准|现状|目标|年均|累计|增速|备注|性质|十[一二三四五六]五"
    rf"|^(?:{PROGRESS_WORDS}|{OWNER_WORDS}|(?:监考|考核)(?:部门|单位))$|^(?:分值|权重|项目)$"
    rf"|^(?:{TARGET_WORDS})$|^其中[:：](?:19|20)\d\d年"
    r"|^(?:完成|预期|规划)值$|^(?:指标)?类型$|^(?:近期|中期|远期|规划目标)(?:规划|目标)?值?(?:[（(]|$)"
    r"|^(?:种类|品种|产品)(?:名称)?$|^(?:统计)?口径$|^(?:统计|适用)范围$|^绝对值$"
    rf"|{PLANNED_GROWTH.pattern}|{DONE_SO_FAR.pattern}"
)
YEAR_CELL_RE = re.compile(r"^(?:[\[〔［(（]?)(?:19|20)\d\d年")
# 种类 / 产品 over 马, 牛 … or 钢, 原煤 …: an old plan's table of kinds or products
NAME_HEADER = re.compile(r"指标|名称|目标内容|^(?:种类|品种|产品)$")
VALUE_HEADER = re.compile(
    r"(?:19|20)\d\d|目标|年均|累计|增速|基期|基准|现状|十[一二三四五六]五|完成值|近期|中期|远期|规划"
    rf"|^预期值|^(?:{TARGET_WORDS})$|{PLANNED_GROWTH.pattern}|{DONE_SO_FAR.pattern}"
)
# 指标值 / 数值 over 现状 | 近期规划: a group header naming no column of its own
_GROUP_VALUE_HEADER = re.compile(r"^(?:指标|规划|主要)?(?:数值|指标值|值)$")

_DIGIT_STOP = re.compile(r"(?<=\d)[。．](?=\d)")
SPACES = re.compile(r"[ \u3000\u00a0]+")
TITLE = re.compile(r"主要指标|指标体系|指标表|目标表|^表\d*[:：]|专栏")
_FIRST_CELLS = ("序号", "编号", "类别", "领域", "类型", "分类", "维度", "项目")
# 目标类别, 指标类别, 重点领域: a category column's header opens the table too
_FIRST_CATEGORY = re.compile(r"^.{1,4}(?:类别|领域|分类)$")
# 空间类型 | 2020年 | 2030年: a type that names the rows of a table whose other columns are years
TYPE_HEADER = re.compile(r"^.{0,4}类型$")


def category_after_name(cell: str, header: list[str]) -> bool:
    """A 领域/类别 cell after the name column: a category row, for a category column stands
    before the name."""
    return (
        GROUP_HEADER.search(cell) is not None
        and any(NAME_HEADER.search(c) for c in header)
        and any(ATTR_HEADER.search(c) or VALUE_HEADER.search(c) for c in header)
    )


def first_cell(cell: str | None) -> bool:
    """The header cell a table copied one cell per line can open with."""
    return bool(cell) and (cell in _FIRST_CELLS or _FIRST_CATEGORY.match(cell) is not None)


def tidy(cell: str) -> str:
    """A cell as text: spaces inside it dropped, 76。7 -> 76.7, full-width digits kept for clean."""
    cell = SPACES.sub("", cell.strip().strip("|").strip())
    return _DIGIT_STOP.sub(".", cell)


def is_header_cell(cell: str) -> bool:
    """指标, 单位, 2025年, 年均增长〔累计〕, 2020年基期值(起始日期用作比较的数据) … but not the
    table's title (全省数字经济发展主要指标)."""
    if not cell or not (HEADER_WORDS.search(cell) or YEAR_CELL_RE.match(cell)):
        return False
    if LIST_CN_RE.match(cell) or LIST_PAREN_CN_RE.match(cell):
        return False  # 四、规划目标与指标, （一）总体目标: a heading of the text, no column's name
    if YEAR_CELL_RE.match(cell):
        return len(cell) <= 40
    return len(cell) <= 16 and (not TITLE.search(cell) or bool(NAME_LABEL.match(cell)))


# 目标, 年度目标, 目标值, 目标指标: a cell over year columns each of whose figures is a target
# (`parse.header_rows` reads the same cell over two header rows)
TARGET_GROUP_WORD = r"(?:年度)?目标(?:值|指标)?"
_TARGET_GROUP = re.compile(rf"^{TARGET_GROUP_WORD}$")
YEAR_ONLY = re.compile(r"^(?:19|20)\d\d年?$")


def _years_under_target(cells: list[str]) -> list[str]:
    """目标 over 2024年 | 2025年 | 2026年: each year's figure is a target (2024年目标 …), as
    `parse.header_rows` reads the same header over two rows."""
    for i, cell in enumerate(cells):
        years = 0
        while i + 1 + years < len(cells) and YEAR_ONLY.match(cells[i + 1 + years]):
            years += 1
        if _TARGET_GROUP.match(cell) and years >= 2:
            under = [f"{y}目标" for y in cells[i + 1 : i + 1 + years]]
            return [*cells[:i], cell, *under, *cells[i + 1 + years :]]
    return cells


def name_columns(cells: list[str]) -> list[int]:
    """The header cells that name the indicator (指标名称; 一级指标 | 二级指标; 种类 over 马, 牛 …),
    not a year's values (2025年指标), the attribute (指标属性), a category (指标类别, 领域) or
    the unit (指标单位)."""
    return [
        i
        for i, c in enumerate(cells)
        if NAME_HEADER.search(c)
        and not re.search(r"(?:19|20)\d\d", c)
        and not ATTR_HEADER.search(c)
        and not GROUP_HEADER.search(c)
        and ("类" not in c or c == "种类")
        and not unit_header(c)
    ]


def name_column(cells: list[str]) -> int | None:
    """The column that names each row's indicator, for every reader of a header row."""
    names = name_columns(cells)
    return names[0] if names else _name_unsaid(cells)


def _name_unsaid(cells: list[str]) -> int | None:
    """No cell says 指标 or 名称: 项目/内容 beside a 单位 or 目标 column (项目 | 单位 | 2025年, 项目 |
    分值 | 目标任务); else a category opening a header whose unit follows (类别 | 单位 | 2020年),
    or a type before year columns only (空间类型 | 2020年 | 2030年)."""
    if any(c.startswith(("单位", "目标")) for c in cells):
        said = next((i for i, c in enumerate(cells) if c in ("项目", "内容")), None)
        if said is not None:
            return said
    if (
        len(cells) > 2
        and (GROUP_HEADER.search(cells[0]) or cells[0] == "类型")
        and unit_header(cells[1])
    ):
        return 0
    if (
        len(cells) > 2
        and TYPE_HEADER.match(cells[0])
        and all(re.search(r"(?:19|20)\d\d", c) for c in cells[1:])
    ):
        return (
            0  # 空间类型 | 2020年面积 | 2030年面积: the rows are the types, every column a year's
        )
    return None


def columns_of(cells: list[str]) -> Columns | None:
    """Header cells -> typed columns; None unless there is a name and a value column."""
    cells = _years_under_target([c for c in cells if c])
    # “十四五”目标 / 指标值 over 2025年 | 2030年: a group header above the columns it spans
    cells = [
        c
        for i, c in enumerate(cells)
        if not (
            ("目标" in c or _GROUP_VALUE_HEADER.match(c))
            and not re.search(r"\d", c)
            and not GROUP_HEADER.search(c)  # 目标类别: the category column
            and sum(1 for d in cells[i + 1 :] if VALUE_HEADER.search(d)) >= 2
        )
    ]
    names = name_columns(cells)
    name = names[0] if names else None
    upper = 0
    while name is not None and name + 1 in names:
        # 一级指标 | 二级指标: the second names the row, the first is dropped
        cells, upper = cells[:name] + cells[name + 1 :], upper + 1
        names = [k - 1 for k in names if k > name]
    if name is None:
        name = _name_unsaid(cells)
    if name is None or not any(VALUE_HEADER.search(c) for c in cells[name + 1 :]):
        return None
    index = next((i for i, c in enumerate(cells[:name]) if "序号" in c or c == "编号"), None)
    unit = next((i for i, c in enumerate(cells) if unit_header(c)), None)
    attr = attr_column(cells, name)
    return Columns(cells, index, name, unit, attr, upper, _target(cells, name))


# 1957年为1952年的百分比, 比2020年增长: a column of one year against another, not a level
RATIO_COLUMN = re.compile(r"百分比|[为比较](?:19|20)\d\d年")
# 年均增长, 累计, 1957年为1952年的百分比: a column of the change, not of the level
_CHANGE_COLUMN = re.compile(rf"年均|累计|增速|增长|{RATIO_COLUMN.pattern}")


def _target(cells: list[str], name: int) -> int | None:
    """The target column: one that says 目标, else the latest year (not a growth column)."""
    after = [(i, c) for i, c in enumerate(cells) if i > name]
    said = [i for i, c in after if "目标" in c] or [i for i, c in after if PLANNED_GROWTH.match(c)]
    if said:
        return said[-1]
    years = [
        (int(m.group(0)), i)
        for i, c in after
        if not _CHANGE_COLUMN.search(c) and (m := re.search(r"(?:19|20)\d\d", c))
    ]
    return max(years)[1] if years else None
