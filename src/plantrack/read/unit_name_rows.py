"""Rows of a progress table copied one cell per line whose indicator carries its unit in brackets
(城镇新增就业(人) / 26000 / 市人力资源社会保障局 / 32095 / 123.4 / 超额完成): under a header with a
target column (目标任务), each such name with a figure on the next line is a row (指标, 单位,
目标); the cells up to the next row (owner, progress, rate, remark) are kept as its 进展 cell.
"""

from __future__ import annotations

import re

_UNIT_NAME = re.compile(
    r"^(?:\d{1,3}\*?[、.．])?(?P<name>.{0,50}?[\u4e00-\u9fff].{0,50}?)"
    r"(?P<bound>不低于|不少于|不高于|不超过|低于|高于|超过|达到)?[（(](?P<unit>[^（()）\d]{1,6})[)）]$"
)
_FIGURE = re.compile(r"^[<>≤≥]?\d+(?:\.\d+)?$")
_MIN_ROWS = 3  # fewer such rows are no table
_MAX_BEFORE = 12  # header cells between the target header and the first row, at most
_MAX_BETWEEN = 16  # cells of one row after its figure, at most: further on the table has ended
HEADER = ["指标", "单位", "目标", "进展"]


def unit_name_rows(cells: list[str]) -> tuple[list[list[str]], int]:
    """The table (header first) and the number of cells used, from `cells` that open with the
    target header; ([], 0) when fewer than three rows are found."""
    rows: list[list[str]] = []
    used = 0
    k = 1
    while k < len(cells):
        name = _UNIT_NAME.match(cells[k])
        if name and k + 1 < len(cells) and _FIGURE.match(cells[k + 1]):
            # 城镇登记失业率低于(%) / 4.3: the bound belongs to the figure
            figure = (name.group("bound") or "") + cells[k + 1]
            rows.append([name.group("name"), name.group("unit"), figure, ""])
            k += 2
            used = k
            continue
        if (not rows and k > _MAX_BEFORE) or (rows and k - used >= _MAX_BETWEEN):
            break
        if rows:
            rows[-1][3] = " ".join(c for c in (rows[-1][3], cells[k]) if c)
        k += 1
    if len(rows) < _MIN_ROWS:
        return [], 0
    if k - used < _MAX_BETWEEN:
        used = k  # the last row's progress cells run to the end of the cells
    else:
        rows[-1][3] = ""  # cells past the table are no progress of its last row
    return [HEADER, *rows], used
