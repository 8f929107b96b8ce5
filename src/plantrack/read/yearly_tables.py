"""A table of yearly targets by category that arrived as text (rows apart by spaces, or one cell
per line), rebuilt from its cells in a stream:

    年度    资源类型    接入容量    申报可调能力
    2025    充换电站    130    55
    楼宇空调    120    45            <- the year written once over its rows
    2026    充换电站    150    60

The header runs from 年度 to the first year; after it, a year opens its rows and each row is a
category and one figure per measure. Every rebuilt row carries its year, so
`plantrack.parse.yearly_rows` reads it as it reads the table a Markdown copy gives.
"""

from __future__ import annotations

import re

from plantrack.read.allocation_tables import FIGURE
from plantrack.read.lexicon import EMPTY_CELLS

# the header cell over the years, and a year in its column (2025, 2025年)
YEAR_HEADER = re.compile(r"^(?:年度|年份|年|时间)$")
YEAR = re.compile(r"^((?:19|20)\d\d)\s*年?$")
_MIN_MEASURES = 1
_MAX_HEADER = 8


def yearly_rows(cells: list[str]) -> tuple[list[list[str]], int]:
    """(rows, header first, and the number of cells used) of a yearly table in `cells`; ([], 0)
    when the cells do not open with its header and a year."""
    if not cells or not YEAR_HEADER.match(cells[0]):
        return [], 0
    width = next((k for k, c in enumerate(cells[:_MAX_HEADER]) if YEAR.match(c)), 0)
    if width < 2 + _MIN_MEASURES or any(FIGURE.match(c) for c in cells[1:width]):
        return [], 0
    rows, year, i = [cells[:width]], "", width
    while i < len(cells):
        cell = cells[i]
        if lead := YEAR.match(cell):
            year, i = lead.group(1), i + 1
            continue
        figures = cells[i + 1 : i + width - 1]
        if (
            not year
            or FIGURE.match(cell)
            or len(figures) < width - 2
            or not all(FIGURE.match(f) or f in EMPTY_CELLS for f in figures)
        ):
            break
        rows.append([year, cell, *figures])
        i += width - 1
    return (rows, i) if len(rows) > 1 else ([], 0)
