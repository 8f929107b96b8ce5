"""Tables flattened onto one line: a web page's table copied without its line breaks.

`附件 2009年各设区市造林绿化任务表 单位：万亩 设区市 合计 人工造林 封山育林 石家庄 30 20 10 承德 …`
or `主要指标 序号 指标 单位 2020年 2025年 属性 1 地区生产总值 亿元 …`: the caption, the header and
the rows run on in one line, cells apart by spaces. The line is cut where the header opens — a
place header (设区市, or 序号 before one) or a run of header cells (指标 | 单位 | 2025年 …, with
the 序号 or 类别 before them) — into the caption and the cells; `read.text_tables` reads the cells
as it reads a table copied one cell per line. Numbered rows run onto one line with a category
down the side are `plantrack.read.one_line_table`'s.
"""

from __future__ import annotations

import re

from plantrack.read.allocation_tables import FIGURE, PLACE_HEADER
from plantrack.read.header_cells import first_cell, is_header_cell
from plantrack.read.yearly_tables import YEAR, YEAR_HEADER

_MIN_TOKENS = 12
_MIN_FIGURED = 6  # cells with a figure in them
_HEADER_RUN = 3  # header cells in a row that open an indicator table
# 市 别: a header cell a copy spaced out, as an old table centred its two characters
_SPACED_HEADER = re.compile(r"(?<![\u4e00-\u9fff])([市县区])\s+别(?![\u4e00-\u9fff])")
_HEADERISH = re.compile(r"^[^\d，。：:；;、]{1,8}$")  # a short word, no figure, no clause mark
_DIGIT = re.compile(r"\d")  # a cell with a figure in it (44%以上, 增长5%左右, 130)
# 拆除面积(万平方米), 项目(个): a column named with its unit in brackets
_MEASURE = r"[^\d（）()，。；：:、\s]{1,16}[（(][^（）()\d\s]{1,8}[）)]"
_MEASURE_CELL = re.compile(rf"^{_MEASURE}$")
_GLUED_MEASURES = re.compile(rf"^(?:{_MEASURE}){{2,}}$")  # 拆除面积(万平方米)投资额(亿元)
_MEASURE_END = re.compile(r"(?<=[）)])")
_LONE_CHAR = re.compile(r"^[\u4e00-\u9fff]$")
_MEASURES_RUN = 2  # columns named with their units that head a table without a corner cell
_CORNER = "地区"  # the empty corner over the names of the rows, named as a place column is


def _header_run(tokens: list[str], h: int) -> bool:
    """Tokens h, h+1, h+2 are header cells (指标 单位 2025年), or a first cell before them."""
    start = h + 1 if first_cell(tokens[h]) else h
    run = tokens[start : start + _HEADER_RUN]
    return len(run) == _HEADER_RUN and all(is_header_cell(t) for t in run)


def _tokens(text: str) -> list[str]:
    """The words of a line apart by spaces, as cells: header cells a copy ran together split
    after each unit's bracket, a two-character name spaced out (承 德, to line up with 石家庄)
    joined when a figure follows it."""
    tokens: list[str] = []
    for token in _SPACED_HEADER.sub(r"\1别", text).split():
        glued = _GLUED_MEASURES.match(token)
        tokens += [t for t in _MEASURE_END.split(token) if t] if glued else [token]
    out: list[str] = []
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        lone = _LONE_CHAR.match(token) and out and _LONE_CHAR.match(out[-1])
        if lone and FIGURE.match(after) and (len(out) < 2 or not _LONE_CHAR.match(out[-2])):
            out[-1] += token
        else:
            out.append(token)
    return out


def _opens_measures(tokens: list[str], h: int) -> bool:
    """城市拆除面积(万平方米) 投资额(亿元) 项目(个) 石家庄 400 …: columns named with their units,
    no corner cell over the names of the rows, then a name and a figure."""
    run = 0
    while h + run < len(tokens) and _MEASURE_CELL.match(tokens[h + run]):
        run += 1
    rest = tokens[h + run : h + run + 2]
    return (
        run >= _MEASURES_RUN
        and len(rest) == 2
        and not FIGURE.match(rest[0])
        and bool(FIGURE.match(rest[1]))
    )


def _header_start(tokens: list[str], h: int) -> int:
    """Where a header whose run of header cells starts at h opens: at the 序号 or 类别 up to
    three words before it (序号 任务内容 2024年目标 …: 任务内容 names no column's kind)."""
    for k in range(h - 1, max(h - 1 - _HEADER_RUN, -1), -1):
        if not _HEADERISH.match(tokens[k]):
            break
        if first_cell(tokens[k]):
            return k
    return h


def _opens_place_table(tokens: list[str], h: int) -> bool:
    """设区市 | 合计 | …, 序号 | 县区 | …: a place header, not a figure after it; or 年度 |
    资源类型 | 接入容量 | … before the first year (a yearly table, `read.yearly_tables`)."""
    if tokens[h] == "序号" and PLACE_HEADER.match(tokens[h + 1]):
        return True
    if YEAR_HEADER.match(tokens[h]):
        width = next((k for k, t in enumerate(tokens[h : h + 8]) if YEAR.match(t)), 0)
        return width >= 3 and not any(FIGURE.match(t) for t in tokens[h + 1 : h + width])
    return bool(PLACE_HEADER.match(tokens[h])) and not FIGURE.match(tokens[h + 1])


def one_line_cells(text: str) -> tuple[str, list[str]] | None:
    """(caption, cells) of a table run onto the one line `text`, or None when the line is no
    such table: too few words or cells with figures, or no header. A place header counts only before any
    figure (after one it is a word of prose with spaces in it: 2020 年全 市 …); a run of header
    cells counts anywhere (部门编码: 316 … 一级指标 二级指标 三级指标 目标值)."""
    if "\n" in text.strip():
        return None
    tokens = _tokens(text)
    if len(tokens) < _MIN_TOKENS or sum(1 for t in tokens if _DIGIT.search(t)) < _MIN_FIGURED:
        return None
    prose = False  # a figure seen before any header
    for h, token in enumerate(tokens[:-_HEADER_RUN]):
        if _opens_measures(tokens, h):
            return " ".join(tokens[:h]), [_CORNER, *tokens[h:]]
        if (not prose and _opens_place_table(tokens, h)) or (
            (first_cell(token) or is_header_cell(token)) and _header_run(tokens, h)
        ):
            start = _header_start(tokens, h)
            if not first_cell(tokens[start]) and first_cell(tokens[start + 1]):
                start += 1  # 城市更新指标一览 before 类别 | 序号 | 指标: the caption's last word
            return " ".join(tokens[:start]), tokens[start:]
        prose = prose or (
            bool(FIGURE.match(token)) and not (YEAR.match(token) and tokens[h + 1].startswith("年"))
        )
    return None
