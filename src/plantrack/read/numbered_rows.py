"""Rows of a table copied one cell per line whose rows open with a numbered name (1、地区生产
总值增长率 / 与市保持同步 / 9.8% / 区发改委), where cells wrap onto lines of their own
(…占区级税收 / 比重, 提升4个 / 百分点, 控制在 / 10410人内) and the last column runs over several
lines (区科委 / 区金融办): a row is everything from one numbered name to the next.
"""

from __future__ import annotations

import re

from plantrack.read.lexicon import words_column

_NUMBERED_NAME = re.compile(r"^\d{1,2}[、.．]\s*(?P<name>\D.*)$")
_DIGIT = re.compile(r"\d")
_WRAP_PIECE = 4  # characters: a line this short without a figure continues the cell above it
_NUMBERED_MIN = 3  # rows: fewer numbered names are no such table


def numbered(cells: list[str], header: list[str]) -> bool:
    """Whether the body cells hold enough numbered names to be rows of this kind, under a header
    with a column of words after the values (完成情况, 责任部门: cells that run over lines)."""
    if not any(words_column(c) for c in header):
        return False
    return sum(1 for c in cells if _NUMBERED_NAME.match(c)) >= _NUMBERED_MIN


def numbered_rows(cells: list[str], header: list[str], name: int) -> tuple[list[list[str]], int]:
    """The table (header first) and the number of cells used (all of them). The cells before the
    first numbered name are the category of every row (高质量发展); a later category line falls
    into the last column of the row before it."""
    rows = [header]
    width = len(header)
    starts = [i for i, c in enumerate(cells) if _NUMBERED_NAME.match(c)]
    if not starts:
        return rows, 0
    group = "".join(c for c in cells[: starts[0]] if c and not _DIGIT.search(c))
    for start, end in zip(starts, [*starts[1:], len(cells)], strict=True):
        chunk = [c for c in cells[start:end] if c]
        match = _NUMBERED_NAME.match(chunk[0])
        label, values = _name_and_values(match.group("name") if match else chunk[0], chunk[1:])
        row = [""] * width
        row[name] = label
        if name > 0:
            row[0] = group
        slots = width - name - 1
        if len(values) > slots > 0:
            values = [*values[: slots - 1], "、".join(values[slots - 1 :])]  # 区科委、区金融办
        for k, value in enumerate(values[:slots]):
            row[name + 1 + k] = value
        rows.append(row)
    return rows, len(cells)


def _name_and_values(name: str, rest: list[str]) -> tuple[str, list[str]]:
    """The row's name with its wrapped pieces, and its values with theirs."""
    k = 0
    while k < len(rest) and _continues_name(rest[k]):
        name += rest[k]
        k += 1
    values: list[str] = []
    for cell in rest[k:]:
        if values and _continues_value(values[-1], cell):
            values[-1] += cell
        else:
            values.append(cell)
    return name, values


def _continues_name(cell: str) -> bool:
    """比重 under …占区级税收: a short piece without a figure."""
    return len(cell) <= 2 and not _DIGIT.search(cell)


def _continues_value(value: str, cell: str) -> bool:
    """控制在 / 10410人内 (a bound waiting for its figure), 提升4个 / 百分点 (a unit cut off)."""
    if not _DIGIT.search(value) and _DIGIT.search(cell) and len(value) <= _WRAP_PIECE:
        return True
    return bool(_DIGIT.search(value)) and not _DIGIT.search(cell) and cell in _UNIT_PIECES


_UNIT_PIECES = ("百分点", "个百分点", "万元", "亿元", "万人", "以上", "以内", "左右")
