"""Indicator tables (主要指标表): one target per row, plus one per annual-growth cell.

A table is a header row and data rows (cells as strings; from .docx `Block.rows` or from plan
text with cells split on tabs). Columns are found by their header words: 指标/名称 (the metric,
with its unit in brackets: 常住人口（万人）), 单位, the base-year and target-year columns
(2025年 / 基期 and 2030年 / 目标), 年均增长, and 属性 (预期性 / 约束性 -> `binding`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrack.model import Location, Target
from plantrack.parse.numbers import normalise, parse_number
from plantrack.read.lexicon import EMPTY_CELLS, GROUP_HEADER, UNIT_RE, strip_list_number

_YEAR = re.compile(r"(20\d\d)")
_CELL = re.compile(
    r"^(?P<pre>≥|≤|>=|<=|＞|＜|>|<|约|不低于|不少于|不高于|不超过|超过|低于|高于)?\s*"
    r"(?P<open>[〔［\[【(（])?\s*(?P<num>-?\d+(?:[,.]\d+)*)\s*(?P<close>[〕］\]】)）])?\s*"
    r"(?P<unit>%|‰|[^\d\s以左上下内〔［\[【(（〕］\]】)）]{0,6}?)?\s*"
    r"(?P<suf>及以上|以上|以下|以内|左右|上下)?\s*$"
)
_PRE_COMP = {
    "≥": ">=",
    ">=": ">=",
    "不低于": ">=",
    "不少于": ">=",
    "≤": "<=",
    "<=": "<=",
    "不高于": "<=",
    "不超过": "<=",
    ">": ">",
    "＞": ">",
    "超过": ">",
    "高于": ">",
    "<": "<",
    "＜": "<",
    "低于": "<",
    "约": "~",
}
_SUF_COMP = {"及以上": ">=", "以上": ">=", "以下": "<=", "以内": "<=", "左右": "~", "上下": "~"}
_GROWTH_ENDINGS = ("增长", "增速", "增长率", "降低", "下降", "提高", "减少", "提升")
# [累计达到1000], 〔累计新增20〕: words inside a cumulative cell
_CELL_WORDS = re.compile(
    r"(?<=[〔［\[【(（])\s*(?:五年)?累计(?:新增|达到|增加|减少|下降)?|(?<=[〔［\[【(（])\s*(?:新增|达到)"
)
# [1], ［2］ after a name: footnote marks
_FOOTNOTE = re.compile(r"[\[［]\d{1,2}[\]］]$")
_NAME_NUM = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])\s*")
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


@dataclass(slots=True)
class _Columns:
    header: int
    name: int
    unit: int | None
    base: int | None
    base_year: int | None
    target: int | None
    target_year: int | None
    annual: int | None
    attribute: int | None
    milestones: tuple[tuple[int, int], ...] = ()  # (column, year) between base and target


def _find_columns(rows: list[list[str]]) -> _Columns | None:
    for h, row in enumerate(rows[:3]):
        cells = [c.strip() for c in row]
        name = next(
            (
                i
                for i, c in enumerate(cells)
                if ("指标" in c or "名称" in c) and "属性" not in c and "类" not in c
            ),
            None,
        )
        if name is None:
            continue
        if "指标" not in cells[name] and not any(
            w in c for c in cells for w in ("属性", "基期", "目标", "单位")
        ):
            continue  # 项目名称 | 建设内容 | 总投资: a project list, not an indicator table
        unit = next(
            (i for i, c in enumerate(cells) if c.startswith("单位") or c == "计量单位"), None
        )
        attribute = next((i for i, c in enumerate(cells) if "属性" in c or "性质" in c), None)
        annual = next(
            (i for i, c in enumerate(cells) if "年均" in c or "增速" in c or "累计" in c), None
        )
        years = [
            (i, int(m.group(1)))
            for i, c in enumerate(cells)
            if i not in (name, annual) and (m := _YEAR.search(c))
        ]
        base = next((i for i, c in enumerate(cells) if "基期" in c or "现状" in c), None)
        target = next((i for i, c in enumerate(cells) if "目标" in c and i != name), None)
        base_year = target_year = None
        # 2016年预期值 2017年预期值 2018年预期值: every year is a target, none a baseline
        every_year_a_target = len(years) >= 2 and all("预期" in cells[i] for i, _ in years)
        if years:
            years.sort(key=lambda t: t[1])
            if base is None and len(years) >= 2 and not every_year_a_target:
                base = years[0][0]
            if target is None or every_year_a_target:
                target = years[-1][0]
            base_year = next((y for i, y in years if i == base), None)
            target_year = next((y for i, y in years if i == target), None)
        if target is None and annual is None:
            continue
        between = tuple((i, y) for i, y in years if i not in (base, target))
        return _Columns(
            h, name, unit, base, base_year, target, target_year, annual, attribute, between
        )
    return None


def looks_like_indicator_table(rows: list[list[str]]) -> bool:
    """True for a 主要指标表: a header naming the indicator and a target or growth column."""
    if not rows or len(rows) < 2:
        return False
    return _find_columns(rows) is not None


def _cell(
    text: str, cumulative_column: bool = False
) -> tuple[float | None, str | None, str | None, bool, str | None]:
    """A value cell -> (value, unit, comparator, cumulative, words). words = 完成国家下达任务 …

    In a column whose header says 累计, a value in round brackets is cumulative too (9)."""
    t = (text or "").strip().replace("％", "%").replace("，", ",")
    t = _CELL_WORDS.sub("", t)
    if t in EMPTY_CELLS:
        return None, None, None, False, None
    m = _CELL.match(t)
    if not m:
        return None, None, None, False, t.strip("〔〕［］[]【】()（） ")
    value = parse_number(m.group("num").lstrip("-"))
    if value is None:
        return None, None, None, False, None
    if m.group("num").startswith("-"):
        value = -value
    unit = m.group("unit") or None
    if unit and not (unit in ("%", "‰") or UNIT_RE.match(unit)):
        return None, None, None, False, None  # 12%%, 5x: not a value we can trust
    comp = _PRE_COMP.get(m.group("pre") or "") or _SUF_COMP.get(m.group("suf") or "")
    opens = ("〔", "［", "[", "【", "(", "（") if cumulative_column else ("〔", "［", "[", "【")
    cumulative = m.group("open") in opens and m.group("close") is not None
    return value, unit, comp, cumulative, None


def _metric_unit(name: str) -> tuple[str, str | None]:
    """常住人口（万人） -> (常住人口, 万人); 细颗粒物（PM2.5）平均浓度 -> unchanged, None."""
    name = _FOOTNOTE.sub("", _NAME_NUM.sub("", re.sub(r"\s+", "", name)))
    m = re.search(r"[（(]([^（()）]{1,12})[）)]\s*$", name)
    if m:
        inner = m.group(1).strip()
        if UNIT_RE.match(inner) or inner in ("%", "‰"):
            return name[: m.start()].strip(), inner
    return name, None


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


def _growth_target(
    row: _Row, cell: str, header: str, location: Location, has_level: bool
) -> Target | None:
    """The target in a row's 年均增长 / 累计 column, if any."""
    a_value, a_unit, a_comp, a_cumulative, a_words = _cell(cell, cumulative_column="累计" in header)
    metric, unit, text, binding = row.metric, row.unit, row.text, row.binding
    a_id, deadline, base_year = row.id, row.deadline, row.base_year
    if a_value is not None and a_cumulative:
        # 〔13.5〕 in a 累计 column: a five-year cumulative change since the base year; on a
        # % row it is in 个百分点 unless the indicator is itself a change (浓度下降 〔18〕%)
        c_unit = a_unit or unit
        if c_unit == "%" and not metric.endswith(_GROWTH_ENDINGS):
            c_unit = "个百分点"
        c_base, c_unit_base = normalise(a_value, c_unit)
        return Target(
            a_id,
            metric,
            a_value,
            c_unit,
            a_comp or ">=",
            "cumulative",
            deadline,
            text,
            location,
            baseline_year=base_year,
            binding=binding,
            value_base=c_base,
            unit_base=c_unit_base,
        )
    if a_value is not None:
        # 年均增长 6 on a 亿元 row: a growth rate; <5.5 on a rate row (失业率): its yearly level
        keeps = metric.endswith(_GROWTH_ENDINGS) or (
            unit == "%" and metric.endswith(("率", "比例", "比重", "指数"))
        )
        return Target(
            a_id,
            metric if keeps else metric + "增长",
            a_value,
            a_unit or "%",
            a_comp or ">=",
            "annual",
            deadline,
            text,
            location,
            binding=binding,
        )
    if a_words and a_value is None and not has_level:
        # 与经济增长同步, 〔完成省下达任务〕: a qualitative target in the growth column.
        return Target(
            a_id,
            metric,
            None,
            None,
            None,
            "qualitative",
            deadline,
            text,
            location,
            binding=binding,
            milestone=a_words,
        )
    return None


def targets_from_table(
    rows: list[list[str]], *, node_id: str, location: Location, period: tuple[int, int] | None
) -> list[Target]:
    """An indicator table (主要指标表): header row + rows. Ids f"{node_id}.r{row}" and
    f"{node_id}.r{row}.annual" for the annual-growth column; each target carries the category
    row (or 类别 cell) above it as its `group`."""
    found = _row_targets(rows, node_id=node_id, location=location, period=period)
    cols = _find_columns(rows)
    if cols is not None:
        groups = _groups(rows, cols)
        for t in found:
            row = int(t.id[len(node_id) + 2 :].split(".")[0])
            group = groups[row - 1] if row - 1 < len(groups) else None
            t.group = group if isinstance(group, str) else None
    return found


_GROUP_ROW = object()  # marks a category row itself
# the header of a category column (类别 | 指标 | 单位 …)


def _groups(rows: list[list[str]], cols: _Columns) -> list[object]:
    """For each data row, the group it sits in (a 类别 cell, or a row holding only a name such as
    经济发展), or _GROUP_ROW for such a category row itself."""
    header = rows[cols.header]
    category = next(
        (i for i, c in enumerate(header) if GROUP_HEADER.search(c) and i != cols.name), None
    )
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
    rows: list[list[str]], *, node_id: str, location: Location, period: tuple[int, int] | None
) -> list[Target]:
    cols = _find_columns(rows)
    if cols is None:
        return []
    out: list[Target] = []
    deadline = cols.target_year or (period[1] if period else None)
    base_year = cols.base_year or (period[0] - 1 if period else None)
    # a 累计 figure counts from the table's own 基期 column; without one its base is unknown
    cumulative_base = base_year if cols.base is not None else None

    def get(row: list[str], i: int | None) -> str:
        return row[i].strip() if i is not None and i < len(row) and row[i] else ""

    groups = _groups(rows, cols)
    for r, row in enumerate(rows[cols.header + 1 :], 1):
        metric, unit = _metric_unit(get(row, cols.name))
        if not metric or metric in EMPTY_CELLS or groups[r - 1] is _GROUP_ROW:
            continue
        unit = get(row, cols.unit) or unit
        attr = get(row, cols.attribute)
        binding = True if "约束" in attr else False if "预期" in attr else None
        text = "\t".join(c or "" for c in row)
        base_value, _, _, _, _ = _cell(get(row, cols.base))
        value, cell_unit, comp, cumulative, words = _cell(get(row, cols.target))
        unit = unit or cell_unit
        kind = "level"
        if metric.startswith("新增"):
            kind = "increment"  # 新增… [110]: the new amount since the base year
        elif cumulative or "累计" in metric:
            kind = "cumulative"
        elif "年均" in metric or (unit == "%" and metric.endswith(("增速", "增长率", "增长"))):
            kind = "annual"  # a growth rate is a yearly figure
        if comp is None and value is not None:
            lower = any(w in metric for w in _LOWER_IS_BETTER) and not any(
                w in metric for w in ("下降", "降低", "减少")
            )
            comp = "<=" if lower else ">="
        if value is not None or words:
            value_base, unit_base = normalise(value, unit)
            out.append(
                Target(
                    id=f"{node_id}.r{r}",
                    metric=metric,
                    value=value,
                    unit=unit if value is not None else None,
                    comparator=comp,
                    kind=kind if value is not None else "qualitative",
                    deadline=deadline,
                    text=text,
                    location=location,
                    baseline=base_value,
                    baseline_year=base_year if base_value is not None else None,
                    binding=binding,
                    milestone=words,
                    value_base=value_base,
                    unit_base=unit_base,
                )
            )
        for col, year in cols.milestones:
            # 2027年 between 2025年 and 2030年: a staged target with its own deadline.
            m_value, m_unit, m_comp, _, _ = _cell(get(row, col))
            if m_value is not None and (unit or m_unit):
                m_base, m_unit_base = normalise(m_value, unit or m_unit)
                out.append(
                    Target(
                        f"{node_id}.r{r}.y{year}",
                        metric,
                        m_value,
                        unit or m_unit,
                        m_comp or comp or ">=",
                        kind,
                        year,
                        text,
                        location,
                        baseline=base_value,
                        baseline_year=base_year if base_value is not None else None,
                        binding=binding,
                        value_base=m_base,
                        unit_base=m_unit_base,
                    )
                )
        a_header = rows[cols.header][cols.annual] if cols.annual is not None else ""
        growth = _growth_target(
            _Row(f"{node_id}.r{r}.annual", metric, unit, text, binding, deadline, cumulative_base),
            get(row, cols.annual),
            a_header,
            location,
            has_level=value is not None or bool(words),
        )
        if growth is not None:
            out.append(growth)
    return out


def table_targets_in_text(
    text: str, *, node_id: str, location: Location, end_year: int, offset: int = 0
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
    targets = targets_from_table(lines, node_id=node_id, location=location, period=period)
    cols = _find_columns(lines)
    header = cols.header if cols else 0
    for t in targets:
        row = int(t.id[len(node_id) + 2 :].split(".")[0])
        i = header + row
        if i < len(lines):
            start = offset + starts[i]
            t.span = (start, start + len("\t".join(lines[i])))
    return targets
