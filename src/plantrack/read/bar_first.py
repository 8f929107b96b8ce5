"""Cells copied one per line with the bar before each (`| 权重`, `| 31000`, `| | 2`): rewritten
as the cell-per-line shape the table readers know (`权重 |`), one block per cell.

A converter that flattens an HTML table this way starts every cell with `| `; an empty cell is
a bar alone, two cells can share a line (`| | 2`: an empty cell, then the next row's 序号), and a
cell wrapped over two lines goes on without a bar (`| 2015年` / `目 标`) — a short bare line between
two bar lines; after the last one it is the text after the table.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from plantrack.model import Block

_MIN_BAR_LINES = 8  # lines opening with a bar: fewer are no such table
_MAX_WRAP = 12  # characters: a bare line this short after a bar line goes on with its cell
_FIRST_HEADER_CELLS = ("序号", "编号")


def _bar_first(text: str) -> bool:
    """`| 权重`, `| | 2` or a bar alone: a line of this shape (not a pipe row, `| a | b |`)."""
    stripped = text.strip()
    return stripped.startswith("|") and (stripped == "|" or not stripped.endswith("|"))


def _bar_cell(text: str) -> bool:
    """A bar with a cell after it (a bar alone between bare cells is another shape)."""
    return _bar_first(text) and text.strip() != "|"


def _run_end(blocks: list[Block], i: int) -> int:
    """Where the run of bar-first lines (and their wrapped pieces) from block i ends."""
    k = i
    while k < len(blocks) and blocks[k].kind == "paragraph":
        text = blocks[k].text.strip()
        if not _bar_first(text) and not (
            k > i
            # a short bare line after a cell goes on with it (`| 2015年` / `目 标`); after a bar
            # alone it is the next row's 序号 written bare (`|` / `2` / `| 温州市`)
            and _bar_first(blocks[k - 1].text)
            and 0 < len(text) <= _MAX_WRAP
            and "|" not in text
            and k + 1 < len(blocks)
            and _bar_first(blocks[k + 1].text)  # inside the run, not the line after it
        ):
            break
        k += 1
    return k


def _rows_closed(run: list[Block]) -> bool:
    """Rows closed by a bar alone, each next one numbered bare (`| 8.12` / `|` / `2`)."""
    return any(a.text.strip() == "|" and not _bar_first(b.text) for a, b in pairwise(run))


def _cells(run: list[Block]) -> list[tuple[Block, str]]:
    cells: list[tuple[Block, str]] = []
    for block in run:
        text = block.text.strip()
        if not _bar_first(text):
            cells[-1] = (cells[-1][0], cells[-1][1] + text)  # 2015年 / 目 标: one cell
            continue
        cells.extend((block, piece.strip()) for piece in text.split("|")[1:])
    return cells


def bar_first_cells(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks with each run of bar-first cells rewritten one cell per block (`cell |`, or `|`
    for an empty one), and a repair line for each run."""
    out: list[Block] = []
    repairs: list[str] = []
    i = 0
    while i < len(blocks):
        end = _run_end(blocks, i) if _bar_first(blocks[i].text) else i + 1
        bars = sum(1 for b in blocks[i:end] if _bar_cell(b.text))
        if bars < _MIN_BAR_LINES:
            out.extend(blocks[i:end])  # a run from a later line would end here too, with fewer
            i = end
            continue
        if out and out[-1].text.strip() in _FIRST_HEADER_CELLS:
            # 序号 written bare before the run (`序号` / `| 建设地点`): the header's first cell
            out[-1] = replace(out[-1], text=f"{out[-1].text.strip()} |")
        cells = _cells(blocks[i:end])
        if blocks[end - 1].text.strip() == "|" and _rows_closed(blocks[i:end]):
            cells.pop()  # the bar that closes the last row (`| 1.35` / `|`), no cell of its own
        for block, cell in cells:
            out.append(replace(block, text=f"{cell} |" if cell else "|"))
        line = blocks[i].line
        repairs.append(
            f"line {line}: {bars} lines of cells with the bar before each read one cell a line"
        )
        i = end
    return out, repairs
