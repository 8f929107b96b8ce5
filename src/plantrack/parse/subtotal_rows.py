"""Project lists whose places are summed in rows of their own: an allocation inside a list.

序号 | 站点类型 | 名称 | 位置 | 加油 | 充换电 | CNG | LNG | 加氢 | 计划建设年度 | 备注 lists one planned
station per row (√ under each function it will have); rows of a place (东城街道) and of the
whole (合计) count the stations of each function: 东城街道 | 5 | 6 |  | 2 | 3 |  |  . Such a row
has fewer cells than the header — its name stands for the columns before the counted ones — so
its figures stand under the header's last columns (a spreadsheet's copy writes the merged cell's
blanks instead). Each figure is a target: the place, what the
listed rows are (综合能源站, from their type column) and the function counted, due at the plan's
end. A list without such rows gives nothing here.
"""

from __future__ import annotations

import re

from plantrack.model import Location, Target
from plantrack.parse.allocation import table_target
from plantrack.parse.numbers import parse_number
from plantrack.read.allocation_tables import TOTAL_ROW
from plantrack.read.lexicon import ROW_INDEX_RE

_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:街道|镇|乡|区|县|市|新区|园区)$")
_COUNT = re.compile(r"^\d{1,5}$")
_MIN_SUMS = 2  # rows of places: fewer are no such list
_MIN_LISTED = 2  # listed rows under them
_KIND_OF_ROW = re.compile(r"^(.{2,12}?)[（(][^）)]*[）)]$")  # 综合能源站（三功能）


def _spread(row: list[str], width: int) -> list[str]:
    """A place row under the header's columns: a short row's name stands for the columns before
    its figures (merged), so blanks go after the name; a full row (a spreadsheet's copy of the
    merged cell) stays as it is."""
    cells = [c.strip() for c in row]
    return cells[:1] + [""] * (width - len(cells)) + cells[1:] if len(cells) < width else cells


def _sums(rows: list[list[str]], width: int) -> list[tuple[int, list[str]]]:
    """(index, cells under the header's columns) of the rows that sum a place: a place or 合计
    (its type column blank), then counts or blanks only."""
    out = []
    for n, row in enumerate(rows[1:], 1):
        cells = _spread(row, width) if len(row) >= 2 else []
        if (
            len(cells) != width
            or cells[1]
            or not (TOTAL_ROW.match(cells[0]) or _PLACE.match(cells[0]))
        ):
            continue
        values = [c for c in cells[1:] if c]
        if values and all(_COUNT.match(c) for c in values):
            out.append((n, cells))
    return out


def _what_is_listed(rows: list[list[str]], width: int) -> str:
    """What every listed row is (综合能源站 from 综合能源站（三功能）), or nothing."""
    kinds = set()
    for row in rows[1:]:
        if len(row) == width and ROW_INDEX_RE.match(row[0].strip()):
            m = _KIND_OF_ROW.match(row[1].strip())
            kinds.add(m.group(1) if m else row[1].strip())
    return kinds.pop() if len(kinds) == 1 else ""


def subtotal_targets(
    rows: list[list[str]], *, node_id: str, location: Location, end_year: int | None, offset: int
) -> list[Target]:
    """The figures of a project list's place rows (ids f"{node_id}.r{n}c{column}")."""
    header = [c.strip() for c in rows[0]]
    width = len(header)
    if width < 5 or header[0] != "序号":
        return []
    listed = sum(1 for r in rows[1:] if len(r) == width and ROW_INDEX_RE.match(r[0].strip()))
    sums = _sums(rows, width)
    if len(sums) < _MIN_SUMS or listed < _MIN_LISTED:
        return []
    what = _what_is_listed(rows, width)
    lines = ["\t".join(r) for r in rows]
    starts = [offset]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    found: list[Target] = []
    for n, cells in sums:
        for k, cell in enumerate(cells[1:], 1):
            value = parse_number(cell) if _COUNT.match(cell) else None
            if not value:
                continue
            metric = f"{cells[0]}{what}（{header[k]}）" if what else f"{cells[0]}{header[k]}"
            figures = (value, None, ">=", "level", end_year)
            found.append(
                table_target(f"{node_id}.r{n}c{k}", metric, figures, lines[n], location, starts[n])
            )
    return found
