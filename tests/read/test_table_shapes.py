"""One indicator table rendered into many text shapes gives the same records (issue 19).

The shapes are generated, not written by hand: cells separated by tabs, by pipes with and without
outer bars, by runs of spaces, by one space (a PDF's text layer); one cell per line, with a bar after each, with blank lines between
cells or only between rows; the unit on the line under its value; the merged 类别 cell written on
its group's first row only (in every shape); a header cell over two lines (“十四五” / 完成值); a
name wrapped over two lines; a blank line for an empty cell; a two-row header copied line by
line (指标值 over 现状 | 近期规划, then （2025年） | （2030年））; categories as rows of their own
in pipe and space rows; Markdown; a bar before each cell (a converter's flattened HTML); the whole
table run onto one line with numbered rows (a .doc's text), or with every cell one space apart
after its caption (a web page copied without line breaks); pipe rows broken after every bar. Every shape goes through read →
clean → outline → targets and must give the records of the tab table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from table_records import table_records

HEADER = ["类别", "序号", "指标", "单位", "2025年", "2030年", "属性"]
ROWS = [
    ["经济发展", "1", "地区生产总值", "亿元", "18000", "24000", "预期性"],
    ["", "2", "研发经费投入强度", "%", "3.2", "≥3.8", "预期性"],
    ["", "3", "数字经济核心产业增加值占比", "%", "—", "12", "预期性"],
    ["民生福祉", "4", "城镇调查失业率", "%", "5", "<5.5", "预期性"],
    ["", "5", "新建口袋公园", "座", "—", "6", "预期性"],
    ["", "6", "老旧街区改造数量", "个", "", "≥5", "预期性"],
    ["绿色生态", "7", "森林覆盖率", "%", "50.5", "51", "约束性"],
    ["", "8", "人均公园绿地面积", "平方米", "11.1", "11.5", "约束性"],
]
EXPECTED = {
    ("地区生产总值", 24000, "亿元", ">=", "level", 18000, 2025, False, 2030),
    ("研发经费投入强度", 3.8, "%", ">=", "level", 3.2, 2025, False, 2030),
    ("数字经济核心产业增加值占比", 12, "%", ">=", "level", None, None, False, 2030),
    ("城镇调查失业率", 5.5, "%", "<", "level", 5, 2025, False, 2030),
    ("新建口袋公园", 6, "座", ">=", "increment", None, None, False, 2030),
    ("老旧街区改造数量", 5, "个", ">=", "level", None, None, False, 2030),
    ("森林覆盖率", 51, "%", ">=", "level", 50.5, 2025, True, 2030),
    ("人均公园绿地面积", 11.5, "平方米", ">=", "level", 11.1, 2025, True, 2030),
}
INTRO = "专栏1 “十五五”时期城市更新主要指标"
AFTER = "二、主要任务\n推进城市更新，完善城市功能，提升城市品质，建设宜居韧性智慧城市。"
UNIT = HEADER.index("单位")


def _rows(header: list[str] = HEADER) -> list[list[str]]:
    return [header, *ROWS]


def _joined(sep: str, outer: bool = False, drop_empty: bool = False) -> str:
    lines = []
    for row in _rows():
        cells = [c for c in row if c] if drop_empty else row
        line = sep.join(cells)
        lines.append(f"| {line} |" if outer else line)
    return "\n".join(lines)


def _per_line(bar: str = "", between_cells: bool = False, between_rows: bool = False) -> str:
    """One cell per line; an empty cell is dropped (a merged 类别) or, with blank lines between
    rows, kept as a blank line where a value is due."""
    if between_rows:
        blocks = ["\n".join(HEADER)]
        for row in ROWS:
            cells = [c for k, c in enumerate(row) if c or k > HEADER.index("指标")]
            blocks.append("\n".join(cells))
        return "\n\n".join(blocks)
    cells = [c for row in _rows() for c in row if c]
    return ("\n\n" if between_cells else "\n").join(f"{c}{bar}" for c in cells)


def _unit_under_value(between_cells: bool) -> str:
    """No 单位 column: the unit on the line under each value (18000 / 亿元)."""
    header = [c for k, c in enumerate(HEADER) if k != UNIT]
    cells = list(header)
    for row in ROWS:
        for k, cell in enumerate(row):
            if not cell or k == UNIT:
                continue
            level = HEADER[k].endswith("年") and cell != "—"
            cells.append(f"{cell}\n{row[UNIT]}" if level else cell)
    return ("\n\n" if between_cells else "\n").join(cells)


def _two_line_header() -> str:
    header = [*HEADER[:4], "“十四五”\n完成值", "“十五五”\n目标值", HEADER[-1]]
    cells = [*header, *(c for row in ROWS for c in row if c)]
    return "\n".join(cells)


def _wrapped_name() -> str:
    """A long name cut over two lines in a one-cell-per-line copy."""
    cells = [c for row in _rows() for c in row if c]
    at = cells.index("数字经济核心产业增加值占比")
    cells[at] = "数字经济核心产业\n增加值占比"
    return "\n".join(cells)


def _header_row_by_row() -> str:
    """A web table with a two-row header copied line by line (b7 普陀 land use): the first row's
    cells (类别 as 指标类别, 属性 as 类型, a group cell 指标值 over the value columns), then the
    second row's (现状 | 近期规划), then their second lines (（2025年） | （2030年））, one cell
    per line with blank lines between cells."""
    header = ["指标类别", "序号", "指标项", "单位", "指标值", "类型"]
    header += ["现状", "近期规划", "（2025年）", "（2030年）"]
    cells = [*header, *(c for row in ROWS for c in row if c)]
    return "\n\n".join(cells)


def _category_rows(sep: str, outer: bool) -> str:
    """No 类别 column: each category is a row of its own — in pipe rows one filled cell, in
    space-separated rows a line of its own."""
    header = [c for c in HEADER if c != "类别"]
    lines = [header]
    for row in ROWS:
        if row[0]:
            lines.append(["", row[0], *[""] * (len(header) - 2)] if outer else [row[0]])
        lines.append(row[1:])
    out = [sep.join(c for c in line if c or outer) for line in lines]
    return "\n".join(f"| {line} |" for line in out) if outer else "\n".join(out)


def _bar_before_each() -> str:
    """A converter's flattened HTML table: a bar before each cell, a bar alone for an empty one,
    the next row's first cell sometimes on the line of an empty last cell (`| | 2`), a header
    cell wrapped without a bar (`| 2025年` / `目标`)."""
    header = [*HEADER[:4], "2025年", "2030年", "属性"]
    lines = [f"| {c}" for c in header]
    lines[5:6] = ["| 2030年", "目标"]
    for row in ROWS:
        lines.extend(f"| {c}" if c else "|" for c in row)
    empty = lines.index("|")  # row 2's merged 类别, then its 序号 on the same line
    lines[empty : empty + 2] = [f"| {lines[empty + 1]}"]
    return "\n".join(lines)


def _rows_broken_after_bars() -> str:
    """Pipe rows re-flowed a cell a line (b68 济南): a bar alone opens a row, each cell closed by
    a bar, the last one with the bars that close the row (`预期性 | |`); a merged 类别 dropped,
    an empty value cell a bar alone."""
    lines = []
    for row in _rows():
        cells = [c for k, c in enumerate(row) if c or k > 0]
        lines += ["|", *(f"{c} |" if c else "|" for c in cells[:-1]), f"{cells[-1]} | |"]
    return "\n".join(lines)


def _one_line() -> str:
    """A .doc's table run together onto one line: header cells one space apart, numbered rows,
    the category written down the side one character a row, a page mark at the end."""
    side = iter("经济发展民生福祉绿色生态")
    pieces = ["专栏1", *HEADER[2:]]
    for row in ROWS:
        cells = [f"{row[1]}.{row[2]}", *(c for c in row[3:] if c)]
        pieces += [*cells, next(side)]
    return " ".join([*pieces, "-", "5", "-"])


def _markdown() -> str:
    lines = [f"| {' | '.join(r)} |" for r in _rows()]
    lines.insert(1, "|" + "---|" * len(HEADER))
    return "\n".join(lines)


SHAPES: dict[str, Callable[[], str]] = {
    "tabs": lambda: _joined("\t"),
    "pipes with outer bars": lambda: _joined(" | ", outer=True),
    "pipes without outer bars": lambda: _joined(" | "),
    "pipes, empty cells dropped": lambda: _joined(" | ", outer=True, drop_empty=True),
    "spaces": lambda: _joined("    ", drop_empty=True),
    "one cell per line": lambda: _per_line(),
    "one cell per line with bars": lambda: _per_line(" |"),
    "blank lines between cells": lambda: _per_line(between_cells=True),
    "blank lines between rows": lambda: _per_line(between_rows=True),
    "unit under value": lambda: _unit_under_value(between_cells=False),
    "unit under value, blank lines": lambda: _unit_under_value(between_cells=True),
    "header over two lines": _two_line_header,
    "name over two lines": _wrapped_name,
    "header copied row by row": _header_row_by_row,
    "pipes with category rows": lambda: _category_rows(" | ", outer=True),
    "spaces with category rows": lambda: _category_rows("    ", outer=False),
    "one space (a PDF's text layer)": lambda: _joined(" ", drop_empty=True),
    "one space with category rows": lambda: _category_rows(" ", outer=False),
    "markdown": _markdown,
    "a bar before each cell": _bar_before_each,
    "one line, numbered rows": _one_line,
    "one line, cells one space apart": lambda: " ".join(c for r in _rows() for c in r if c),
    "one line after a caption": lambda: " ".join(
        ["附表", "城市更新指标一览", *(c for r in _rows() for c in r if c)]
    ),
    "rows broken after every bar": _rows_broken_after_bars,
}


def _records(path: Path) -> set[tuple]:
    return table_records(path, "某区城市更新规划")


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_text_shape_gives_the_same_records(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(f"{INTRO}\n{SHAPES[shape]()}\n{AFTER}\n", encoding="utf-8")
    assert _records(path) == EXPECTED


def test_the_empty_cell_in_the_tab_table_is_what_the_other_shapes_must_match() -> None:
    # the generator's own check: row 6 has no 2025 value, rows 2–3, 5–6 and 8 no 类别
    assert [r[0] for r in ROWS].count("") == 5 and ROWS[5][4] == ""
