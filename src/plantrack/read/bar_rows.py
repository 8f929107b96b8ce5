"""Pipe rows broken after every bar: a bar alone opens a row, each cell stands on a line closed
by a bar (`服务业增加值 |`), and the row's last cell carries the bars that close it (`市发改委 | |`,
an empty one `| ||`). Read as the table block a Markdown pipe table gives, a row for each.

A Markdown table whose rows were re-flowed a cell a line arrives this way; inside a row a bar
alone is an empty cell (the growth column of a row without one). A line without its bar after
the run (`1`, a copy cut inside a cell) is not read as a cell: its figure may be cut too.

Another copy opens every row with a bar alone and closes none (`|` / `地区生产总值 |` / `6左右 |` /
`4 |` / `|` / …): there every bar alone opens a row, and every row must have the header's cells.
"""

from __future__ import annotations

from dataclasses import replace

from plantrack.model import Block

_MIN_ROWS = 3  # rows closed by their bars: fewer are no such table


def _kind(text: str) -> str | None:
    """What a line is in such a run: "open" (a bar alone), "cell" (`服务业增加值 |`), "end" (a
    last cell and the bars that close its row: `市发改委 | |`, `| ||`), or None (a pipe row
    `| a | b |` has cells after its first bar: another shape)."""
    if text == "|":
        return "open"
    if not text.endswith("|"):
        return None
    pieces = text.split("|")
    if len(pieces) == 2:
        return "cell" if pieces[0].strip() else None
    return "end" if not any(p.strip() for p in pieces[1:]) else None


def _run_end(blocks: list[Block], i: int) -> int:
    """Where the run of such lines from block i (a bar alone) ends."""
    k = i
    while k < len(blocks) and blocks[k].kind == "paragraph" and _kind(blocks[k].text.strip()):
        k += 1
    return k


def _rows(run: list[Block]) -> list[list[str]]:
    """The cells of each row of the run (it opens with a bar alone)."""
    rows: list[list[str]] = []
    open_row = False
    for block in run:
        text = block.text.strip()
        kind = _kind(text)
        if kind == "open" and not open_row:
            rows.append([])
            open_row = True
            continue
        if kind == "open":
            rows[-1].append("")  # a bar alone inside a row: an empty cell
        elif kind == "cell":
            rows[-1].append(text[:-1].strip())
        else:  # the last cell, then the bars that close the row
            rows[-1].append("" if text.startswith("|") else text.split("|", 1)[0].strip())
            open_row = False
    return rows


def _opened_rows(run: list[Block]) -> list[list[str]] | None:
    """The rows of a run where every bar alone opens a row and no row is closed (`|` / `指标名称 |`
    / `预期增长(%) |` / `|` / …), or None unless there are `_MIN_ROWS` rows at least and every one
    has the header's number of cells (two or more)."""
    rows: list[list[str]] = []
    for block in run:
        text = block.text.strip()
        if _kind(text) == "open":
            rows.append([])
        else:
            rows[-1].append(text[:-1].strip())
    rows = [r for r in rows if r]
    width = len(rows[0]) if rows else 0
    if width < 2 or len(rows) < _MIN_ROWS or any(len(r) != width for r in rows):
        return None
    return rows


def bar_rows(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks with each run of rows broken after every bar read as one table block, and a
    repair line for each run."""
    out: list[Block] = []
    repairs: list[str] = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "paragraph" or blocks[i].text.strip() != "|":
            out.append(blocks[i])
            i += 1
            continue
        end = _run_end(blocks, i)
        run = blocks[i:end]
        ends = sum(1 for b in run if _kind(b.text.strip()) == "end")
        rows = _rows(run) if ends >= _MIN_ROWS else _opened_rows(run) if not ends else None
        if rows is None:
            out.extend(run)
            i = end
            continue
        while rows and not any(rows[0]):
            rows.pop(0)  # an empty first row over the header (as a Markdown table's)
        text = "\n".join("\t".join(cells) for cells in rows)
        out.append(replace(run[0], text=text, kind="table", rows=rows))
        repairs.append(
            f"line {blocks[i].line}: {len(rows)} rows broken after every bar read as a table"
        )
        i = end
    return out, repairs
