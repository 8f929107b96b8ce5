"""Rows of an indicator table that lost the cells merged over them, realigned.

A table copied to text (Markdown from a web page) writes a merged cell once: the rows under a
category cell (能源利用效率提升 over three rows) start one cell early, and the second row of an
indicator whose name stands over two rows (★煤炭消费量及比重 | 万吨 | … over | % | …) starts two
cells early; each such row ends in as many blank cells, or is as many cells short. A row whose unit stands where the unit
column is once it is moved right by its blank tail is moved; a row left without a name takes the
name of the row above it (the merged name), its measure told apart by its own unit.
"""

from __future__ import annotations

import re

from plantrack.read.lexicon import UNIT_RE


def _is_unit(cell: str) -> bool:
    cell = cell.strip()
    return bool(cell) and (cell == "%" or UNIT_RE.fullmatch(cell) is not None)


def realigned(rows: list[list[str]], header: int, name: int, unit: int | None) -> list[list[str]]:
    """The table's rows with each early-starting row moved under its columns (see the module)."""
    if unit is None or unit <= name:
        return rows
    out = [list(r) for r in rows]
    width = len(rows[header])
    above = ""
    for r in range(header + 1, len(out)):
        row = out[r]
        if len(row) < 2:
            continue  # 电力方面: a category row of one cell
        missing = max(0, width - len(row))  # a row written without its merged cells at all
        row = row + [""] * missing
        blank = len(row) - len([c for c in row if c.strip()])
        tail = 0
        while tail < len(row) and not row[len(row) - 1 - tail].strip():
            tail += 1
        if not _is_unit(row[unit]):
            for shift in range(1, min(tail, unit) + 1):
                if _is_unit(row[unit - shift]):
                    row = [""] * shift + row[: len(row) - shift]
                    break
        if blank and not row[name].strip() and _is_unit(row[unit]) and above:
            row[name] = above  # the second row of a name merged over two rows
        above = row[name].strip() or above
        out[r] = row
    return out


_FIGURE = re.compile(r"[\s≥≤><＞＜约]*[-－]?\d")


def without_merged_lead(rows: list[list[str]], header: int, name: int) -> list[list[str]]:
    """The rows with a category cell merged over them written in one row only (能耗总量<br>（供给
    底数） | 能耗总量（…）（万吨标煤） | 84.9 | 90.56 | 103.05 under a header of four) dropped from
    it: that row has one cell more than the header, two worded cells before its figures."""
    width = len(rows[header])
    out = []
    for r, row in enumerate(rows):
        cells = [c.strip() for c in row]
        if (
            r > header
            and len(cells) == width + 1
            and all(c and not _FIGURE.match(c) for c in cells[name : name + 2])
            and _FIGURE.match(cells[name + 2] or "0")
        ):
            row = row[:name] + row[name + 1 :]
        out.append(row)
    return out
