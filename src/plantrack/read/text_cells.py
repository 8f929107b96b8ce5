"""The cells of a line of a table copied as text: a pipe row, cells apart by runs of spaces or by
one space (a PDF's text layer), one cell a line (with a bar after it or none), and whether two
lines are one cell or the text after the table (`text_tables` rebuilds the table from them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from plantrack.model import Block
from plantrack.read.allocation_tables import (
    PLACE_HEADER,
    UNIT_BRACKET,
    place_first,
)
from plantrack.read.cell_rows import ATTR, CATEGORY_NOTE, STOP
from plantrack.read.header_cells import (
    YEAR_CELL_RE,
    YEAR_ONLY,
    columns_of,
    first_cell,
    is_header_cell,
    tidy,
)
from plantrack.read.task_tables import (
    task_header,
)
from plantrack.read.wrapped_headers import (
    HEADER_TAIL,
    PERIOD_ONLY,
)

# characters of one cell on its own line (至2026年底，…；至2030年，…: a worded target)
_MAX_CELL = 200

_PROBE_LINES = 12  # lines read to tell whether a cell-per-line table puts blank lines between cells


def cells_blank_separated(blocks: list[Block]) -> bool:
    """Cells separated by blank lines (each line number two past the one before), so that two
    lines with nothing between them are one cell (基准值 / （2020年）, 120.14 / 平方公里)."""
    gaps = [
        b.line - a.line
        for a, b in pairwise(blocks[:_PROBE_LINES])
        if a.line is not None and b.line is not None
    ]
    return len(gaps) >= 4 and sum(1 for g in gaps if g >= 2) * 2 > len(gaps)


def same_cell(before: Block, block: Block) -> bool:
    """Two lines of one cell: no blank line between them (a 注 line, or a heading after a 属性
    cell, starts the text after)."""
    text = block.text.strip()
    if STOP.match(text) or ATTR.match(before.text.strip()) or _AFTER_TABLE.match(text):
        return False
    if before.line is None or block.line is None:
        return False
    if block.page != before.page and before.text.rstrip().endswith(_RUNS_ON):
        return True  # 房管局、 / — 8 — / 投资办: a page's furniture between a cell's two lines
    return block.line - before.line == 1


_RUNS_ON = ("、", "，", ",", "；", "（", "(", "—", "-", "和", "及", "与")


# 三、行动任务, 第四章: a heading; or a sentence — the text after the table, not a cell's line
_AFTER_TABLE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节]|.{6,}[，；].*。$)"
)


def blank_lines(before: Block, block: Block) -> int:
    """The number of blank lines between two lines of the text."""
    if before.line is None or block.line is None:
        return 0
    return max(block.line - before.line - 1, 0)


# “十四五” / 完成值, 基准值 / （2020年）: a header cell written over two lines


def split_row(line: str, lone: bool = False) -> list[str] | None:
    """Cells of a pipe row or a row of space-separated cells; None for a single cell (with
    `lone`, inside a table, a pipe row with one filled cell is a row: a category row)."""
    stripped = line.strip()
    if stripped == "|":
        return []  # a bar alone between two pipe rows (a page's row rule): no cells
    # (一、发展目标 | between pipe rows: a category row with its one bar)
    if line.count("|") >= 2 or (lone and stripped.endswith("|") and len(stripped) > 1):
        cells = [tidy(c) for c in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            return []  # a Markdown separator row
        return cells if sum(1 for c in cells if c) >= 2 - lone else None
    parts = re.split(r"\s{2,}|\u3000+|\t", line.strip())
    if all(len(c) == 1 for c in parts):
        return None  # 指  标  名  称: one word spaced out, a single cell
    return [tidy(c) for c in parts] if len(parts) >= 3 else None


_MAX_SPACED_CELL = 60  # characters: a longer piece between single spaces is prose
_LOOSE_HEADER = 6  # pieces: a header this long may hold one word not known as a header's


WRAPPED_LOOK = 8  # lines: a wrapped header's first line and its cells below it


# 指标名称 单位 2015 年 (a PDF's text layer spaces a year from 年): one cell, not two
YEAR_SPACE = re.compile(r"(?<=\d{4})[ \xa0](?=年(?:\s|$))")


def header_tail_line(text: str) -> bool:
    """目标值, 2010年, 实现值, 权重: one header cell alone on its line."""
    cell = YEAR_SPACE.sub("", text.strip())
    return (
        bool(cell)
        and " " not in cell
        and bool(HEADER_TAIL.match(cell) or PERIOD_ONLY.match(cell) or is_header_cell(cell))
    )


def single_spaced_header(line: str) -> list[str] | None:
    """序号 指标 单位 2025年 2030年 属性, 街镇 2026年任务量（亩） … — every piece a header cell and
    the columns an indicator, allocation or task table's — as its cells, else None."""
    cells = YEAR_SPACE.sub("", line).split()
    if len(cells) < 3:
        return None
    if task_header(cells, numbered=False) == len(cells):
        return cells  # 序号 任务内容 2024年目标 … 牵头单位
    if place_first(cells) and sum(1 for c in cells if UNIT_BRACKET.search(c)) >= 2:
        return cells  # 地区 充电站(座) 换电站(座) … 服务半径: amounts counted in their units
    # 领域 任务 序号 指标名称 …: one piece of a long header may be a word of its own
    others = sum(1 for c in cells if not _header_piece(c))
    if others > (1 if len(cells) >= _LOOSE_HEADER else 0):
        return None
    return cells if columns_of(cells) is not None or place_first(cells) else None


def _header_piece(cell: str) -> bool:
    """指标, 2025年, 序号, 街镇, 新增充电桩（个）, “十四五”规划新增: a header's cell."""
    return (
        is_header_cell(cell)
        or first_cell(cell)
        or PLACE_HEADER.match(cell) is not None
        or UNIT_BRACKET.search(cell) is not None
    )


def single_spaced_row(line: str, lone: bool = False) -> list[str] | None:
    """The cells of a row whose cells stand one space apart (a PDF's text layer), or None for a
    line of one piece (a category row or the text after the table) or of prose."""
    cells = line.split()
    if len(cells) < 2 or any(len(c) > _MAX_SPACED_CELL for c in cells):
        return None
    return [tidy(c) for c in cells]


def bar_cells(line: str) -> list[str] | None:
    """The cells of a line with a bar (`属 性 | 约束性 | 预期性 |`, `主 要 指 标 |`), else None."""
    if "|" not in line:
        return None
    return [tidy(c) for c in line.strip().strip("|").split("|")]


# 1 | ||, 100% | ||||: a cell, then the bars of the empty cells its row merged into it
_FILLER_BARS = re.compile(r"(?<=[^|\s])\s*\|[\s|]*\|\s*$")


def single_cell(line: str) -> str | None:
    """`指标 |` or a bare short line: one cell of a cell-per-line table."""
    stripped = _FILLER_BARS.sub(" |", line.strip())
    if stripped.count("|") == 1 and stripped.endswith("|"):
        return tidy(stripped)
    if stripped == "|":
        return ""
    if "|" in stripped or len(stripped) > _MAX_CELL or (len(stripped) > 60 and "。" in stripped):
        return None  # a paragraph: the text after the table (a long cell has no full stop)
    return tidy(stripped)


def row_or_cell(line: str, split: Callable[..., list[str] | None] = split_row) -> list[str] | None:
    """A line's cells: a row as `split` reads it (spaced or pipe cells, or cells one space
    apart), or one cell."""
    single = single_cell(line)
    return split(line) or ([single] if single else None)


def year_cell(line: str) -> bool:
    """2020年 | on a line of its own: a year's column header."""
    cell = single_cell(line)
    return bool(cell and YEAR_CELL_RE.match(cell))


def bare_year_column(cells: list[tuple[int, str]], h: int) -> bool:
    """单位 | 2020 | 2025 | 性质: a bare year after a header cell names a year column."""
    if h == 0 or not YEAR_ONLY.match(cells[h][1]):
        return False
    return is_header_cell(cells[h - 1][1]) or bare_year_column(cells, h - 1)


def bare_category(line: str) -> str:
    """A category line without the mark before it and the note after it (※能源生产供应（除…外）)."""
    return CATEGORY_NOTE.sub("", line.strip().lstrip("※★■"))


def category_line(line: str) -> bool:
    """A short line without clause punctuation or figures: a category row's one cell (a mark
    before it and a bracketed note after it aside: ※能源生产供应（除…外））."""
    stripped = bare_category(line)
    return 0 < len(stripped) <= 12 and not re.search(r"[，。；：,;:|\d]", stripped)
