"""Indicator tables that arrive as text: rebuilt into table blocks before cleaning.

A 主要指标 table copied from a web page or a converter reaches a user as text in one of a few
shapes: one cell per line (the usual copy of an HTML table, often with a `|` after each cell),
pipe rows (`| 指标 | 单位 | 2025年 |`), or cells separated by runs of spaces. The header is
found by its vocabulary (指标/指标名称, 单位, 基期/20XX年, “十四五”完成值, 目标, 年均增长/累计,
属性; a header cell written over two lines is joined by `read.wrapped_headers`, 一级指标 over
二级指标 keeps the second); it gives the columns. The cells after it, in one stream whatever the
shape (a blank line between rows is an empty cell where a value is due), are placed by what they
are (`plantrack.read.cell_rows`). Tab tables are the txt reader's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import pairwise, takewhile
from typing import TypeVar

from plantrack.model import Block
from plantrack.read import limits
from plantrack.read.allocation_tables import (
    MAX_ALLOCATION_CELLS,
    PLACE_HEADER,
    TABLE_UNIT,
    TASK_CAPTION,
    UNIT_BRACKET,
    allocation_rows,
    caption_unit,
    pipe_place_rows,
    place_first,
)
from plantrack.read.cell_rows import rows_from_cells
from plantrack.read.glued_tables import glued_table
from plantrack.read.header_cells import (
    NAME_HEADER,
    TITLE,
    TYPE_HEADER,
    YEAR_ONLY,
    category_after_name,
    columns_of,
    first_cell,
    is_header_cell,
    tidy,
)
from plantrack.read.headerless_rows import headerless_row, headerless_rows
from plantrack.read.lexicon import (
    ROW_INDEX_RE,
    TARGET_COLUMN,
)
from plantrack.read.numbered_rows import numbered, numbered_rows
from plantrack.read.one_line_cells import one_line_cells
from plantrack.read.performance_text import (
    MAX_PERFORMANCE_LINES,
    opens_performance_table,
    performance_table_at,
)
from plantrack.read.scope_column import fold_scope_cells
from plantrack.read.spaced_place_rows import spaced_place_rows
from plantrack.read.task_tables import (
    GROUP_CELL,
    MAX_TASK_CELLS,
    task_header,
    task_rows,
    tidy_task,
)
from plantrack.read.text_cells import (
    WRAPPED_LOOK,
    YEAR_SPACE,
    bar_cells,
    bare_category,
    bare_year_column,
    blank_lines,
    category_line,
    cells_blank_separated,
    header_tail_line,
    row_or_cell,
    same_cell,
    single_cell,
    single_spaced_header,
    single_spaced_row,
    split_row,
    year_cell,
)
from plantrack.read.transposed_rows import NAME_LABEL, transposed_rows
from plantrack.read.unit_name_rows import unit_name_rows
from plantrack.read.wrapped_headers import (
    PERIOD_ONLY,
    grouped_header_end,
    header_prefix,
    merged_header,
)
from plantrack.read.year_column_rows import year_column_rows, year_header
from plantrack.read.yearly_tables import YEAR_HEADER, yearly_rows

_MAX_CELL_LINES = 6  # lines of one cell between bars, at most


@dataclass(slots=True)
class _Built:
    rows: list[list[str]]
    header: int = 1  # rows of the header (2 when a group's cells stand under it)


_WINDOW = 400  # lines a table's reader looks at from its first, at first
_Read = TypeVar("_Read")


def _widened(read: Callable[[int], tuple[_Read, bool]]) -> _Read:
    """What `read(limit)` reads of a table in a window of `_WINDOW` lines, read again in a window
    twice as long while it filled the one before (True as its second value): a table of
    thousands of rows is read whole, in time linear in its length, up to the blocks a document
    may have (`limits`)."""
    limit = _WINDOW
    while True:
        found, full = read(limit)
        if not full or limit >= limits.current().blocks:
            return found
        limit *= 2


class _Recover:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.out: list[Block] = []
        self.repairs: list[str] = []

    def run(self) -> tuple[list[Block], list[str]]:
        i = 0
        carry: list[str] | None = None  # a glued table's header, for its part after a page break
        while i < len(self.blocks):
            # a table run onto one line, its cells apart by spaces (before the glued reader,
            # whose cells have no space between them and whose header words are the same)
            flattened = (
                one_line_cells(self.blocks[i].text) if self.blocks[i].kind == "paragraph" else None
            )
            if flattened and self._one_line_table(i, *flattened):
                i += 1
                continue
            glued = (
                glued_table(self.blocks[i].text, carry)
                if self.blocks[i].kind == "paragraph"
                else None
            )
            carry = glued[0] if glued and glued[0][0] == "指标" else None
            if glued:
                self._emit(i, 1, _Built(glued), "glued (PDF text layer)")
                i += 1
                continue
            used = self._guarded_table_at(i) if self.blocks[i].kind == "paragraph" else 0
            if used:
                i += used
                continue
            self.out.append(self._with_caption_unit(i))
            i += 1
        return self.out, self.repairs

    def _with_caption_unit(self, i: int) -> Block:
        """An allocation table that arrived as a table (a Markdown or Word table) under a line
        ending 单位：个: the unit written into its amount headers that name none, as for one
        rebuilt from text (镇街名称 | “十四五”规划新增 → “十四五”规划新增（个）)."""
        block = self.blocks[i]
        unit = caption_unit(self.blocks[i - 1].text) if i and block.rows else None
        if unit is None or block.rows is None or not place_first(block.rows[0]):
            return block
        header = [
            c
            if not c or c == "序号" or PLACE_HEADER.match(c) or UNIT_BRACKET.search(c)
            else f"{c}（{unit}）"
            for c in block.rows[0]
        ]
        rows = [header, *block.rows[1:]]
        text = "\n".join("\t".join(r) for r in rows)
        return Block(text, "table", block.page, block.line, block.level, rows)

    def _texts(self, i: int, limit: int = _WINDOW) -> list[str]:
        texts = []
        for block in self.blocks[i : i + limit]:
            if block.kind != "paragraph":
                break
            texts.append(block.text)
        return texts

    def _guarded_table_at(self, i: int) -> int:
        """`_table_at`, but a table no shape can rebuild leaves its lines as text, with a repair
        line that says so: one odd cell must not lose the document."""
        out, repairs = len(self.out), len(self.repairs)
        try:
            return self._table_at(i)
        except Exception as exc:  # a rebuild's bug on an unforeseen cell (35(邵阳市) as a 序号)
            del self.out[out:], self.repairs[repairs:]
            self.repairs.append(
                f"left the lines from line {self.blocks[i].line} as text: no table could be "
                f"rebuilt from them ({type(exc).__name__}: {exc})"
            )
            return 0

    def _table_at(self, i: int) -> int:
        texts = self._texts(i, 2)
        if not texts:
            return 0
        used = (
            self._performance_table(i)
            or self._yearly_at(i, texts[0])
            or self._transposed_at(i, texts[0])
        )
        if used:
            return used
        if year_header(texts[0].strip()):
            return self._year_column_table(i)
        if texts[0].startswith("序号 "):
            used = self._single_spaced_allocation(i)
            if used:
                return used
        # (the window is read only when the first line is such a row: most paragraphs are not)
        headerless = headerless_rows(self._texts(i)) if headerless_row(texts[0]) else None
        if headerless:
            rows, used = headerless
            return self._emit(
                i, used, _Built(rows), "rows with no header (指标 单位 基期 目标 属性)"
            )
        wrapped = self._wrapped_spaced_header(i)
        if wrapped:
            return wrapped
        row, split = split_row(texts[0]), split_row
        if row is None and (header := single_spaced_header(texts[0])):
            # 序号 指标 单位 2025年 2030年 属性: a PDF's text layer, cells apart by one space
            row, split = header, single_spaced_row
        if row:
            used = self._spaced_allocation(i, row, split) or self._pipe_allocation(i, row, split)
            used = used or self._multi_cell_table(i, row, split)
            return used or self._pipe_task_table(i, row, split)
        if texts[0].strip() == "|":
            return self._between_bars_task_table(i)
        cell = single_cell(texts[0])
        if cell and TITLE.search(cell) and len(texts) > 1 and first_cell(single_cell(texts[1])):
            return 0  # 主要指标 over 序号 | …: the table's title; the table starts on the next line
        # 空间类型 over 2020年 | 2030年: a type that names the rows, the years' columns after it
        typed = bool(cell and TYPE_HEADER.match(cell)) and len(texts) > 1 and year_cell(texts[1])
        if (
            (cell and NAME_HEADER.search(cell) and is_header_cell(cell))
            or first_cell(cell)
            or typed
        ):
            return self._cell_per_line_table(i) or self._task_table(i) or self._allocation(i)
        if cell and TARGET_COLUMN.match(cell):
            return self._unit_name_table(i)
        if cell and PLACE_HEADER.match(cell):
            return self._allocation(i)  # 街镇 | … | 2024-2026年任务量 | …: no 序号 column
        return 0

    def _performance_table(self, i: int) -> int:
        """A budget performance-target table whose header (or first level) opens at block i
        (`plantrack.read.performance_text`)."""
        if not opens_performance_table(self.blocks[i].text):
            return 0
        texts = self._texts(i, MAX_PERFORMANCE_LINES)
        found = performance_table_at(texts, split_row, single_cell) if texts else None
        if found is None:
            return 0
        rows, used, shape = found
        return self._emit(i, used, _Built(rows), shape, "a performance-target table")

    def _wrapped_spaced_header(self, i: int) -> int:
        """类别 序号 指标名称 单位 2015年 / 目标值 / 2010年 / 实现值 / 权重: a text layer's header
        whose last cells wrapped one a line — joined (2015年目标值), then the table read under it."""
        texts = [YEAR_SPACE.sub("", t) for t in self._texts(i, WRAPPED_LOOK)]
        pieces = texts[0].split() if texts else []
        if len(pieces) < 3 or not PERIOD_ONLY.match(pieces[-1]):
            return 0
        tails = list(takewhile(header_tail_line, texts[1:]))
        if not tails:
            return 0
        header = merged_header([*pieces, *(t.strip() for t in tails)])
        if single_spaced_header(" ".join(header)) is None:
            return 0
        return self._multi_cell_table(i, header, single_spaced_row, below=len(tails))

    def _yearly_at(self, i: int, text: str) -> int:
        """A yearly table opening at block i (年度 | 资源类型 | …, or one space apart)."""
        first = split_row(text) or [single_cell(text) or ""]
        if YEAR_HEADER.match(first[0]):
            used = self._yearly(i, row_or_cell)
            if used:
                return used
        pieces = text.split()
        if len(pieces) >= 3 and YEAR_HEADER.match(pieces[0]):
            # 年度 资源类型 接入容量: cells one space apart
            return self._yearly(i, partial(row_or_cell, split=single_spaced_row))
        return 0

    def _transposed_at(self, i: int, text: str) -> int:
        bars = bar_cells(text)
        return self._transposed_table(i) if bars and NAME_LABEL.match(bars[0]) else 0

    def _yearly(self, i: int, row_of: Callable[[str], list[str] | None]) -> int:
        """A table of yearly targets by category as spaced rows or one cell per line
        (`plantrack.read.yearly_tables`), the 单位： of the line above it kept as its title."""
        cells, ends = self._stream(i, row_of)
        rows, used = yearly_rows(cells)
        if not used:
            return 0
        title = self.blocks[i - 1].text.strip().removesuffix("|").strip() if i else ""
        if TABLE_UNIT.search(title):
            rows = [[title], *rows]
        return self._emit(i, ends[used - 1] + 1, _Built(rows), "text", "a yearly table")

    def _stream(
        self, i: int, row_of: Callable[[str], list[str] | None], limit: int = _WINDOW
    ) -> tuple[list[str], list[int]]:
        """The cells of the lines from block i on, in a stream, while `row_of` reads a line as
        cells; and the block offset of each cell's line."""
        cells: list[str] = []
        ends: list[int] = []
        for k, text in enumerate(self._texts(i, limit)):
            row = row_of(text)
            if not row:
                break
            cells.extend(row)
            ends.extend([k] * len(row))
        return cells, ends

    def _year_column_table(self, i: int) -> int:
        """An old plan's table a scan broke into lines under a header of years alone, a lost
        cell a blank line (`plantrack.read.year_column_rows`)."""
        lines = self.blocks[i : i + _WINDOW]
        texts = self._texts(i)
        blanks = [0, *(blank_lines(a, b) for a, b in pairwise(lines[: len(texts)]))]
        rows, used = year_column_rows(list(zip(texts, blanks, strict=True)))
        return self._emit(i, used, _Built(rows), "one-cell-per-line (a scan's)") if used else 0

    def _transposed_table(self, i: int) -> int:
        """An indicator table on its side: a row of names, rows of their figures under labels
        (`plantrack.read.transposed_rows`)."""
        rows, used = transposed_rows(self._texts(i), bar_cells)
        return self._emit(i, used, _Built(rows), "pipe rows on their side") if used else 0

    def _joined_cells(
        self, i: int, limit: int, tidy_cell: Callable[[str], str]
    ) -> list[tuple[int, str]]:
        """The cells one a line from block i, as (block offset of the cell's last line, cell);
        where blank lines part the cells, lines with none between them are one cell."""
        lines = self.blocks[i : i + limit]
        joined = cells_blank_separated(lines)
        cells: list[tuple[int, str]] = []
        for k, text in enumerate(self._texts(i, limit)):
            if joined and cells and same_cell(lines[k - 1], lines[k]):
                cells[-1] = (k, cells[-1][1] + tidy_cell(text))
            else:
                cells.append((k, tidy_cell(text)))
        return cells

    def _allocation(self, i: int) -> int:
        """A 任务分解表 one cell per line (`plantrack.read.allocation_tables`)."""
        cells = self._joined_cells(i, MAX_ALLOCATION_CELLS, tidy)  # 2026年 / 任务量: one cell
        unit = caption_unit(self.blocks[i - 1].text) if i else None
        rows, used = allocation_rows([c for _, c in cells], unit, self._task_caption(i))
        if not used:
            return 0
        return self._emit(
            i, cells[used - 1][0] + 1, _Built(rows), "one-cell-per-line", "an allocation table"
        )

    def _one_line_table(self, i: int, caption: str, cells: list[str]) -> int:
        """A table run onto one line with its caption (`plantrack.read.one_line_cells`): its
        cells read as a table copied one cell per line is. The line above and the caption go
        before them as headings (read for a 单位 or a task caption, never taken for a cell);
        the caption and the words after the table stay paragraphs around it. A line of more
        cells than a document may have blocks stays text: a table copied a cell a line that long
        is refused (`limits`), and its one-line copy must not cost more."""
        if len(cells) > limits.current().blocks:
            return 0
        block = self.blocks[i]
        line = block.line or 0
        context = [b.text for b in self.blocks[max(0, i - 1) : i]] + ([caption] if caption else [])
        pieces = [
            *(Block(t, "heading", block.page, line) for t in context),
            *(Block(t, "paragraph", block.page, line + 1 + k) for k, t in enumerate(cells)),
        ]
        out, repairs = _Recover(pieces).run()
        out = out[len(context) - bool(caption) :]  # the line above is the outer loop's
        if not any(b.kind == "table" for b in out):
            return 0
        merged: list[Block] = []
        for piece in out:  # the caption and the words after the table: whole paragraphs again
            kind = "table" if piece.kind == "table" else "paragraph"
            if kind == "paragraph" and merged and merged[-1].kind == "paragraph":
                last = merged[-1]
                merged[-1] = Block(f"{last.text} {piece.text}", kind, last.page, last.line)
            elif kind == "paragraph":
                merged.append(Block(piece.text, kind, block.page, block.line))
            else:
                merged.append(piece)
        self.out += merged
        self.repairs += [f"line {block.line}, a table run onto one line: {r}" for r in repairs]
        return 1

    def _task_caption(self, i: int) -> bool:
        """The caption above block i (its line or the one over a 单位：万亩 line) calls the table a
        task table (2009年各设区市造林绿化任务表)."""
        return any(TASK_CAPTION.search(b.text) for b in self.blocks[max(0, i - 2) : i])

    def _spaced_allocation(
        self, i: int, header: list[str], split: Callable[..., list[str] | None] = split_row
    ) -> int:
        """A 任务分解表 whose rows are space-separated (街镇    2026年任务量    …): its cells in a
        stream, read as one cell per line is (`plantrack.read.allocation_tables`)."""
        if not place_first(header) or "|" in self.blocks[i].text:
            return 0
        cells, ends = self._stream(i, split, MAX_ALLOCATION_CELLS)  # header: the first row
        unit = caption_unit(self.blocks[i - 1].text) if i else None
        rows, used = allocation_rows(cells, unit)
        if not used:
            return 0
        return self._emit(
            i, ends[used - 1] + 1, _Built(rows), "space-separated", "an allocation table"
        )

    def _pipe_allocation(
        self, i: int, header: list[str], split: Callable[..., list[str] | None]
    ) -> int:
        """A 任务分解表 whose bar-separated rows lost their opening bar (热区号 | …)."""
        if "|" not in self.blocks[i].text:
            return 0
        lines = self._texts(i, MAX_ALLOCATION_CELLS)[1:]
        rows, used = pipe_place_rows(header, lines, split)
        return self._emit(i, used, _Built(rows), "bar-separated", "an allocation table")

    def _single_spaced_allocation(self, i: int) -> int:
        """A 任务分解表 from a PDF's text layer: rows on lines, cells apart by single spaces,
        the header wrapped over lines (`plantrack.read.spaced_place_rows`)."""
        unit = caption_unit(self.blocks[i - 1].text) if i else None
        rows, used = spaced_place_rows(self._texts(i, MAX_ALLOCATION_CELLS), unit)
        if not used:
            return 0
        # its rows open with their 序号 or a blank before 合计; the header's, with words
        header = next(k for k, row in enumerate(rows) if not row[0] or row[0].isdigit())
        built = _Built(rows, header)
        return self._emit(i, used, built, "single-space-separated", "an allocation table")

    def _unit_name_table(self, i: int) -> int:
        """A progress table one cell per line whose names carry their units (城镇新增就业(人) /
        26000; `plantrack.read.unit_name_rows`)."""
        cells = []
        for text in self._texts(i):
            cell = single_cell(text)
            if cell is None:
                break
            cells.append(cell)
        rows, used = unit_name_rows(cells)
        if not used:
            return 0
        return self._emit(i, used, _Built(rows), "one-cell-per-line", "a progress table")

    def _task_table(self, i: int) -> int:
        """A 任务分工表 one cell per line (`plantrack.read.task_tables`)."""
        cells = self._joined_cells(i, MAX_TASK_CELLS, tidy_task)  # a long cell a PDF wrapped
        rows, used = task_rows([c for _, c in cells])
        if not used:
            return 0
        end = cells[used - 1][0] + 1
        return self._emit(i, end, _Built(rows), "one-cell-per-line", "a task table")

    def _between_bars_task_table(self, i: int) -> int:
        """A task table copied with each cell between lines that hold only a bar (| / 序号 / | /
        考核指标 / | …); a cell's lines between two bars are one cell (分管 / 领导)."""
        cells: list[str] = []
        ends: list[int] = []  # the block offset of the bar that closes each cell
        lines: list[str] = []
        texts = self._texts(i, MAX_TASK_CELLS)
        for k, text in enumerate(texts):
            if text.strip() == "|":
                if lines:
                    cells.append("".join(lines))
                    ends.append(k)
                lines = []
            elif len(lines) >= _MAX_CELL_LINES:
                break  # the text after the table
            else:
                lines.append(tidy_task(text))
        else:
            if lines and i + len(texts) == len(self.blocks):
                cells.append("".join(lines))  # the text ends inside the table: its last cell
                ends.append(len(texts) - 1)
        rows, used = task_rows(cells)
        if not used:
            return 0
        return self._emit(
            i, ends[used - 1] + 1, _Built(rows), "cell-per-line between bars", "a task table"
        )

    def _pipe_task_table(
        self, i: int, header: list[str], split: Callable[..., list[str] | None] = split_row
    ) -> int:
        """A 任务分工表 or a progress report in pipe rows (序号 | 项目内容 | … | 落实情况 |), or in
        rows of cells apart by spaces (a PDF's copy)."""
        width = task_header(header, numbered=False)  # a pipe row is a row: no 序号 needed
        if not width or width < len([c for c in header if c]):
            return 0
        piped = "|" in self.blocks[i].text
        rows, used = [header[:width]], 1
        for k, text in enumerate(self._texts(i + 1, MAX_TASK_CELLS), 1):
            row = split(text, lone=piped) if ("|" in text) == piped else None
            if row is None and not piped and GROUP_CELL.match(text.strip()):
                row = [tidy(text)]  # （一）实施设备更新行动 between spaced rows: a group row
            if row is None:
                break
            if row and header[0] == "序号" and row[0] and not ROW_INDEX_RE.match(row[0]):
                row = ["", *row]  # a row under a merged 序号 cell: its cells start one column on
            if row:  # not a Markdown separator row
                rows.append((row + [""] * width)[:width])
            used = k + 1
        shape = "pipe" if piped else "space-separated"
        return self._emit(i, used, _Built(rows), shape, "a task table")

    def _emit(
        self, i: int, used: int, built: _Built, shape: str, what: str = "an indicator table"
    ) -> int:
        if len(built.rows) < 2:
            return 0
        first = self.blocks[i]
        text = "\n".join("\t".join(r) for r in built.rows)
        self.out.append(Block(text, "table", first.page, first.line, None, built.rows))
        rows = len(built.rows) - built.header
        self.repairs.append(f"rebuilt {what} of {rows} rows from {shape} text")
        return used

    def _line_cells(self, i: int, limit: int) -> tuple[list[tuple[int, str]], bool, bool]:
        """The cells of up to `limit` lines from block i on, one a line: (block offset of the
        cell's last line, cell) each; whether blank lines stand between them; and whether the
        cells ran to the window's end (a longer window may hold more)."""
        lines = self.blocks[i : i + limit]
        blank_separated = cells_blank_separated(lines)
        cells: list[tuple[int, str]] = []
        texts = self._texts(i, limit)
        for k, text in enumerate(texts):
            stripped = text.strip()
            if len(stripped) > 1 and set(stripped) == {"|"}:
                continue  # ||||: the empty cells of a flattened two-level header
            cell = single_cell(text)
            if cell is None:
                return cells, blank_separated, False
            if blank_separated and cells and same_cell(lines[k - 1], lines[k]):
                # 120.14 / 平方公里 with no blank line between: one cell on two lines
                cells[-1] = (k, cells[-1][1] + cell)
                continue
            if not blank_separated and cells:
                # each blank line: an empty cell, or the end of a row
                cells.extend([(k - 1, "")] * blank_lines(lines[k - 1], lines[k]))
            cells.append((k, cell))
        return cells, blank_separated, len(texts) == limit

    def _cell_per_line_table(self, i: int) -> int:
        """A table one cell a line, read in a window that widens while its rows fill it
        (`_widened`)."""

        def read(limit: int) -> tuple[tuple | None, bool]:
            cells, blank_separated, full = self._line_cells(i, limit)
            table = _cell_per_line_rows(cells)
            if table is None:
                return None, False
            _, body, rows, used = table
            return (cells, blank_separated, table), full and used + 2 * len(rows[0]) >= len(body)

        found = _widened(read)
        if found is None:
            return 0
        cells, blank_separated, (h, body, rows, used) = found
        consumed = body[used - 1][0] + 1 if used else cells[h - 1][0] + 1
        shape = "one-cell-per-line (blank lines between cells)" if blank_separated else None
        return self._emit(i, consumed, _Built(rows), shape or "one-cell-per-line")

    def _multi_cell_table(
        self,
        i: int,
        header: list[str],
        split: Callable[..., list[str] | None] = split_row,
        below: int = 0,
    ) -> int:
        """Pipe or space-separated rows: their cells in a stream, each placed by what it is
        (a merged category cell written once, a dropped empty cell, a value where the unit
        stands). `split` reads a line's cells; `below`: the header's lines under block i (a
        wrapped header), the rows start after them."""
        texts = self._texts(i + 1 + below)
        second = split(texts[0]) if texts else None
        skip = 0
        if second and len(second) >= 2 and all(YEAR_ONLY.match(c) for c in second):
            header, skip = [*header, *second], 1  # 目标 over 2024年 | 2025年 …: a second header row
        header = merged_header(header)
        cols = columns_of(header)
        if cols is None:
            return 0

        def read(limit: int) -> tuple[tuple, bool]:
            lines = texts if limit == _WINDOW else self._texts(i + 1 + below, limit)
            cells, ended = _row_cells(lines, skip, split)
            table_cols = cols
            folded = fold_scope_cells(header, [c for _, c in cells])
            if folded:  # 婴儿死亡率 | 户籍人口 | 预期性 | ≤2.8‰: the 统计口径 joins the name
                table_cols = columns_of(folded[0]) or cols
                cells = [(cells[k][0], c) for k, c in folded[1]]
            rows, used = rows_from_cells(
                [c for _, c in cells], table_cols, _index_places(cells, header, table_cols.index)
            )
            full = not ended and len(lines) == limit and used + 2 * len(header) >= len(cells)
            return (cells, rows, used), full

        cells, rows, used = _widened(read)  # (a table of thousands of rows is read whole)
        consumed = (cells[used - 1][0] + 1 if used else 1) + below
        shape = "pipe" if "|" in self.blocks[i].text else "space-separated"
        return self._emit(i, consumed, _Built(rows), shape)


def _index_places(
    cells: list[tuple[int, str]], header: list[str], index: int | None
) -> frozenset[int] | None:
    """The cells a 序号 may stand in, when every line holds a whole row (as many cells as the
    header) or one cell (a category): its column's place in a line (a one-cell line's only
    cell). None otherwise, or without a 序号 column."""
    lines = Counter(k for k, _ in cells)  # cells a line
    if index is None or not lines or any(n not in (1, len(header)) for n in lines.values()):
        return None
    places, at = set(), 0
    for j, (k, _) in enumerate(cells):
        at = at + 1 if j and cells[j - 1][0] == k else 0
        if at == (index if lines[k] > 1 else 0):
            places.add(j)
    return frozenset(places)


def _row_cells(
    texts: list[str], skip: int, split: Callable[..., list[str] | None]
) -> tuple[list[tuple[int, str]], bool]:
    """The cells of the rows in `texts` after `skip` lines, a row a line: (block offset of the
    cell's line, cell) each, and whether a line that is no row ended them."""
    cells: list[tuple[int, str]] = []
    for k, text in enumerate(texts[skip:], 1 + skip):
        row = split(text, lone=True)
        if row is None and category_line(text) and k < len(texts):
            # 经济发展 alone on its line between space-separated rows: a category row
            # texts[k]: the next line; the category's note in brackets is not its name
            row = [tidy(bare_category(text))] if split(texts[k]) else None
        if row is None:
            return cells, True
        cells.extend((k, c) for c in row)
    return cells, False


def _cell_per_line_rows(
    cells: list[tuple[int, str]],
) -> tuple[int, list[tuple[int, str]], list[list[str]], int] | None:
    """A table's header and rows from its cells, one a line: (header cells, body cells, rows,
    body cells used), or None when the cells open no table."""
    h = 0
    while h < len(cells) and (
        cells[h][1] == ""
        or is_header_cell(cells[h][1])
        or header_prefix(cells, h)
        or bare_year_column(cells, h)
    ):
        if category_after_name(cells[h][1], [c for _, c in cells[:h]]):
            break  # 建筑领域 after the header's name and 属性: the first category row
        h += 1
    h = grouped_header_end([c for _, c in cells], h)
    # 2020 as a column's name: 2020年, as headers mostly write it
    header = merged_header(
        [f"{c}年" if YEAR_ONLY.match(c) and c.isdigit() else c for _, c in cells[:h]]
    )
    body = cells[h:]
    folded = fold_scope_cells(header, [c for _, c in body])
    if folded:  # 婴儿死亡率 / 户籍人口 / 预期性 / ≤2.8‰: the 统计口径 joins the name
        header, body = folded[0], [(body[k][0], c) for k, c in folded[1]]
    cols = columns_of(header)
    if cols is None or h < 3:
        return None
    if cols.index is None and numbered([c for _, c in body], cols.cells):
        rows, used = numbered_rows([c for _, c in body], cols.cells, cols.name)
    else:
        rows, used = rows_from_cells([c for _, c in body], cols)
    return h, body, rows, used


def recover_tables(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Blocks with every indicator table that arrived as text rebuilt as a table block, and a
    repair line for each."""
    return _Recover(blocks).run()
