"""Rows of an indicator table that lost the cells merged over them (parse/shifted_rows.py)."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.shifted_rows import realigned
from plantrack.parse.tables import targets_from_table

HEADER = [
    "指标分类",
    "指标名称",
    "计算单位",
    "2019年",
    "2020年规划目标",
    "2020年实际",
    "2025年规划目标",
    "指标属性",
]
# b37 北京's table as Markdown from the web page writes it: the category cell once, a name over
# two rows once
ROWS = [
    HEADER,
    [
        "能源利用效率提升",
        "能源消费总量",
        "万吨标准煤",
        "7360.3",
        "7650",
        "6762.1",
        "8050",
        "预期性",
    ],
    ["★煤炭消费量及比重", "万吨", "182.8", "500", "135", "100以内", "约束性", ""],
    ["%", "1.8", "4.7", "1.5", "0.9", "约束性", "", ""],
]


def test_rows_are_moved_under_their_columns_and_a_merged_name_is_given_on() -> None:
    rows = realigned(ROWS, 0, 1, 2)
    assert rows[2] == ["", "★煤炭消费量及比重", "万吨", "182.8", "500", "135", "100以内", "约束性"]
    assert rows[3] == ["", "★煤炭消费量及比重", "%", "1.8", "4.7", "1.5", "0.9", "约束性"]
    assert rows[1] == ROWS[1]


def test_the_table_reads_each_row_against_the_year_it_reached() -> None:
    targets = targets_from_table(
        ROWS, node_id="c2.t1", location=Location(node="c2.t1"), period=(2021, 2025)
    )
    got = {(t.metric, t.value, t.unit, t.deadline, t.baseline, t.baseline_year) for t in targets}
    # 2025年规划目标 is the target, 2020年实际 the base; 2019年 and 2020年规划目标 are the past
    assert got == {
        ("能源消费总量", 8050, "万吨标准煤", 2025, 6762.1, 2020),
        ("★煤炭消费量及比重", 100, "万吨", 2025, 135, 2020),
        ("★煤炭消费量及比重", 0.9, "%", 2025, 1.5, 2020),
    }


def test_a_row_written_without_its_merged_cell_at_all_is_moved_too() -> None:
    # b38 松江: | 维度 | 序号 | 建议指标 | 单位 | 属性 | 目标值 | over | 2 | 规模以上工业产值年均增速 | % | …
    header = ["维度", "序号", "建议指标", "单位", "属性", "“十五五”目标值"]
    rows = [
        header,
        ["经济提质", "1", "地区生产总值年均增速", "%", "预期性", "5左右"],
        ["2", "规模以上工业产值年均增速", "%", "预期性", "4.5左右"],
    ]
    assert realigned(rows, 0, 2, 3)[2] == [
        "",
        "2",
        "规模以上工业产值年均增速",
        "%",
        "预期性",
        "4.5左右",
    ]


def test_a_category_cell_written_in_one_row_only_is_dropped_from_it() -> None:
    rows = [
        ["指标名称", "2020年实际值", "2025年目标值", "2035年目标值"],
        ["※能源消费结构"],
        ["能耗总量（供给底数）", "能耗总量（万吨标煤）", "84.9", "90.56", "103.05"],
        ["非化石能源消费比重（％）", "", "23", "30"],
    ]
    targets = targets_from_table(
        rows, node_id="t1", location=Location(node="t1"), period=(2021, 2025)
    )
    got = {(t.metric, t.value, t.unit, t.deadline, t.baseline) for t in targets}
    assert ("能耗总量", 90.56, "万吨标煤", 2025, 84.9) in got
    assert ("能耗总量", 103.05, "万吨标煤", 2035, 84.9) in got
