"""A table header written over two rows: the group cell's columns in the second row."""

from __future__ import annotations

from pathlib import Path

from plantrack.parse.header_rows import group_expanded, split_by_sums
from saved_text import parse_lines


def test_the_columns_under_a_group_cell_take_its_place() -> None:
    rows = [
        ["区县", "2020年底现状站（座）", "本次规划（座）", "规划期末（座）"],
        ["新规划（座）", "迁建（座）", "合计（座）"],
        ["甲区", "13", "2", "1", "3", "16"],
    ]
    assert group_expanded(rows) == [
        [
            "区县",
            "2020年底现状站（座）",
            "新规划（座）",
            "迁建（座）",
            "本次规划合计（座）",  # the group's total is named by the group
            "规划期末（座）",
        ],
        ["甲区", "13", "2", "1", "3", "16"],
    ]


def test_years_under_目标_are_each_a_target_column() -> None:
    rows = [["序号", "指标", "目标"], ["2024年", "2025年"], ["1", "充电桩", ">30个", ">70个"]]
    assert group_expanded(rows)[0] == ["序号", "指标", "2024年目标", "2025年目标"]


def test_years_under_目标指标_are_each_a_target_column() -> None:
    rows = [
        ["序号", "指标", "目标指标"],
        ["2025年", "2026年"],
        ["1", "自来水普及率", "92.2", "93.6"],
    ]
    assert group_expanded(rows)[0] == ["序号", "指标", "2025年目标指标", "2026年目标指标"]


def test_a_second_row_of_figures_or_a_width_that_does_not_fit_is_no_header() -> None:
    assert group_expanded([["指标", "目标"], ["森林覆盖率", "45"], ["湿地保护率", "60"]]) is None
    rows = [["序号", "指标", "目标"], ["2024年", "2025年"], ["1", "充电桩", ">30个"]]
    assert group_expanded(rows) is None


def test_a_markdown_indicator_table_with_its_years_in_a_second_row(tmp_path: Path) -> None:
    # b36 重庆: | 序号 | 指标 | 目标 | over | 2024年 | 2025年 | 2026年 |, >90万千瓦 values
    text = (
        "| 序号 | 指标 | 目标 |\n| --- | --- | --- |\n| 2025年 | 2026年 | 2027年 |\n"
        "| 1 | 新能源汽车保有量占比 | >12% | >15% | >20% |\n"
        "| 2 | 充储一体化示范站（累计） | >20个 | >50个 | >80个 |\n"
    )
    parsed = parse_lines(tmp_path, text.splitlines(), "数字能源行动方案", (2025, 2027))
    got = {(t.metric, t.value, t.unit, t.deadline) for t in parsed.targets}
    assert ("新能源汽车保有量占比", 15, "%", 2026) in got
    assert ("充储一体化示范站（累计）", 80, "个", 2027) in got
    assert len(got) == 6  # every year a target, none a baseline


def test_a_flattened_header_is_split_where_the_groups_total_adds_up() -> None:
    # b36 重庆's quota table one cell per line: 本次规划 over 新规划 | 迁建 | 扩建 | 合计 arrives as
    # one header row a cell wider than the rows; 合计 = the sum beside it finds the group
    cells = [
        "现状站（座）",
        "本次规划（座）",
        "规划期末（座）",
        "新规划（座）",
        "迁建（座）",
        "合计（座）",
    ]
    rows = [["甲区", "13", "2", "1", "3", "16"], ["乙区", "40", "0", "5", "5", "45"]]
    assert split_by_sums(cells, rows, 1) == [
        "现状站（座）",
        "新规划（座）",
        "迁建（座）",
        "合计（座）",
        "规划期末（座）",
    ]
    # figures that add up nowhere leave the header as it is
    rows[0][4] = "4"
    assert split_by_sums(cells, rows, 1) is None


def test_the_present_over_its_years_beside_the_target_years() -> None:
    # b38 崇明: 现状值 over 2021年 | 2022年 | 2023年, beside 2027年 | 2035年; a category written once
    rows = [
        ["领域", "序号", "指标名称", "单位", "现状值", "2027年", "2035年"],
        ["2021年", "2022年", "2023年"],
        ["目标责任", "1", "考核比例", "%", "31.56", "31.33", "27.28", "≥30", "≥30"],
        ["2", "优良天数比率", "%", "92.3", "89.5", "88.8", "≥90", "≥90"],
        ["3", "地表水达标率", "%", "90", "91", "92", "95", "96"],
    ]
    header = group_expanded(rows)[0]
    assert header == [
        "领域",
        "序号",
        "指标名称",
        "单位",
        "2021年现状值",
        "2022年现状值",
        "2023年现状值",
        "2027年",
        "2035年",
    ]
    from plantrack.model import Location
    from plantrack.parse.tables import targets_from_table

    targets = targets_from_table(
        group_expanded(rows), node_id="t", location=Location(node="t"), period=(2024, 2035)
    )
    got = {(t.metric, t.value, t.deadline, t.baseline, t.baseline_year) for t in targets}
    assert ("考核比例", 30, 2027, 27.28, 2023) in got and ("考核比例", 30, 2035, 27.28, 2023) in got
