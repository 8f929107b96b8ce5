"""One indicator table in every shape it arrives in gives the same targets (issue 19).

The table (9 indicators under 4 categories, 2025 baseline, 2030 target, 年均增长〔累计〕, 属性)
is written as a real .docx table, a ruled PDF table, an HTML <table>, tab text, one cell per
line (as copying an HTML table gives), one cell per line with `|` after each cell, pipe rows
and space-separated rows; each file goes through read → clean → outline → targets."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from plantrack.model import Block
from plantrack.parse.plan import parse_document
from plantrack.read import read_document
from plantrack.read.text_tables import recover_tables
from saved_text import parse_lines

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
HEADER = ["类别", "指标", "单位", "2025年", "2030年", "年均增长〔累计〕", "属性"]
ROWS = [
    ["经济发展", "地区生产总值", "亿元", "18000", "24000", "6左右", "预期性"],
    ["", "全员劳动生产率", "万元/人", "25", "33", "—", "预期性"],
    ["创新驱动", "研发经费投入强度", "%", "3.2", "3.8", "〔0.6〕", "预期性"],
    ["", "每万人口高价值发明专利拥有量", "件", "30", "45", "—", "预期性"],
    ["民生福祉", "城镇调查失业率", "%", "5", "<5.5", "—", "预期性"],
    ["", "人均预期寿命", "岁", "80.5", "81.5", "—", "预期性"],
    ["绿色生态", "单位地区生产总值能耗降低", "%", "—", "—", "〔13.5〕", "约束性"],
    ["", "地表水达到或好于Ⅲ类水体比例", "%", "90", "92", "—", "约束性"],
    ["", "森林覆盖率", "%", "50.5", "51", "—", "约束性"],
]
INTRO = "专栏1 “十五五”时期经济社会发展主要指标"
NOTE = "注：〔〕内为五年累计数。"
EXPECTED = {
    ("地区生产总值", 24000, "亿元", ">=", "level", 18000, 2025, False, "经济发展"),
    ("地区生产总值增长", 6, "%", "~", "annual", None, 2025, False, "经济发展"),
    ("全员劳动生产率", 33, "万元/人", ">=", "level", 25, 2025, False, "经济发展"),
    ("研发经费投入强度", 3.8, "%", ">=", "level", 3.2, 2025, False, "创新驱动"),
    ("研发经费投入强度", 0.6, "个百分点", ">=", "cumulative", None, 2025, False, "创新驱动"),
    ("每万人口高价值发明专利拥有量", 45, "件", ">=", "level", 30, 2025, False, "创新驱动"),
    ("城镇调查失业率", 5.5, "%", "<", "level", 5, 2025, False, "民生福祉"),
    ("人均预期寿命", 81.5, "岁", ">=", "level", 80.5, 2025, False, "民生福祉"),
    ("单位地区生产总值能耗降低", 13.5, "%", ">=", "cumulative", None, 2025, True, "绿色生态"),
    ("地表水达到或好于Ⅲ类水体比例", 92, "%", ">=", "level", 90, 2025, True, "绿色生态"),
    ("森林覆盖率", 51, "%", ">=", "level", 50.5, 2025, True, "绿色生态"),
}


def _cell_per_line(bar: str) -> str:
    cells = [*HEADER]
    for row in ROWS:
        cells.extend(c for c in row if c)  # a merged category cell is copied once
    return "\n".join(f"{c}{bar}" for c in cells)


def _blank_lines(split_units: bool) -> str:
    """One cell per line with a blank line between cells; a header cell wrapped over two lines
    (年均增长 / 〔累计〕) and the note right under the last cell; with `split_units`, no 单位 column: the unit on the line under each
    level value (18000 / 亿元), as a web table with a line break in its cells is copied."""
    unit_col = HEADER.index("单位")
    header = [c for k, c in enumerate(HEADER) if not (split_units and k == unit_col)]
    cells = [c.replace("年均增长〔", "年均增长\n〔") for c in header]
    for row in ROWS:
        for k, cell in enumerate(row):
            if not cell or (split_units and k == unit_col):
                continue
            # a level value carries the row's unit; a change carries it when it is a share
            level, change = HEADER[k].endswith("年"), HEADER[k].startswith("年均")
            carries = cell != "—" and (level or (change and row[unit_col] == "%"))
            cells.append(f"{cell}\n{row[unit_col]}" if split_units and carries else cell)
    return "\n\n".join(cells)


def _text(body: str) -> str:
    return f"{INTRO}\n{body}\n{NOTE}\n"


SHAPES = {
    "tabs.txt": lambda: _text("\n".join("\t".join(r) for r in [HEADER, *ROWS])),
    "cell-per-line.txt": lambda: _text(_cell_per_line("")),
    "cell-per-line-bars.txt": lambda: _text(_cell_per_line(" |")),
    "cell-per-line-blank-lines.txt": lambda: _text(_blank_lines(split_units=False)),
    "value-unit-split.txt": lambda: _text(_blank_lines(split_units=True)),
    "pipes.md": lambda: _text(
        "\n".join(
            ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
            + ["| " + " | ".join(r) + " |" for r in ROWS]
        )
    ),
    "spaces.txt": lambda: _text("\n".join("    ".join(c for c in r if c) for r in [HEADER, *ROWS])),
}


def _write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(INTRO)
    table = document.add_table(rows=0, cols=len(HEADER))
    for row in [HEADER, *ROWS]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.add_paragraph(NOTE)
    document.save(str(path))


def _write_html(path: Path) -> None:
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in [HEADER, *ROWS]
    )
    path.write_text(
        f"<html><head><meta charset='utf-8'><title>主要指标</title></head><body>"
        f"<div id='UCAP-CONTENT'><p>{INTRO}</p><table>{rows}</table><p>{NOTE}</p></div>"
        "</body></html>",
        encoding="utf-8",
    )


def _write_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    style = ParagraphStyle("b", fontName="WQY", fontSize=10, leading=14, wordWrap="CJK")
    table = Table([HEADER, *ROWS])
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), "WQY", 9), ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    )
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph(INTRO, style), table, Paragraph(NOTE, style)]
    )


def _records(path: Path) -> set[tuple]:
    parsed = parse_document(read_document(path), title="某市规划纲要", period=(2026, 2030))
    return {
        (
            t.metric,
            t.value,
            t.unit,
            t.comparator,
            t.kind,
            t.baseline,
            t.baseline_year,
            t.binding,
            t.group,
        )
        for t in parsed.targets
        if t.value is not None
    }


@pytest.mark.parametrize("shape", [*SHAPES, "table.docx", "table.html", "table.pdf"])
def test_every_shape_gives_the_same_targets(tmp_path: Path, shape: str) -> None:
    path = tmp_path / shape
    if shape in SHAPES:
        path.write_text(SHAPES[shape](), encoding="utf-8")
    elif shape.endswith("docx"):
        _write_docx(path)
    elif shape.endswith("html"):
        _write_html(path)
    else:
        if not FONT.exists():
            pytest.skip("needs apt package fonts-wqy-microhei")
        _write_pdf(path)
    assert _records(path) == EXPECTED


def test_a_rebuilt_table_is_reported_as_a_repair(tmp_path: Path) -> None:
    blocks = [Block(line) for line in _cell_per_line(" |").split("\n")]
    rebuilt, repairs = recover_tables([Block(INTRO), *blocks, Block(NOTE)])
    assert [b.kind for b in rebuilt] == ["paragraph", "table", "paragraph"]
    assert repairs == ["rebuilt an indicator table of 9 rows from one-cell-per-line text"]
    # the merged 类别 cell is restored on every row of its group
    assert [r[0] for r in rebuilt[1].rows[1:4]] == ["经济发展", "经济发展", "创新驱动"]
    assert rebuilt[1].rows[0] == HEADER


@pytest.mark.parametrize(
    "lines",
    [
        ["指标", "我们要大力发展数字经济，推动产业升级。"],  # a heading word, then prose
        ["| 项目名称 | 建设内容 | 总投资 |", "| 港口 | 泊位 | 10亿元 |"],  # a project list
        ["指标", "单位", "说明"],  # no value column
    ],
)
def test_text_that_is_not_an_indicator_table_is_left_alone(lines: list[str]) -> None:
    blocks = [Block(line) for line in lines]
    rebuilt, repairs = recover_tables(blocks)
    assert [b.kind for b in rebuilt] == ["paragraph"] * len(lines) and repairs == []


def test_a_category_row_without_a_category_column_becomes_the_group(tmp_path: Path) -> None:
    text = (
        "指标\t2025年\t2030年\t属性\n经济发展\t\t\t\n地区生产总值（亿元）\t18000\t24000\t预期性\n"
        "绿色生态\t\t\t\n森林覆盖率（%）\t50.5\t51\t约束性\n"
    )
    path = tmp_path / "表.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title="某市规划纲要", period=(2026, 2030))
    assert [(t.metric, t.group) for t in parsed.targets] == [
        ("地区生产总值", "经济发展"),
        ("森林覆盖率", "绿色生态"),
    ]
    assert parsed.targets[0].to_dict()["group"] == "经济发展"


def test_sub_rows_after_其中_get_their_own_values(tmp_path: Path) -> None:
    """A copied table row with 其中 sub-rows: the names first, then each column row by row."""
    cells = [
        "“十四五”教育事业发展主要指标表",
        "指  标",
        "2020年",
        "2025年",
        "属性",
        "4.义务教育标准班额比例(%)",
        "其中:小学",
        "初中",
        "34.52%",
        "77.34%",
        "80%以上",
        "85%以上",
        "预期性",
        "1.幼儿教师专科及以上学历比例(%)",
        "其中:本科及以上学历比例(%)",
        "97.74%",
        "49.85%",
        "100%",
        "50%",
        "预期性",
    ]
    parsed = parse_lines(tmp_path, cells, "某县教育规划", (2021, 2025), sep="\n\n")
    found = {(t.metric, t.value, t.baseline, t.binding) for t in parsed.targets}
    assert found == {
        ("义务教育标准班额比例（小学）", 80, 34.52, False),
        ("义务教育标准班额比例（初中）", 85, 77.34, False),
        ("幼儿教师专科及以上学历比例", 100, 97.74, False),
        ("本科及以上学历比例", 50, 49.85, False),
    }


def test_value_cells_with_a_unit_word_stay_values(tmp_path: Path) -> None:
    """11.4年 / 12.3年以上 / 78.5岁: a number with a unit is a value cell, not a name."""
    cells = [
        "“十五五”卫生健康主要指标",
        "指  标",
        "2025年",
        "2030年",
        "属性",
        "1.人均预期寿命(岁)",
        "79.2岁",
        "80岁以上",
        "预期性",
        "2.每千人口执业(助理)医师数(人)",
        "3.4人",
        "3.8人",
        "约束性",
    ]
    parsed = parse_lines(tmp_path, cells, "某市卫生规划", (2026, 2030), sep="\n\n")
    found = {(t.metric, t.value, t.unit, t.baseline, t.binding) for t in parsed.targets}
    assert found == {
        ("人均预期寿命", 80, "岁", 79.2, False),
        ("每千人口执业(助理)医师数", 3.8, "人", 3.4, True),
    }


@pytest.mark.parametrize("note", ["注：［］内为五年平均数，〔〕内为五年累计数。", ""])
def test_the_note_under_the_table_is_read_for_its_brackets(tmp_path: Path, note: str) -> None:
    """The same copied table with and without its 注: ［5.5］ is a yearly average or cumulative."""
    cells = ["指标 |", "2025年 |", "2030年 |", "年均增长［累计］ |", "属性 |"]
    cells += ["地区生产总值增长（%） |", "5.8 |", "— |", "［5.5］ |", "预期性 |"]
    cells += ["单位地区生产总值能耗降低（%） |", "— |", "— |", "〔13〕 |", "约束性 |"]
    path = tmp_path / "表.txt"
    path.write_text("主要指标\n" + "\n".join(cells) + f"\n{note}\n", encoding="utf-8")
    parsed = parse_document(read_document(path), title="某市规划纲要", period=(2026, 2030))
    kinds = {t.metric: (t.value, t.kind, t.baseline_year) for t in parsed.targets}
    gdp = (5.5, "annual", None) if note else (5.5, "cumulative", 2025)
    assert kinds == {"地区生产总值增长": gdp, "单位地区生产总值能耗降低": (13, "cumulative", 2025)}


def test_pipe_rows_under_a_merged_category_cell_are_placed_by_kind(tmp_path: Path) -> None:
    """A 领域 cell spanning three rows is written once: the rows under it start a cell early
    (序号 where 领域 stands), and a row without a unit has its value where the unit stands."""
    text = (
        "表2 全县教育发展主要指标\n"
        "领域 | 序号 | 指标名称 | 单位 | 2027年 |\n"
        "普及程度 | 1 | 学前教育毛入园率 | % | 95 |\n"
        "2 | 高中阶段毛入学率 | % | ≥92 | |\n"
        "3 | 每万人口在校研究生数 | 1/万 | <3 | |\n"
        "4 | 生师比 | 13 | ||\n"
    )
    path = tmp_path / "表.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title="某县教育规划", period=(2023, 2027))
    found = {(t.metric, t.value, t.unit, t.comparator) for t in parsed.targets}
    assert found == {
        ("学前教育毛入园率", 95, "%", ">="),
        ("高中阶段毛入学率", 92, "%", ">="),
        ("每万人口在校研究生数", 3, "1/万", "<"),
        ("生师比", 13, None, ">="),
    }


def test_a_项目_column_names_the_indicator_beside_a_单位_column(tmp_path: Path) -> None:
    text = (
        "专栏2 发展指标\n"
        "| 类别 | 项目 | 单位 | 2022年 | 2025年 | 属性 |\n"
        "|---|---|---|---|---|---|\n"
        "| 生态 | 城市污水处理率 | % | 95 | 98 | 约束性 |\n"
        "| | 公共交通出行分担率 | % | 30 | 40 | 预期性 |\n"
    )
    path = tmp_path / "表.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title="某市规划", period=(2023, 2025))
    found = {(t.metric, t.value, t.baseline, t.binding) for t in parsed.targets}
    assert found == {("城市污水处理率", 98, 95, True), ("公共交通出行分担率", 40, 30, False)}


def test_a_small_value_is_not_taken_for_the_next_row_number(tmp_path: Path) -> None:
    # blank-line cells: row 1's target 12 stands before a 其中 line; 12 is not row 2's 序号
    cells = [
        "序号", "指标名称", "属性", "单位", "现状", "目标",
        "1", "新建社区公园", "约束性", "个", "40", "12",
        "其中 口袋公园", "25", "8",
        "2", "林荫道路长度", "预期性", "公里", "30", "45",
    ]  # fmt: skip
    path = tmp_path / "table.txt"
    path.write_text("主要指标\n" + "\n\n".join(cells) + "\n", encoding="utf-8")
    parsed = parse_document(read_document(path), title="某区绿化规划", period=(2026, 2030))
    got = {(t.metric, t.value, t.unit, t.kind.value, t.baseline, t.binding) for t in parsed.targets}
    assert got == {
        ("新建社区公园", 12, "个", "increment", 40, True),
        ("新建社区公园（口袋公园）", 8, "个", "increment", 25, True),
        ("林荫道路长度", 45, "公里", "level", 30, False),
    }


def test_a_header_cell_over_three_lines_and_a_heading_after_the_table(tmp_path: Path) -> None:
    # b8 松江: 松江 / “十四五” / 现状 is one header cell; a row without its 单位 cell; a name on
    # two lines; / for no unit; the numbered heading after the table stays a paragraph
    cells = [
        "序号", "指标名称", "单位", "属性", "松江", "“十四五”", "现状", "松江", "“十五五”", "指标",
        "1", "人均公园绿地面积", "平方米", "约束性", "7.3", "8.6",
        "2", "城市生物多样性指数（鸟类）", "预期性", "－", "0.6",
        "3", "生活垃圾资源化", "利用率", "%", "预期性", "86.98", "87",
        "4", "森林覆盖率", "/", "约束性", "18.3", "19.5",
        "五、主要任务", "1.持续量质并重，完善全域城乡公园体系",
        "新改建各类公园6座以上。",
    ]  # fmt: skip
    parsed = parse_lines(
        tmp_path, ["主要指标", *cells], title="某区绿化规划", period=(2026, 2030), sep="\n\n"
    )
    got = {
        (t.metric, t.value, t.unit, t.baseline, t.baseline_year, t.binding) for t in parsed.targets
    }
    assert got == {
        ("人均公园绿地面积", 8.6, "平方米", 7.3, 2025, True),
        ("城市生物多样性指数（鸟类）", 0.6, None, None, None, False),
        ("生活垃圾资源化利用率", 87, "%", 86.98, 2025, False),
        ("森林覆盖率", 19.5, None, 18.3, 2025, True),
        ("各类公园", 6, "座", None, None, None),
    }
    assert "五、主要任务" in parsed.text and "1.持续量质并重" in parsed.text


def test_a_指标单位_column_a_类型_category_and_an_attachment_after_the_table(
    tmp_path: Path,
) -> None:
    # b9 黄浦历史风貌: 指标名称 | 指标单位 are two columns, not 一级 over 二级; 类型 before the
    # name is the category; 附件2： after the table starts the text after it
    cells = [
        "序号", "类型", "指标名称", "指标单位", "2025年目标值", "属性",
        "1", "保护修缮", "居住类历史建筑全项目修缮建筑面积", "万平方米", "30", "约束性",
        "2", "红色文化", "红色文物保护建筑修缮改造", "处", "4", "预期性",
        "附件2：", "重点任务或项目", "1", "外滩·中央（179街坊）", "2",
    ]  # fmt: skip
    parsed = parse_lines(
        tmp_path, ["主要指标", *cells], title="某区风貌保护规划", period=(2021, 2025), sep="\n\n"
    )
    got = {(t.metric, t.value, t.unit, t.group, t.binding) for t in parsed.targets}
    assert got == {
        ("居住类历史建筑全项目修缮建筑面积", 30, "万平方米", "保护修缮", True),
        ("红色文物保护建筑修缮改造", 4, "处", "红色文化", False),
    }


def test_names_and_values_wrapped_over_lines_with_ranges_and_period_notes(
    tmp_path: Path,
) -> None:
    # b12 土地管理: every line its own cell (blank lines between); a name over two lines (年均…
    # / 规模（公顷）); a value with its period under it (48 / （2021年-2025年）); ranges (30-40)
    cells = [
        "指标名称", "2025年", "2030年", "指标性质",
        "水域面积", "（平方公里）", "620", "≥625", "约束性",
        "年均新增造林", "面积（公顷）", "48", "（2021年-2025年）", "30-40", "预期性",
        "再生水利用率（%）", "50-55", "（2021年-2025年）", "力争达到60左右", "预期性",
        "注：再生水利用率按城镇污水处理量计算。",
    ]  # fmt: skip
    parsed = parse_lines(
        tmp_path, ["表1 主要指标", *cells], title="某市水资源规划", period=(2026, 2030), sep="\n\n"
    )
    got = {
        (t.metric, t.value, t.value_max, t.comparator.value, t.baseline, t.aspiration, t.binding)
        for t in parsed.targets
    }
    assert got == {
        ("水域面积", 625, None, ">=", 620, False, True),
        ("年均新增造林面积", 30, 40, ">=", 48, False, False),
        # a range in the 基期 column is no one baseline figure
        ("再生水利用率", 60, None, "~", None, True, False),
    }


def test_a_目标类别_table_with_the_unit_in_the_target_header(tmp_path: Path) -> None:
    # b10 松江节能降碳: 目标类别 | 具体目标内容 | 目标值（%） | 指标属性, one cell per line; a
    # footnote mark on a 属性 cell; the unit of every row stands in the target column's header
    cells = [
        "目标类别", "具体目标内容", "目标值（%）", "指标属性",
        "建筑领域",
        "新建居住建筑执行绿色建筑二星级标准比例", "100", "预期性[1]",
        "交通领域",
        "新增公交车中新能源车比例", "95", "约束性",
        "注：[1]以国家和市级考核为准。",
    ]  # fmt: skip
    parsed = parse_lines(
        tmp_path, ["表 主要指标", *cells], title="某区节能降碳规划", period=(2026, 2030), sep="\n\n"
    )
    got = {(t.metric, t.value, t.unit, t.binding, t.group) for t in parsed.targets}
    assert got == {
        ("新建居住建筑执行绿色建筑二星级标准比例", 100, "%", False, "建筑领域"),
        ("新增公交车中新能源车比例", 95, "%", True, "交通领域"),
    }


def test_a_专栏_with_a_预期值_column_change_values_and_averaged_rates(tmp_path: Path) -> None:
    # b13 应急体系: 序号 | 指　　标 | 预期值 | 属性; values that are changes (下降15%); 年均 before
    # a rate (年均…死亡率 <1) is a rate averaged over the years: a level, not a yearly amount
    cells = [
        "序号", "指　　标", "预期值", "属性",
        "1", "道路交通万车死亡人数", "下降12%", "约束性",
        "2", "年均每百万人口因洪涝灾害死亡率", "<0.8", "预期性",
        "3", "年均新增应急避难场所面积（万平方米）", "50", "预期性",
    ]  # fmt: skip
    parsed = parse_lines(
        tmp_path,
        ["专栏1　主要指标", *cells],
        title="某省应急体系规划",
        period=(2021, 2025),
        sep="\n\n",
    )
    got = {
        (t.metric, t.value, t.unit, t.comparator.value, t.kind.value, t.binding)
        for t in parsed.targets
    }
    assert got == {
        ("道路交通万车死亡人数（下降）", 12, "%", ">=", "level", True),
        ("年均每百万人口因洪涝灾害死亡率", 0.8, None, "<", "level", False),
        ("年均新增应急避难场所面积", 50, "万平方米", ">=", "annual", False),
    }


def test_a_long_worded_cell_does_not_end_a_cell_per_line_table(tmp_path: Path) -> None:
    # a housing plan's table, rows between blank lines: the first row's target is a worded
    # milestone of 60+ characters (no full stop), a later cell wraps its bracketed part onto a
    # line of its own, and one bracket gives its own year and a cumulative figure
    lines = [
        "序号", "指标", "单位", "属性", "“十五五”期间目标", "",
        "1", "城中村改造", "定性", "约束性",
        "至2026年底，全面启动城中村整体改造项目，全面完成整治提升；2027年全面完成整体改造项目的"
        "前期改造；至2030年，基本完成城中村改造", "",
        "2", "实施老旧小区", "改造面积", "万平方米", "预期性", "300", "",
        "3", "筹措供应人才公寓床位数量", "张", "预期性",
        "完成市、区设定指标（其中2026年、2027年累计新增7600张）", "",
        "4", "建成征收安置住房", "万平方米", "预期性", "100", "",
        "二、重点任务",
    ]  # fmt: skip
    parsed = parse_lines(tmp_path, lines, title="某区住房发展规划", period=(2026, 2030))
    got = {(t.metric, t.value, t.unit, t.deadline, t.binding) for t in parsed.targets if t.value}
    assert got == {
        ("实施老旧小区改造面积", 300, "万平方米", 2030, False),
        ("筹措供应人才公寓床位数量", 7600, "张", 2027, False),
        ("建成征收安置住房", 100, "万平方米", 2030, False),
    }


def test_a_category_cell_broken_one_piece_per_line_and_a_worded_value(tmp_path: Path) -> None:
    # 类别 cells one or two characters per line before the row's name (a merged cell copied from
    # a web page), and a value in words with a figure right after the name
    lines = [
        "“十四五”期间主要指标", "类别", "指标内容", "2025年规划值", "指标属性", "",
        "地震", "监测", "预报", "能力", "地震监测能力", "达到0.8级", "约束性", "",
        "地震震后预测水平", "30分钟提供震后趋势快速判定意见", "预期性", "",
        "公共", "服务", "水平", "社会公众满意度", "不低于90分", "预期性", "",
        "三、主要任务",
    ]  # fmt: skip
    parsed = parse_lines(tmp_path, lines, title="某市防震减灾规划", period=(2021, 2025))
    got = {(t.group, t.metric, t.value, t.unit, t.binding) for t in parsed.targets}
    assert got == {
        ("地震监测预报能力", "地震监测能力", 0.8, "级", True),
        ("地震监测预报能力", "地震震后预测水平", 30, "分钟", False),
        ("公共服务水平", "社会公众满意度", 90, "分", False),
    }


def test_values_in_units_the_reader_did_not_know_and_a_listed_name(tmp_path: Path) -> None:
    # cells one per line, blank lines between: a density in km/km², a count in 乘次, and a row
    # whose name lists two roads sharing one measure, with two values per cell
    cells = [
        "序号", "类别", "指标项", "现状值", "“十五五”规划目标", "类型",
        "1", "设施类", "中心城区路网密度", "6.2km/km²", "7km/km2", "预期性",
        "2", "服务类", "公共交通日客运量", "25万乘次", "30万乘次", "预期性",
        "3", "品质类", "国道、省道优良路率", "95%、92%", "96%、94%", "约束性",
    ]  # fmt: skip
    parsed = parse_lines(
        tmp_path,
        ["表1 主要指标表", *cells],
        title="某区综合交通规划",
        period=(2026, 2030),
        sep="\n\n",
    )
    got = {(t.group, t.metric, t.value, t.unit, t.baseline) for t in parsed.targets}
    assert got == {
        ("设施类", "中心城区路网密度", 7, "km/km²", 6.2),  # km2: the square it could not type
        ("服务类", "公共交通日客运量", 30, "万乘次", 25),
        ("品质类", "国道优良路率", 96, "%", 95),
        ("品质类", "省道优良路率", 94, "%", 92),
    }


def test_a_progress_table_with_numbered_names_and_cells_over_several_lines(tmp_path) -> None:
    # a half-year report's table: rows open with a numbered name, cells wrap onto lines of
    # their own, the 责任部门 runs over lines; the 年度目标 column states the year's targets
    lines = [
        "表1:上半年主要指标完成情况", "类别", "指标名称", "年度目标", "完成情况", "责任部门",
        "经济发展", "1、区级财政收入增长率", "5%以上", "12.3%", "区财政局",
        "2、战略性新兴产业占工业产值", "比重", "提升2个", "百分点", "提升1.5个百分点",
        "区经委", "区科委",
        "3、新增上市企业数", "4家", "2家", "区金融办",
        "4、城镇登记失业人数", "控制在", "8000人内", "6500人", "区人社局",
    ]  # fmt: skip
    path = tmp_path / "计划执行情况.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    parsed = parse_document(
        read_document(path), title="某区上半年计划执行情况", period=(2022, 2022)
    )
    got = {(t.metric, t.value, t.unit) for t in parsed.targets}
    assert ("区级财政收入增长率", 5, "%") in got
    assert ("新增上市企业数", 4, "家") in got
    assert ("城镇登记失业人数", 8000, "人") in got
    assert any(m.startswith("战略性新兴产业占工业产值比重") and v == 2 for m, v, _ in got)
    assert all(v not in (12.3, 1.5, 6500) for _, v, _ in got)  # the 完成情况 column: the past


def test_a_task_table_with_a_weight_column_and_its_checking_units(tmp_path) -> None:
    # a 目标任务分解表: 项目 | 分值 (a score weight) | 目标任务 | 监考单位, one cell per line; a
    # target in words (年终…考核) and a missing 监考单位 cell (merged in the page)
    lines = [
        "附件", "某区2019年度经济社会发展目标任务分解表",
        "项 目", "分值", "目标任务", "监考单位",
        "经济发展", "地区生产总值增长率", "3", "年终根据全市平均水平综合考核", "区发改局区统计局",
        "全社会固定资产投资额", "3", "210", "区发改局",
        "工业投资", "1", "60",
        "外贸进出口额", "1", "9000", "区商务局",
    ]  # fmt: skip
    parsed = parse_lines(tmp_path, lines, title="目标任务分解", period=(2019, 2019))
    got = {(t.metric, t.value) for t in parsed.targets if t.value is not None}
    assert got == {("全社会固定资产投资额", 210), ("工业投资", 60), ("外贸进出口额", 9000)}


def test_a_编号_column_and_two_year_columns_that_both_say_指标(tmp_path: Path) -> None:
    # b33 公园城市: 编号 opens the header; 2025年指标 | 2035年指标 are values (not 一级 over 二级
    # names) and both are targets, neither a baseline
    cells = [
        "编号", "关键指标", "2025年指标", "2035年指标", "指标说明与指引",
        "1", "湿地保护率", "52%以上", "55%以上", "参照本市湿地保护规划的指标要求。",
        "2", "人均体育场地面积", "2.6平方米", "3平方米", "以人均面积突出设施供给水平。",
        "3", "骑行道长度", "500公里", "力争900公里", "突出慢行网络的联系程度。",
    ]  # fmt: skip
    parsed = parse_lines(
        tmp_path, ["附表1", "指标体系指引表", *cells], "某市指导意见", (2021, 2035), sep="\n\n"
    )
    got = {(t.metric, t.value, t.unit, t.deadline, t.baseline) for t in parsed.targets}
    assert got == {
        ("湿地保护率", 52, "%", 2025, None),
        ("湿地保护率", 55, "%", 2035, None),
        ("人均体育场地面积", 2.6, "平方米", 2025, None),
        ("人均体育场地面积", 3, "平方米", 2035, None),
        ("骑行道长度", 500, "公里", 2025, None),
        ("骑行道长度", 900, "公里", 2035, None),
    }


def test_estimated_bases_starred_values_and_ratios_one_cell_per_line(tmp_path: Path) -> None:
    # b35 重庆 “十五五” table copied one cell per line: 预计20, 5—5.5*, 2.21∶1 are values, not the
    # end of the name before them
    cells = ["序号", "指标名称", "2025年", "2030年目标", "属性"]
    cells += ["1", "地区生产总值增长（%）", "5.3", "5—5.5*", "预期性"]
    cells += ["2", "全员劳动生产率（万元/人）", "预计20", "25", "预期性"]
    cells += ["3", "城乡居民人均可支配收入比", "2.21∶1", "2.1∶1左右", "预期性"]
    lines = ["专栏1　“十五五”经济社会发展主要指标", *cells, "注：带*为年均增速。"]
    parsed = parse_lines(tmp_path, lines, "某市“十五五”规划纲要", (2026, 2030))
    got = {(t.metric, t.value, t.baseline, t.kind.value) for t in parsed.targets}
    assert got == {
        ("地区生产总值增长", 5, 5.3, "annual"),
        ("全员劳动生产率", 25, 20, "level"),
        ("城乡居民人均可支配收入比", 2.1, 2.21, "level"),
    }


def test_bare_years_as_column_names_one_cell_per_line(tmp_path: Path) -> None:
    # b98 旺苍 forestry box: 2020 and 2025 without 年 name the base and target columns
    cells = ["序号 |", "指标名称 |", "单位 |", "2020 |", "2025 |", "性质 |"]
    cells += ["1 |", "林地保有量 |", "万亩 |", "≥340.5 |", "≥340.5 |", "预期性 |"]
    cells += ["2 |", "森林蓄积量 |", "万立方米 |", "≥1606 |", "≥1710 |", "约束性 |"]
    lines = ["专栏一 “十四五”全县林业发展主要目标", "专栏一主要指标 |", "|||||", *cells]
    parsed = parse_lines(tmp_path, lines, "旺苍县林业发展“十四五”规划", (2021, 2025))
    got = {(t.metric, t.value, t.baseline, t.baseline_year, t.binding) for t in parsed.targets}
    assert got == {
        ("林地保有量", 340.5, 340.5, 2020, False),
        ("森林蓄积量", 1710, 1606, 2020, True),
    }


def test_years_under_目标指标_copied_a_cell_a_bar_are_each_a_target(tmp_path: Path) -> None:
    # b122 重庆 农村饮水: 序号 | 指标名称 | 单位 | 目标指标 over 2025年 | 2026年 | 2027年 in a plan of
    # 2025–2027, a cell a line closed by bars: 2025 is the first year's target, not a base
    lines = ["主要目标指标表", "序号 |", "指 标 名 称 |", "单位 |", "目 标 指 标 |", "||"]
    lines += ["2025年 |", "2026年 |", "2027年 |", "|||"]
    for n, name, values in (
        ("1", "重点水源工程覆盖率", ("89.2", "90.0", "90.8")),
        ("2", "农村规模化水厂覆盖率", ("65.5", "69.0", "72.5")),
        ("3", "农村自来水普及率", ("92.2", "93.6", "95.0")),
    ):
        lines += [f"{n} |", f"{name} |", "% |", *(f"{v} |" for v in values[:2]), f"{values[2]} ||"]
    parsed = parse_lines(tmp_path, lines, "重庆市提升农村饮水质量专项行动方案", (2025, 2027))
    got = {(t.metric, t.deadline, t.value, t.baseline) for t in parsed.targets}
    assert ("农村自来水普及率", 2025, 92.2, None) in got
    assert ("农村自来水普及率", 2027, 95.0, None) in got
    assert len(got) == 9


@pytest.mark.parametrize("shape", ["per line", "spaces"])
def test_years_under_目标_are_each_a_target_in_text_shapes(tmp_path: Path, shape: str) -> None:
    # b36 重庆 数字能源: 序号 | 指标 | 目标 over 2024年 | 2025年 | 2026年, copied one cell per line
    # or as space-separated rows (the years on a header line of their own)
    header = [["序号", "指标", "目标"], ["2024年", "2025年", "2026年"]]
    rows = [
        ["1", "用户侧光伏装机规模（累计）", ">90万千瓦", ">120万千瓦", ">150万千瓦"],
        [
            "2",
            "用户侧储能装机规模（累计）",
            ">40万千瓦/80万千瓦时",
            ">70万千瓦/140万千瓦时",
            ">100万千瓦/200万千瓦时",
        ],
    ]
    if shape == "per line":
        lines = [c for r in [*header, *rows] for c in r]
    else:
        lines = ["    ".join(r) for r in [*header, *rows]]
    parsed = parse_lines(tmp_path, ["表1 主要目标", *lines], "数字能源行动方案", (2024, 2026))
    got = {(t.deadline, t.value, t.unit) for t in parsed.targets}
    assert got == {
        (2024, 90, "万千瓦"),
        (2025, 120, "万千瓦"),
        (2026, 150, "万千瓦"),
        (2024, 40, "万千瓦"),
        (2024, 80, "万千瓦时"),
        (2025, 70, "万千瓦"),
        (2025, 140, "万千瓦时"),
        (2026, 100, "万千瓦"),
        (2026, 200, "万千瓦时"),
    }


def test_a_name_over_two_rows_copied_with_spaces_gives_both_measures(tmp_path: Path) -> None:
    """★煤炭消费量及比重 over two rows, the second row only its unit and figures: two records
    that share the name, each with its unit (the second row does not glue onto the first)."""
    lines = [
        "指标分类    指标名称    计算单位    2020年实际    2025年规划目标    指标属性",
        "绿色低碳转型发展    ★煤炭消费量及比重    万吨    135    100以内    约束性",
        "%    1.5    0.9    约束性",
        "天然气消费量及比重    亿立方米    189    200左右    预期性",
        "%    37.5    33.3    预期性",
    ]
    parsed = parse_lines(tmp_path, lines, "某市能源规划", (2021, 2025))
    found = {(t.value, t.unit, t.baseline, t.binding) for t in parsed.targets}
    assert found == {
        (100, "万吨", 135, True),
        (0.9, "%", 1.5, True),
        (200, "亿立方米", 189, False),
        (33.3, "%", 37.5, False),
    }


def test_space_separated_rows_that_lost_their_empty_cells(tmp_path: Path) -> None:
    """A PDF's copy drops empty cells: figures short of the value columns are the targets (the
    empty cell was the base); a ※ category with a note in brackets is a group, ／ is empty and
    －1.8 a figure."""
    lines = [
        "指标名称    2020年实际值    2025年目标值    2035年目标值",
        "※能源生产供应（除预计投产的项目外）",
        "电力（兆瓦）    186    2450    2700",
        "新能源装机容量（兆瓦）    1840    2110",
        "※能源消费结构",
        "能耗单列指标（万吨标煤）    ／    52    ／",
        "能耗总量年均增速（％）    －1.8    1.3    1.3",
        "单位GDP能耗下降率（％）    14.5％    达标",
    ]
    parsed = parse_lines(tmp_path, lines, "某区能源规划", (2021, 2025))
    found = {(t.metric, t.value, t.deadline, t.baseline) for t in parsed.targets}
    assert {
        ("电力", 2450, 2025, 186),
        ("新能源装机容量", 1840, 2025, None),
        ("新能源装机容量", 2110, 2035, None),
        ("能耗单列指标", 52, 2025, None),
        ("能耗总量年均增速", 1.3, 2025, -1.8),
        ("单位GDP能耗下降率", 14.5, 2025, None),
    } <= found
    assert {t.group for t in parsed.targets if t.metric == "电力"} == {"能源生产供应"}


def test_a_marked_category_with_a_note_one_cell_per_line(tmp_path: Path) -> None:
    cells = [
        "指标名称",
        "2020年实际值",
        "2025年目标值",
        "※能源生产供应（除预计投产的项目外）",
        "电力（兆瓦）",
        "186",
        "2450",
        "天然气（万立方米）",
        "8795",
        "10500",
    ]
    parsed = parse_lines(tmp_path, cells, "某区能源规划", (2021, 2025))
    found = {(t.metric, t.value, t.group) for t in parsed.targets}
    assert found == {("电力", 2450, "能源生产供应"), ("天然气", 10500, "能源生产供应")}


def test_a_pipe_table_whose_first_column_is_a_category_beside_the_unit(tmp_path: Path) -> None:
    # 河南's 表2 as copied from a web page: no 指标 column, rows of empty cells between groups
    plan = parse_lines(
        tmp_path,
        [
            "表2 河南省“十四五”可再生能源发展主要目标",
            "类别 | 单位 | 2020年 | 2025年 | 属性 |",
            "| ||||",
            "1.1 可再生能源电力总量消纳责任权重 | % | 17.5 | 32.2 | 预期性 |",
            "1.3 可再生能源发电装机 | 万千瓦 | 3251 | 5500 | 预期性 |",
            "| ||||",
            "2.3 生物天然气 | 万立方米 | 2000 | 5000 | 预期性 |",
        ],
        "河南省“十四五”可再生能源发展规划",
        (2021, 2025),
    )
    assert sorted((t.value, t.baseline) for t in plan.targets) == [
        (32.2, 17.5),
        (5000, 2000),
        (5500, 3251),
    ]


def test_a_quota_table_with_rows_one_space_apart(tmp_path: Path) -> None:
    # a PDF's text layer: 镇街名称 … one space apart under a caption with the unit
    lines = [
        "表3 “十五五”新增充电站布点一览表单位：座",
        "镇街名称 “十四五”规划延续 “十五五”规划新增 “十五五”增加合计",
        "甲镇 0 3 3",
        "乙街道 2 1 3",
        "合计 2 4 6",
        "",
        "第五章 保障措施",
    ]
    parsed = parse_lines(tmp_path, lines, "充电设施布局规划", (2026, 2030))
    got = {(t.metric, t.value, t.unit, t.kind.value) for t in parsed.targets}
    assert ("甲镇“十五五”规划新增", 3, "座", "increment") in got
    assert ("合计“十五五”增加合计", 6, "座", "level") in got


@pytest.mark.parametrize(
    "line",
    [
        "我们 要 坚持 稳中求进 工作总基调",  # prose written with spaces between words
        "指标 说明 如下",  # header words, but no value column
        "2025年 全市 地区生产总值 增长",  # a sentence cut into pieces
    ],
)
def test_a_line_of_words_one_space_apart_is_no_table_header(line: str) -> None:
    blocks = [Block(line, "paragraph"), Block("1 甲 2 3", "paragraph")]
    out, repairs = recover_tables(blocks)
    assert repairs == [] and [b.kind for b in out] == ["paragraph", "paragraph"]


def test_a_table_one_space_apart_ends_before_the_prose_after_it(tmp_path: Path) -> None:
    lines = [
        "表1 主要指标",
        "序号 指标 单位 2025年 2030年 属性",
        "1 单位地区生产总值能源消耗（含新上“两高”项目之外的全部能耗）降低 % — 〔13.5〕 约束性",
        "2 森林覆盖率 % 20.1 21 约束性",
        "注：以上指标 均为全市口径。",
        "二、主要任务 推进城市更新，力争到2030年新建口袋公园50个。",
    ]
    parsed = parse_lines(tmp_path, lines, "某市“十五五”规划纲要", (2026, 2030))
    got = {(t.metric, t.value, t.binding) for t in parsed.targets}
    assert ("森林覆盖率", 21, True) in got  # a long name does not end the table
    assert any(
        t.metric.startswith("单位地区生产总值能源消耗") and t.value == 13.5 for t in parsed.targets
    )
    assert ("口袋公园", 50, None) in got  # the prose after the table is read as prose


GROUPED_HEADER = """指  标  名  称

单位

2023年目标

2023年实绩

绝对值

增速(%)

绝对值

增速(%)

地区生产总值

亿元

1200

6以上

1215.3

6.8

一般公共预算收入

亿元

96

5以上

97.2

5.6
"""


def test_a_two_level_header_cell_by_cell_gives_a_column_per_group_and_sub_header(
    tmp_path: Path,
) -> None:
    path = tmp_path / "表.txt"
    path.write_text(GROUPED_HEADER, encoding="utf-8")
    blocks, _ = recover_tables(read_document(path).blocks)
    (table,) = [b for b in blocks if b.kind == "table"]
    assert table.rows[0] == [
        "指标名称",
        "单位",
        "2023年目标绝对值",
        "2023年目标增速(%)",
        "2023年实绩绝对值",
        "2023年实绩增速(%)",
    ]
    assert table.rows[1] == ["地区生产总值", "亿元", "1200", "6以上", "1215.3", "6.8"]


def test_a_years_targets_beside_its_results_under_a_review_set_none(tmp_path: Path) -> None:
    text = "一、2023年计划执行情况\n表一 2023年主要指标完成情况\n" + GROUPED_HEADER
    path = tmp_path / "报告.txt"
    path.write_text(text, encoding="utf-8")
    assert parse_document(read_document(path), period=(2024, 2024)).targets == []


def test_a_value_header_wrapped_under_a_place_and_a_words_column_after_the_values() -> None:
    """苏南 / 目标值 is one header cell; 数据提供部门's cells (统计) stay on their row, not the next
    row's category (a row without one drops the cell)."""
    lines = ["类别", "序号", "指标名称", "单位", "苏南", "目标值", "全省", "目标值", "权重"]
    lines += ["数据提供部门", "1", "人均地区生产总值", "元", "180000", "130000", "4", "统计"]
    lines += ["2", "服务业增加值占GDP比重", "%", "60", "60", "3"]
    lines += ["3", "城镇化率", "%", "75", "70", "3", "经信、统计", "4", "信息化发展水平", "%", "92"]
    lines += ["90", "3", "经信"]
    rebuilt, repairs = recover_tables([Block(line) for line in lines])
    assert repairs == ["rebuilt an indicator table of 4 rows from one-cell-per-line text"]
    rows = rebuilt[0].rows
    assert rows[0] == [
        "类别",
        "序号",
        "指标名称",
        "单位",
        "苏南目标值",
        "全省目标值",
        "权重",
        "数据提供部门",
    ]
    assert [r[0] for r in rows[1:]] == ["", "", "", ""]
    assert [r[-1] for r in rows[1:]] == ["统计", "", "经信、统计", "经信"]


@pytest.mark.parametrize("year", ["年", " 年"])  # a PDF's text layer may space 2015 from 年
def test_a_text_layer_header_whose_last_cells_wrapped_one_a_line(year: str) -> None:
    """类别 序号 指标名称 单位 2015年 / 目标值 / 2010年 / 实现值 / 权重, then rows one space apart:
    the header joined (2015年目标值, 2010年实现值), the rows read under it, the text after kept."""
    lines = [f"类别 序号 指标名称 单位 2015{year}", "目标值", f"2010{year}", "实现值", "权重"]
    lines += ["1 人均地区生产总值 100000 67327 5", "2 消费对经济增长贡献率 53 40.2 3"]
    lines += ["▲上市企业数 90 21", "3 人均预期寿命 78 78.2 4"]
    lines += ["注：带▲的为参考指标。", "本表由市统计局负责解释。", "各地可据此细化。"]
    rebuilt, repairs = recover_tables([Block(line) for line in lines])
    # the lines after the table stay, every one (the header's wrapped lines are not counted twice)
    assert [b.kind for b in rebuilt] == ["table", "paragraph", "paragraph", "paragraph"]
    assert [b.text for b in rebuilt[1:]] == lines[-3:]
    assert repairs == ["rebuilt an indicator table of 4 rows from space-separated text"]
    rows = rebuilt[0].rows
    assert rows[0] == ["类别", "序号", "指标名称", "单位", "2015年目标值", "2010年实现值", "权重"]
    assert [(r[2], r[4], r[5]) for r in rows[1:]] == [
        ("人均地区生产总值", "100000", "67327"),
        ("消费对经济增长贡献率", "53", "40.2"),
        ("▲上市企业数", "90", "21"),
        ("人均预期寿命", "78", "78.2"),
    ]


def test_header_words_wrapped_over_lines_without_a_table_are_left_as_they_were() -> None:
    lines = ["类别 序号 指标名称 单位 2015年", "目标值", "本表由市统计局负责解释。"]
    rebuilt, repairs = recover_tables([Block(line) for line in lines])
    assert [b.text for b in rebuilt] == lines and repairs == []


def test_a_heading_of_the_text_is_no_header_cell() -> None:
    from plantrack.read.header_cells import is_header_cell

    assert not is_header_cell("四、规划目标与指标")
    assert not is_header_cell("（一）总体目标")
    assert is_header_cell("指标名称")


def test_a_value_cell_with_a_note_after_a_row_number_does_not_stop_the_ingest(
    tmp_path: Path,
) -> None:
    cells = [
        "序号",
        "指标",
        "单位",
        "2024年",
        "2025年目标",
        "1",
        "人均预期寿命",
        "岁",
        "78",
        "78.5",
    ]
    cells += ["2", "每千人口执业（助理）医师数", "人", "3", "35(邵阳市)", "3", "健康素养水平", "%"]
    cells += ["30", "32"]
    path = tmp_path / "清单.txt"
    path.write_text("2025年目标责任清单\n" + "\n".join(cells) + "\n", encoding="utf-8")
    parsed = parse_document(read_document(path), period=(2025, 2025))
    assert ("人均预期寿命", 78.5) in [(t.metric, t.value) for t in parsed.targets]


def test_a_table_no_shape_can_rebuild_is_left_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from plantrack.read import text_tables

    def broken(self: object, i: int) -> int:
        raise ValueError("an unforeseen cell")

    monkeypatch.setattr(text_tables._Recover, "_table_at", broken)
    lines = ["指标", "单位", "2025年", "人均预期寿命", "岁", "78.5"]
    blocks, repairs = recover_tables([Block(t, "paragraph", None, n) for n, t in enumerate(lines)])
    assert [b.text for b in blocks] == lines
    assert repairs[0].startswith("left the lines from line 0 as text: no table could be rebuilt")


def test_a_header_repeated_after_a_page_break_is_no_row_and_a_base_names_its_year(
    tmp_path: Path,
) -> None:
    header = ["序号", "指标名称", "单位", "2022年", "2025年", "牵头单位"]
    cells = [*header, "1", "人均预期寿命", "岁", "78.2(2021年)", "≥79.2", "县卫健局"]
    cells += [*header, "2", "居民健康素养水平", "%", "21.6", "≥31.5", "县卫健局"]
    path = tmp_path / "清单.txt"
    path.write_text("主要目标责任清单\n" + "\n".join(c + " |" for c in cells) + "\n", "utf-8")
    parsed = parse_document(read_document(path), period=(2025, 2025))
    found = [(t.metric, t.value, t.baseline, t.baseline_year) for t in parsed.targets]
    assert found == [
        ("人均预期寿命", 79.2, 78.2, 2021),
        ("居民健康素养水平", 31.5, 21.6, 2022),
    ]


@pytest.mark.parametrize("gap", ["", "blank lines between cells"])
def test_a_table_of_a_thousand_rows_one_cell_per_line_is_read_whole(gap: str) -> None:
    # 6,000 lines: past the 400-line window the reader starts with, so it must widen it
    cells = ["序号", "指标名称", "单位", "2025年", "2030年", "属性"]
    for n in range(1, 1001):
        cells += [str(n), f"第{n}片区产业园区企业数", "家", str(100 + n), str(200 + n), "预期性"]
    lines = [c for cell in cells for c in ([cell, ""] if gap else [cell])]
    blocks = [Block(line, line=k) for k, line in enumerate(lines, 1) if line]
    blocks.append(Block("以上指标由各部门负责落实。", line=len(lines) + 2))
    rebuilt, repairs = recover_tables(blocks)
    assert [b.kind for b in rebuilt] == ["table", "paragraph"]
    rows = rebuilt[0].rows
    assert len(rows) == 1001 and rows[-1][1:5] == ["第1000片区产业园区企业数", "家", "1100", "1200"]
    assert repairs and "1000 rows" in repairs[0]


@pytest.mark.parametrize("sep", [" | ", "    "])
def test_a_table_of_a_thousand_rows_a_row_a_line_is_read_whole(sep: str) -> None:
    # pipe or space-separated rows: 1,001 lines, past the reader's first 400-line window
    rows = [["序号", "指标名称", "单位", "2025年", "2030年", "属性"]]
    rows += [
        [str(n), f"第{n}片区企业数", "家", str(100 + n), str(200 + n), "约束性"]
        for n in range(1, 1001)
    ]
    lines = [f"| {sep.join(r)} |" if "|" in sep else sep.join(r) for r in rows]
    blocks = [Block(line, line=k) for k, line in enumerate(lines, 1)]
    blocks.append(Block("以上指标由各部门负责落实。", line=len(lines) + 2))
    rebuilt, _ = recover_tables(blocks)
    assert [b.kind for b in rebuilt] == ["table", "paragraph"]
    assert len(rebuilt[0].rows) == 1001 and rebuilt[0].rows[-1][1] == "第1000片区企业数"
