"""A table run together onto one line, as a .doc's text often arrives: header cells one space
apart, then numbered rows (`监测指标 单位 权重 目标值 1.贫困残疾人生活补助比例 % 4 ≥50 社 2.…`).

It is split into the text before the header, a header line and a line per row, the shape the
table readers know (cells one space apart). A category written down the side, one character a
row (社 / 会 / 保 / 障), and page marks (`- 5 -`) are not cells and are dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plantrack.model import Block
from plantrack.read.header_cells import is_header_cell

_MIN_HEADER = 3  # header cells in a run
_MIN_ROWS = 3  # numbered rows
_ROW_START = re.compile(r" (?=\d{1,2}[.．、][^\d\s])")
_PAGE_MARKS = re.compile(r"(?:\s+[-—]\s*\d+\s*[-—])+\s*$")
_SIDE_CHARACTER = re.compile(r"\s+[\u4e00-\u9fff]$")


def _header_start(pieces: list[str]) -> int | None:
    """Where a run of header cells starts that the first numbered row follows, or None."""
    for end, piece in enumerate(pieces):
        if not re.match(r"1[.．、][^\d\s]", piece):
            continue
        start = end
        while start > 0 and is_header_cell(pieces[start - 1]):
            start -= 1
        if end - start >= _MIN_HEADER:
            return start
    return None


def _row(text: str) -> str:
    text = _PAGE_MARKS.sub("", text)
    return _SIDE_CHARACTER.sub("", text)


def _split(text: str) -> list[str] | None:
    """The lines a one-line table splits into, or None when the text is no such table."""
    pieces = text.split(" ")
    start = _header_start(pieces)
    if start is None:
        return None
    before = " ".join(pieces[:start]).strip()
    rows = _ROW_START.split(" ".join(pieces[start:]))
    if len(rows) - 1 < _MIN_ROWS:
        return None
    return [*([before] if before else []), rows[0], *(_row(r) for r in rows[1:])]


def one_line_tables(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks with each table run together onto one line split a line per row, and a repair
    line for each."""
    out: list[Block] = []
    repairs: list[str] = []
    for block in blocks:
        lines = _split(block.text) if block.kind == "paragraph" and "1." in block.text else None
        if lines is None:
            out.append(block)
            continue
        out.extend(replace(block, text=line) for line in lines)
        repairs.append(
            f"line {block.line}: a table run onto one line split into {len(lines)} lines"
        )
    return out, repairs
