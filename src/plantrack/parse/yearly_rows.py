"""A table of yearly targets by category, the year written once over its rows.

    上海市用户侧虚拟电厂规划目标（2025-2027年） 单位：万千瓦
    年度 | 资源类型 | 接入容量 | 申报可调能力 | 实际可调能力
    2025 | 充换电站 | 130 | 55 | 30
    楼宇空调 | 120 | 45 | 40          <- under the merged 2025 cell: one cell short
    2026 | 充换电站 | 150 | 60 | 40

One target per figure, named by its row's category and its column's measure (楼宇空调接入容量),
due in the year its row stands under; the unit from the column's bracket (接入容量（万千瓦）) or
the 单位： of a title row above the header.
"""

from __future__ import annotations

from plantrack.model import Location, Target
from plantrack.parse.allocation import table_target
from plantrack.parse.numbers import parse_number
from plantrack.read.allocation_tables import FIGURE, TABLE_UNIT, UNIT_BRACKET
from plantrack.read.yearly_tables import YEAR, YEAR_HEADER

_MIN_MEASURES = 1
_MAX_TITLE_ROWS = 2  # one-cell rows (a title, a unit line) above the header


def _header_at(rows: list[list[str]]) -> int | None:
    """The index of the 年度 | 类别 | measure … header row, after at most two title rows."""
    for h, row in enumerate(rows[: _MAX_TITLE_ROWS + 1]):
        cells = [c.strip() for c in row]
        if len(cells) >= 2 + _MIN_MEASURES and YEAR_HEADER.match(cells[0]):
            return h
        if len([c for c in cells if c]) > 1:
            return None
    return None


def is_yearly_table(rows: list[list[str]]) -> bool:
    """A 年度 | 类别 | measure … header with a year in the first cell of the row under it."""
    h = _header_at(rows)
    return h is not None and h + 1 < len(rows) and bool(YEAR.match(rows[h + 1][0].strip()))


def _units(rows: list[list[str]], h: int) -> list[str | None]:
    """Each column's unit: its bracket, else the title's 单位：."""
    title = next(
        (m.group(1) for row in rows[:h] for c in row if (m := TABLE_UNIT.search(c.strip()))), None
    )
    out: list[str | None] = []
    for cell in rows[h]:
        bracket = UNIT_BRACKET.search(cell)
        out.append(bracket.group(1) if bracket else title)
    return out


def yearly_targets(
    rows: list[list[str]], *, node_id: str, location: Location, offset: int
) -> list[Target]:
    """The targets of a yearly table by category (see the module); ids f"{node_id}.r{n}c{col}"."""
    h = _header_at(rows)
    if h is None:
        return []
    header = [UNIT_BRACKET.sub("", c).strip() for c in rows[h]]
    units = _units(rows, h)
    width = len(header)
    start = offset + sum(len("\t".join(r)) + 1 for r in rows[: h + 1])
    year: int | None = None
    found: list[Target] = []
    for n, row in enumerate(rows[h + 1 :], h + 1):
        line = "\t".join(row)
        cells = [c.strip() for c in row]
        lead = YEAR.match(cells[0]) if cells else None
        if lead:
            year = int(lead.group(1))
        elif len(cells) == width - 1:
            cells = ["", *cells]  # under a merged year cell: one cell short
        if year is not None and len(cells) == width and cells[1]:
            for col in range(2, width):
                figure = cells[col].replace(",", "")
                value = parse_number(figure) if FIGURE.match(figure) else None
                if value is None:
                    continue
                found.append(
                    table_target(
                        f"{node_id}.r{n}c{col}",
                        f"{cells[1]}{header[col]}",
                        (value, units[col], ">=", "level", year),
                        line,
                        location,
                        start,
                    )
                )
        start += len(line) + 1
    return found
