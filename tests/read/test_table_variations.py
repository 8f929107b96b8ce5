"""Random indicator tables in random text shapes give the records their cells say (issue 19).

A seeded generator draws a table — which columns stand (序号, 类别 before or after it, 单位, 属性,
a base year, a staged year, the target year), their order after the name, each column's header
among the words real tables use (指标/指标名称/指标项, 属性/类型/指标属性, 现状（2025年）/“十四五”完成值,
近期规划（2030年）/目标值（2030年）/2030年 …), the units in a 单位 column or in the name's brackets,
categories as a merged column or as rows of their own, empty cells written as —, / or left blank,
names wrapped over two lines, values in words (动态调整, 完成市考核要求, 5分钟覆盖区超80%, 力争150家,
超3000亿元, 800万 on a 平方米 row) — and
renders it into one text shape: tab rows, pipe rows with or without outer bars, Markdown, rows of
cells separated by spaces, one cell per line (with bars, with blank lines between cells or
between rows), the header copied line by line (the first lines of its cells, then their second
lines: 现状 | 近期规划 | （2025年） | （2030年）) under a group header 指标值. The records are
computed from the drawn cells, not from another rendering, so a shape that loses a row fails.

`PLANTRACK_TABLE_SEEDS=N` runs N seeds instead of the default."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from table_records import table_records


@dataclass(frozen=True)
class Indicator:
    name: str
    unit: str
    attr: str
    base: str
    staged: str
    target: str
    # expected (metric, value, unit, comparator, kind) of the target column, or None (words)
    record: tuple | None
    staged_record: tuple | None = None  # (value, comparator) of the staged column


POOL = [
    Indicator(
        "地区生产总值",
        "亿元",
        "预期性",
        "18000",
        "21000",
        "24000",
        ("地区生产总值", 24000, "亿元", ">=", "level"),
        (21000, ">="),
    ),
    Indicator(
        "研发经费投入强度",
        "%",
        "预期性",
        "3.2",
        "3.5",
        "≥3.8",
        ("研发经费投入强度", 3.8, "%", ">=", "level"),
        (3.5, ">="),
    ),
    Indicator(
        "城镇调查失业率",
        "%",
        "预期性",
        "5",
        "<5.5",
        "<5.5",
        ("城镇调查失业率", 5.5, "%", "<", "level"),
        (5.5, "<"),
    ),
    Indicator(
        "新建口袋公园",
        "座",
        "预期性",
        "—",
        "3",
        "≥6",
        ("新建口袋公园", 6, "座", ">=", "increment"),
        (3, ">="),
    ),
    Indicator(
        "森林覆盖率",
        "%",
        "约束性",
        "50.5",
        "50.8",
        "51",
        ("森林覆盖率", 51, "%", ">=", "level"),
        (50.8, ">="),
    ),
    Indicator(
        "人均公园绿地面积",
        "平方米/人",
        "约束性",
        "6.07",
        "6.1",
        "6.24",
        ("人均公园绿地面积", 6.24, "平方米/人", ">=", "level"),
        (6.1, ">="),
    ),
    Indicator(
        "细颗粒物（PM2.5）平均浓度",
        "微克/立方米",
        "约束性",
        "30",
        "28",
        "25",
        ("细颗粒物（PM2.5）平均浓度", 25, "微克/立方米", "<=", "level"),
        (28, "<="),
    ),
    Indicator(
        "数字经济企业数",
        "家",
        "预期性",
        "/",
        "/",
        "9000左右",
        ("数字经济企业数", 9000, "家", "~", "level"),
    ),
    Indicator(
        "养老床位数占老年人口比例",
        "%",
        "约束性",
        "/",
        "/",
        "≥2.5",
        ("养老床位数占老年人口比例", 2.5, "%", ">=", "level"),
    ),
    Indicator(
        "满足消防响应时间",
        "分钟",
        "约束性",
        "/",
        "/",
        "5分钟覆盖区超80%",
        ("满足消防响应时间（5分钟覆盖区）", 80, "%", ">", "level"),
    ),
    Indicator(
        "新兴产业税收年均增速",
        "%",
        "预期性",
        "/",
        "/",
        "高于全区税收年均增速3个百分点以上",
        ("新兴产业税收年均增速", 3, "个百分点", ">=", "annual"),
    ),
    Indicator(
        "外贸进出口总额",
        "亿元",
        "预期性",
        "/",
        "/",
        "超3000亿元",
        ("外贸进出口总额", 3000, "亿元", ">", "level"),
    ),
    Indicator(
        "科技小巨人企业数",
        "家",
        "预期性",
        "120",
        "/",
        "力争150家",
        ("科技小巨人企业数", 150, "家", ">=", "level"),
    ),
    Indicator(
        "重大项目开竣工面积",
        "平方米",
        "预期性",
        "/",
        "/",
        "800万",
        ("重大项目开竣工面积", 800, "万平方米", ">=", "level"),
    ),
    Indicator("地表水优良水体比例", "%", "约束性", "90", "/", "完成市考核要求", None),
    Indicator("社会消费品零售总额年均增速", "%", "预期性", "/", "/", "高于全市平均水平", None),
    Indicator("区级一般公共预算收入增速", "%", "预期性", "/", "/", "与全市保持同步", None),
    Indicator("住宅用地面积", "平方千米", "预期性", "20.26", "/", "动态调整", None),
    Indicator(
        "河湖高品质开放滨水空间公里数",
        "千米",
        "预期性",
        "21",
        "22",
        "24",
        ("河湖高品质开放滨水空间公里数", 24, "千米", ">=", "level"),
        (22, ">="),
    ),
]
CATEGORIES = ["经济发展", "民生福祉", "生态环境", "城市更新"]
HEADERS = {
    "index": [("序号", "")],
    "category": [("类别", ""), ("领域", ""), ("指标类别", "")],
    "name": [("指标", ""), ("指标名称", ""), ("指标项", ""), ("具体指标", "")],
    "unit": [("单位", ""), ("计量单位", "")],
    "attr": [("属性", ""), ("指标属性", ""), ("类型", ""), ("指标性质", "")],
    "base": [
        ("2025年", ""),
        ("现状值", "（2025年）"),
        ("现状", "（2025年）"),
        ("基期值", "（2025年）"),
        ("“十四五”", "完成值"),
    ],
    "staged": [("2027年", "")],
    "target": [
        ("2030年", ""),
        ("目标值", "（2030年）"),
        ("近期规划", "（2030年）"),
        ("“十五五”", "目标值"),
    ],
}
VALUES = ("base", "staged", "target")
ROW_SHAPES = ("tabs", "pipes", "bare pipes", "markdown", "spaces")
LINE_SHAPES = ("per line", "per line with bars", "blank between cells", "blank between rows")


@dataclass
class Table:
    columns: list[str]  # column kinds in order
    header: dict[str, tuple[str, str]]  # kind -> (first line, second line)
    unit_in_name: bool
    category_mode: str  # column | rows | none
    two_lines: bool = False  # the header copied row by row (one-cell-per-line shapes)
    rows: list[tuple[str, Indicator, dict[str, str]]] = field(default_factory=list)
    wrapped: set[int] = field(default_factory=set)  # rows whose name is cut over two lines

    def name_of(self, ind: Indicator) -> str:
        return f"{ind.name}（{ind.unit}）" if self.unit_in_name else ind.name


def draw(rng: random.Random, shape: str) -> Table:
    keeps_blanks = shape in ("tabs", "pipes", "bare pipes", "markdown", "blank between rows")
    after = ["attr", "base", "target"]
    if rng.random() < 0.4:
        after.append("staged")
    unit_in_name = rng.random() < 0.3
    if not unit_in_name:
        after.append("unit")
    rng.shuffle(after)
    # the value columns keep their years ascending (base, staged, target) wherever they stand
    slots = [i for i, k in enumerate(after) if k in VALUES]
    for slot, kind in zip(slots, [k for k in VALUES if k in after], strict=True):
        after[slot] = kind
    mode = rng.choice(["column", "rows", "none"])
    index = shape != "spaces" or rng.random() < 0.7
    front = ["index"] if index else []
    if mode == "column":
        front.insert(rng.randrange(len(front) + 1), "category")
    header = {kind: rng.choice(HEADERS[kind]) for kind in [*front, "name", *after]}
    table = Table([*front, "name", *after], header, unit_in_name, mode)
    table.two_lines = shape in LINE_SHAPES and rng.random() < 0.5
    chosen = rng.sample(POOL, rng.randint(4, 8))
    for n, ind in enumerate(chosen):
        category = CATEGORIES[n * len(CATEGORIES) // len(chosen)] if mode != "none" else ""
        cells = {"unit": ind.unit, "attr": ind.attr}
        # an empty cell dropped by the shape is recoverable only when the row's one value has a
        # bound (≥6 goes to the target column), in a table without a staged column
        blank = keeps_blanks or ("staged" not in after and ind.target[:1] in "≥<")
        for kind in VALUES:
            cell = getattr(ind, kind)
            if cell in ("—", "/") and rng.random() < 0.5:
                cell = rng.choice(["—", "/", "-"] + ([""] * blank))
            cells[kind] = cell
        table.rows.append((category, ind, cells))
        if index and "category" not in front[1:] and rng.random() < 0.2 and len(ind.name) > 6:
            table.wrapped.add(n)
    return table


def _header_cells(table: Table, two_lines: bool) -> list[str]:
    """The header row; with `two_lines`, the first lines of the value cells, then a group header
    over them written before them, then their second lines (a header copied row by row)."""
    if not two_lines:
        return [a + b for a, b in (table.header[k] for k in table.columns)]
    first = [table.header[k][0] for k in table.columns]
    seconds = [table.header[k][1] for k in table.columns if table.header[k][1]]
    at = [i for i, k in enumerate(table.columns) if k in VALUES]
    if at[-1] - at[0] + 1 == len(at):  # a group header spans adjacent columns only
        first.insert(at[0], "指标值")
    return [*first, *seconds]


def _row_cells(table: Table, n: int, category: str, ind: Indicator, cells: dict) -> list[str]:
    out = []
    first_of_group = n == 0 or table.rows[n - 1][0] != category
    for kind in table.columns:
        if kind == "index":
            out.append(str(n + 1))
        elif kind == "category":
            out.append(category if first_of_group else "")
        elif kind == "name":
            name = table.name_of(ind)
            if n in table.wrapped:
                name = f"{name[:4]}\n{name[4:]}"
            out.append(name)
        else:
            out.append(cells[kind])
    return out


def render(table: Table, shape: str) -> str:
    header = _header_cells(table, table.two_lines)
    width = len(table.columns)
    name_at = table.columns.index("name")
    rows: list[list[str]] = []
    for n, (category, ind, cells) in enumerate(table.rows):
        if table.category_mode == "rows" and (n == 0 or table.rows[n - 1][0] != category):
            group = [""] * width
            group[name_at] = category
            rows.append(group)
        rows.append(_row_cells(table, n, category, ind, cells))
    if shape in LINE_SHAPES:
        return _per_line(header, rows, shape, name_at)
    rows = [[c.replace("\n", "") for c in r] for r in rows]
    if shape == "tabs":
        return "\n".join("\t".join(r) for r in [header, *rows])
    if shape == "spaces":
        return "\n".join("    ".join(c for c in r if c) for r in [header, *rows])
    lines = [" | ".join(r) for r in [header, *rows]]
    if shape == "markdown":
        lines.insert(1, " | ".join("---" for _ in header))
    if shape != "bare pipes":
        lines = [f"| {line} |" for line in lines]
    return "\n".join(lines)


def _per_line(header: list[str], rows: list[list[str]], shape: str, name_at: int) -> str:
    if shape == "blank between rows":
        # a blank line between rows; an empty cell after the name stays as a blank line
        blocks = ["\n".join(header)]
        for row in rows:
            blocks.append("\n".join(c for k, c in enumerate(row) if c or k > name_at))
        return "\n\n".join(blocks)
    cells = [*header, *(c for row in rows for c in row if c)]
    bar = " |" if shape == "per line with bars" else ""
    sep = "\n\n" if shape == "blank between cells" else "\n"
    return sep.join(f"{c}{bar}" for c in cells)


def expected(table: Table) -> set[tuple]:
    out = set()
    for _, ind, cells in table.rows:
        base = cells["base"]
        baseline = float(base) if base.replace(".", "").isdigit() else None
        year = 2025 if baseline is not None else None
        binding = ind.attr == "约束性"
        if ind.record is not None:
            out.add((*ind.record, baseline, year, binding, 2030))
        staged = cells.get("staged", "")
        if "staged" in table.columns and ind.staged_record and staged not in ("", "—", "/", "-"):
            metric, _, unit, _, kind = ind.record
            value, comp = ind.staged_record
            out.add((metric, value, unit, comp, kind, baseline, year, binding, 2027))
    return out


def records(path: Path) -> set[tuple]:
    return table_records(path, "某区国土空间近期规划")


SEEDS = int(os.environ.get("PLANTRACK_TABLE_SEEDS", "60"))
SHAPES = ROW_SHAPES + LINE_SHAPES
INTRO = "专栏1 某区国土空间近期规划核心指标表"
AFTER = "三、行动任务\n强化门户绿廊、滨水绿带建设，促进绿化贯通成脉，持续推动公园体系完善。"


@pytest.mark.parametrize("seed", range(SEEDS))
def test_a_random_table_in_a_random_shape_gives_its_records(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    shape = SHAPES[seed % len(SHAPES)]
    table = draw(rng, shape)
    text = render(table, shape)
    path = tmp_path / "plan.txt"
    path.write_text(f"{INTRO}\n{text}\n{AFTER}\n", encoding="utf-8")
    assert records(path) == expected(table), f"shape {shape}:\n{text}"


def test_the_generator_draws_every_kind_of_variation() -> None:
    """The generator's own check: across the default seeds every shape, category mode, unit
    place, a staged column, blank cells and wrapped names occur."""
    seen: set[str] = set()
    for seed in range(SEEDS):
        rng = random.Random(seed)
        shape = SHAPES[seed % len(SHAPES)]
        table = draw(rng, shape)
        seen |= {shape, table.category_mode, f"unit in name {table.unit_in_name}"}
        seen |= {"staged"} if "staged" in table.columns else set()
        seen |= {"wrapped"} if table.wrapped else set()
        seen |= {"blank"} if any("" in c.values() for _, _, c in table.rows) else set()
    assert set(SHAPES) | {"column", "rows", "none", "staged", "wrapped", "blank"} <= seen
    assert {"unit in name True", "unit in name False"} <= seen
