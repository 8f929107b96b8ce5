"""Indicator tables (主要指标表): one target per row, plus one per annual-growth cell.

A table is a header row and data rows (cells as strings; from .docx `Block.rows` or from plan
text with cells split on tabs). Columns are found by their header words: 指标/名称 (the metric,
with its unit in brackets: 常住人口（万人）), 单位, the base-year and target-year columns
(2025年 / 基期 and 2030年 / 目标), 年均增长, and 属性 (预期性 / 约束性 -> `binding`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from plantrack.model import Comparator, Location, Target, TargetKind
from plantrack.parse.numbers import normalise
from plantrack.parse.row_variants import row_variants
from plantrack.parse.shifted_rows import realigned, without_merged_lead
from plantrack.parse.table_cells import (
    BRACKET_YEAR,
    Cell,
    bracket_notes,
    clause_cell,
    clause_figures,
    price_year,
    read_cell,
)
from plantrack.parse.table_columns import BASE_COLUMN, Columns, find_columns, metric_unit
from plantrack.parse.table_kind import SHARE_UNITS, cell_unit, row_binding, row_kind
from plantrack.parse.target_words import INCREMENT_RE
from plantrack.parse.year_measures import by_measure
from plantrack.read.lexicon import (
    EMPTY_CELLS,
    QUALITATIVE_UNITS,
    category_column,
    strip_list_number,
)

if TYPE_CHECKING:
    from plantrack.parse.found import Found

_GROWTH_ENDINGS = ("增长", "增速", "增长率", "降低", "下降", "提高", "减少", "提升")
# 78.2(2021年): a base figure that names its own year in brackets
_CELL_YEAR = re.compile(r"[（(]((?:19|20)\d\d)年?[）)]\s*$")
_LOWER_IS_BETTER = (
    "浓度",
    "能耗",
    "排放",
    "失业率",
    "死亡率",
    "发病率",
    "用水量",
    "碳排放",
    "水耗",
    "事故",
    "负债率",
    "劣Ⅴ类",
    "劣V类",
    "漏损",
    "煤耗",
    "发生率",
)


# a sentence reader: (text, end year) -> the targets found in it (`parse.targets.read_words`)
ReadWords = Callable[[str, int], list["Found"]]


_WHOLE_PLACE = re.compile(r"^全(?:国|省|市|区|县|州|盟)$")


def _placed(place: str, metric: str) -> str:
    """苏南人均地区生产总值; the whole province's (全省) is the indicator's own name."""
    return metric if _WHOLE_PLACE.match(place) else place + metric


def looks_like_indicator_table(rows: list[list[str]]) -> bool:
    """True for a 主要指标表: a header naming the indicator and a target or growth column."""
    if not rows or len(rows) < 2:
        return False
    return find_columns(rows) is not None


@dataclass(slots=True)
class _Row:
    """What the targets of one table row share."""

    id: str
    metric: str
    unit: str | None
    text: str
    binding: bool | None
    deadline: int | None
    base_year: int | None
    notes: dict[str, str] = field(default_factory=dict)  # what 〔〕/［］ mean (注 under the table)
    read_words: ReadWords | None = None  # a sentence reader for a target cell in words


def _cell_target(
    row: _Row,
    tid: str,
    metric: str,
    cell: Cell,
    unit: str | None,
    kind: TargetKind,
    location: Location,
) -> Target:
    """A target of `row` with the value of `cell` (≥ when the cell says no comparator)."""
    comparator = Comparator(cell.comparator or ">=")
    return Target(
        tid, metric, cell.value, unit, comparator, kind, row.deadline, row.text, location,
        binding=row.binding,
    )  # fmt: skip


def _growth_target(
    row: _Row, text: str, header: str, location: Location, has_level: bool
) -> Target | None:
    """The target in a row's 年均增长 / 累计 column, if any."""
    cell = read_cell(text, cumulative_column="累计" in header, notes=row.notes)
    metric, unit = row.metric, row.unit
    if cell.value is not None and cell.each_year and (cell.unit or unit) not in SHARE_UNITS:
        # 每年6900 on a 人 row: a yearly amount of the row's own measure
        return _cell_target(
            row, row.id, metric, cell, cell.unit or unit, TargetKind.ANNUAL, location
        )
    if cell.value is not None and cell.bracket == "cumulative":
        # 〔13.5〕 in a 累计 column: a five-year cumulative change since the base year; on a
        # % row it is in 个百分点 unless the indicator is itself a change (浓度下降 〔18〕%)
        c_unit = cell.unit or unit
        if c_unit == "%" and not metric.endswith(_GROWTH_ENDINGS):
            c_unit = "个百分点"
        c_base, c_unit_base = normalise(cell.value, c_unit)
        return Target(
            row.id,
            metric,
            cell.value,
            c_unit,
            Comparator(cell.comparator or ">="),
            TargetKind.CUMULATIVE,
            row.deadline,
            row.text,
            location,
            baseline_year=None if cell.total else row.base_year,  # [累计达到1000]: a total
            binding=row.binding,
            value_base=c_base,
            unit_base=c_unit_base,
            aspiration=cell.aspiration,
            value_max=cell.value_max,
        )
    if cell.value is not None:
        # 年均增长 6 on a 亿元 row, ［6］ as a five-year average: a growth rate; <5.5 on a rate
        # row (失业率): its yearly level
        keeps = metric.endswith(_GROWTH_ENDINGS) or (
            unit == "%" and metric.endswith(("率", "比例", "比重", "指数"))
        )
        return Target(
            row.id,
            metric if keeps else metric + "增长",
            cell.value,
            cell.unit or "%",
            Comparator(cell.comparator or ">="),
            TargetKind.ANNUAL,
            row.deadline,
            row.text,
            location,
            # 年均增长 8 on a 万张 row from the 2010 column on: the growth each year since then
            baseline_year=None if keeps else row.base_year,
            binding=row.binding,
            aspiration=cell.aspiration,
            value_max=cell.value_max,
        )
    if cell.words and not has_level:
        # 与经济增长同步, 〔完成省下达任务〕: a qualitative target in the growth column.
        return Target(
            row.id,
            metric,
            None,
            None,
            None,
            TargetKind.QUALITATIVE,
            row.deadline,
            row.text,
            location,
            binding=row.binding,
            milestone=cell.words,
        )
    return None


def targets_from_table(
    rows: list[list[str]],
    *,
    node_id: str,
    location: Location,
    period: tuple[int, int] | None,
    notes: str = "",
    read_words: ReadWords | None = None,
) -> list[Target]:
    """An indicator table (主要指标表): header row + rows. Ids f"{node_id}.r{row}" and
    f"{node_id}.r{row}.annual" for the annual-growth column (f"{node_id}.r{row}.s2…" for the
    second target a row holds: `A/B | <4/<5.5`); each target carries the category row (or 类别
    cell) above it as its `group`. `notes`: the 注 lines under the table (what 〔〕/［］ mean).
    `read_words` reads a target cell in words with several figures as a sentence
    (`parse.targets.read_words`; without it such a cell is a qualitative target)."""
    rows = by_measure(rows)
    found = _row_targets(
        rows,
        node_id=node_id,
        location=location,
        period=period,
        notes=bracket_notes(notes),
        read_words=read_words,
    )
    cols = find_columns(rows)
    if cols is not None:
        groups = _groups(rows, cols)
        for t in found:
            row = int(t.id[len(node_id) + 2 :].split(".")[0])
            group = groups[row - 1] if row - 1 < len(groups) else None
            t.group = group if isinstance(group, str) else None
    return found


_GROUP_ROW = object()  # marks a category row itself
# the header of a category column (类别 | 指标 | 单位 …)


def _groups(rows: list[list[str]], cols: Columns) -> list[object]:
    """For each data row, the group it sits in (a 类别 cell, or a row holding only a name such as
    经济发展), or _GROUP_ROW for such a category row itself."""
    header = rows[cols.header]
    category = category_column([c.strip() for c in header], cols.name)
    current: str | None = None
    out: list[object] = []
    for row in rows[cols.header + 1 :]:
        cells = [c.strip() for c in row]
        if category is not None and category < len(cells) and cells[category]:
            current = strip_list_number(cells[category])
        others = [c for i, c in enumerate(cells) if c and i not in (cols.name, category)]
        name = cells[cols.name] if cols.name < len(cells) else ""
        if name and not others and category is None:
            current = strip_list_number(name)
            out.append(_GROUP_ROW)
            continue
        out.append(current)
    return out


def _row_targets(
    rows: list[list[str]],
    *,
    node_id: str,
    location: Location,
    period: tuple[int, int] | None,
    notes: dict[str, str],
    read_words: ReadWords | None,
) -> list[Target]:
    cols = find_columns(rows)
    if cols is None:
        return []
    cols = _staged_first_year(cols, rows, period)
    if period and cols.target_year and cols.target_year < period[0]:
        return []  # its latest column precedes the plan: a table of what was achieved
    out: list[Target] = []
    deadline = cols.target_year or (period[1] if period else None)
    # the table's 基期 column, else the year before the plan: a 累计 figure counts from it
    base_year = cols.base_year or (period[0] - 1 if period else None)
    values = [c for c in (cols.base, cols.target, cols.annual) if c is not None]
    values += [c for c, _ in cols.milestones]
    rows = realigned(
        without_merged_lead(rows, cols.header, cols.name), cols.header, cols.name, cols.unit
    )
    groups = _groups(rows, cols)
    for r, whole in enumerate(rows[cols.header + 1 :], 1):
        if groups[r - 1] is _GROUP_ROW:
            continue
        whole = _named_measure(whole, cols.name, groups[r - 1])
        for k, row in enumerate(row_variants(whole, cols.name, values, cols.unit)):
            row_id = f"{node_id}.r{r}" + (f".s{k + 1}" if k else "")
            shared = _Row(
                row_id, "", None, "\t".join(whole), None, deadline, base_year, notes, read_words
            )
            out.extend(_targets_of_row(row, cols, shared, location))
    return out


def _staged_first_year(
    cols: Columns, rows: list[list[str]], period: tuple[int, int] | None
) -> Columns:
    """指标 | 单位 | 2020 | 2030 | 属性 in a plan from 2013: the earlier year column, after the plan's
    start, is a stage of the plan (its figures due then), not the base it counts from."""
    if period is None or cols.base is None or cols.base_year is None:
        return cols
    if cols.base_year <= period[0] or BASE_COLUMN.search(rows[cols.header][cols.base]):
        return cols
    staged = ((cols.base, cols.base_year), *cols.milestones)
    return replace(cols, base=None, base_year=None, milestones=staged)


# 服务业税收 | 总量, then 比重: a bare measure of the indicator its category cell names
_BARE_MEASURES = frozenset(
    ("总量", "比重", "占比", "增速", "增长率", "规模", "数量", "总额", "金额")
)
_GENERIC_GROUP_ENDS = ("指标", "类", "方面", "领域", "目标")


def _named_measure(row: list[str], name: int, group: object) -> list[str]:
    """The row with a bare measure in its name cell (总量) named after its category (服务业税收总量);
    a generic category (总体发展指标, 经济类) names no indicator."""
    cell = row[name].strip() if name < len(row) else ""
    if cell not in _BARE_MEASURES or not isinstance(group, str) or not group:
        return row
    if group.endswith(_GENERIC_GROUP_ENDS):
        return row
    return [*row[:name], group + cell, *row[name + 1 :]]


def _get(row: list[str], i: int | None) -> str:
    return row[i].strip() if i is not None and i < len(row) and row[i] else ""


def _prose_targets(
    words: str, shared: _Row, location: Location, baseline: float | None
) -> list[Target]:
    """A target cell in words with several figures, read as a sentence: 每年新增30家优质金融机构，
    五年累计新增8家持牌金融机构 -> two targets, each named by its own words."""
    if shared.read_words is None:
        return []
    found = shared.read_words(words, shared.deadline or 0)
    out = []
    for k, f in enumerate(found):
        if f.value is None:
            continue
        target = f.target(shared.id if not k else f"{shared.id}.w{k + 1}", shared.text, location)
        target.metric = f.metric or shared.metric
        target.deadline = f.deadline or shared.deadline
        # the baseline is the table's (its 基期 column), and only for a cell of one target
        target.baseline = baseline if len(found) == 1 else None
        target.baseline_year = None
        target.binding = shared.binding
        out.append(target)
    return out


def _target_cell(
    raw: str, shared: _Row, location: Location, baseline: float | None
) -> tuple[Cell, list[Target]]:
    """The row's target cell, and the targets it holds when it is words with figures: one
    figure among clauses (clause_cell), several read as prose, or one per clause."""
    cell = read_cell(raw, notes=shared.notes)
    if cell.scope and re.search(r"\d", cell.scope):
        figures = clause_figures(raw)  # 城市100%，农村70%: two figures, not a scope
        if len(figures) > 1:
            return cell, _figure_targets(figures, shared, location)
    if cell.value is None and cell.words and re.search(r"\d", cell.words):
        cell = clause_cell(cell.words, shared.notes) or cell
        if cell.value is None and cell.words:
            worded = _prose_targets(cell.words, shared, location, baseline)
            figures = clause_figures(cell.words)
            if len(figures) > len(worded):
                return cell, _figure_targets(figures, shared, location)
            return cell, worded  # 每年新增30家…，五年累计新增8家…: the cell read as prose
    return cell, []


def _figure_targets(
    figures: list[tuple[str, Cell]], shared: _Row, location: Location
) -> list[Target]:
    """One target per clause of a words cell (`clause_figures`), named by the row and, when the
    cell holds several, by the clause's own words: 新建建设工程抗震设防达标率（城市）."""
    out = []
    for k, (words, cell) in enumerate(figures):
        qualifier = words[:_MAX_QUALIFIER] if len(figures) > 1 and words else ""
        tid = shared.id if not k else f"{shared.id}.w{k + 1}"
        metric = f"{shared.metric}（{qualifier}）" if qualifier else shared.metric
        out.append(_cell_target(shared, tid, metric, cell, cell.unit, TargetKind.LEVEL, location))
    return out


_MAX_QUALIFIER = 20  # characters of a clause's words kept in the metric


def _merged_over_values(row: list[str], cols: Columns, base: Cell, target: str) -> bool:
    """新建客运枢纽（个） | 6 | (empty): one figure in a cell merged over the 基期 and target
    columns, as a copy writes it (in the first), every cell after it empty — a count or a rate
    for the whole period, the row's target, not its base (with an 属性 still there, the target
    is missing instead)."""
    if cols.base is None or cols.target is None or cols.target <= cols.base:
        return False
    if target.strip() or not base.value:  # a 0 is where the count starts
        return False
    return not any(cell.strip() for cell in row[cols.base + 1 :])  # 980 | | | 预期性: missing


def _base_year(cell_text: str, base: Cell, shared: _Row) -> int | None:
    """The year of a row's base figure: the year the cell names (78.2(2021年) under 2022年),
    the table note's for a bracketed one (（86.4%） with 注：括号内为2019年数据), or its column's."""
    if base.value is None:
        return None
    own = _CELL_YEAR.search(cell_text)
    if own:
        return int(own.group(1))
    if cell_text[:1] in "(（" and BRACKET_YEAR in shared.notes:
        return int(shared.notes[BRACKET_YEAR])
    return shared.base_year


def _targets_of_row(
    row: list[str], cols: Columns, shared: _Row, location: Location
) -> list[Target]:
    """The targets of one row: its target column, staged year columns and growth column."""
    metric, unit = metric_unit(_get(row, cols.name))
    metric, price = price_year(metric)
    if not metric or metric in EMPTY_CELLS:
        return []
    name = metric  # the indicator's own name, for the other places' targets
    if cols.places:  # 苏南目标值 | 全省目标值: the target column's own place names the row's target
        metric = _placed(cols.places[0][1], metric)
    own = _get(row, cols.unit)
    unit = (own if own not in EMPTY_CELLS else None) or unit or cols.target_unit  # ——: no unit
    unit = None if unit in QUALITATIVE_UNITS else unit  # 定性: a row measured in words
    attr = _get(row, cols.attribute)
    shared.metric, shared.unit = metric, unit
    shared.binding = row_binding(attr)
    base_raw, target_raw = _get(row, cols.base), _get(row, cols.target)
    base = read_cell(base_raw)
    if _merged_over_values(row, cols, base, target_raw):
        base, target_raw = Cell(), base_raw
    ranged_base = base.value_max is not None  # 30-40 in the 基期 column: no one baseline figure
    cell, worded = _target_cell(target_raw, shared, location, base.value)
    if worded:
        return worded
    if cell.scope:
        metric = shared.metric = f"{metric}（{cell.scope}）"  # 5分钟覆盖区超80%
    unit = cell_unit(unit, cell)
    kind = row_kind(metric, unit, cell)
    comp = cell.comparator
    if comp is None and cell.value is not None:
        lower = any(w in metric for w in _LOWER_IS_BETTER) and not any(
            w in metric for w in ("下降", "降低", "减少")
        )
        comp = "<=" if lower else ">="
    base_year = _base_year(_get(row, cols.base), base, shared)
    if ranged_base:
        base = Cell()
    if cell.multiple:
        base_year = price or shared.base_year  # 翻一番 (2010年不变价): since 2010
    out: list[Target] = []
    if cell.value is not None or cell.words:
        value_base, unit_base = normalise(cell.value, unit)
        out.append(
            Target(
                id=shared.id,
                metric=metric,
                value=cell.value,
                unit=unit if cell.value is not None else None,
                comparator=Comparator(comp) if comp else None,
                kind=TargetKind(kind) if cell.value is not None else TargetKind.QUALITATIVE,
                deadline=cell.year or shared.deadline,
                text=shared.text,
                location=location,
                baseline=base.value,
                baseline_year=base_year,
                binding=shared.binding,
                milestone=cell.words,
                value_base=value_base,
                unit_base=unit_base,
                aspiration=cell.aspiration,
                value_max=cell.value_max,
            )
        )
    for col, year in cols.milestones:
        # 2027年 between 2025年 and 2030年: a staged target with its own deadline (a unitless
        # coefficient too, when the row's target is one: 灌溉水有效利用系数 0.72 0.75 0.78)
        staged = read_cell(_get(row, col))
        if staged.value is not None and (unit or staged.unit or cell.value is not None):
            m_base, m_unit_base = normalise(staged.value, unit or staged.unit)
            out.append(
                Target(
                    f"{shared.id}.y{year}",
                    metric,
                    staged.value,
                    unit or staged.unit,
                    # a bare staged figure keeps the row's direction, not its target's >, 左右
                    Comparator(staged.comparator or ("<=" if comp in ("<=", "<") else ">=")),
                    TargetKind(kind),
                    year,
                    shared.text,
                    location,
                    baseline=base.value,
                    baseline_year=base_year if base.value is not None else None,
                    binding=shared.binding,
                    value_base=m_base,
                    unit_base=m_unit_base,
                )
            )
    out.extend(_place_targets(row, cols, shared, name, location, comp))
    growth = _growth_target(
        _Row(
            f"{shared.id}.annual",
            metric,
            unit,
            shared.text,
            shared.binding,
            shared.deadline,
            # a change since the base year keeps that year; a count of what is new (新增X) is
            # counted from nothing, so without a 基期 figure it has no base year
            shared.base_year
            if base.value is not None or ranged_base or not INCREMENT_RE.search(metric)
            else None,
            shared.notes,
        ),
        _get(row, cols.annual),
        cols.annual_header,
        location,
        has_level=cell.value is not None or bool(cell.words),
    )
    if growth is not None:
        out.append(growth)
    ratio = _ratio_target(row, cols, shared, metric, location)
    if ratio is not None:
        out.append(ratio)
    return out


def _place_targets(
    row: list[str],
    cols: Columns,
    shared: _Row,
    metric: str,
    location: Location,
    comp: str | None,
) -> list[Target]:
    """The targets of the other places a row sets one for (全省 130000 beside 苏南 180000);
    `metric`: the indicator's name, before any place names it."""
    out = []
    for col, place in cols.places[1:]:
        cell = read_cell(_get(row, col))
        if cell.value is None:
            continue
        unit = cell_unit(shared.unit, cell)
        value_base, unit_base = normalise(cell.value, unit)
        out.append(
            Target(
                f"{shared.id}.p{col}",
                _placed(place, metric),
                cell.value,
                unit,
                Comparator(cell.comparator or comp or ">="),
                TargetKind(row_kind(metric, unit, cell)),
                cell.year or shared.deadline,
                shared.text,
                location,
                binding=shared.binding,
                value_base=value_base,
                unit_base=unit_base,
                value_max=cell.value_max,
            )
        )
    return out


def _ratio_target(
    row: list[str], cols: Columns, shared: _Row, metric: str, location: Location
) -> Target | None:
    """136 under 1957年为1952年的百分比: the target as a share of the base year's level; 11.0
    (or 5.5倍) under 1985年比1980年增长: the change since the base year."""
    if cols.ratio is None:
        return None
    column, year, verb = cols.ratio
    cell = read_cell(_get(row, column))
    unit = cell.unit or "%"
    if cell.value is None or unit not in (("%", "倍") if verb else ("%",)):
        return None
    return Target(
        f"{shared.id}.ratio",
        f"{metric}{verb}" if verb else f"{metric}为{year}年的百分比",
        cell.value,
        unit,
        Comparator(cell.comparator or ">="),
        TargetKind.LEVEL,
        shared.deadline,
        shared.text,
        location,
        baseline_year=year,
        binding=shared.binding,
    )


def table_targets_in_text(
    text: str,
    *,
    node_id: str,
    location: Location,
    end_year: int,
    offset: int = 0,
    read_words: ReadWords | None = None,
) -> list[Target] | None:
    """Targets of a table given as plan text (rows on lines, cells split by tabs), with spans
    pointing at each row; None when the text is not an indicator table."""
    lines, starts, pos = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append(line.rstrip("\r").split("\t"))
            starts.append(pos)
        pos += len(line) + 1
    if not looks_like_indicator_table(lines):
        return None
    period = (end_year - 4, end_year) if end_year else None
    targets = targets_from_table(
        lines, node_id=node_id, location=location, period=period, read_words=read_words
    )
    cols = find_columns(lines)
    header = cols.header if cols else 0
    for t in targets:
        row = int(t.id[len(node_id) + 2 :].split(".")[0])
        i = header + row
        if i < len(lines):
            start = offset + starts[i]
            t.span = (start, start + len("\t".join(lines[i])))
    return targets
