"""Budget performance-target tables (绩效目标表): their header, and their rows rebuilt from a
stream of cells whatever shape the table arrived in.

Every budget unit files, for each project and for its whole spending, a table of performance
targets: 一级指标 (产出/效益/满意度/成本指标) over 二级指标 (数量/质量/时效/成本/社会效益…指标) over
三级指标 (the indicator) | 指标值 (≥95%, 100%, 280人次), often with 指标性质 (≥, ≤, =), 计量单位 or
度量单位, 分值/权重 and 备注 columns. Copied from a web page, a merged 一级/二级 cell stands on its
first row only, an empty cell is dropped or kept as a blank line, and a row may be one line or
one line per cell. So the rows are rebuilt from the cells in order, each placed by what it is:
a 一级/二级 cell (known words ending 指标) sets the row's levels; the next cell is the indicator;
the cells after it fill the header's columns after the name (the value first) while they fit
them — a unit where the unit column stands, a sign where 指标性质 stands, a small number where
分值 stands; a cell that fits none opens the next row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from plantrack.read.lexicon import EMPTY_CELLS, UNIT_RE, unit_header

# 产出指标, 效益指标, 满意度指标, 成本指标 (一级); 数量指标, 社会效益指标, 服务对象满意度指标 (二级)
LEVEL_CELL = re.compile(
    r"^(?:[一二]级指标[：:])?\s*(?:项目)?(?:"
    # 产出, 数量, 社会效益: a core level's name, with or without 指标
    r"(?:产出|效益|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响)(?:指标)?"
    r"|(?:效果|满意度|影响|管理|履职|进度|经济成本|社会成本|生态环境成本|环境成本|环境效益|"
    r"可持续发展|可持续|服务对象满意度|社会公众满意度|群众满意度|公众满意度|受益对象满意度|服务对象|"
    r"经济|社会|生态)指标"
    # 社会公众或服务对象满意度指标: a group's longer name (服务对象满意度 alone is an indicator)
    r"|[\u4e00-\u9fff]{0,12}(?:满意度|效益|成本|影响)指标)\s*$"
)
_LEVEL_HEADER = re.compile(r"^(?:[一二]级指标|绩效指标|指标类型)$")
_NAME_HEADER = re.compile(
    r"^(?:三级指标(?:名称|内容)?|指标名称|指标内容|具体指标|绩效指标(?:名称|内容)|指标)$"
)
_VALUE_HEADER = re.compile(
    r"^(?:年度|全年|本年度?|中期|预期|计划|\d{4}年度?)?(?:绩效)?"
    r"(?:指标值|目标值|指标目标值|目标指标值|绩效目标|指标目标|目标)(?:及单位|[（(][^）)]{1,10}[）)])?$"
)
_SENSE_HEADER = re.compile(r"^(?:指标性质|指标方向|(?:运算|计算|比较)?符号|运算|比较|指标值类型)$")
_SCORE_HEADER = re.compile(r"^(?:分值|权重|指标权重|分数|权重[（(]%[）)])$")
_SENSE_CELL = re.compile(r"^(?:[≥≤≧≦=＝><＞＜]|>=|<=|定性|定量|正向|反向|[大小]于等于|等于)$")
_DIRECTION = re.compile(r"^(?:正向|反向|中性)(?:指标)?$")
_SCORE_CELL = re.compile(r"^\d{1,2}(?:\.\d)?分?$")
# 注：…, 填表说明, the next project's 项目名称: the table ends
_AFTER = re.compile(
    r"^(?:注[：:1１]|注\s*$|说明[：:]|填表说明|备注[：:]|项目名称|项目单位|主管部门|实施单位|"
    r"预算单位|单位名称|部门名称|资金情况|项目资金|年度(?:绩效|总体)?目标|总体目标|绩效目标\s*$)"
)
_FIGURE_CELL = re.compile(r"^(?:≥|≤|>=|<=|=|>|<|＞|＜)?\s*\d")
_NEXT_HEADER = re.compile(r"^[一二三]级指标$")  # the next table's header
_MAX_CELL = 60  # characters: a longer piece is prose after the table


@dataclass(frozen=True, slots=True)
class PerformanceHeader:
    """Which column of a 绩效目标表's header holds what (None: no such column)."""

    cells: tuple[str, ...]
    name: int
    value: int
    unit: int | None = None
    # the columns that may hold a comparator (指标性质 | 指标方向: 正向 | =, either may hold it)
    senses: tuple[int, ...] = ()

    @property
    def width(self) -> int:
        return len(self.cells)

    def levels_named(self) -> int:
        """How many 一级/二级指标 columns stand before the indicator's (指标类型 | 指标名称: none)."""
        return sum(1 for c in self.cells[: self.name] if _LEVEL_HEADER.match(c))


def performance_header(cells: Iterable[str]) -> PerformanceHeader | None:
    """The header of a budget performance-target table: a 一级/二级指标 column, the indicator's
    (三级指标) and a value column (指标值) after it; else None."""
    cells = tuple(re.sub(r"\s+", "", c) for c in cells)
    levels = [i for i, c in enumerate(cells) if _LEVEL_HEADER.match(c)]
    names = [i for i, c in enumerate(cells) if _NAME_HEADER.match(c) and i not in levels]
    if not levels or not names:
        return None
    name = names[-1]
    values = [i for i in range(name + 1, len(cells)) if _VALUE_HEADER.match(cells[i])]
    if not values or levels[0] > name:
        return None
    # 中期指标值 | 年度指标值: the year's (the table is filed with the year's budget)
    value = next((i for i in values if "年度" in cells[i] or "全年" in cells[i]), values[0])
    unit = next(
        (i for i in range(name + 1, len(cells)) if unit_header(cells[i]) or cells[i] == "度量单位"),
        None,
    )
    senses = tuple(i for i in range(name + 1, len(cells)) if _SENSE_HEADER.match(cells[i]))
    return PerformanceHeader(cells, name, value, unit, senses)


_LEVEL_NOTE = re.compile(r"[（(][^（）()]{1,10}[）)]$")


def level_name(cell: str) -> str:
    """产出 指标 -> 产出指标; 成本指标(必填硬性指标) -> 成本指标: a level cell's bare name."""
    return _LEVEL_NOTE.sub("", re.sub(r"\s+", "", cell))


def starts_levels(cell: str) -> bool:
    """产出指标, 效益指标(必填): a first level alone on its line — a table laid out as a tree
    (levels, then each indicator over its value) may open with it, under no header."""
    return bool(_FIRST_LEVEL.match(level_name(cell)))


def starts_levels_or_level(line: str) -> bool:
    """产出指标, 服务对象满意度指标: a line that is a level's name, first or second."""
    return bool(LEVEL_CELL.match(level_name(line.strip().strip("|"))))


TREE_HEADER = PerformanceHeader(("一级指标", "二级指标", "三级指标", "指标值"), 2, 3)


def header_span(cells: list[str]) -> tuple[int, int]:
    """(first, end) of the header words among a row's cells (专项年度绩效指标 | 一级指标 | … |
    指标值及单位: a label before them is not the header's); (0, 0) when there are none."""
    words = [k for k, c in enumerate(cells) if is_header_word(c)]
    return (words[0], words[-1] + 1) if words else (0, 0)


def is_header_word(cell: str) -> bool:
    """A cell of a 绩效目标表's header written one a line (一级指标 / 二级指标 / 三级指标 / 指标值)."""
    c = re.sub(r"\s+", "", cell)
    return bool(
        _LEVEL_HEADER.match(c)
        or _NAME_HEADER.match(c)
        or _VALUE_HEADER.match(c)
        or _SENSE_HEADER.match(c)
        or _SCORE_HEADER.match(c)
        or unit_header(c)
        or c == "度量单位"
        or bool(_OTHER_HEADER.match(c))
    )


# 绩效指标描述, 指标解释, 指标值说明, 评(扣)分标准, 指标方向性, 备注: the header's other columns
_OTHER_HEADER = re.compile(
    r"^(?:(?:绩效)?指标值?(?:描述|解释|说明|方向性?|口径|定义)|评\(?扣?\)?分标准|评分(?:规则|标准)|"
    r"备注|说明|计算公式|数据来源|(?:绩效|指标|评价)标准)$"
)


def _fits(cell: str, column: str, before_value: bool) -> bool:
    """Whether `cell` can stand in the header's `column` after the name."""
    if _VALUE_HEADER.match(column) or cell in EMPTY_CELLS:
        return True  # 280人次, 健全, 长期: the value, whatever it says; an empty cell anywhere
    if _SENSE_HEADER.match(column):
        return bool(_SENSE_CELL.match(cell))
    if unit_header(column) or column == "度量单位":
        return (
            cell in ("%", "％", "百分比", "‰")
            or bool(UNIT_RE.match(cell))
            or (len(cell) <= 4 and not re.search(r"\d", cell))
        )
    if _SCORE_HEADER.match(column):
        return bool(_SCORE_CELL.match(cell))
    if before_value:  # 维修面积 under 绩效指标描述: words before the value
        return not re.search(r"\d", cell)
    # 计划标准 under 绩效标准, 正向指标 under 指标方向性; a note or a scoring rule: words, not a
    # short indicator name
    return cell.endswith("标准") or bool(_DIRECTION.match(cell)) or len(cell) >= 8


def _placed(cell: str, after: list[str], header: PerformanceHeader) -> bool:
    """Put `cell` in the first column after the name, from the next free one, it fits (the
    columns it passes were empty cells a copy dropped: 召开会议 | 2 | 15 under 指标性质 | 指标值 |
    度量单位 | 权重); False when it fits none — it opens the next row."""
    columns = header.cells[header.name + 1 :]
    value = header.value - header.name - 1
    for j in range(len(after), len(columns)):
        if _fits(cell, columns[j], j < value):
            after.extend([""] * (j - len(after)))
            after.append(cell)
            return True
        if cell in EMPTY_CELLS:
            return False
    return False


_FIRST_LEVEL = re.compile(
    r"^(?:[一二]级指标[：:])?\s*(?:项目)?(?:产出|效益|效果|满意度|成本|影响|管理|履职)指标\s*$"
)


# ≥1个, ≥95%, ＞90, 100%: a figure with its bound or a rate (an account's 3,309,840.00 is neither)
_BOUND_FIGURE = re.compile(
    r"^(?:(?:≥|≤|>=|<=|＞|＜|>|<)\s*\d+(?:\.\d+)?\s*(?:%|％|‰|[\u4e00-\u9fff]{1,3})?"
    r"|\d+(?:\.\d+)?\s*(?:%|％|‰))$"
)


@dataclass(slots=True)
class _Rows:
    header: PerformanceHeader
    rows: list[list[str]]
    first: str = ""  # the 一级指标 the rows are under
    second: str = ""  # the 二级指标
    name: str | None = None
    after: list[str] | None = None  # the cells after the name

    def flush(self) -> None:
        h = self.header
        # (a row before any level is the form's: 820001-某镇人民政府 | 村组干部报酬 | 3,309,840.00)
        if self.name is not None and self.after and (self.first or self.second or self._aimed()):
            row = [""] * h.width
            levels = [i for i in range(h.name) if _LEVEL_HEADER.match(h.cells[i])]
            if len(levels) >= 2:
                row[levels[-2]], row[levels[-1]] = self.first, self.second
            elif levels:
                row[levels[0]] = self.second or self.first
            row[h.name] = self.name
            for k, cell in enumerate(self.after[: h.width - h.name - 1]):
                row[h.name + 1 + k] = cell
            self.rows.append(row)
        self.name, self.after = None, None

    def _aimed(self) -> bool:
        """A row whose value is a bound figure (≥1个, ≥95%) though no level stands before it
        (a copy that lost the merged 产出指标 | 数量指标 cells of the first rows)."""
        return bool(self.after) and _BOUND_FIGURE.match(self.after[0].strip()) is not None

    def level(self, cell: str) -> None:
        self.flush()
        if _FIRST_LEVEL.match(cell):
            self.first, self.second = cell, ""
        else:
            self.second = cell


def _alone(k: int, count: int, row_starts: frozenset[int]) -> bool:
    """Whether cell k is the only cell of its line."""
    return k in row_starts and (k + 1 == count or k + 1 in row_starts)


def _padding(cells: list[str], row_starts: frozenset[int]) -> frozenset[int]:
    """The empty cells right after the first cell of a line, before a cell with text on that
    line (a spreadsheet's copy of a row under merged cells: 保障退休职工人数 | | | = | 81)."""
    padding: set[int] = set()
    for start in row_starts:
        k = start + 1
        while k < len(cells) and k not in row_starts and cells[k].strip() in EMPTY_CELLS:
            k += 1
        if k > start + 1 and k < len(cells) and k not in row_starts:
            padding.update(range(start + 1, k))
    return frozenset(padding)


def _passed_over(cells: list[str], k: int, padding: frozenset[int], named: bool) -> bool:
    """Cell k stands in no column: 经济效益 / 指标, a level's name wrapped over two lines; or,
    right after a row's name (`named`), a merged cell's blanks copied after its text."""
    if cells[k].strip() == "指标" and k:
        return LEVEL_CELL.match(re.sub(r"\s+", "", cells[k - 1]) + "指标") is not None
    return named and k in padding


def performance_rows(
    header: PerformanceHeader, cells: list[str], row_starts: frozenset[int] = frozenset()
) -> tuple[list[list[str]], int]:
    """The table's rows (the header first, each row as wide as it) rebuilt from `cells`, the
    cells after the header in order, and how many of them the table used. `row_starts`: the
    indices of cells that open a line of their own (a pipe or spaced row), where a row with
    its value ends."""
    state = _Rows(header, [list(header.cells)])
    padding = _padding(cells, row_starts)
    used = 0
    for k, raw in enumerate(cells):
        cell = raw.strip()
        if LEVEL_CELL.match(bare := level_name(cell)):
            cell = bare  # 产出 指标, 时效指标(必填): a level's name spaced out or noted
        if len(cell) > _MAX_CELL and (
            (row_starts and not _alone(k, len(cells), row_starts))
            or (k + 1 < len(cells) and LEVEL_CELL.match(level_name(cells[k + 1])))
        ):
            continue  # a 年度目标 cell beside the levels (on their row, or just before them)
        if _AFTER.match(cell) or len(cell) > _MAX_CELL or _NEXT_HEADER.match(cell):
            break
        if k in row_starts and state.after:
            state.flush()
        if _passed_over(cells, k, padding, state.after == []):
            pass
        elif LEVEL_CELL.match(cell):
            state.level(cell)
        elif state.name is None:
            if cell in EMPTY_CELLS:
                used = k + 1
                continue
            if _FIGURE_CELL.match(cell) and state.second and header.levels_named() < 2:
                # 指标类型 | 指标名称 | 指标值: 产出指标 | 数量指标 | 375万平方米 — the level names it
                state.name, state.after = state.second, [cell]
            else:
                state.name, state.after = cell, []
        elif state.after is not None and _placed(cell, state.after, header):
            pass
        elif _FIGURE_CELL.match(cell) and state.after and not re.search(r"\d", state.after[0]):
            # 社会公众或服务 / 政策满意度 / ≥90%: a group's name cut short stood as the name, and
            # the indicator as its value; the figure with no room left shows it
            state.name, state.after = state.after[0], [cell]
        else:
            state.flush()
            if cell in EMPTY_CELLS:
                used = k + 1
                continue
            state.name, state.after = cell, []
        used = k + 1
    if state.name is not None and not state.after:
        used -= 1  # a name with no value after it: the text after the table
    state.flush()
    return state.rows, used if len(state.rows) > 1 else 0


# 一级指标二级指标三级指标指标值及单位: a header whose cells ran together (a PDF's text layer)
GLUED_HEADER = re.compile(
    r"(?:[一二]级指标){2}\s*三级指标(?:名称|内容)?\s*(?:指标值|目标值|年度指标值|指标目标值)(?:及单位)?"
)
_GLUED_LEVEL = re.compile(
    r"^(?:(?:项目)?(?:产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|环境效益|"
    r"可持续影响|服务对象满意度|社会公众满意度|经济成本|社会成本|生态环境成本)指标)"
)
_GLUED_VALUE = re.compile(
    r"^(?P<name>.+?)(?P<value>(?:≥|≤|>=|<=|=|＞|＜|>|<|不低于|不少于|不高于|不超过|达到|超过)?\s*\d.*)$"
)
_MAX_GLUED_ROW = 120  # characters: a longer line is prose after the table


def glued_performance_rows(lines: list[str]) -> tuple[list[list[str]], int]:
    """Rows (the header first) of a performance table whose cells ran together, from the lines
    under its glued header: `产出指标数量指标全年检测次数自愿咨询检测1000人次以上…` — the levels
    peeled off its start, the name up to the first figure, the value after; and how many lines
    the table used."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值"]]
    first = second = ""
    used = 0
    for k, line in enumerate(lines):
        text = re.sub(r"\s+", "", line)
        if not text or len(text) > _MAX_GLUED_ROW or _AFTER.match(text):
            break
        while m := _GLUED_LEVEL.match(text):
            if _FIRST_LEVEL.match(m.group(0)):
                first, second = m.group(0), ""
            else:
                second = m.group(0)
            text = text[m.end() :]
        value = _GLUED_VALUE.match(text)
        if text and value is None:
            break
        if value is not None:
            rows.append([first, second, value.group("name"), value.group("value")])
        used = k + 1
    return (rows, used) if len(rows) > 1 else ([], 0)


_RUN_ON_LEVEL = re.compile(_GLUED_LEVEL.pattern.lstrip("^"))
# 免费开放天数=300天, 完成率=100百分比: a name, a sign, a figure and its unit, run on
_RUN_ON_PAIR = re.compile(
    r"(?P<name>[^\d=≥≤<>＞＜]{2,40}?)\s*(?P<value>(?:≥|≤|>=|<=|=|＞|＜|>|<)?\s*\d+(?:\.\d+)?"
    r"(?:百分比|%|‰|人次|万人|个|次|天|人|家|项|场|所|户|村|名|件|篇|期|批|台|辆|座|公里|亩|小时)?)"
)


def run_on_performance_rows(text: str) -> list[list[str]]:
    """Rows (the header first) of a performance table run onto one line after its glued header
    (a scan's text: 产出指标数量指标免费开放天数=300天质量指标…): the line cut at every level's
    name, each piece's figures with the words before each as its indicator."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值"]]
    first = second = ""
    at = 0
    pieces = []
    for m in _RUN_ON_LEVEL.finditer(text):
        pieces.append((text[at : m.start()], first, second))
        if _FIRST_LEVEL.match(m.group(0)):
            first, second = m.group(0), ""
        else:
            second = m.group(0)
        at = m.end()
    pieces.append((text[at:], first, second))
    for piece, one, two in pieces:
        for m in _RUN_ON_PAIR.finditer(piece):
            name = m.group("name").strip().rstrip("%％")
            rows.append([one, two, name, m.group("value").strip()])
    return rows if len(rows) > 1 and (first or second) else []
