"""Where a budget performance-target table opens in a text's lines, and its rows: the text
side of `plantrack.read.performance_rows`, for `read.text_tables`.

The header is one row (pipe, spaced or one space apart, perhaps behind a label such as
专项年度绩效指标), one cell a line, or glued (一级指标二级指标三级指标指标值及单位) — then the rows are
glued lines, or the whole table is run onto the header's line; or there is no header and the
table opens with its first level (产出指标 / 成本指标(必填) / indicator / value …: a tree).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from plantrack.read.header_cells import tidy
from plantrack.read.performance_rows import (
    GLUED_HEADER,
    TREE_HEADER,
    PerformanceHeader,
    glued_performance_rows,
    header_span,
    is_header_word,
    performance_header,
    performance_rows,
    run_on_performance_rows,
    starts_levels,
    starts_levels_or_level,
)

MAX_PERFORMANCE_LINES = 300  # lines of a performance-target table, at most
_LEVEL_LINE = 20  # characters: a level's line (效益指标(必填硬性指标)) is short

SplitRow = Callable[..., "list[str] | None"]  # a pipe or spaced row's cells, else None
SingleCell = Callable[[str], "str | None"]  # one cell alone on its line, else None
Found = tuple[list[list[str]], int, str]  # rows (header first), lines used, shape


def performance_table_at(
    texts: list[str], split_row: SplitRow, single_cell: SingleCell
) -> Found | None:
    """The table whose header (or first level) is `texts[0]`, else None."""
    text = texts[0]
    if not opens_performance_table(text):
        return None
    first = text.strip()
    if not _names_header(text):
        # 产出指标 / 成本指标(必填) / 按照物价部门定价标准采购 / 100% / …: no header
        return _rows_under(TREE_HEADER, texts, 0, [], split_row, single_cell)
    pieces = split_row(first) or _two_spaced_cells(first) or first.split()
    first_word, end = header_span(pieces)
    header, start, cells = performance_header(pieces[first_word:end]), 1, pieces[end:]
    glued = GLUED_HEADER.search(re.sub(r"\s+", "", first)) if header is None else None
    if glued and len(after := re.sub(r"\s+", "", first)[glued.end() :]) > _LEVEL_LINE:
        rows = run_on_performance_rows(after)  # …三级指标指标目标值产出指标数量指标…
        return (rows, 1, "run-on text") if rows else None
    if glued:
        rows, used = glued_performance_rows(texts[1:])
        return (rows, used + 1, "glued text") if used else None
    if header is None:  # 一级指标 / 二级指标 / …: one header cell a line
        named = [c for c in map(single_cell, takewhile(_header_line(single_cell), texts)) if c]
        header, start, cells = performance_header(named), len(named), []
    if header is None:
        return None
    return _rows_under(header, texts, start, cells, split_row, single_cell)


# the words of a header's level columns (指标类型 | 指标名称 | 指标值 | 指标描述 too)
_HEADER_WORDS = ("级指标", "绩效指标", "指标类型")


def _names_header(line: str) -> bool:
    return any(word in line for word in _HEADER_WORDS)


def opens_performance_table(line: str) -> bool:
    """Whether a line may open such a table: it names a header's level columns (级指标, 绩效指标,
    指标类型), or is a first level."""
    return _names_header(line) or (len(line) < _LEVEL_LINE and starts_levels(line))


def _rows_under(
    header: PerformanceHeader,
    texts: list[str],
    start: int,
    cells: list[str],
    split_row: SplitRow,
    single_cell: SingleCell,
) -> Found | None:
    """The rows from line `start` of `texts` on (`cells`: those on the header's line after it)."""
    first = texts[0].strip()
    # 产出指标 数量指标 保洁河道数量 12条: a text layer's rows, cells one space apart
    # (not a table written a cell a line between bars: 7 岁以下儿童健康管理率 / | / ≧85% is one cell)
    barred = any(t.strip() == "|" for t in texts[start : start + _BAR_LOOK])
    one_space = "|" not in first and not re.search(r"\s{2,}|\t|\u3000", first) and not barred
    piped = "|" in first and first.count("|") >= 2
    ends, starts = [0] * len(cells), []
    for k, text in enumerate(texts[start:], start):
        if one_space:
            text = _FIGURE_UNIT_SPACE.sub("", text)  # 100 %, 12 条: one cell a PDF spaced
        row = split_row(text, lone=True) or _two_spaced_cells(text)
        if row and not piped and not any(row[1:]):
            row = None  # 1 | ||: one cell a line, the bars of its merged cells after it
        if row is None and one_space and len(text.split()) > 1:
            row = [tidy(c) for c in text.split()]
        if row is None and set(text.strip()) == {"|"}:
            continue  # ||||: the empty cells of a flattened row
        if row is None:
            single = single_cell(text)
            if single is None and k + 1 < len(texts) and starts_levels_or_level(texts[k + 1]):
                continue  # a long 年度目标 cell just before the levels: the table goes on
            if single is None or (piped and "|" not in text):
                break  # 项目二 over the next table: a line of its own ends a pipe table
            row = [single]
        else:
            starts.append(len(cells))
        cells.extend(row)
        ends.extend([k] * len(row))
    rows, used = performance_rows(header, cells, frozenset(starts))
    if not used:
        return None
    shape = "pipe" if "|" in "".join(texts[: start + 1]) else "text"
    return rows, ends[used - 1] + 1, shape


# 100 %, 3500 公斤: a figure and its unit a text layer set apart, one cell (not 2 人员…)
_FIGURE_UNIT_SPACE = re.compile(
    r"(?<=\d)[ \xa0]+(?=(?:%|‰|％|(?:万|亿|千)?(?:[个家处座所条项件台套辆名户次元吨亩]|人次?|平方米"
    r"|公里|公斤|千米|小时|天|个?工作日))(?![\u4e00-\u9fff]))"
)
_BAR_LOOK = 12  # lines under the header that show whether bars stand between its cells


def _two_spaced_cells(line: str) -> list[str] | None:
    """清理水面垃圾    ≥300吨: a spaced row of two cells (its merged cells dropped)."""
    parts = re.split(r"\s{2,}|\u3000+|\t", line.strip())
    return [tidy(c) for c in parts] if len(parts) == 2 and "|" not in line else None


def _header_line(single_cell: SingleCell) -> Callable[[str], bool]:
    """一级指标 / 三级指标 / 指标值 alone on a line: a cell of a header written one a line."""

    def is_header_line(line: str) -> bool:
        cell = single_cell(line)
        return cell is not None and is_header_word(cell)

    return is_header_line
