"""Allocation tables (任务分解表): one target per place, from the amount column.

序号 | 街镇 | 2026年任务量（亩） | … gives, for each town and for the 总计 row, the amount as a
target: 马陆镇2026年任务量 ≥ 122.52 亩, due in the amount header's year (else the plan's end), an
increment when the header says 新增. The
columns after the amount (monthly milestones, parts such as 其中CD类) are left: a row's cells
after a merged cell do not stand under their headers. The table arrives from any reader (a
.docx/.html table, tab text, or one cell per line rebuilt by `read.allocation_tables`).
"""

from __future__ import annotations

import re

from plantrack.model import Location, Target
from plantrack.parse.numbers import normalise, parse_number
from plantrack.parse.target_words import INCREMENT_RE
from plantrack.read.allocation_tables import AMOUNT_HEADER, PLACE_HEADER

_UNIT_BRACKET = re.compile(r"[（(]([^（）()]{1,8})[）)]$")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_FIGURE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


def is_allocation_table(rows: list[list[str]]) -> bool:
    """序号 | a place | an amount: the header of an allocation table."""
    if len(rows) < 2 or len(rows[0]) < 3:
        return False
    header = [c.strip() for c in rows[0]]
    return (
        header[0] == "序号"
        and PLACE_HEADER.match(header[1]) is not None
        and AMOUNT_HEADER.search(header[2]) is not None
    )


def allocation_targets(
    rows: list[list[str]], *, node_id: str, location: Location, end_year: int | None, offset: int
) -> list[Target]:
    """One target per row with a place and a figure in the amount column; ids f"{node_id}.r{n}",
    spans on the row's line in the plan's text (`offset` = where the table's text starts)."""
    amount = rows[0][2].strip()
    unit_match = _UNIT_BRACKET.search(amount)
    unit = unit_match.group(1) if unit_match else None
    measure = amount[: unit_match.start()] if unit_match else amount
    year = _YEAR.search(measure)
    deadline = int(year.group(1)) if year else end_year or None
    kind = "increment" if INCREMENT_RE.match(measure) else "level"  # 新增充电桩（个）
    found: list[Target] = []
    start = offset + len("\t".join(rows[0])) + 1
    for n, row in enumerate(rows[1:], 1):
        line = "\t".join(row)
        cells = [c.strip() for c in row]
        figure = cells[2].replace(",", "") if len(cells) > 2 else ""
        value = parse_number(figure) if _FIGURE.match(figure) else None
        if value is not None and cells[1]:
            value_base, unit_base = normalise(value, unit)
            found.append(
                Target(
                    f"{node_id}.r{n}",
                    f"{cells[1]}{measure}",
                    value,
                    unit,
                    ">=",
                    kind,
                    deadline,
                    line,
                    location,
                    value_base=value_base,
                    unit_base=unit_base,
                    span=(start, start + len(line)),
                )
            )
        start += len(line) + 1
    return found
