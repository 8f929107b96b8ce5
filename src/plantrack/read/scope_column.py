"""A 统计口径 column: the population or scope an indicator is counted over, folded into its name.

闵行's health table gives most indicators once (平均期望寿命 | 户籍人口 | 预期性 | ≥82.72岁) and some
twice, the second time on a row of its own without 序号 or name (| | 全人口 | 预期性 | ≤5.97‰).
Read as it stands, the scope is taken for a name or a value and the second row is lost. Folded,
each row names its indicator and scope (婴儿死亡率（全人口）) and the column goes: the table reads
like any other. A scope that is absent (-) leaves the name as it is.
"""

from __future__ import annotations

import re

# the header of the column: 统计口径, 口径, 统计范围, 适用范围, 人群
SCOPE_HEADER = re.compile(r"^(?:统计)?口径$|^(?:统计|适用)范围$|^(?:统计)?人群$")
# 户籍人口, 全人口, 常住人口, 外来人口, 急救对象, 城镇居民, 全区 … or absent (-)
_SCOPE_CELL = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}(?:人口|对象|人群|居民|儿童|妇女|学生|老人)|全[市区县省镇]|城镇|农村"
    r"|[-—－–/一])$"
)
_ABSENT = frozenset("-—－–/一")
_INDEX = re.compile(r"^\d{1,2}$")


def scope_column(header: list[str]) -> int | None:
    """The index of the 统计口径 column, if the header has one."""
    return next((k for k, cell in enumerate(header) if SCOPE_HEADER.match(cell.strip())), None)


def _scoped(name: str, scope: str) -> str:
    return name if scope in _ABSENT else f"{name}（{scope}）"


def fold_scope_cells(
    header: list[str], cells: list[str]
) -> tuple[list[str], list[tuple[int, str]]] | None:
    """A one-cell-per-line table's header and body cells with the scope folded into the names
    (each cell with the index of the cell it came from), or None when the header has no scope
    column right after a 序号 and a name column.

    A name is the cell after a 序号; the scope cell after it joins it; a scope cell after a
    row's values opens a row of its own for the last name."""
    scope = scope_column(header)
    if scope is None or scope < 2 or not header[scope - 2].strip().startswith("序号"):
        return None
    out: list[tuple[int, str]] = []
    name: str | None = None
    last = 0  # the last 序号
    after = "other"  # what the cell before was: "index", "name" or "other"
    filled = 0  # cells since the row's name or scope
    row_width = len(header) - scope - 1  # the columns after the scope (属性, values)
    for k, cell in enumerate(cells):
        text = cell.strip()
        if after == "index" and text:
            name, after, filled = text, "name", 0
            out.append((k, text))
            continue
        if name is not None and _SCOPE_CELL.match(text):
            if after == "name":
                out[-1] = (k, _scoped(name, text))  # 婴儿死亡率 / 户籍人口
                after, filled = "other", 0
                continue
            if filled >= row_width and text not in _ABSENT:
                out.append((k, _scoped(name, text)))  # a second scope after the values: a row
                filled = 0
                continue
        if _INDEX.match(text) and int(text) == last + 1:
            last, after = int(text), "index"
        else:
            after, filled = "other", filled + 1
        out.append((k, cell))
    return [c for k, c in enumerate(header) if k != scope], out


def fold_scope_rows(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows (header first) with the scope column folded into the names; a row with a
    scope but no name takes the name of the row above. Unchanged without such a column."""
    if not rows:
        return rows
    scope = scope_column(rows[0])
    if scope is None or scope == 0:
        return rows
    name_at = scope - 1
    out = [[c for k, c in enumerate(rows[0]) if k != scope]]
    name = ""
    for row in rows[1:]:
        cells = list(row)
        if len(cells) <= scope:
            out.append(cells)
            continue
        own = cells[name_at].strip()
        name = own or name
        given = cells[scope].strip()
        if name and given and (own or _SCOPE_CELL.match(given)):
            cells[name_at] = _scoped(name, given)
        out.append([c for k, c in enumerate(cells) if k != scope])
    return out
