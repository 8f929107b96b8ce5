"""Rows of an indicator table rebuilt from a stream of cells, each cell placed by what it is.

A table copied as text loses its grid in many ways: one cell per line, blank lines between cells
or between rows, a merged category cell written on its first row only, an empty cell dropped or
kept as a blank line, a name wrapped over two lines, a value in words. Position alone cannot
rebuild that, so each cell is read for what it is — a 序号 (a small whole number that follows the
last one), an indicator name, a unit, a 属性 (约束性/预期性), a value (a number with a comparator
or unit, a bracketed value, an absent marker — / - / 一) — and a row is what lies between one
row's start and the next: `[category] [序号] name… [unit] [属性] value…` in any order after the
name. A row starts at a 序号 that follows the last one, or at a name after the row's values; a
blank cell fills a value column only while the row still lacks values; a name between a row's
values and a full row is a value in words (2027年60%，2028年进一步优化布局). The names of a row: the
last is the indicator; one before a 序号 (or a short one before the indicator where the header
has no room for it) is the category; the others (一级指标 over 二级指标) are dropped; a 其中
layout (name, 其中:A, B, then each column's values) gives a row per part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from plantrack.read.lexicon import (
    EMPTY_CELLS,
    QUALITATIVE_UNITS,
    UNIT_RE,
    VALUE_PERIOD_NOTE,
    category_column,
    strip_list_number,
    words_column,
)

ATTR = re.compile(r"^(?:约束性|预期性|约束|预期)(?:\[\d\]|［\d］)?$")  # 预期性[1]: a footnote mark
INDEX = re.compile(r"^\d{1,2}$")
_NUMERIC = re.compile(
    r"^[\[〔［【(（]?\s*(?:≥|≤|>=|<=|＞|＜|>|<|约|累计|达到|不低于|不高于|不超过|超过|低于|高于|不少于)?\s*"
    r"[-－−]?\d[\d,.]*(?:\s*[-—–~～至]\s*\d[\d,.]*)?\s*(?:%|％|‰)?\s*(?:以上|以下|以内|左右|上下)?\s*[\]〕］】)）]?$"
)
# 下降15%, 提高2个百分点: a change as a value
_CHANGE_VALUE = re.compile(
    r"^(?:下降|降低|减少|提高|提升|增长|增加)\s*\d[\d,.]*\s*(?:%|％|个百分点)?\s*(?:以上|左右|以内)?$"
)
# （2021年-2025年）, （2025年较2020年下降）: a note on the line under a value, about its period
YEAR_NOTE = re.compile(r"^[（(]\s*(?:19|20)\d\d\s*年?[^（）()]{0,16}[）)]$")
# 年均…, 人均…, 单位…: words that open an indicator's name, never a category's
_NAME_OPENING = re.compile(r"^(?:年均|人均|单位|每万|每千|万元|户均|亩均)")
# 11.4年, 12.3年以上, 75L/d: a number with a unit word (the unit checked against UNIT_RE)
_NUMBER_UNIT = re.compile(
    r"^(?:≥|≤|>=|<=|＞|＜|>|<|约)?\s*\d[\d,.]*\s*(?P<unit>[^\d\s]{1,6}?)\s*"
    r"(?:及以上|以上|以下|以内|左右|上下)?$"
)
EMPTY = EMPTY_CELLS | {"一"}  # a lone 一 stands for — in copied tables
# an indicator name ends like one: a unit bracket, a footnote mark, 率/比例/量 …
NAME_END = re.compile(
    r"(?:[（(][^）)]{1,12}[）)]|\[\d\]|率|比例|比重|量|数|面积|总额|值|收入|度|寿命|指数|人口|里程"
    r"|能力|规模|时间|产量|人数|个数|家数|面积比|占比)$"
)
# words that make a text cell a value (与经济增长同步, 完成国家下达任务), not an indicator name
_VALUE_WORDS = re.compile(
    r"同步|完成|下达|确保|稳定|保持|优于|达到|达标|控制|基本|全面|持续|逐步|负增长"
)
STOP = re.compile(
    r"^(?:注[：:1１]|注\s*$|说明[：:]|备注[：:]|资料来源|附件\s*\d*\s*[：:]?\s*$|附表\s*\d*\s*[：:]?\s*$"
    r"|\[\d+\]|［\d+］|〔\d+〕\s*\S{6})"
)
# ≥98%（除危废外）: words in brackets after a value qualify it
QUALIFIER_RE = re.compile(r"(?<=[\d%％‰上下内右])\s*[（(][^（）()\d]{1,12}[）)]$")
# a value in words where a value column stands: 2027年60%，2028年…, 启动8个…项目, 与经济增长同步
_TEXT_VALUE = re.compile(
    r"[，,；;。]|\d|同步|完成|下达|确保|不低于|不少于|以上|以内|^(?:高于|低于|动态)|调整$"
    r"|考核$|(?:局|委|办)$"  # 年终…综合考核; 区发改局区统计局: the unit that checks it
)
_NUMBERED_HEADING = re.compile(r"^\d{1,2}[.、．。]\s*[^\d\s.．]")
_SUB_MARK = re.compile(r"^其中[:：]?\s*")
# ≥5, <5.5, 80%以上: a value with a bound is a target
_BOUND = re.compile(
    r"^[\[〔［【(（]?\s*(?:≥|≤|>=|<=|＞|＜|>|<|不低于|不高于|不超过|不少于|超过)|(?:以上|以下|以内)$"
)
# a sentence (a clause, then one ending in 。): the paragraph after the table
_SENTENCE = re.compile(r"^.{6,}[，；].{6,}。$")
MAX_CATEGORY = 8
_WRAP_PIECE = 8  # characters of a worded value's second line, at most
_CATEGORY_PIECE = 3  # characters of one line of a category cell broken over several lines
_FIGURE = re.compile(r"\d")
_FIGURE_FIRST = re.compile(r"^(?:[<>≤≥＜＞]|不低于|不少于|约)?\d")
_MAX_CELL = 60
_ANNEX = re.compile(r"^(?:附表|附件)\s*\d*\s*[：:]?\s*$")
# 2000（1000）公里: a value and, in brackets, its part's (市域绿道长度（骨干绿道长度）)
_PART_VALUE = re.compile(r"^\d[\d.]*\s*[（(]\d[\d.]*[）)]\s*[^\d\s（()）]{0,6}$")
# 提升, 显著提升, 降低: a direction where a value stands (its row's target in words)
_TREND_VALUE = re.compile(
    r"^(?:显著|明显|稳步|持续|进一步|有所)?(?:提升|提高|降低|下降|改善|增加|减少|增长)$"
)
# 重点城市≥30: a value for a part named before it (two or more stand in one cell, one per line)
LABELLED_VALUE = re.compile(
    r"^[\u4e00-\u9fff]{2,6}(?:≥|≤|>=|<=|＞|＜|>|<|不低于|不少于|不高于|不超过)\s*\d[\d.]*\s*(?:%|‰)?$"
)


@dataclass(slots=True)
class Columns:
    cells: list[str]  # header cells, cleaned
    index: int | None
    name: int
    unit: int | None
    attr: int | None
    upper: int = 0  # name columns over the row's own (一级指标 over 二级指标), dropped
    target: int | None = None  # the target column (目标, the latest year)

    @property
    def after_name(self) -> list[int]:
        return list(range(self.name + 1, len(self.cells)))

    @property
    def values(self) -> list[int]:
        """The value columns: after the name, not the unit or 属性."""
        return [c for c in self.after_name if c not in (self.unit, self.attr)]

    @property
    def category(self) -> int | None:
        """The 类别/领域 column, if any."""
        return category_column(self.cells, self.name)


# 预计20 (a base year's figure, estimated), 5—5.5* (a mark the note explains), 2.1∶1左右 (a ratio)
_ESTIMATED_OR_MARKED = re.compile(r"^(?:预计|预估)\s*|\s*\\?[*＊※]$")
_TWO_VALUES = re.compile(
    r"^(?:≥|>|＞|约)?\s*\d[\d.]*\s*[^\d\s/]{1,6}\s*/\s*\d[\d.]*\s*[^\d\s/]{1,6}$"
)
_LISTED_VALUES = re.compile(r"^\d[\d.]*%?(?:、\d[\d.]*%?)+$")
_RATIO_VALUE = re.compile(r"^(?:≤|≥|<|>|约)?\s*\d[\d.]*\s*[∶:：]\s*1\s*(?:左右|以内|以下|以上)?$")


def _bare(cell: str) -> str:
    """A cell without its qualifier and the note of its period or scope (35(邵阳市) -> 35)."""
    return QUALIFIER_RE.sub("", VALUE_PERIOD_NOTE.sub("", cell))


def index_number(cell: str) -> int | None:
    """The whole number of a cell `kind` calls an index, without the note it may carry (35(邵阳市))."""
    whole = _LEADING_WHOLE.match(_bare(cell).strip())
    return int(whole.group(0)) if whole else None


_LEADING_WHOLE = re.compile(r"\d+")


def kind(cell: str) -> str:
    """index | attr | unit | value | name (an empty cell is a value)."""
    cell = _bare(cell)
    if (cell[:1] == "预" or cell[-1:] in "*＊※") and cell != (
        bare := _ESTIMATED_OR_MARKED.sub("", cell)
    ):
        return "value" if _NUMERIC.match(bare) or _RATIO_VALUE.match(bare) else "name"
    if ("∶" in cell or ":" in cell or "：" in cell) and _RATIO_VALUE.match(cell):
        return "value"
    if "/" in cell and _TWO_VALUES.match(cell):
        return "value"  # >40万千瓦/80万千瓦时: a store's power and its energy
    if INDEX.match(cell):
        return "index"
    if ATTR.match(cell):
        return "attr"
    if UNIT_RE.match(cell) or cell in QUALITATIVE_UNITS:
        return "unit"  # before the numbers: 1/万 is a unit; 定性 in the 单位 column
    if cell in EMPTY or _NUMERIC.match(cell) or _CHANGE_VALUE.match(cell):
        return "value"
    if LABELLED_VALUE.match(cell) or _PART_VALUE.match(cell) or _TREND_VALUE.match(cell):
        return "value"
    if "、" in cell and _LISTED_VALUES.match(cell):
        return "value"  # 13、5 under 累计农业投资(亿元)、引进亿元项目(个): a value for each
    number = _NUMBER_UNIT.match(cell)
    if number and UNIT_RE.match(number.group("unit")):
        return "value"
    if _NUMBERED_HEADING.match(cell):
        return "name"  # 1.持续量质并重，…: a heading (a paragraph's, or a row's numbered name)
    if cell[:1] in "[〔［【" or (_VALUE_WORDS.search(cell) and not NAME_END.search(cell)):
        return "value"
    return "name"


def namelike(cell: str) -> bool:
    """A name, or words that read as a value but hold no number (达到…要求的面积比) where a
    name must stand: after a 序号."""
    k = kind(cell)
    return k == "name" or (
        k == "value"
        and cell not in EMPTY
        and cell[:1] not in "[〔［【"
        and not re.search(r"\d", cell)
    )


def wrapped(cell: str, nxt: str) -> bool:
    """A name cut over two lines: 单位地区生产总值 / 能耗降低（%）."""
    opened = cell.count("（") + cell.count("(") > cell.count("）") + cell.count(")")
    return opened or cell.endswith(("的", "和", "及", "、", "与")) or nxt.startswith(("（", "("))


def ends_table(cell: str) -> bool:
    """A 注 line or a paragraph: the text after the table (a heading such as 二、主要任务 may be a
    category: names without values at the end are left to the paragraphs)."""
    return bool(STOP.match(cell)) or len(cell) > _MAX_CELL or bool(_SENTENCE.search(cell))


@dataclass(slots=True)
class _Row:
    before: list[str] = field(default_factory=list)  # names before the row's 序号: a category
    number: int | None = None
    names: list[str] = field(default_factory=list)
    unit: str = ""
    attr: str = ""
    values: list[str] = field(default_factory=list)
    tail: bool = False  # a unit, 属性 or value seen: the name is complete

    @property
    def started(self) -> bool:
        return bool(self.before or self.names or self.number is not None)


class _Assembler:
    def __init__(
        self, cells: list[str], cols: Columns, index_places: frozenset[int] | None = None
    ) -> None:
        self.cells = cells
        self.cols = cols
        self.index_places = index_places  # the cells a 序号 may stand in, when lines are rows
        self.need = len(cols.values)
        self.rows: list[list[str]] = [cols.cells]
        self.group = ""
        self.number: int | None = None  # the last row's 序号
        self.used = 0

    def _next(self, i: int) -> str | None:
        """The next non-empty cell after i."""
        return next((c for c in self.cells[i + 1 :] if c), None)

    def _is_row_number(self, row: _Row, cell: str, i: int) -> bool:
        """A small whole number starts a row when it follows the last 序号 and the row before
        is full, or a name comes next (row 1's target 2 before row 2's 序号 2 is a value)."""
        places = self.index_places
        if self.cols.index is None or (places is not None and i not in places):
            return False  # (…| 10 | 12 | 县农业农村局 |: a value, not row 12's 序号, inside a line)
        follows = self.number is None or index_number(cell) == self.number + 1
        nxt = self._next(i)
        before_name = nxt is not None and namelike(nxt)
        if not row.tail:  # a category, then its first row's 序号
            return not row.names or (follows and before_name)
        return (follows and (len(row.values) >= self.need or before_name)) or (
            len(row.values) >= self.need and before_name
        )

    def _blank_value(self, row: _Row) -> bool:
        """A blank line right after the name where the column after the name holds values
        (指标 | 2025年 | 2030年, an empty 2025 cell): the empty first value."""
        cols = self.cols
        after = cols.name + 1
        return bool(row.names) and not row.tail and after < len(cols.cells) and after in cols.values

    def _words_value(self, row: _Row, cell: str, i: int) -> bool:
        """Words where the row's value is due: they hold a figure or a value word, or the row
        has no value yet and the next row's 序号 follows (高于全市平均水平). A row with some of
        its values (an empty cell dropped) may be followed by a category row (绿色生态), so
        there words without a value word are a name."""
        if _NUMBERED_HEADING.match(cell):
            return False  # 1.持续量质并重，…: a numbered heading after the table
        if _TEXT_VALUE.search(cell):
            return True
        nxt = self._next(i)
        return (
            not row.values
            and self.cols.category is None
            and self.cols.index is not None
            and nxt is not None
            and INDEX.match(nxt) is not None
            and self.number is not None
            and index_number(nxt) == self.number + 1
        )

    def _ends(self, row: _Row, cell: str) -> bool:
        """附表2, a 注 line or a paragraph: the table has ended ([4] where a value is due is a
        value, not a footnote)."""
        due = row.tail and len(row.values) < self.need
        return bool(_ANNEX.match(cell)) or (ends_table(cell) and not due)

    def _in_words_column(self, row: _Row) -> bool:
        """The row's next value column holds words (数据提供部门, 牵头单位, 备注), not figures."""
        values = self.cols.values
        return len(row.values) < len(values) and words_column(
            self.cols.cells[values[len(row.values)]]
        )

    def _joins_last_value(self, row: _Row, cell: str) -> bool:
        """The cell goes on the row's last value: its period note (36 / （2021年-2025年）) or
        its second line (基本实现免费开放、 / 延长开放)."""
        last = row.values[-1] if row.values else ""
        if (last and YEAR_NOTE.match(cell)) or (
            row.values and _continues(last, cell, len(row.values) < self.need)
        ):
            row.values[-1] += cell
            return True
        return False

    def _body_cells(self) -> Iterator[tuple[int, str]]:
        """The cells with their places, past the header a page break repeats (序号 | 指标名称 | …
        again: no row)."""
        header = self.cols.cells
        again = -1
        for i, cell in enumerate(self.cells):
            if i < again:
                continue
            if cell == header[0] and self.cells[i : i + len(header)] == header:
                again = i + len(header)
                continue
            yield i, cell

    def run(self) -> tuple[list[list[str]], int]:
        row = _Row()
        end = len(self.cells)
        for i, cell in self._body_cells():
            if not cell:
                if (row.tail and len(row.values) < self.need) or self._blank_value(row):
                    row.values.append("")  # a blank cell where a value stands
                    row.tail = True
                continue
            if self._ends(row, cell):
                end = i
                break
            if self._joins_last_value(row, cell):
                continue
            k = kind(cell)
            if k == "value" and row.number is not None and not row.names and namelike(cell):
                k = "name"  # after a 序号 stands a name
            if k == "index" and self._is_row_number(row, cell, i):
                if row.tail:
                    self._close(row, i)
                    row = _Row()
                row.before, row.names = row.before + row.names, []
                row.number = self.number = index_number(cell)
                continue
            if k == "name":
                if (
                    row.tail
                    and len(row.values) < self.need
                    and (self._words_value(row, cell, i) or self._in_words_column(row))
                ):
                    row.values.append(cell)  # a value in words, or the 责任单位 cell
                    continue
                if row.tail:
                    self._close(row, i)
                    row = _Row()
                row.names.append(cell)
                continue
            if not row.names:
                if row.started or k != "value":
                    continue
                end = i
                break  # a number where a row should start: the table ended
            row = self._tail_cell(row, cell, k, i)
        if row.tail:
            self._close(row, end)
        return self.rows, self.used

    def _second_measure(self, row: _Row, i: int) -> bool:
        """A unit after a finished row (its 属性 read, the unit column filled) with values after
        it: the second row of a name merged over two rows (★煤炭消费量及比重 | 万吨 | 182.8 … |
        约束性 / % | 1.8 …), which repeats the name with its own unit."""
        cols = self.cols
        nxt = self._next(i)
        return (
            bool(row.attr and row.unit and row.names)
            and cols.attr is not None
            and cols.unit is not None
            and cols.attr > max(cols.values, default=cols.attr)
            and len(row.values) >= self.need
            and nxt is not None
            and kind(nxt) == "value"
        )

    def _tail_cell(self, row: _Row, cell: str, k: str, i: int) -> _Row:
        """Place a unit, 属性 or value cell; the row it leaves open (a new one for a second
        measure)."""
        if k == "unit" and self._second_measure(row, i):
            self._close(row, i)
            return _Row(names=[_join_wrapped(row.names)[-1]], unit=cell, tail=True)
        self._cell(row, cell, k)
        return row

    def _cell(self, row: _Row, cell: str, k: str) -> None:
        row.tail = True
        if k == "attr" and not row.attr:
            row.attr = cell
        elif k == "unit" and not row.unit and self.cols.unit is not None:
            row.unit = cell
        elif k == "unit" and row.values and row.values[-1]:
            row.values[-1] += cell  # 18000 / 亿元: the unit on the line under its value
        elif k in ("value", "index"):
            row.values.append(cell)

    def _close(self, row: _Row, end: int) -> None:
        """Write a finished row (and its category, 其中 parts) into the table."""
        self.used = end
        names = _join_wrapped(row.names)
        row.values = _join_labelled(row.values, self.need)
        if row.before:
            self.group = strip_list_number(row.before[-1])
        if not names:
            return
        if len(names) >= 2 and not any(row.values):
            row.values = _trailing_values(names)
        if (
            self.cols.category is not None
            and len(names) >= 3
            and all(len(n) <= _CATEGORY_PIECE for n in names[:-1])
        ):
            # 地震 / 监测 / 预报 / 预警 / 能力 / 地震监测能力: a category cell one piece per line
            names = ["".join(names[:-1]), names[-1]]
        built = _sub_layout(names, row.values, self.cols)
        if built is None:
            name = names[-1]
            if len(names) >= 2 and not self.cols.upper:
                first = _marked_category(strip_list_number(names[0]))
                if row.number is not None and not _category_after_index(self.cols):
                    name = "".join(names)  # after its 序号, a name wrapped over two lines
                elif (
                    self.cols.category is not None or len(first) <= MAX_CATEGORY
                ) and not _NAME_OPENING.match(first):
                    self.group = first
                else:
                    name = "".join(names)
            built = [self._placed(name, row)]
            _under_parent(built[0], self.rows, self.cols)
        if self.cols.category is None and self.group and self.group != self._last_group():
            group_row = [""] * len(self.cols.cells)
            group_row[self.cols.name] = self.group
            self.rows.append(group_row)
        for out in built:
            self._finish(out, row)

    def _last_group(self) -> str | None:
        for r in reversed(self.rows[1:]):
            if not any(c for i, c in enumerate(r) if i != self.cols.name):
                return r[self.cols.name]
        return None

    def _placed(self, name: str, row: _Row) -> list[str]:
        """The row's cells in their columns. Too few values (an empty cell dropped): one with a
        comparator (≥5) is a target and goes to the target column, the others after it."""
        cols = self.cols
        out = [""] * len(cols.cells)
        out[cols.name] = name
        columns = cols.values
        if (
            cols.unit is not None
            and not row.unit
            and len(row.values) == len(columns) + 1
            and row.values[0] in EMPTY
        ):
            row.values = row.values[1:]  # 指数 | / | 预期性 | 0.6 | 0.6: the / stood for no unit
        if (
            0 < len(row.values) < len(columns)
            and cols.target in columns
            and _BOUND.search(row.values[0])
            and columns.index(cols.target) + len(row.values) <= len(columns)
        ):
            columns = columns[columns.index(cols.target) :]
        elif (
            0 < len(row.values) < len(columns)
            and columns[-1] == cols.target
            and all(v not in EMPTY and kind(v) in ("value", "index") for v in row.values)
        ):
            # an empty cell dropped from values under 基期 | 2025年 | 2035年: the empty cell is
            # the base (an indicator new to the plan has none), the figures are its targets
            columns = columns[len(columns) - len(row.values) :]
        for col, value in zip(columns, row.values, strict=False):
            out[col] = value
        if cols.unit is not None:
            out[cols.unit] = row.unit
        if cols.attr is not None:
            out[cols.attr] = row.attr
        return out

    def _finish(self, out: list[str], row: _Row) -> None:
        cols = self.cols
        if cols.unit is not None and not out[cols.unit]:
            out[cols.unit] = row.unit
        if cols.attr is not None and not out[cols.attr]:
            out[cols.attr] = row.attr
        if cols.index is not None:
            out[cols.index] = str(len(self.rows))
        category = cols.category
        if category is not None and not out[category]:
            out[category] = self.group
        self.rows.append(out)


def _marked_category(name: str) -> str:
    """※能源生产供应（除…外）: a category marked ※, its note in brackets set aside."""
    if name[:1] not in "※■":  # ★ marks a binding indicator, not a category
        return name
    return CATEGORY_NOTE.sub("", name[1:]) or name


# （除“十四五”期间预计投产的项目外）: a note in brackets after a category's name
CATEGORY_NOTE = re.compile(r"[（(][^（）()\d]*[）)]$")


def _continues(value: str, cell: str, short: bool) -> bool:
    """The cell is the second line of the value before it: that value ends with 、 or ，, or,
    while the row still lacks values, it holds a figure and ends in words the cell goes on
    with (50%以上公园绿地 / 全时段开放)."""
    if INDEX.match(cell):
        return False
    if value.endswith(("、", "，")):
        return True
    return (  # the cheap tests first: `kind` runs a dozen patterns
        short
        and len(cell) <= _WRAP_PIECE
        and not _FIGURE.search(cell)
        and bool(_FIGURE.search(value))
        and bool(re.search(r"[\u4e00-\u9fff]{2}$", value))
        and kind(cell) == "name"
        and kind(value) == "name"
    )


def _join_labelled(values: list[str], need: int) -> list[str]:
    """重点城市≥30 / 一般城市≥15 where one value is due: the labelled values of a row share out
    evenly over the columns the other values leave (each column's parts joined by ；)."""
    if len(values) <= need:
        return values
    runs: list[list[str]] = []
    for value in values:
        if LABELLED_VALUE.match(value) and runs and LABELLED_VALUE.match(runs[-1][-1]):
            runs[-1].append(value)
        else:
            runs.append([value])
    labelled = [r for r in runs if LABELLED_VALUE.match(r[0])]
    free = need - (len(runs) - len(labelled))
    if len(labelled) != 1 or free < 1 or len(labelled[0]) % free:
        return values
    run, size = labelled[0], len(labelled[0]) // free
    out: list[str] = []
    for r in runs:
        if r is run:
            out.extend("；".join(run[k : k + size]) for k in range(0, len(run), size))
        else:
            out.extend(r)
    return out


def _trailing_values(names: list[str]) -> list[str]:
    """The row's values among the cells read as names (no value read else): figures in a unit
    the lexicon does not know (4.65km/km² | 4.8km/km2, 98%、98%), taken from the end; or one
    cell of words with a figure (30分钟提供…意见). Removed from `names`."""
    values: list[str] = []
    while len(names) >= 2 and _FIGURE_FIRST.match(names[-1]):
        values.insert(0, names.pop())
    if not values and _FIGURE.search(names[-1]):
        values.append(names.pop())
    return values


def _category_after_index(cols: Columns) -> bool:
    """序号 | 类别 | 指标: the category stands between a row's 序号 and its name."""
    category = cols.category
    return category is not None and cols.index is not None and category > cols.index


def _join_wrapped(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if out and wrapped(out[-1], name):
            out[-1] += name
        else:
            out.append(name)
    return out


def _sub_layout(names: list[str], values: list[str], cols: Columns) -> list[list[str]] | None:
    """A row with 其中 parts, its names first, then each column's values row by row:

        4.义务教育标准班额比例(%) / 其中:小学 / 初中 / 34.52% / 77.34% / 80%以上 / 85%以上 / 预期性
        -> 义务教育标准班额比例（小学）(%) 34.52% 80%以上, 义务教育标准班额比例（初中）(%) …

    When there are as many value groups as names, the first name is a row too (幼儿教师学历比例
    / 其中:本科学历比例). None when the cells are not laid out like that."""
    columns = cols.values
    if len(names) < 2 or not columns or len(values) <= len(columns):
        return None
    subs = [_SUB_MARK.sub("", s) for s in names[1:]]
    if not (_SUB_MARK.match(names[1]) or len(subs) >= 2):
        return None
    if len(values) == len(columns) * (len(subs) + 1):
        row_names = [names[0], *subs]
    elif len(subs) >= 2 and len(values) == len(columns) * len(subs):
        parent = strip_list_number(names[0])
        unit = re.search(r"[（(][^（()）]{1,12}[）)]$", parent)
        stem = parent[: unit.start()] if unit else parent
        tail = unit.group(0) if unit else ""
        row_names = [f"{stem}（{sub}）{tail}" for sub in subs]
    else:
        return None
    rows = []
    for r, row_name in enumerate(row_names):
        out = [""] * len(cols.cells)
        out[cols.name] = row_name
        for c, col in enumerate(columns):
            out[col] = values[c * len(row_names) + r]
        rows.append(out)
    return rows


def _under_parent(row: list[str], rows: list[list[str]], cols: Columns) -> None:
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


def rows_from_cells(
    cells: list[str], cols: Columns, index_places: frozenset[int] | None = None
) -> tuple[list[list[str]], int]:
    """The table's rows (header first) from the cells after its header, and the number of cells
    they used (the text after the table is left to the paragraphs). `index_places`: when every
    line is a whole row, the cells a 序号 may stand in (its column's place in a line)."""
    return _Assembler(cells, cols, index_places).run()
