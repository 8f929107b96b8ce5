"""A table a converter flattened into one line: its header and rows split back into lines.

A plan's plain-text copy can keep a small table as one line whose cells stand apart by runs of
spaces (often no-break spaces): `五年内增殖牲畜的指标如下：  种类  1952年数  1957年计划数  马
613万匹  834万匹  …`. The header is found by its vocabulary, as for any table that arrives as
text (`header_cells`); its length gives the row length, and the line is cut into a caption, a
header line, a line per row and the text after, each with its cells two spaces apart, so that
`text_tables` rebuilds the table as it does any space-separated one.
"""

from __future__ import annotations

import re

from plantrack.model import Block
from plantrack.read.header_cells import columns_of, first_cell, is_header_cell

_GAP = re.compile(r"[ \t\u3000\xa0]{2,}")
_MIN_GAPS = 8  # runs of spaces in a line: fewer cannot hold a header and two rows
_MIN_COLUMNS = 3
_MIN_ROWS = 2
_MAX_NAME = 16  # characters of a row's first cell (the indicator's name)
_DIGIT = re.compile(r"\d")
_CLAUSE_MARK = re.compile(r"[，。：；,:;]")
_HEADER_YEAR = re.compile(r"(?:19|20)\d\d年")


def unflatten_rows(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Blocks with every one-line table split into lines, and a repair line for each."""
    out: list[Block] = []
    repairs: list[str] = []
    for block in blocks:
        lines = _split(block.text) if block.kind == "paragraph" else None
        if lines is None:
            out.append(block)
            continue
        out.extend(Block(line, "paragraph", line=block.line, page=block.page) for line in lines)
        repairs.append(
            f"line {block.line}: split a table flattened into one line into {len(lines)} lines"
        )
    return out, repairs


def _split(text: str) -> list[str] | None:
    """The caption, header, rows and text after of a one-line table, or None."""
    if len(_GAP.findall(text)) < _MIN_GAPS:
        return None
    pieces = [p.strip() for p in _GAP.split(text.strip())]
    start = next((i for i, p in enumerate(pieces) if _header_cell(p)), None)
    if start is None:
        return None
    end = start
    while end < len(pieces) and _header_cell(pieces[end]) and not _value(pieces[end]):
        end += 1
    header = pieces[start:end]
    if len(header) < _MIN_COLUMNS or columns_of(header) is None:
        return None
    width = len(header)
    rows = []
    at = end
    while at + width <= len(pieces) and _row(pieces[at : at + width]):
        rows.append(pieces[at : at + width])
        at += width
    if len(rows) < _MIN_ROWS:
        return None
    lines = ["  ".join(pieces[:start])] if start else []
    lines += ["  ".join(header)] + ["  ".join(row) for row in rows]
    if at < len(pieces):
        lines.append("  ".join(pieces[at:]))
    return lines


def _header_cell(piece: str) -> bool:
    """种类, 1952年数, 指标: a header's cell (not the caption before it, …指标如下：)."""
    return (is_header_cell(piece) or first_cell(piece)) and not _CLAUSE_MARK.search(piece)


def _value(piece: str) -> bool:
    """613万匹, 5,660万头, 136: a cell that holds a figure (not 1952年数, a header's year)."""
    return bool(_DIGIT.search(_HEADER_YEAR.sub("", piece)))


def _row(cells: list[str]) -> bool:
    """A name without figures, then figures (a dash for an empty cell)."""
    name, values = cells[0], cells[1:]
    return (
        0 < len(name) <= _MAX_NAME
        and not _DIGIT.search(name)
        and all(_value(c) or c in ("-", "—", "－") for c in values)
    )
