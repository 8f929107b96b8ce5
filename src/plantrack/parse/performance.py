"""Targets of a budget performance-target table (绩效目标表; `read.performance_rows`).

Each row with a figure in its 指标值 is a target for the table's year: the 三级指标 is the
metric, the value cell (with the 指标性质 and 计量单位 cells beside it) gives value, comparator
and unit. What the table also states but a planning office does not track as a target is left
out: money (成本 in 元 or 万元, a budget), time limits and durations (完成时限 1年, 2025年12月前),
and the rows of the 成本/时效 groups unless they are rates (成本控制率 100%, 完成及时率 100%).
A figure the page's text restates (年度绩效目标: 完成…12条…) is one target, the row's.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from plantrack.model import Comparator, Location, Target, TargetKind
from plantrack.parse.table_cells import Cell, read_cell
from plantrack.parse.table_columns import metric_unit
from plantrack.parse.table_kind import row_kind
from plantrack.parse.tables import ReadWords
from plantrack.read.lexicon import EMPTY_CELLS, strip_list_number
from plantrack.read.performance_rows import (
    PerformanceHeader,
    header_span,
    performance_header,
    performance_rows,
)

_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_TEXT_CELL = 10  # characters: a cell above the header this long is text (年度绩效目标)
_HEADER_LOOK = 40  # rows: the 项目名称/资金/年度目标 rows above the header
_MONEY = re.compile(r"元")
_TIME_UNITS = ("年", "月", "日", "天", "个月", "周", "小时", "工作日")
_TIME_NAME = re.compile(r"时限|时间|期限|年限|周期|时效|进度|日期|完成时|截止")
_SIGNS = {"≥": ">=", "≧": ">=", "≤": "<=", "≦": "<=", "=": "=", "＝": "=", ">": ">", "<": "<"}
_SIGNS |= {"＞": ">", "＜": "<", ">=": ">=", "<=": "<=", "大于等于": ">=", "小于等于": "<="}
_SIGNS |= {"等于": "="}


def performance_table(
    rows: list[list[str]],
) -> tuple[int, PerformanceHeader, list[str]] | None:
    """(row index, header, the cells after it on its row) of a 绩效目标表's header among a
    table's first rows, else None. A header row may run on into the first rows' cells (a
    copy whose rows broke after every bar: … | 指标值及单位 | 绩效标准 | | 产出指标 | …)."""
    for h, row in enumerate(rows[:_HEADER_LOOK]):
        first, end = header_span(row)
        header = performance_header(row[first:end])
        if header is not None:
            return h, header, [c.strip() for c in row[end:]]
    return None


def performance_targets(
    rows: list[list[str]],
    *,
    node_id: str,
    location: Location,
    deadline: int | None,
    read_words: ReadWords | None = None,
) -> list[Target]:
    """The targets of a 绩效目标表 (ids f"{node_id}.r{row}"), and with `read_words` those of the
    text cells above its header (年度绩效目标: …; f"{node_id}.a{n}") its rows do not restate;
    [] when `rows` is no such table."""
    found = performance_table(rows)
    if found is None:
        return []
    h, header, rest = found
    stated = _rows_targets(rows, h, header, rest, node_id, location, deadline, read_words)
    if read_words is None:
        return stated
    above: list[Target] = []
    for cell in (c.strip() for row in rows[:h] for c in row):
        if len(cell) >= _TEXT_CELL and re.search(r"\d", cell):
            for f in read_words(cell, deadline or 0):
                if f.value is not None:
                    above.append(f.target(f"{node_id}.a{len(above) + 1}", cell, location))
    return [*without_restated(above, stated), *stated]


def _rows_targets(
    rows: list[list[str]],
    h: int,
    header: PerformanceHeader,
    rest: list[str],
    node_id: str,
    location: Location,
    deadline: int | None,
    read_words: ReadWords | None,
) -> list[Target]:
    cells, starts = list(rest), []
    for row in rows[h + 1 :]:
        starts.append(len(cells))
        cells.extend(c.strip() for c in row)
    table, _ = performance_rows(header, cells, frozenset(starts))
    out: list[Target] = []
    for r, row in enumerate(table[1:], 1):
        target = _row_target(row, header, f"{node_id}.r{r}", location, deadline)
        if target is not None and any(
            (t.metric, t.value, t.unit) == (target.metric, target.value, target.unit) for t in out
        ):
            continue  # one indicator under two groups (数量指标 and 社会效益指标): one target
        if target is not None:
            out.append(target)
        elif read_words is not None and len(_FIGURE.findall(row[header.value])) > 1:
            # 全年检测次数 | 自愿咨询检测1000人次以上，艾滋病人检测600人次以上…: a cell in words
            # with several figures, read as a sentence, each figure named by its own words
            text = "\t".join(c for c in row if c)
            words = row[header.name] + row[header.value]  # the name names the first figure
            for k, f in enumerate(read_words(words, deadline or 0)):
                if f.value is not None and not (f.unit and "元" in f.unit):
                    out.append(f.target(f"{node_id}.r{r}.w{k + 1}", text, location))
    return out


def _row_target(
    row: list[str], header: PerformanceHeader, tid: str, location: Location, deadline: int | None
) -> Target | None:
    raw = row[header.value].strip()
    sense = next((_SIGNS[c] for i in header.senses if (c := row[i].strip()) in _SIGNS), None)
    cell = _value_cell(raw)
    if cell.value is None:
        return None  # 长期, 明显提高, 定性: words
    unit = cell.unit or _header_unit(header.cells[header.value]) or metric_unit(row[header.name])[1]
    if header.unit is not None and (stated := row[header.unit].strip()) not in EMPTY_CELLS:
        unit = unit or ("%" if stated in ("百分比", "％") else stated)
    metric = strip_list_number(re.sub(r"\s+", "", row[header.name]))
    # 数量指标 | 375万平方米 | 完成全市375万平方米的绿地养护: the description names the row
    if _BARE_LEVEL.match(metric) and (described := _described(row, header)):
        metric = described
    groups = "".join(row[: header.name])
    if not _tracked(metric, groups, unit, raw):
        return None
    comparator = cell.comparator or sense or ">="
    # 新增和改善灌溉达标面积: an area new or bettered, a level (新增高新技术企业: what is new)
    kind = "level" if re.match(r"新增[和及与、]", metric) else row_kind(metric, unit, cell)
    return Target(
        tid,
        metric,
        cell.value,
        unit or "",
        Comparator(comparator),
        TargetKind(kind),
        deadline,
        "\t".join(c for c in row if c),
        location,
        value_max=cell.value_max,
        group=next((c for c in reversed(row[: header.name]) if c.strip()), None),
    )


# ≥80M: a figure with a Latin unit the table-cell reader does not know
# (≥70村: a count in a word the cell reader does not know as a unit)
_LATIN_UNIT = re.compile(
    r"^(≥|≤|>=|<=|=|>|<)?\s*(\d+(?:\.\d+)?)\s*([A-Za-z]{1,4}|[\u4e00-\u9fff]{1,3})$"
)


def _value_cell(raw: str) -> Cell:
    """A 指标值 cell read as an indicator table's (≥95%, 280人次, 100百分比, ≥80M)."""
    text = raw.replace("≧", "≥").replace("≦", "≤").replace("百分比", "%")
    text = text.removesuffix("以")  # 20次以: a copy cut inside 以上 (as 1000人次以上 above it)
    cell = read_cell(text)
    if cell.value is None and (m := _LATIN_UNIT.match(text.strip())):
        return Cell(float(m.group(2)), m.group(3), _SIGNS.get(m.group(1) or ""))
    return cell


def _header_unit(cell: str) -> str | None:
    """指标值（%） -> %: the unit of every bare value in the column."""
    m = re.search(r"[（(]([^（）()]{1,6})[）)]$", cell)
    return m.group(1) if m and not re.search(r"\d", m.group(1)) else None


# 数量指标 standing where the indicator's name should (a 服务对象满意度指标 names one itself)
_BARE_LEVEL = re.compile(r"^(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响)指标$")
_DESCRIPTION_HEADER = re.compile(r"^(?:绩效)?指标(?:描述|说明|解释|内容)$")
_DESCRIPTION = 40  # characters: a description longer than this is no indicator's name


def _described(row: list[str], header: PerformanceHeader) -> str | None:
    """The 指标描述 cell of a row whose name column holds only its level, when it is short."""
    column = next((i for i, c in enumerate(header.cells) if _DESCRIPTION_HEADER.match(c)), None)
    if column is None or column >= len(row):
        return None
    text = re.sub(r"\s+", "", row[column])
    return text if 2 <= len(text) <= _DESCRIPTION else None


# 3,309,840.00, 660000.00: an amount of money written as accounts write it
_AMOUNT = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{2})?$|^\d{4,}\.\d{2}$")


def _tracked(metric: str, groups: str, unit: str | None, raw: str) -> bool:
    """Whether a row's figure is a target: not money, not a time limit or duration, and named
    in words (a 0 under 经济成本指标 is a form's empty row)."""
    if not re.search(r"[\u4e00-\u9fff]", metric) or _AMOUNT.match(raw.strip()):
        return False
    rate = unit in ("%", "‰")
    if unit and _MONEY.search(unit):
        return False  # 保洁成本 ≤120万元, 补助标准 500元/人
    if ("成本" in groups or "时效" in groups) and not rate:
        return False
    if _TIME_NAME.search(metric) and not rate:
        return False  # 完成时限 1年
    return not (unit in _TIME_UNITS and re.search(r"\d{4}", raw))  # 2025年12月


def without_restated(found: list[Target], rows: list[Target]) -> list[Target]:
    """`found` without the targets the text states before a 绩效目标表 and its rows restate
    (年度绩效目标：完成城区12条河道日常保洁 over 保洁河道数量 | 12条): one record, the row's, which
    takes the text's unit when its own cell gives none (新增高新技术企业15家 over a bare 15)."""
    kept = []
    for target in found:
        # a table's row (its cells cited tab-joined) is no restatement: two tables may share a 100%
        row = None if "\t" in target.text else next((r for r in rows if _restates(r, target)), None)
        if row is None and not _budget(target):
            kept.append(target)
        elif row is not None and not row.unit:
            row.unit = target.unit
    return kept


_SCALES = (("万", 10_000.0), ("亿", 100_000_000.0))


def _in_base(value: float, unit: str | None) -> tuple[float, str]:
    """3, 万亩 -> 30000, 亩: a value in its unit without the 万/亿 before it."""
    unit = unit or ""
    for word, scale in _SCALES:
        if unit.startswith(word) and len(unit) > 1:
            return round(value * scale, 6), unit[1:]
    return value, unit


# 特色产业产值, 增加收入: money a project is to earn, an outcome (not its budget)
_EARNED = re.compile(r"产值|收入|效益|销售|营业|税收|利润|增收|创收")


_FUNDS = re.compile(r"资金|预算|经费|拨款")


def _budget(target: Target) -> bool:
    """A sum in 元 the form above a performance table states outside it (年度资金总额: 854万
    (高标准农田建设400万元…)): the project's budget, not a target."""
    if "\t" in target.text:
        return False
    if not re.search(r"[\u4e00-\u9fff]{2}", target.metric):
        return True  # 854万854万(…): a sum without words
    if "绩效目标" in target.metric or "绩效指标" in target.metric:
        return True  # 共设置项目支出预算绩效目标1个: the form counts its own targets
    if target.unit in ("万", "亿") and _FUNDS.search(target.metric):
        return True  # 年度资金总额:50万: a budget in 万 without its 元
    return "元" in (target.unit or "") and not _EARNED.search(target.metric)


def _restates(row: Target, target: Target) -> bool:
    if target.value is None or row.value is None:
        return False
    if _in_base(target.value, target.unit) != _in_base(row.value, row.unit or target.unit):
        return False  # 新造林3万亩 over 实施新造林总面积(亩) | 30000: one figure
    a, b = row.metric, target.metric
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= 2
