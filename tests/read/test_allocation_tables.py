"""Allocation tables (任务分解表): rebuilt from one cell per line, one target per place."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from plantrack.parse.allocation import caption_subject, is_allocation_table
from plantrack.parse.plan import parse_document
from plantrack.read import read_document
from plantrack.read.allocation_tables import PLACE_HEADER, allocation_header, allocation_rows
from saved_text import parse_lines

HEADER = ["序号", "街镇", "2026年任务量", "3月底前完成20%", "其中重点区域任务量"]
CELLS = [
    *HEADER,
    "1", "马陆镇", "122.52", "完成制定方案和动员部署", "24.50", "36.94",
    "2", "安亭镇", "552.22", "110.44", "145.51",
    "3", "新成路街道", "3.01", "0.60", "0",
    "总计", "677.75", "135.54", "182.45",
]  # fmt: skip
AFTER = "三、保障措施"
TAIL = "各街镇要加强组织领导，压实整治责任。"


def test_the_rows_of_an_allocation_table_one_cell_per_line() -> None:
    rows, used = allocation_rows([*CELLS, AFTER, TAIL], unit="亩")
    assert used == len(CELLS)
    assert rows[0][:3] == ["序号", "街镇", "2026年任务量（亩）"]  # the 单位 line's unit
    # a merged cell written on the first row only leaves the rows of different lengths;
    # the place and the amount stand first in each
    assert [r[1:3] for r in rows[1:]] == [
        ["马陆镇", "122.52"],
        ["安亭镇", "552.22"],
        ["新成路街道", "3.01"],
        ["总计", "677.75"],
    ]


@pytest.mark.parametrize(
    "header",
    [
        ["序号", "重点任务", "具体工作", "责任部门"],  # a task table
        ["序号", "项目名称", "总投资（亿元）", "责任单位"],  # a project list
        ["序号", "街镇", "联系人", "电话"],  # no amount column
    ],
)
def test_other_headers_are_no_allocation_table(header: list[str]) -> None:
    assert allocation_header([*header, "1", "马陆镇", "12", "王某"]) == 0
    assert not is_allocation_table([header, ["1", "马陆镇", "12", "王某"]])


def test_an_allocation_table_copied_as_text_gives_a_target_per_place(tmp_path: Path) -> None:
    text = (
        "附件\n\n嘉定区2026年度违法用地综合整治各街镇整治任务表\n\n"
        "制表日期：2026.1          单位：亩\n\n" + "\n\n".join([*CELLS, AFTER, TAIL]) + "\n"
    )
    path = tmp_path / "方案.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(
        read_document(path), title="2026年违法用地综合整治实施方案", period=(2026, 2026)
    )
    assert "rebuilt an allocation table of 4 rows from one-cell-per-line text" in parsed.repairs
    got = [(t.metric, t.value, t.unit, t.comparator.value, t.deadline) for t in parsed.targets]
    assert got == [
        ("马陆镇2026年任务量", 122.52, "亩", ">=", 2026),
        ("安亭镇2026年任务量", 552.22, "亩", ">=", 2026),
        ("新成路街道2026年任务量", 3.01, "亩", ">=", 2026),
        ("总计2026年任务量", 677.75, "亩", ">=", 2026),
    ]
    for t in parsed.targets:  # each cites its own row of the rebuilt table
        assert parsed.text[t.span[0] : t.span[1]] == t.text
        assert float(t.text.split("\t")[2]) == t.value
    assert AFTER in parsed.text and TAIL in parsed.text


def test_a_word_allocation_table_gives_the_same_targets(tmp_path: Path) -> None:
    path = tmp_path / "方案.docx"
    document = docx.Document()
    document.add_paragraph("各区2026年目标任务分解表")
    rows = [
        ["序号", "区", "新增充电桩（个）", "责任单位"],
        ["1", "海曙区", "1200", "区住建局"],
        ["2", "江北区", "800", "区住建局"],
        ["", "合计", "2000", ""],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    document.save(path)
    parsed = parse_document(read_document(path), title="充电设施建设方案", period=(2026, 2027))
    got = [(t.metric, t.value, t.unit, t.kind.value, t.deadline) for t in parsed.targets]
    assert got == [
        ("海曙区新增充电桩", 1200, "个", "increment", 2027),
        ("江北区新增充电桩", 800, "个", "increment", 2027),
        ("合计新增充电桩", 2000, "个", "increment", 2027),
    ]


def test_a_header_over_two_rows_gives_each_year_its_target(tmp_path: Path) -> None:
    # b17 嘉定: the header's top cells, then the cells under its groups (件数 | 面积 under the
    # present's distribution, one cell per year under 分年度任务量, each with the year's total)
    cells = [
        "序号", "区县", "存量分布情况", "2025-2027年目标任务", "分年度任务量",
        "件数", "面积", "2025年约60个", "2026年约80个", "2027年约60个",
        "1", "甲区", "40", "120.5", "150", "45", "60", "45",
        "2", "乙区", "10", "30", "0", "0", "0", "0",
        "总计", "50", "150.5", "150", "45", "60", "45",
    ]  # fmt: skip
    text = "附件：任务量统计表\n\n单位：个\n\n" + "\n\n".join(cells) + "\n\n二、保障措施\n"
    path = tmp_path / "方案.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title="三年行动方案", period=(2025, 2027))
    got = [(t.metric, t.value, t.comparator.value, t.deadline) for t in parsed.targets]
    assert got == [
        ("2025年分年度任务量（合计）", 60, "~", 2025),
        ("2026年分年度任务量（合计）", 80, "~", 2026),
        ("2027年分年度任务量（合计）", 60, "~", 2027),
        ("甲区2025-2027年目标任务", 150, ">=", 2027),
        ("甲区2025年分年度任务量", 45, ">=", 2025),
        ("甲区2026年分年度任务量", 60, ">=", 2026),
        ("甲区2027年分年度任务量", 45, ">=", 2027),
        # 乙区 is given nothing to do (0): no target; the distribution of what is there is not read
        ("总计2025-2027年目标任务", 150, ">=", 2027),
        ("总计2025年分年度任务量", 45, ">=", 2025),
        ("总计2026年分年度任务量", 60, ">=", 2026),
        ("总计2027年分年度任务量", 45, ">=", 2027),
    ]
    assert {t.unit for t in parsed.targets} == {"个"}


def test_a_wide_table_without_序号_is_read_from_its_yearly_tail(tmp_path: Path) -> None:
    # b16 奉贤: no 序号, a header over four rows that cannot be aligned; each row's last values
    # are the years' amounts when a value before them is their sum (the period's task)
    cells = [
        "乡镇", "存量图斑", "重点类型", "C类", "D类", "2025-2027年任务量", "分年度任务量",
        "2025年", "30%", "2026年", "40%", "2027年", "30%", "图斑", "面积",
        "甲镇", "12", "80.5", "3.2", "0.00", "40", "12", "16", "12",
        "乙镇", "西片", "5", "20.1", "1.1", "0.00", "10", "3", "4", "3",
        "东片", "6", "33.0", "0.00", "2.5", "9", "5", "4", "0",
        "丙镇", "2", "7.7", "0.00", "0.00", "8", "1", "1", "1",  # 8 is not 1+1+1: not read
        "总计", "25", "141.3", "4.3", "2.5", "59", "20", "24", "15",
    ]  # fmt: skip
    text = (
        "附件 任务量分解表\n\n面积单位：亩\n\n" + "\n\n".join(cells) + "\n\n备注：数据互有重叠。\n"
    )
    path = tmp_path / "方案.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title="三年行动方案", period=(2025, 2027))
    got = [(t.metric, t.value, t.unit, t.deadline) for t in parsed.targets]
    assert got == [
        ("甲镇2025-2027年任务量", 40, "亩", 2027),
        ("甲镇2025年任务量", 12, "亩", 2025),
        ("甲镇2026年任务量", 16, "亩", 2026),
        ("甲镇2027年任务量", 12, "亩", 2027),
        ("乙镇（西片）2025-2027年任务量", 10, "亩", 2027),
        ("乙镇（西片）2025年任务量", 3, "亩", 2025),
        ("乙镇（西片）2026年任务量", 4, "亩", 2026),
        ("乙镇（西片）2027年任务量", 3, "亩", 2027),
        ("乙镇（东片）2025-2027年任务量", 9, "亩", 2027),
        ("乙镇（东片）2025年任务量", 5, "亩", 2025),
        ("乙镇（东片）2026年任务量", 4, "亩", 2026),
        ("总计2025-2027年任务量", 59, "亩", 2027),
        ("总计2025年任务量", 20, "亩", 2025),
        ("总计2026年任务量", 24, "亩", 2026),
        ("总计2027年任务量", 15, "亩", 2027),
    ]
    assert "备注：数据互有重叠。" in parsed.text


def test_a_quota_table_by_province_with_its_years_under_one_header(tmp_path: Path) -> None:
    # a State Council annex, tab-separated: the years' tasks under one group header on a second
    # row, a base-year count before them (with a note in one cell), and the extra places
    lines = [
        "附：内地新疆高中班扩大招生计划表",
        "省（市）\t2019年招生人数\t扩招\t分年度招生任务",
        "2020年\t2021年\t2022年",
        "总计\t800\t400\t900\t1000\t1200",
        "江苏\t100\t60\t120\t140\t160",
        "广东\t90（实招80）\t30\t100\t110\t120",
    ]
    parsed = parse_lines(tmp_path, lines, title="扩大招生的意见", period=(2020, 2022))
    got = {(t.metric, t.value, t.unit, t.deadline, t.baseline) for t in parsed.targets}
    assert ("江苏2020年分年度招生任务", 120, "人", 2020, 100) in got
    assert ("江苏2022年分年度招生任务", 160, "人", 2022, 100) in got
    assert ("广东扩招", 30, "人", 2022, 90) in got
    assert ("总计2021年分年度招生任务", 1000, "人", 2021, 800) in got
    assert all(t.deadline != 2019 for t in parsed.targets)  # the base year's count: no target
    assert len(got) == 12


def test_a_plan_group_over_the_years_and_figures_that_look_like_序号(tmp_path: Path) -> None:
    # 整治计划（处） spans its year cells; the stock (数量) and the year already done (已整治) are
    # not tasks; 丙市's 2025 figure 4 follows 序号 3 but a figure, not a place, comes after it
    cells = [
        "序号", "地市", "积水点数量", "整治计划（处）", "2024年（已整治）", "2025年", "2026年",
        "1", "甲市", "12", "5", "2", "3",
        "2", "乙市", "20", "8", "1", "4",
        "3", "丙市", "9", "3", "4", "2",
        "4", "丁市", "6", "1", "2", "3",
        "合计", "47", "17", "9", "12",
    ]  # fmt: skip
    text = "附表  积水点整治计划表\n\n" + "\n\n".join(cells) + "\n\n二、保障措施\n"
    path = tmp_path / "方案.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title="积水点整治方案", period=(2025, 2026))
    got = {(t.metric, t.value, t.unit, t.deadline) for t in parsed.targets}
    assert ("丙市2025年整治计划", 4, "处", 2025) in got
    assert ("丁市2026年整治计划", 3, "处", 2026) in got
    assert ("合计2026年整治计划", 12, "处", 2026) in got
    assert len(got) == 10  # five rows, two years each: no stock, no year already done


@pytest.mark.parametrize("place", ["地市", "设区市", "县（市）", "市（区）", "县市区", "行政区"])
def test_place_columns_under_their_other_names(place: str) -> None:
    cells = ["序号", place, "2025年目标（个）", "1", "甲", "30", "2", "乙", "20"]
    assert allocation_header(cells) == 3


# Markdown tables saved as .txt, as the quota annexes of energy plans arrive (b35, b36)
MARKDOWN_QUOTA_TABLES = [
    pytest.param(
        # | 序号 | 地区 | 公共充电桩（个） | 换电站（座） | over | --- |: each column with a unit in
        # its header is an amount, in that unit; a place given 0 has no target
        "表3 各市充电设施建设目标\n\n"
        "| 序号 | 地区 | 公共充电桩（个） | 换电站（座） |\n| --- | --- | --- | --- |\n"
        "| 1 | 甲市 | 9000 | 25 |\n| 2 | 乙市 | 6000 | 0 |\n| | 总计 | 15000 | 25 |\n",
        {
            ("甲市公共充电桩", 9000, "个", "level"),
            ("甲市换电站", 25, "座", "level"),
            ("乙市公共充电桩", 6000, "个", "level"),
            ("总计公共充电桩", 15000, "个", "level"),
            ("总计换电站", 25, "座", "level"),
        },
        id="every-counted-column",
    ),
    pytest.param(
        # b35 中山: …一览表单位：个 over | 镇街名称 | “十三五”规划延续 | “十四五”规划新增 | …合计 |: the
        # caption gives the unit; 规划新增 is what is new; 合计 is read too
        "表5-2 新增规划充电站布点一览表单位：个\n\n"
        "| 镇街名称 | “十三五”规划延续 | “十四五”规划新增 | “十四五”增加合计 |\n"
        "| --- | --- | --- | --- |\n| 甲镇 | 1 | 2 | 3 |\n| 乙街道 | 0 | 1 | 1 |\n",
        {
            ("甲镇“十三五”规划延续", 1, "个", "level"),
            ("甲镇“十四五”规划新增", 2, "个", "increment"),
            ("甲镇“十四五”增加合计", 3, "个", "level"),
            ("乙街道“十四五”规划新增", 1, "个", "increment"),
            ("乙街道“十四五”增加合计", 1, "个", "level"),
        },
        id="caption-unit-and-planned-new",
    ),
    pytest.param(
        # b36 重庆: 本次规划（座） over 新规划（座） | 迁建（座） | 合计（座） in a second row: the
        # present is not read, every planned column and the end state are; 新规划 is what is new
        "| 区县 | 2020年底现状站（座） | 本次规划（座） | 规划期末（座） |\n| --- | --- | --- | --- |\n"
        "| 新规划（座） | 迁建（座） | 合计（座） |\n"
        "| 甲区 | 13 | 2 | 1 | 3 | 16 |\n| 乙区 | 40 | 0 | 5 | 5 | 45 |\n",
        {
            ("甲区新规划", 2, "座", "increment"),
            ("甲区迁建", 1, "座", "level"),
            ("甲区本次规划合计", 3, "座", "level"),
            ("甲区规划期末", 16, "座", "level"),
            ("乙区迁建", 5, "座", "level"),
            ("乙区本次规划合计", 5, "座", "level"),
            ("乙区规划期末", 45, "座", "level"),
        },
        id="group-header-in-a-second-row",
    ),
    pytest.param(
        # b35 吉林: | 地区 | 充电站(座) | … | 核心区公共设施服务半径 | over 1.0公里 in every row:
        # a column whose cells carry their unit is an amount in that unit
        "| 地区 | 充电站(座) | 核心区公共设施服务半径 |\n| --- | --- | --- |\n"
        "| 甲市 | 27 | 1.0公里 |\n| 乙市 | 9 | 1.5公里 |\n| 总计 | 36 |  |\n",
        {
            ("甲市充电站", 27, "座", "level"),
            ("甲市核心区公共设施服务半径", 1.0, "公里", "level"),
            ("乙市充电站", 9, "座", "level"),
            ("乙市核心区公共设施服务半径", 1.5, "公里", "level"),
            ("总计充电站", 36, "座", "level"),
        },
        id="figures-that-carry-their-unit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKDOWN_QUOTA_TABLES)
def test_a_markdown_quota_table_saved_as_text(tmp_path: Path, text: str, expected: set) -> None:
    parsed = parse_lines(tmp_path, text.splitlines(), "布局规划", (2021, 2025))
    assert {(t.metric, t.value, t.unit, t.kind.value) for t in parsed.targets} == expected


def test_an_end_state_is_measured_from_the_present(tmp_path: Path) -> None:
    # b36 重庆: | 区县 | 2020年底现状站（座） | 本次规划（座） | 规划期末（座） |: 规划期末 596 from 402
    text = (
        "| 区县 | 2020年底现状站（座） | 本次规划（座） | 规划期末（座） |\n| --- | --- | --- | --- |\n"
        "| 甲区 | 13 | 12 | 25 |\n| 乙区 | 47 | 15 | 62 |\n"
    )
    parsed = parse_lines(tmp_path, text.splitlines(), "布局规划", (2021, 2025))
    got = {(t.metric, t.value, t.baseline, t.baseline_year) for t in parsed.targets}
    assert ("甲区规划期末", 25, 13, 2020) in got and ("乙区规划期末", 62, 47, 2020) in got
    assert ("甲区本次规划", 12, None, None) in got  # what is added has no baseline


def test_a_place_first_table_one_cell_per_line_counted_in_its_headers_units(
    tmp_path: Path,
) -> None:
    # b35 吉林's table, copied one cell per line: 地区 | 充电站(座) | 换电站(座) | …服务半径 with no
    # 任务 and no years — the units in brackets say its figures are amounts; 1.0公里 is a figure
    cells = ["地区", "充电站(座)", "换电站(座)", "核心区公共设施服务半径"]
    cells += ["长春市", "27", "75", "1.0公里", "吉林市", "9", "9", "1.5公里", "总计", "36", "84"]
    parsed = parse_lines(tmp_path, ["表3-1 分区域发展目标", *cells], "充电设施规划", (2021, 2025))
    got = {(t.metric, t.value, t.unit) for t in parsed.targets}
    assert {
        ("长春市充电站", 27, "座"),
        ("长春市换电站", 75, "座"),
        ("长春市核心区公共设施服务半径", 1.0, "公里"),
        ("吉林市核心区公共设施服务半径", 1.5, "公里"),
        ("总计充电站", 36, "座"),
    } <= got
    # a place-first list whose headers count nothing is no table of amounts
    plain = parse_lines(
        tmp_path, ["地区", "联系人", "电话", "长春市", "张三", "123"], "名单", (2021, 2025)
    )
    assert plain.targets == []


def test_a_quota_table_with_space_separated_rows(tmp_path: Path) -> None:
    # b35 中山's table as a PDF copy gives it: cells apart by spaces, the caption's unit above
    lines = [
        "表5-2 “十四五”新增规划加油站布点一览表单位：个",
        "镇街名称    “十三五”规划延续    “十四五”规划新增    “十四五”增加合计",
        "火炬开发区    0    2    2",
        "翠亨新区    1    0    1",
        "合计    1    2    3",
        "",
        "六、保障措施",
    ]
    parsed = parse_lines(tmp_path, lines, "成品油零售体系规划", (2021, 2025))
    got = {(t.metric, t.value, t.unit, t.kind.value) for t in parsed.targets}
    assert got == {
        ("火炬开发区“十四五”规划新增", 2, "个", "increment"),
        ("火炬开发区“十四五”增加合计", 2, "个", "level"),
        ("翠亨新区“十三五”规划延续", 1, "个", "level"),
        ("翠亨新区“十四五”增加合计", 1, "个", "level"),
        ("合计“十三五”规划延续", 1, "个", "level"),
        ("合计“十四五”规划新增", 2, "个", "increment"),
        ("合计“十四五”增加合计", 3, "个", "level"),
    }


@pytest.mark.parametrize(
    ("caption", "subject"),
    [
        ("表4-1 中心城区成品油零售加油站发展规划汇总表", "成品油零售加油站"),
        ("附表1  浙江省城市易涝风险区域整治计划表", "城市易涝风险区域整治"),
        ("各街镇“十四五”公共充电桩建设任务表", "公共充电桩"),
        ("六安市加油站规划布局一览表（县区分布）（单位：座）", "加油站"),
        ("主要指标表", ""),
        ("到2025年，全市新建充电桩1万个。", ""),
    ],
)
def test_the_caption_says_what_an_allocation_table_counts(caption: str, subject: str) -> None:
    assert caption_subject(caption) == subject


def test_a_column_that_names_only_the_work_takes_the_caption_s_subject(tmp_path: Path) -> None:
    lines = [
        "表2 各区超充站建设任务分解表",
        "",
        "| 区县 | 建成（座） | 新增充电桩（个） |",
        "| --- | --- | --- |",
        "| 渝中区 | 12 | 300 |",
        "| 江北区 | 20 | 450 |",
    ]
    parsed = parse_lines(tmp_path, lines, "超充行动方案", (2024, 2025))
    got = {(t.metric, t.value) for t in parsed.targets}
    assert got == {
        ("渝中区超充站建成", 12),
        ("江北区超充站建成", 20),
        ("渝中区新增充电桩", 300),
        ("江北区新增充电桩", 450),
    }


def test_a_place_of_construction_is_a_place_column() -> None:
    assert PLACE_HEADER.match("建设地点") and PLACE_HEADER.match("地点")
    assert not PLACE_HEADER.match("建设内容")
