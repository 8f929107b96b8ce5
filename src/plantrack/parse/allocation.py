"""Allocation tables (任务分解表): one target per place and amount column.

序号 | 街镇 | 2026年任务量（亩） | … gives, for each town and for the 总计 row, the amount as a
target: 马陆镇2026年任务量 ≥ 122.52 亩, due in the amount header's year (else the plan's end), an
increment when the header says 新增.

A header over two rows arrives flattened, its top cells first and then the cells under the groups:
序号 | 街镇 | 总面积分布情况 | 2024-2026年任务量 | 纳入重点整治 | 分年度任务量 | 件数 | 面积 | 2024年 |
2025年 | 2026年, over rows of nine cells. The columns are rebuilt from the row width: the trailing
cells that name a year or a count (件数, 面积) stand under the top cells that name a group (…情况,
分年度…), the year cells under the yearly group. Amount columns are those that name a task, a
target or a year; a group that describes the present (分布情况, 现状, 存量) is not read. When the
header cannot be rebuilt so, only the column right after the place is read, as its first amount
(the columns after a merged cell do not stand under their headers). The table arrives from any
reader (a .docx/.html table, tab text, or one cell per line rebuilt by `read.allocation_tables`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from plantrack.model import Location, Target
from plantrack.parse.header_rows import group_expanded, split_by_sums
from plantrack.parse.numbers import normalise, parse_number
from plantrack.parse.table_cells import PRE_COMP
from plantrack.parse.target_words import INCREMENT_RE
from plantrack.read.allocation_tables import (
    AMOUNT_HEADER,
    FIGURE,
    FIGURE_WITH_UNIT,
    PLACE_HEADER,
    UNIT_BRACKET,
    YEAR_CELL,
    caption_unit,
)
from plantrack.read.lexicon import UNIT_RE

_YEAR = re.compile(r"((?:19|20)\d\d)年")
# 2024-2026年, 24-26年: a period; its last year is the deadline
_SPAN = re.compile(r"(?:(?:19|20)?\d\d)\s*[-—–~至]\s*((?:19|20)?\d\d)年")
_LEADING_FIGURE = re.compile(r"^\d+(?:\.\d+)?")
# cells under a group: a year (2024年约1900亩, YEAR_CELL) or a count of what there is (件数, 面积)
_SUB_CELL = re.compile(r"^(?:件数|个数|宗数|数量|面积|图斑|户数|人数)(?:[（(][^）)]*[）)])?$")
_GROUP = re.compile(r"情况$|分年度|年度任务|分布|构成|分解|计划(?:[（(][^）)]*[）)])?$")
_STOCK = re.compile(r"分布情况|现状|存量|总面积|人口数?$")  # 老年人口数（人）: what there is
# what an amount column names (纳入24-26年重点整治: the area to be dealt with first)
_AMOUNT = re.compile(r"任务|目标|计划|规划|新增|增加|合计|重点|扩招|(?:19|20)\d\d年")
_TASK = re.compile(r"任务|目标|计划")
_NEW = re.compile(rf"^(?:(?:19|20)\d\d年)?(?:{INCREMENT_RE.pattern})|(?:规划|计划)新增|^新规划")
_DONE = re.compile(r"已(?:整治|完成|建成|实施)")
# 累计开工数, 累计完成投资额（万元）, 开工率, 计划投资完成率: a progress report's columns of what was
# done so far beside a planned column (not 累计新增: a period's total to add)
_PROGRESS = re.compile(r"^(?:累计|实际)(?:完成|开工|建成|实施|到位)|(?:完成|开工|建成|到位)率$")
# 计划完成数, 年度计划, 目标任务: the column of what was planned that a progress report holds its columns of
# work done against (a plan's table of 累计完成造林 alone sets period totals)
_PLANNED_COLUMN = re.compile(r"^(?:年度)?(?:计划|目标|任务)")
# 计划完成数: a count with no unit of its own
_COUNT_MEASURE = re.compile(r"(?:完成|任务|开工|建设|改造)数$")
_COUNTED = re.compile(r"(?:人数|数量|规模|基数)$")  # 1995年招生人数: a count the tasks start from


# 2024年约1900亩: a column's total written into its header
_HEADER_FIGURE = re.compile(
    r"(?P<about>约)?(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>万?亩|公顷|个|家|户|公里|平方米)"
)


@dataclass(slots=True)
class _Amount:
    column: int  # the cell of each row
    measure: str  # the header's words, without the unit and a total written into it
    deadline: int | None
    label: str  # the header's words as written (2024年约1900亩)
    unit: str | None = None  # the column's own unit, in its header's brackets (换电站（座）)
    base: tuple[int, int] | None = None  # (column, year) of the same measure before the plan


def _place_column(header: list[str]) -> int | None:
    """Where the place stands: after 序号 (序号 | 街镇 | …) or first (街镇 | … without 序号)."""
    cells = [c.strip() for c in header]
    if len(cells) >= 3 and cells[0] == "序号" and PLACE_HEADER.match(cells[1]):
        return 1
    return 0 if cells and PLACE_HEADER.match(cells[0]) else None


def joined_header(rows: list[list[str]]) -> list[list[str]]:
    """A header written over two rows (省（市） | … | 分年度招生任务 / 1996年 | 1997年 | 1998年):
    one header row, its top cells then the cells under their group (see `_leaves`)."""
    if len(rows) < 3:
        return rows
    under = [c.strip() for c in rows[1] if c.strip()]
    if not under:
        return rows
    if len(under) < len(rows[0]) and all(YEAR_CELL.match(c) for c in under):
        return [[*rows[0], *under], *rows[2:]]
    return group_expanded(rows) or rows


def is_allocation_table(rows: list[list[str]]) -> bool:
    """序号 | a place | an amount (or a place first): the header of an allocation table."""
    rows = joined_header(rows)
    if len(rows) < 2 or len(rows[0]) < 3:
        return False
    place = _place_column(rows[0])
    if place is None:
        return False
    return any(AMOUNT_HEADER.search(c) for c in rows[0][place + 1 :])


def _deadline(label: str, end_year: int | None) -> int | None:
    span = _SPAN.search(label)
    if span:
        year = int(span.group(1))
        return year + 2000 if year < 100 else year
    year = _YEAR.search(label)
    return int(year.group(1)) if year else end_year or None


def _named_group(top: list[str], under: list[str]) -> int | None:
    """新增养老床位 over 2007年床位数与老年人口比例 | 2010年… | 2008年新增床位指标数（张）: the one top
    cell, no unit of its own, whose words each cell under it repeats (the cells under it name
    their measure in full), else None."""
    found = [
        i
        for i, cell in enumerate(top)
        if under
        and not UNIT_BRACKET.search(cell)
        and all(any(cell[k : k + 2] in u for k in range(len(cell) - 1)) for u in under)
    ]
    return found[0] if len(found) == 1 else None


def _leaves(cells: list[str], leaves: int) -> list[str] | None:
    """The column labels of a header flattened from two rows, or None when it cannot be split
    into top cells and the cells under their groups (`leaves` = the value columns of a row)."""
    if len(cells) == leaves:
        return cells
    subs = 0
    while subs < len(cells) and (
        YEAR_CELL.match(cells[-1 - subs]) or _SUB_CELL.match(cells[-1 - subs])
    ):
        subs += 1
    top, under = cells[: len(cells) - subs], cells[len(cells) - subs :]
    groups = [i for i, c in enumerate(top) if _GROUP.search(c)]
    named = _named_group(top, under)
    if not groups and named is not None and len(top) - 1 + len(under) == leaves:
        return [*top[:named], *under, *top[named + 1 :]]
    if not under or len(top) - len(groups) + len(under) != leaves:
        return None
    years = [c for c in under if YEAR_CELL.match(c)]
    counts = [c for c in under if not YEAR_CELL.match(c)]
    # 分年度任务, or 整治计划（处） over the years
    yearly = [i for i in groups if re.search(r"年度|分年", top[i]) or (years and "计划" in top[i])]
    others = [i for i in groups if i not in yearly]
    if len(yearly) > 1 or len(others) > 1 or bool(years) != bool(yearly):
        return None
    if bool(counts) != bool(others):
        return None
    out: list[str] = []
    for i, cell in enumerate(top):
        if i in yearly:
            out += [f"{y}{cell}" if _TASK.search(cell) else y for y in years]
        elif i in others:
            out += [f"{cell}{c}" for c in counts]
        else:
            out.append(cell)
    return out


def _cells_unit(rows: list[list[str]], column: int) -> str | None:
    """The unit every filled cell of `column` carries after its figure (1.0公里), else None."""
    units = set()
    for row in rows[1:]:
        cell = row[column].strip() if column < len(row) else ""
        if not cell:
            continue
        m = FIGURE_WITH_UNIT.match(cell)  # 1.0公里: a figure that carries its unit
        if m is None or not UNIT_RE.fullmatch(m.group(2)):
            return None
        units.add(m.group(2))
    return units.pop() if len(units) == 1 else None


def _amounts(
    header: list[str],
    width: int,
    end_year: int | None,
    place: int,
    rows: list[list[str]],
    base_year: int | None = None,
) -> list[_Amount] | None:
    """The amount columns of a table whose rows have `width` cells ([序号], place, values);
    None when the header cannot be rebuilt but ends in one cell per year (`_yearly_tail`). A
    column whose every cell carries a unit (1.0公里) is an amount in that unit."""
    first = place + 1
    cells = [c.strip() for c in header[first:]]
    labels = _leaves(cells, width - first) if width > first + 1 else None
    if labels is None and len(cells) == width - first + 1:
        labels = split_by_sums(cells, rows[1:], first)  # 本次规划 over 新规划 | … | 合计
    if labels is None and _tail_years(cells):
        return None
    if labels is None:
        labels = cells[:1]  # the amount right after the place, as the rows' first value
    out = []
    earlier: dict[str, tuple[int, int]] = {}
    tasks = any(_TASK.search(label) for label in labels)
    # a planned column (计划完成数): a progress report's table, its columns of work done not read
    beside_plan = any(_PLANNED_COLUMN.match(label) for label in labels)
    for k, label in enumerate(labels):
        unit = UNIT_BRACKET.search(label)
        measure = label[: unit.start()] if unit else label
        if tasks and _YEAR.search(measure) and not _TASK.search(measure):
            continue  # 1995年招生人数 beside the years' tasks: where they start from (`_base`)
        carried = None if unit or not k else _cells_unit(rows, first + k)
        if k and (not (_AMOUNT.search(measure) or unit or carried) or _STOCK.search(measure)):
            continue  # 换电站（座） beside 公共充电桩（个）: each counted column is an amount
        if k and measure.startswith("其中"):
            continue  # 其中CD类整治任务量: a part of the amount, not another one
        if not k and (_STOCK.search(measure) or (tasks and not _AMOUNT.search(measure))):
            continue  # 易涝区域数量 beside the years' tasks: what there is, not a task
        if _DONE.search(measure) or (beside_plan and _PROGRESS.search(measure)):
            continue  # 2020年（已整治）: what was done before the plan; 累计开工数: so far
        dated = _YEAR.match(measure)
        if dated and base_year and int(dated.group(1)) <= base_year:
            # 2007年床位数与老年人口比例 beside 2010年…: where the plan starts from
            earlier[measure[dated.end() :]] = (first + k, int(dated.group(1)))
            continue
        total = _HEADER_FIGURE.search(measure)
        bare = measure[: total.start()] + measure[total.end() :] if total else measure
        own = unit.group(1) if unit else carried
        out.append(_Amount(first + k, bare, _deadline(measure, end_year), measure, own))
    for a in out:
        dated = _YEAR.match(a.measure)
        a.base = earlier.get(a.measure[dated.end() :]) if dated else None
    return out


# >3.2%, ≥95%: a bound a cell writes before its figure (its comparator: `table_cells.PRE_COMP`)
_CELL_BOUND = re.compile(r"^(?:>=|<=|[>≥<≤＞＜])\s*")


def _base(header: list[str], place: int) -> tuple[int, int] | None:
    """(column, year) of a dated column that is no task beside columns that are (1995年招生人数
    | … | 1996年招生任务): the figure each row's tasks start from."""
    cells = [c.strip() for c in header]
    if not any(_TASK.search(c) for c in cells[place + 1 :]):
        return None
    for column, cell in enumerate(cells[place + 1 :], place + 1):
        year = _YEAR.search(cell)
        bare = UNIT_BRACKET.sub("", cell)  # 1995年招生人数（人）: a unit the caption gave
        if year and not _TASK.search(bare) and _COUNTED.search(bare):
            return column, int(year.group(1))
    return None


# 规划期末（座）, 规划期末总数: the state the plan ends in, measured from the present
_END_STATE = re.compile(r"期末|总数$|总量$")


def _stock(header: list[str], place: int, base_year: int | None) -> tuple[int, int | None] | None:
    """(column, year) of the present (2020年底现状站（座）; 现状 alone: `base_year`) that an
    end state (规划期末) is measured from, else None."""
    for column, cell in enumerate(header[place + 1 :], place + 1):
        if "现状" in cell:
            year = _YEAR.search(cell)
            return column, int(year.group(1)) if year else base_year
    return None


def _count(amount: _Amount) -> str | None:
    """个 for a column that counts tasks without a unit (计划完成数 beside 计划投资额（万元）: not the
    money's unit), else None."""
    return "个" if _COUNT_MEASURE.search(amount.measure) else None


def _tail_years(cells: list[str]) -> tuple[str, list[str]] | None:
    """A header that names a period's task (2024-2026年任务量) and one cell per year: its
    period and years, else None."""
    period = next((c for c in cells if "任务" in c and _SPAN.search(c)), None)
    years = [m.group(0) for c in cells if (m := YEAR_CELL.match(c))]
    if period is None or len(years) < 2:
        return None
    span = _SPAN.search(period)
    return period[: span.end()] + "任务量", years


def _yearly_tail(
    cells: list[str], values: list[str], end_year: int | None
) -> list[tuple[float, str, int | None]]:
    """A wide row whose header could not be rebuilt (奉贤: fifteen columns under a four-level
    header): its last values are the years' amounts when one value before them is their sum
    (the period's task) — the check that they are the task columns. [(value, measure, year)]."""
    tail = _tail_years(cells)
    if tail is None:
        return []
    period, years = tail
    figures = [parse_number(v.replace(",", "")) if FIGURE.match(v) else None for v in values]
    yearly = figures[-len(years) :]
    if len(figures) <= len(years) or any(v is None for v in yearly):
        return []
    total = sum(v for v in yearly if v is not None)
    before = figures[: -len(years)]
    if not any(v is not None and abs(v - total) <= 0.005 * total + 0.01 for v in before):
        return []
    out = [(total, period, _deadline(period, end_year))]
    out += [(v, f"{y}任务量", int(y[:4])) for v, y in zip(yearly, years, strict=True) if v]
    return [t for t in out if t[0]]


def _unit(header: list[str], place: int) -> str | None:
    """The unit in a header cell's brackets (the 单位：亩 line's unit is written into one)."""
    for cell in header[place + 1 :]:
        m = UNIT_BRACKET.search(cell.strip())
        if m:
            return m.group(1)
    if any(cell.strip().endswith("人数") for cell in header[place + 1 :]):
        return "人"  # 1995年招生人数 | … : the table counts people
    return None


# 表4-1 / 附表1 / 附件2: the label before a caption's words
_CAPTION_LABEL = re.compile(
    r"^(?:附?表|附件)\s*[\d一二三四五六七八九十]+(?:[-—.．]\d+)?[：:、.．\s]*"
)
# 浙江省, 中心城区, 全市: the place a caption opens with
_CAPTION_PLACE = re.compile(r"^(?:全[省市区县]|[\u4e00-\u9fff]{1,5}?(?:省|自治区|市|城区|区|县))")
# 发展规划汇总表, 整治计划表, 任务分解表: what a caption says about its table, not what it counts
_CAPTION_TAIL = re.compile(
    r"(?:发展|建设|布局|规划|任务|目标|指标|汇总|分解|计划|安排|一览|统计|明细|分配|情况|年度|分年度)+表?$"
)
_CAPTION_EACH = re.compile(r"^各(?:区县|县区|街镇|乡镇|镇街|区|县|市|镇|地)?")
_CAPTION_NOTES = re.compile(r"(?:[（(][^（）()]*[）)])+$")  # （县区分布）（单位：座）
_CAPTION_YEARS = re.compile(
    r"[“”\"]?十[一二三四五六]五[“”\"]?(?:期间|时期)?|(?:19|20)\d\d\s*[-—–~至]?\s*(?:(?:19|20)\d\d)?年度?"
)


def caption_subject(caption: str) -> str:
    """What an allocation table counts, from its caption: 表4-1 中心城区成品油零售加油站发展规划汇总表
    -> 成品油零售加油站; 附表1 浙江省城市易涝风险区域整治计划表 -> 城市易涝风险区域整治 ("" when
    the caption is a sentence or says nothing more)."""
    text = caption.strip()
    if not text or len(text) > 40 or re.search(r"[，。；,;]", text):
        return ""
    text = _CAPTION_LABEL.sub("", text)
    text = _CAPTION_NOTES.sub("", _CAPTION_YEARS.sub("", text)).strip()
    if not text.endswith("表"):
        return ""
    text = _CAPTION_EACH.sub("", _CAPTION_PLACE.sub("", text, count=1), count=1)
    text = _CAPTION_TAIL.sub("", text.removesuffix("表")).strip()
    return text if 2 <= len(text) <= 16 and text not in ("主要", "重点") else ""


def _named(place: str, measure: str, subject: str) -> str:
    """The metric of a cell: the place, what the table counts (unless the column says it) and
    the column's measure (大渡口区 + 成品油零售加油站 + 调整续建)."""
    if not subject or subject in measure or _shares_noun(subject, measure):
        return f"{place}{measure}"
    return f"{place}{subject}{measure}"


def _shares_noun(subject: str, measure: str) -> bool:
    """新增充电桩 under 超充站建设任务: the column names a thing of its own (what is left of it
    without work words and years is a noun), or the counted thing itself."""
    rest = _WORK_WORDS.sub("", _CAPTION_YEARS.sub("", measure))
    own = len(re.findall(r"[\u4e00-\u9fffA-Za-z]", rest)) >= 2
    return own or any(subject[i : i + 3] in measure for i in range(len(subject) - 2))


# 建成, 调整续建, 本次规划, 规划期末, 整治计划: a column that says the work, not the thing
_WORK_WORDS = re.compile(
    r"新增|增加|新建|新规划|建成|建设|改造|改建|扩建|迁建|续建|调整|整治|完成|实施|开工|投运|布局|布点"
    r"|本次|规划|计划|任务|目标|期末|期间|合计|小计|总计|数量|总数|个数|[（(][^）)]*[）)]|年"
)


def allocation_targets(
    rows: list[list[str]],
    *,
    node_id: str,
    location: Location,
    end_year: int | None,
    offset: int,
    subject: str = "",
    base_year: int | None = None,
) -> list[Target]:
    """One target per row with a place and a figure in an amount column; ids f"{node_id}.r{n}"
    (f"{node_id}.r{n}c{column}" for every amount after the first), spans on the row's line in
    the plan's text (`offset` = where the table's text starts). `subject`: what the table counts
    (`caption_subject`), put in the metric when a column does not say it; `base_year`: the year
    of a 现状 column that names none (the year before the plan's first)."""
    rows = joined_header(rows)
    place = _place_column(rows[0]) or 0
    width = Counter(len(r) for r in rows[1:]).most_common(1)[0][0]
    amounts = _amounts(rows[0], width, end_year, place, rows, base_year)
    unit = _unit(rows[0], place)
    base = _base(rows[0], place)
    stock = _stock(rows[0], place, base_year)
    if amounts is None:
        return _wide_targets(rows, place, unit, node_id, location, end_year, offset, subject)
    stated = next(filter(None, (caption_unit(c) for c in rows[0])), None)  # 市州（单位：户）
    found: list[Target] = []
    start = offset + len("\t".join(rows[0])) + 1
    for n, row in enumerate(rows[1:], 1):
        line = "\t".join(row)
        cells = [c.strip() for c in row]
        columns = amounts if len(cells) == width else amounts[:1]
        for a in columns if cells[place : place + 1] and cells[place] else ():
            figure = cells[a.column].replace(",", "") if a.column < len(cells) else ""
            bound = _CELL_BOUND.match(figure)  # >3.2%: a bound written into the cell
            figure = figure[bound.end() :] if bound else figure
            if a.unit and figure.endswith(a.unit):
                figure = figure.removesuffix(a.unit).strip()  # 1.0公里 in a 公里 column
            share = not a.unit and figure.endswith("%")  # >3.2% in a column of shares
            figure = figure.removesuffix("%") if share else figure
            value = parse_number(figure) if FIGURE.match(figure) else None
            if not value:
                continue  # a blank, or a place given nothing to do (0)
            comparator = PRE_COMP[bound.group(0).strip()] if bound else ">="
            # 新增充电桩（个）, “十四五”规划新增: the new ones
            kind = "increment" if _NEW.search(a.measure) else "level"
            suffix = "" if a is columns[0] else f"c{a.column}"
            target = table_target(
                f"{node_id}.r{n}{suffix}",
                _named(cells[place], a.measure, subject),
                (
                    value,
                    "%" if share else a.unit or stated or _count(a) or unit,
                    comparator,
                    kind,
                    a.deadline,
                ),
                line,
                location,
                start,
            )
            measured_from = base or (stock if _END_STATE.search(a.measure) else None) or a.base
            if measured_from and measured_from[0] < len(cells):
                figure = _LEADING_FIGURE.match(cells[measured_from[0]].replace(",", ""))
                target.baseline = parse_number(figure.group(0)) if figure else None
                target.baseline_year = measured_from[1] if figure else None  # 70（实招45）: 70
            found.append(target)
        start += len(line) + 1
    totals = _header_totals(amounts, unit, rows[0], end_year, node_id, location, offset)
    return totals + found


def table_target(
    target_id: str,
    metric: str,
    figures: tuple[float, str | None, str, str, int | None],
    text: str,
    location: Location,
    start: int,
) -> Target:
    """A target of the table: `figures` = (value, unit, comparator, kind, deadline); `text` is
    its row (or the header) starting at `start` in the plan's text."""
    value, unit, comparator, kind, deadline = figures
    value_base, unit_base = normalise(value, unit)
    return Target(
        target_id,
        metric,
        value,
        unit,
        comparator,
        kind,
        deadline,
        text,
        location,
        value_base=value_base,
        unit_base=unit_base,
        span=(start, start + len(text)),
    )


def _wide_targets(
    rows: list[list[str]],
    place: int,
    unit: str | None,
    node_id: str,
    location: Location,
    end_year: int | None,
    offset: int,
    subject: str = "",
) -> list[Target]:
    """The targets of a wide table read from each row's yearly tail (`_yearly_tail`)."""
    cells = [c.strip() for c in rows[0][place + 1 :]]
    found: list[Target] = []
    start = offset + len("\t".join(rows[0])) + 1
    for n, row in enumerate(rows[1:], 1):
        line = "\t".join(row)
        name = row[place].strip() if place < len(row) else ""
        for k, (value, measure, year) in enumerate(
            _yearly_tail(cells, [c.strip() for c in row[place + 1 :]], end_year) if name else []
        ):
            target_id = f"{node_id}.r{n}" + (f"y{k}" if k else "")
            figures = (value, unit, ">=", "level", year)
            found.append(
                table_target(
                    target_id, _named(name, measure, subject), figures, line, location, start
                )
            )
        start += len(line) + 1
    return found


def _header_totals(
    amounts: list[_Amount],
    unit: str | None,
    header: list[str],
    end_year: int | None,
    node_id: str,
    location: Location,
    offset: int,
) -> list[Target]:
    """2024年约1900亩 as a column's header: the column's total, a target of its own."""
    out = []
    text = "\t".join(header)
    seen = {a.label for a in amounts}
    # a header cell the columns were not rebuilt under (2026年度任务量约1625亩 over a merged cell)
    extra = [
        _Amount(k, c, _deadline(c, end_year), c)
        for k, c in enumerate((c.strip() for c in header[2:]), 2)
        if c not in seen and "任务" in c and _HEADER_FIGURE.search(c)
    ]
    for a in amounts + extra:
        m = _HEADER_FIGURE.search(a.label)
        if not m or (unit and m.group("unit") != unit):
            continue
        measure = a.measure if a.measure != a.label else a.label[: m.start()] + a.label[m.end() :]
        comparator = "~" if m.group("about") else ">="
        figures = (float(m.group("num")), m.group("unit"), comparator, "level", a.deadline)
        target_id = f"{node_id}.h{a.column}"
        out.append(table_target(target_id, f"{measure}（合计）", figures, text, location, offset))
    return out
