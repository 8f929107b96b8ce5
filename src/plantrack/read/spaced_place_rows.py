"""Allocation tables from a PDF's text layer: one row per line, cells apart by single spaces.

A converter without layout keeps each row of a quota table on one line (`2 金安区 42 +32 2 +1 33
75`) but writes its header as the cells came off the page, a cell wrapped over two lines on two
lines and the cells under a group on a line of their own:

    序号 县区 现状
    规划
    规划期末
    总数
    新建 迁建(不计入总数） 点升站 小计增加

The rows (a 序号 counting up from 1 and a place, or 合计, then figures, `/` or `-` where a cell
is empty) give the width; the header is rebuilt as two rows — the top cells and the cells under
the group — for `parse.allocation` to place the group's columns. The first line after 序号's is
the group; the lines after it, one word each, are one wrapped cell. A figure's `+` (a planned
addition) is dropped; the caption's 单位 goes into each amount header that names none.
"""

from __future__ import annotations

import re
from collections import Counter

from plantrack.read.allocation_tables import PLACE_HEADER, TOTAL_ROW, UNIT_BRACKET
from plantrack.read.lexicon import UNIT_RE

# 2 金安区 42 +32 2 +1 33 75 ; 合计 371 236 13 +3 239 610
_ROW = re.compile(
    r"^\s*(?:(?P<index>\d{1,2})\s+(?P<place>[\u4e00-\u9fff（）()]{2,16})|(?P<total>\S{2,6}))"
    r"(?P<cells>(?:\s+(?:[+＋]?\d[\d,]*(?:\.\d+)?|[/／—–-]))+)\s*$"
)
_ADMIN_END = re.compile(r"(?:镇|街道|乡|区|县|市|新区|园区|管委会|社区|村|合计|总计)$")
_UNIT = re.compile(rf"(?:{UNIT_RE.pattern})$")
_MAX_HEADER_LINES = 8
_MAX_HEADER_LINE = 40  # characters: a longer line is prose, not a header's cells
_MIN_ROWS = 3


def _cells(line: str) -> list[str]:
    return line.split()


def _header(lines: list[list[str]], width: int) -> list[list[str]] | None:
    """The header as one row, or as a top row and the row under its group; None when the lines
    cannot make a header for rows `width` cells wide."""
    flat = [c for line in lines for c in line]
    if len(flat) == width:
        return [flat]
    if len(lines) < 3 or len(lines[-1]) < 2:
        return None
    first, middle, under = lines[0], lines[1:-1], lines[-1]
    top_width = width - len(under) + 1  # the group cell stands over the cells under it
    if len(first) + sum(len(m) for m in middle) == top_width:
        return [[*first, *(c for m in middle for c in m)], under]
    wanted = top_width - len(first)  # the group and the wrapped cell after it
    if wanted != 2 or any(len(m) != 1 for m in middle):
        return None
    return [[*first, middle[0][0], "".join(m[0] for m in middle[1:])], under]


def _with_unit(cell: str, unit: str | None) -> str:
    """The header cell with the caption's unit, unless it names its own (迁建(不计入总数）: a note
    in brackets, not a unit)."""
    own = UNIT_BRACKET.search(cell)
    if (
        not unit
        or cell == "序号"
        or PLACE_HEADER.match(cell)
        or (own and _UNIT.match(own.group(1)))
    ):
        return cell
    return f"{cell}（{unit}）"


def spaced_place_rows(texts: list[str], unit: str | None) -> tuple[list[list[str]], int]:
    """The rows (header rows first) of an allocation table whose first line is 序号 and a place
    header apart by spaces, and the number of lines used; ([], 0) when `texts` do not open such
    a table."""
    first = _cells(texts[0]) if texts else []
    if len(first) < 3 or first[0] != "序号" or not PLACE_HEADER.match(first[1]):
        return [], 0
    head = [first]
    k = 1
    while k < len(texts) and (m := _ROW.match(texts[k])) is None:
        if k > _MAX_HEADER_LINES or len(texts[k]) > _MAX_HEADER_LINE:
            return [], 0
        head.append(_cells(texts[k]))
        k += 1
    rows: list[list[str]] = []
    number = 0
    for text in texts[k:]:
        m = _ROW.match(text)
        if m is None:
            break
        figures = [c.lstrip("+＋") for c in m.group("cells").split()]
        if m.group("index"):
            if int(m.group("index")) != number + 1 or not _ADMIN_END.search(m.group("place")):
                break
            number += 1
            rows.append([m.group("index"), m.group("place"), *figures])
        elif TOTAL_ROW.match(m.group("total")) and number:
            rows.append(["", m.group("total"), *figures])
        else:
            break
    if number < _MIN_ROWS:
        return [], 0
    width = Counter(len(r) for r in rows).most_common(1)[0][0]
    header = _header(head, width)
    if header is None:
        return [], 0
    header = [[_with_unit(c, unit) for c in row] for row in header]
    return [*header, *rows], k + len(rows)
