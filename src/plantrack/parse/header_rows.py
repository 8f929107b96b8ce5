"""A table header written over two rows: a group cell in the first row, the columns under it
in the second (区县 | 2020年底现状站（座） | 本次规划（座） | 规划期末（座） over 新规划（座） | 迁建（座）
| … | 合计（座）; 序号 | 指标 | 目标 over 2024年 | 2025年 | 2026年). A copy (Markdown from HTML, text)
keeps only the cells, so the rows below are wider than either header row.
"""

from __future__ import annotations

import re
from collections import Counter

from plantrack.read.allocation_tables import PLACE_HEADER
from plantrack.read.header_cells import TARGET_GROUP_WORD

_FIGURE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
# 现状, 基期, 规划期末, 合计, 2020年: a top cell that is its own column, never a group over others
_NOT_A_GROUP = re.compile(r"现状|基期|基数|期末|合计|总计|小计|^(?:19|20)\d\d年|属性|单位|备注")
_NAME = re.compile(r"^(?:主要)?指标(?:名称)?$|名称$|^序号$")
# 目标, 本次规划, 分年度任务: the words of a cell over others
_GROUP_WORDS = re.compile(r"目标|规划|计划|任务|分年度|指标值|预期")
_TARGET_GROUP = re.compile(rf"^{TARGET_GROUP_WORD}$|^预期(?:目标|值)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d年?$")
_SUM_CELL = re.compile(r"^(?:合计|小计|总计)(?:[（(][^）)]*[）)])?$")
_BRACKET = re.compile(r"[（(][^）)]*[）)]$")


def group_expanded(rows: list[list[str]]) -> list[list[str]] | None:
    """The rows with one header row of leaf columns: the second row's cells stand under the
    first row's group cell, when that makes the width of the rows below; None otherwise."""
    if len(rows) < 3:
        return None
    top = [c.strip() for c in rows[0] if c.strip()]
    under = [c.strip() for c in rows[1] if c.strip()]
    if not top or not under or any(_FIGURE.match(c) for c in under):
        return None
    widths = Counter(len([c for c in r if c.strip()]) for r in rows[2:])
    leaves = len(top) - 1 + len(under)
    present = _present_over_years(top, under)
    if present is not None and leaves in widths:
        # 现状值 over 2021年 | 2022年 | 2023年, before 2027年 | 2035年 (rows under merged cells
        # are shorter, so the full rows need not be the most common)
        under = [f"{c}{top[present]}" for c in under]
        return [[*top[:present], *under, *top[present + 1 :]], *rows[2:]]
    if leaves != widths.most_common(1)[0][0] or len(under) < 2:
        return None
    candidates = [
        i
        for i, c in enumerate(top)
        if i and not _NOT_A_GROUP.search(c) and not _NAME.search(c) and not PLACE_HEADER.match(c)
    ]
    preferred = [i for i in candidates if _GROUP_WORDS.search(top[i])] or candidates
    if not preferred:
        return None
    group = preferred[0]
    if all(_YEAR.match(c) for c in under) and _TARGET_GROUP.search(top[group]):
        under = [f"{c}{top[group]}" for c in under]  # 目标 over 2025年: 2025年目标, each a target
    # 本次规划（座） over … | 合计（座）: the group's total, 本次规划合计（座）
    name = _BRACKET.sub("", top[group])
    under = [f"{name}{c}" if _SUM_CELL.match(c) else c for c in under]
    return [[*top[:group], *under, *top[group + 1 :]], *rows[2:]]


_PRESENT = re.compile(r"现状|基期|基数|实际")
_LEADING_YEAR = re.compile(r"^((?:19|20)\d\d)年")


def _present_over_years(top: list[str], under: list[str]) -> int | None:
    """The top cell of the present (现状值) when the second row is its years, all before the
    target years the top row names (现状值 over 2021年 | 2022年 | 2023年 beside 2027年 | 2035年)."""
    if not all(_YEAR.match(c) for c in under):
        return None
    present = [i for i, c in enumerate(top) if i and _PRESENT.search(c)]
    later = [int(m.group(1)) for c in top if (m := _LEADING_YEAR.match(c))]
    years = [int(c[:4]) for c in under]
    if len(present) != 1 or not later or max(years) >= min(later):
        return None
    return present[0]


_SUM = re.compile(r"合计|小计")


def split_by_sums(cells: list[str], rows: list[list[str]], first: int) -> list[str] | None:
    """The column labels of a header flattened from two rows (one cell more than the rows have
    values) when the rows' figures tell where the second row starts: the group's 合计 column is
    the sum of the columns beside it under the group, in every row. `cells` = the header cells
    after the place; `first` = the first value column of `rows`. None when no one split adds up."""
    fits = []
    for start in range(1, len(cells) - 1):
        top, under = cells[:start], cells[start:]
        total = next((k for k, c in enumerate(under) if _SUM.search(c)), None)
        if total is None:
            continue
        for g, cell in enumerate(top):
            if _NOT_A_GROUP.search(cell) or not _GROUP_WORDS.search(cell):
                continue
            if _adds_up(rows, first + g, len(under), total):
                fits.append([*top[:g], *under, *top[g + 1 :]])
    return fits[0] if len(fits) == 1 else None


def _adds_up(rows: list[list[str]], at: int, width: int, total: int) -> bool:
    """Whether, in every row with figures there, the `total`-th of the `width` columns from
    `at` is the sum of the others (and at least one row is not all zero)."""
    seen = False
    for row in rows:
        part = row[at : at + width]
        if len(part) < width or not all(_FIGURE.match(c.strip()) for c in part):
            continue
        figures = [float(c.strip().replace(",", "")) for c in part]
        others = sum(figures) - figures[total]
        if abs(others - figures[total]) > 1e-6:
            return False
        seen = seen or figures[total] > 0
    return seen
