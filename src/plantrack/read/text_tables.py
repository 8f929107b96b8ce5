"""Indicator tables that arrive as text: rebuilt into table blocks before cleaning.

A 主要指标 table copied from a web page or a converter reaches a user as text in one of a few
shapes: one cell per line (the usual copy of an HTML table, often with a `|` after each cell),
pipe rows (`| 指标 | 单位 | 2025年 |`), or cells separated by runs of spaces. The header is
found by its vocabulary (指标/指标名称, 单位, 基期/20XX年, 目标, 年均增长/累计, 属性); it gives the
columns. Rows are rebuilt from the cells that follow: an optional 序号, the indicator name (a
name wrapped over two lines is joined), then the columns in header order, a unit or 属性 cell
taken only where it fits. A short name followed by another name is a category row (经济发展,
1.空气质量) and becomes the group of the rows under it. Tab tables are the txt reader's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from plantrack.model import Block
from plantrack.read.glued_tables import glued_table
from plantrack.read.lexicon import EMPTY_CELLS, GROUP_HEADER, UNIT_RE, strip_list_number

_HEADER_WORDS = re.compile(
    r"指标|序号|单位|属性|类别|领域|基期|基准|现状|目标|年均|累计|增速|备注|性质"
)
_YEAR_CELL = re.compile(r"^(?:[\[〔［(（]?)(?:19|20)\d\d年")
_NAME_HEADER = re.compile(r"指标|名称")
_VALUE_HEADER = re.compile(r"(?:19|20)\d\d|目标|年均|累计|增速|基期|基准|现状")
_ATTR = re.compile(r"^(?:约束性|预期性|约束|预期)$")
_INDEX = re.compile(r"^\d{1,2}$")
_NUMERIC = re.compile(
    r"^[\[〔［【(（]?\s*(?:≥|≤|>=|<=|＞|＜|>|<|约|累计|达到|不低于|不高于|不超过|超过)?\s*"
    r"-?\d[\d,.]*\s*(?:%|％|‰)?\s*(?:以上|以下|以内|左右|上下)?\s*[\]〕］】)）]?$"
)
# 11.4年, 12.3年以上, 75L/d: a number with a unit word (the unit checked against UNIT_RE)
_NUMBER_UNIT = re.compile(
    r"^(?:≥|≤|>=|<=|＞|＜|>|<|约)?\s*\d[\d,.]*\s*(?P<unit>[^\d\s]{1,6}?)\s*"
    r"(?:及以上|以上|以下|以内|左右|上下)?$"
)
_EMPTY = EMPTY_CELLS | {"一"}  # a lone 一 stands for — in copied tables
# an indicator name ends like one: a unit bracket, a footnote mark, 率/比例/量 …
_NAME_END = re.compile(
    r"(?:[（(][^）)]{1,12}[）)]|\[\d\]|率|比例|比重|量|数|面积|总额|值|收入|度|寿命|指数|人口|里程"
    r"|能力|规模|时间|产量|人数|个数|家数)$"
)
# words that make a text cell a value (与经济增长同步, 完成国家下达任务), not an indicator name
_VALUE_WORDS = re.compile(
    r"同步|完成|下达|确保|稳定|保持|优于|达到|控制|基本|全面|持续|逐步|负增长"
)
_STOP = re.compile(
    r"^(?:注[：:1１]|注\s*$|说明[：:]|备注[：:]|资料来源|\[\d+\]|［\d+］|〔\d+〕\s*\S{6})"
)
_DIGIT_STOP = re.compile(r"(?<=\d)[。．](?=\d)")
_SPACES = re.compile(r"[ \u3000\u00a0]+")
_MAX_CATEGORY = 8
_TITLE = re.compile(r"主要指标|指标体系|指标表|目标表|^表\d*[:：]|专栏")
_FIRST_CELLS = ("序号", "类别", "领域", "类型", "分类", "维度")


@dataclass(slots=True)
class _Columns:
    cells: list[str]  # header cells, cleaned
    index: int | None
    name: int
    unit: int | None
    attr: int | None

    @property
    def after_name(self) -> list[int]:
        return list(range(self.name + 1, len(self.cells)))


@dataclass(slots=True)
class _Built:
    rows: list[list[str]]


def tidy(cell: str) -> str:
    """A cell as text: spaces inside it dropped, 76。7 -> 76.7, full-width digits kept for clean."""
    cell = _SPACES.sub("", cell.strip().strip("|").strip())
    return _DIGIT_STOP.sub(".", cell)


def _is_header_cell(cell: str) -> bool:
    """指标, 单位, 2025年, 年均增长〔累计〕, 2020年基期值(起始日期用作比较的数据) … but not the
    table's title (全省数字经济发展主要指标)."""
    if not cell or not (_HEADER_WORDS.search(cell) or _YEAR_CELL.match(cell)):
        return False
    if _YEAR_CELL.match(cell):
        return len(cell) <= 40
    return len(cell) <= 16 and not _TITLE.search(cell)


def _columns(cells: list[str]) -> _Columns | None:
    """Header cells -> typed columns; None unless there is a name and a value column."""
    cells = [c for c in cells if c]
    # “十四五”目标 over 2025年 / 年均[累计]: a group header above the columns it spans
    cells = [
        c
        for i, c in enumerate(cells)
        if not (
            "目标" in c
            and not re.search(r"\d", c)
            and sum(1 for d in cells[i + 1 :] if _VALUE_HEADER.search(d)) >= 2
        )
    ]
    name = next(
        (i for i, c in enumerate(cells) if _NAME_HEADER.search(c) and "属性" not in c), None
    )
    if name is None and any(c.startswith("单位") for c in cells):
        # 类别 | 项目 | 单位 | 2025年: 项目 names the indicator when a 单位 column stands by it
        name = next((i for i, c in enumerate(cells) if c in ("项目", "内容", "主要指标")), None)
    if name is None or not any(_VALUE_HEADER.search(c) for c in cells[name + 1 :]):
        return None
    index = next((i for i, c in enumerate(cells[:name]) if "序号" in c), None)
    unit = next((i for i, c in enumerate(cells) if c.startswith("单位") or c == "计量单位"), None)
    attr = next((i for i, c in enumerate(cells) if "属性" in c or "性质" in c), None)
    return _Columns(cells, index, name, unit, attr)


# ≥98%（除危废外）: words in brackets after a value qualify it
QUALIFIER_RE = re.compile(r"(?<=[\d%％‰上下内右])\s*[（(][^（）()\d]{1,12}[）)]$")


def _kind(cell: str) -> str:
    """index | attr | unit | value | name"""
    cell = QUALIFIER_RE.sub("", cell)
    if _INDEX.match(cell):
        return "index"
    if _ATTR.match(cell):
        return "attr"
    if UNIT_RE.match(cell):
        return "unit"  # before the numbers: 1/万 is a unit
    if cell in _EMPTY or _NUMERIC.match(cell):
        return "value"
    number = _NUMBER_UNIT.match(cell)
    if number and UNIT_RE.match(number.group("unit")):
        return "value"
    if cell[:1] in "[〔［【" or (_VALUE_WORDS.search(cell) and not _NAME_END.search(cell)):
        return "value"
    return "name"


def _is_category(cell: str, nxt: str | None, number: int | None = None) -> bool:
    """经济发展 / 1.空气质量 followed by an indicator name or the next row's 序号: a group, not a
    row (a 其中 line is a part of the row above; a number that does not follow `number`, the
    last row's 序号, is a value)."""
    if nxt is None or _kind(nxt) not in ("name", "index") or cell.startswith("其中"):
        return False
    if _kind(nxt) == "index" and number is not None and int(nxt) != number + 1:
        return False
    body = strip_list_number(cell)
    return len(body) <= _MAX_CATEGORY and "（" not in body and "(" not in body


def _wrapped(cell: str, nxt: str) -> bool:
    """A name cut over two lines: 单位地区生产总值 / 能耗降低（%）."""
    opened = cell.count("（") + cell.count("(") > cell.count("）") + cell.count(")")
    return opened or cell.endswith(("的", "和", "及", "、", "与")) or nxt.startswith(("（", "("))


def _rows_from_cells(cells: list[str], cols: _Columns) -> tuple[_Built, int]:
    """Rows from a stream of single cells after the header; returns them and cells used."""
    built = _Built([cols.cells])
    group = ""
    category = _category_column(cols)
    i, n = 0, len(cells)
    number: int | None = None  # the row's own 序号, when it has one
    while i < n:
        cell = cells[i]
        if _STOP.match(cell) or len(cell) > 60:
            break
        kind = _kind(cell)
        if kind == "index" and cols.index is not None:
            number = int(cell)
            i += 1
            if i >= n:
                break
            cell, kind = cells[i], _kind(cells[i])
        if kind != "name":
            if kind == "value" and built.rows[1:] and not cell:
                i += 1
                continue
            break  # not a row: the table ended
        nxt = cells[i + 1] if i + 1 < n else None
        if _is_category(cell, nxt, number):
            group = strip_list_number(cell)
            if category is None:  # no 类别 column: the group stands as a row of its own
                built.rows.append(_group_row(cols, group))
            i += 1
            continue
        name = cell
        i += 1
        while i < n and _kind(cells[i]) == "name" and _wrapped(name, cells[i]):
            name += cells[i]
            i += 1
        split = _sub_rows(name, cells, i, cols)
        if split is not None:
            rows, i = split
        else:
            rows = [[""] * len(cols.cells)]
            rows[0][cols.name] = name
            i = _fill_row(cells, i, cols, rows[0], number)
            _under_parent(rows[0], built.rows, cols)
        for row in rows:
            if cols.index is not None:
                row[cols.index] = str(len(built.rows))
            if category is not None and not row[category]:
                row[category] = group
            built.rows.append(row)
    return built, i


_SUB_MARK = re.compile(r"^其中[:：]?\s*")


def _sub_rows(
    name: str, cells: list[str], i: int, cols: _Columns
) -> tuple[list[list[str]], int] | None:
    """A row with 其中 sub-rows, its names first, then each column's values row by row:

        4.义务教育标准班额比例(%) / 其中:小学 / 初中 / 34.52% / 77.34% / 80%以上 / 85%以上 / 预期性
        -> 义务教育标准班额比例（小学）(%) 34.52% 80%以上, 义务教育标准班额比例（初中）(%) …

    When there are as many value groups as names, the first name is a row too (幼儿教师学历比例
    / 其中:本科学历比例). None when the cells are not laid out like that."""
    subs: list[str] = []
    j = len(cells) if i >= len(cells) else i
    while j < len(cells) and _kind(cells[j]) == "name" and len(subs) < 6:
        if _STOP.match(cells[j]) or len(cells[j]) > 60:
            return None
        subs.append(cells[j])
        j += 1
    if not subs or not (_SUB_MARK.match(subs[0]) or len(subs) >= 2):
        return None
    values: list[str] = []
    while j < len(cells) and _kind(cells[j]) == "value" and cells[j]:
        values.append(cells[j])
        j += 1
    columns = [c for c in cols.after_name if c not in (cols.unit, cols.attr)]
    names = _sub_names(name, subs, len(values), len(columns))
    if names is None:
        return None
    rows = []
    for r, row_name in enumerate(names):
        row = [""] * len(cols.cells)
        row[cols.name] = row_name
        for c, col in enumerate(columns):
            row[col] = values[c * len(names) + r]
        rows.append(row)
    if j < len(cells) and _kind(cells[j]) == "attr" and cols.attr is not None:
        for row in rows:
            row[cols.attr] = cells[j]
        j += 1
    return rows, j


def _sub_names(name: str, subs: list[str], values: int, columns: int) -> list[str] | None:
    """The row names when `values` fill `columns` for the name and its subs, or the subs only
    (then each sub is named under its parent: 义务教育标准班额比例（小学）(%))."""
    subs = [_SUB_MARK.sub("", s) for s in subs]
    if columns and values == columns * (len(subs) + 1):
        return [name, *subs]
    if columns and len(subs) >= 2 and values == columns * len(subs):
        parent = strip_list_number(name)
        unit = re.search(r"[（(][^（()）]{1,12}[）)]$", parent)
        stem = parent[: unit.start()] if unit else parent
        tail = unit.group(0) if unit else ""
        return [f"{stem}（{sub}）{tail}" for sub in subs]
    return None


def _fill_row(
    cells: list[str], i: int, cols: _Columns, row: list[str], number: int | None = None
) -> int:
    """Put the cells after a name into the columns after it; a unit or 属性 cell only where it
    fits (a missing unit leaves its column empty). Returns the next cell's index.

    `number`: the row's 序号. A small whole number before a name is the next row's 序号 only
    when it follows this one (row 1's target 35 before a 其中 line is a value)."""
    n = len(cells)
    for col in cols.after_name:
        if i >= n:
            break
        kind = _kind(cells[i])
        if kind == "index" and number is not None and int(cells[i]) != number + 1:
            kind = "value"
        if kind == "name" or (kind == "index" and _next_is_row(cells, i, cols)):
            break
        if (col == cols.unit and kind != "unit" and cells[i] not in _EMPTY) or (
            col == cols.attr and kind != "attr"
        ):
            continue  # a number is never a unit: the row has no unit cell
        if kind == "attr" and col != cols.attr:
            if cols.attr is not None and cols.attr > col:
                row[cols.attr] = cells[i]
                i += 1
            continue
        row[col] = cells[i]
        i += 1
    return i


def _under_parent(row: list[str], rows: list[list[str]], cols: _Columns) -> None:
    """A 其中 row (其中 公园绿地 under 新建绿地) is a part of the row above: named under it
    (新建绿地（公园绿地）) and given its unit and 属性 where its own cells leave them empty."""
    sub = _SUB_MARK.match(row[cols.name])
    parent = rows[-1] if len(rows) > 1 else None
    if not sub or parent is None or not parent[cols.name]:
        return
    part = row[cols.name][sub.end() :]
    row[cols.name] = f"{strip_list_number(parent[cols.name])}（{part}）"
    for col in (cols.unit, cols.attr):
        if col is not None and not row[col]:
            row[col] = parent[col]


def _category_column(cols: _Columns) -> int | None:
    """The 类别/领域 column of the header, if any."""
    return next(
        (i for i, c in enumerate(cols.cells) if i != cols.name and GROUP_HEADER.search(c)), None
    )


def _group_row(cols: _Columns, group: str) -> list[str]:
    """A category row: the group's name in the name column, every other cell empty."""
    row = [""] * len(cols.cells)
    row[cols.name] = group
    return row


def _next_is_row(cells: list[str], i: int, cols: _Columns) -> bool:
    """An index cell followed by a name starts the next row."""
    return cols.index is not None and i + 1 < len(cells) and _kind(cells[i + 1]) == "name"


_PROBE_LINES = 12  # lines read to tell whether a cell-per-line table puts blank lines between cells


def _blank_separated(blocks: list[Block]) -> bool:
    """Cells separated by blank lines (each line number two past the one before), so that two
    lines with nothing between them are one cell (基准值 / （2020年）, 120.14 / 平方公里)."""
    gaps = [
        b.line - a.line
        for a, b in pairwise(blocks[:_PROBE_LINES])
        if a.line is not None and b.line is not None
    ]
    return len(gaps) >= 4 and sum(1 for g in gaps if g >= 2) * 2 > len(gaps)


def _same_cell(before: Block, block: Block) -> bool:
    """Two lines of one cell: no blank line between them (a 注 line starts the text after)."""
    if _STOP.match(block.text.strip()):
        return False
    return before.line is not None and block.line is not None and block.line - before.line == 1


def _split_row(line: str) -> list[str] | None:
    """Cells of a pipe row or a row of space-separated cells; None for a single cell."""
    if line.count("|") >= 2:
        cells = [tidy(c) for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            return []  # a Markdown separator row
        return cells if sum(1 for c in cells if c) >= 2 else None
    parts = re.split(r"\s{2,}|\u3000+|\t", line.strip())
    return [tidy(c) for c in parts] if len(parts) >= 3 else None


def _single_cell(line: str) -> str | None:
    """`指标 |` or a bare short line: one cell of a cell-per-line table."""
    stripped = line.strip()
    if stripped.count("|") == 1 and stripped.endswith("|"):
        return tidy(stripped)
    if stripped == "|":
        return ""
    if "|" in stripped or len(stripped) > 60:
        return None
    return tidy(stripped)


class _Recover:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.out: list[Block] = []
        self.repairs: list[str] = []

    def run(self) -> tuple[list[Block], list[str]]:
        i = 0
        carry: list[str] | None = None  # a glued table's header, for its part after a page break
        while i < len(self.blocks):
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
            used = self._table_at(i) if self.blocks[i].kind == "paragraph" else 0
            if used:
                i += used
                continue
            self.out.append(self.blocks[i])
            i += 1
        return self.out, self.repairs

    def _texts(self, i: int, limit: int = 400) -> list[str]:
        texts = []
        for block in self.blocks[i : i + limit]:
            if block.kind != "paragraph":
                break
            texts.append(block.text)
        return texts

    def _table_at(self, i: int) -> int:
        texts = self._texts(i, 2)
        if not texts:
            return 0
        row = _split_row(texts[0])
        if row:
            return self._multi_cell_table(i, row)
        cell = _single_cell(texts[0])
        if (cell and _NAME_HEADER.search(cell) and _is_header_cell(cell)) or cell in _FIRST_CELLS:
            return self._cell_per_line_table(i)
        return 0

    def _emit(self, i: int, used: int, built: _Built, shape: str) -> int:
        if len(built.rows) < 2:
            return 0
        first = self.blocks[i]
        text = "\n".join("\t".join(r) for r in built.rows)
        self.out.append(Block(text, "table", first.page, first.line, None, built.rows))
        self.repairs.append(
            f"rebuilt an indicator table of {len(built.rows) - 1} rows from {shape} text"
        )
        return used

    def _cell_per_line_table(self, i: int) -> int:
        cells: list[tuple[int, str]] = []  # (block offset of the cell's last line, cell)
        lines = self.blocks[i : i + 400]
        blank_separated = _blank_separated(lines)
        for k, text in enumerate(self._texts(i)):
            stripped = text.strip()
            if len(stripped) > 1 and set(stripped) == {"|"}:
                continue  # ||||: the empty cells of a flattened two-level header
            cell = _single_cell(text)
            if cell is None:
                break
            if blank_separated and cells and _same_cell(lines[k - 1], lines[k]):
                # 120.14 / 平方公里 with no blank line between: one cell on two lines
                cells[-1] = (k, cells[-1][1] + cell)
                continue
            cells.append((k, cell))
        h = 0
        while h < len(cells) and (cells[h][1] == "" or _is_header_cell(cells[h][1])):
            h += 1
        cols = _columns([c for _, c in cells[:h]])
        if cols is None or h < 3:
            return 0
        body = cells[h:]
        built, used = _rows_from_cells([c for _, c in body], cols)
        consumed = body[used - 1][0] + 1 if used else cells[h - 1][0] + 1
        shape = "one-cell-per-line (blank lines between cells)" if blank_separated else None
        return self._emit(i, consumed, built, shape or "one-cell-per-line")

    def _multi_cell_table(self, i: int, header: list[str]) -> int:
        cols = _columns(header)
        if cols is None:
            return 0
        built = _Built([cols.cells])
        width = len(cols.cells)
        used = 1
        for text in self._texts(i + 1):
            cells = _split_row(text)
            if cells is None:
                break
            used += 1
            if not cells:
                continue
            filled = [c for c in cells if c]
            if len(filled) == 1 and _kind(filled[0]) == "name":
                built.rows.append(_group_row(cols, filled[0]))  # 经济发展: a category row
                continue
            if len(cells) > width:
                cells = [c for c in cells if c] if len(filled) <= width else cells[:width]
            cells = cells + [""] * (width - len(cells))
            built.rows.append(_placed(cells[:width], cols))
        shape = "pipe" if "|" in self.blocks[i].text else "space-separated"
        return self._emit(i, used, built, shape)


def _placed(cells: list[str], cols: _Columns) -> list[str]:
    """A pipe row laid out under its header by what its cells are. A cell merged over several
    rows (类别 健康水平 spanning rows 1–5) is written once, so the rows under it start one or two
    cells early (`2 | 婴儿死亡率 | ‰ | <5 | |`); a row without a unit puts its value where the unit
    stands (`15 | 出生人口性别比 | <109 | |`). Such a row is placed again: its 序号, its name in
    the name column, then the cells after it by kind (`_fill_row`)."""
    if _kind(cells[cols.name]) == "name" and (
        cols.unit is None
        or cols.unit >= len(cells)
        or _kind(cells[cols.unit]) != "value"
        or not cells[cols.unit]
    ):
        return cells
    at = next((k for k, c in enumerate(cells) if c and _kind(c) == "name"), None)
    if at is None or at > cols.name:
        return cells
    if at + 1 < len(cells) and _kind(cells[at + 1]) == "name":
        at += 1  # 健康水平 | 人均期望寿命: a category, then the row's own name
    elif _next_is_row(cells, at + 1, cols):
        at += 2  # 健康水平 | 1 | 人均期望寿命: a category, then the row's 序号 and name
    row = [""] * len(cells)
    row[cols.name] = cells[at]
    if at and cols.index is not None and _kind(cells[at - 1]) == "index":
        row[cols.index] = cells[at - 1]
    category = _category_column(cols)
    if category is not None and category < cols.name and at >= 2:
        row[category] = cells[0]
    _fill_row([c for c in cells[at + 1 :] if c], 0, cols, row)
    return row


def recover_tables(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Blocks with every indicator table that arrived as text rebuilt as a table block, and a
    repair line for each."""
    return _Recover(blocks).run()
