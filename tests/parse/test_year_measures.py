"""A table with each year over the same measures, one row per name and measure (b165 海南)."""

from __future__ import annotations

from pathlib import Path

from plantrack.parse.year_measures import by_measure
from saved_text import parse_lines

HEADER = ["空间类型", "2020年面积指标(平方公里)", "2020年占全省陆域空间比例"]
HEADER += ["2030年面积指标(平方公里)", "2030年占全省陆域空间比例"]


def test_each_measure_becomes_a_row_with_one_column_a_year() -> None:
    rows = [HEADER, ["开发功能区", "3571", "10.4%", "3699", "10.8%"]]
    assert by_measure(rows) == [
        ["空间类型", "2020年", "2030年"],
        ["开发功能区面积指标(平方公里)", "3571", "3699"],
        ["开发功能区占全省陆域空间比例", "10.4%", "10.8%"],
    ]


def test_a_measure_that_repeats_the_name_is_not_said_twice() -> None:
    header = ["空间类型", "2020年各功能区面积", "2020年比例", "2030年各功能区面积", "2030年比例"]
    rows = by_measure([header, ["开发功能区", "1", "2", "3", "4"]])
    assert rows[1][0] == "开发功能区面积"


def test_a_table_with_one_measure_a_year_is_left_alone() -> None:
    rows = [["指标", "单位", "2025年", "2030年"], ["森林覆盖率", "%", "50", "51"]]
    assert by_measure(rows) == rows


def test_the_table_copied_one_cell_a_line_gives_every_year_and_measure(tmp_path: Path) -> None:
    lines = ["表：海南岛各类功能区汇总表", "空间类型 |", "2020年 |", "2030年 |", "||"]
    lines += ["各功能区面积指标(平方公里) |", "占全省陆域空间比例 |"] * 2 + ["|"]
    for name, cells in (
        ("一级生态功能区", ("11535", "33.6%", "11535", "33.6%")),
        ("开发功能区", ("3571", "10.4%", "3699", "10.8%")),
    ):
        lines += [f"{name} |", *(f"{c} |" for c in cells)]
    plan = parse_lines(tmp_path, lines, "海南省总体规划", (2015, 2030))
    got = {(t.metric, t.value, t.unit, t.deadline) for t in plan.targets if t.value is not None}
    assert got == {
        ("一级生态功能区面积指标", 11535, "平方公里", 2020),
        ("一级生态功能区面积指标", 11535, "平方公里", 2030),
        ("一级生态功能区占全省陆域空间比例", 33.6, "%", 2020),
        ("一级生态功能区占全省陆域空间比例", 33.6, "%", 2030),
        ("开发功能区面积指标", 3571, "平方公里", 2020),
        ("开发功能区面积指标", 3699, "平方公里", 2030),
        ("开发功能区占全省陆域空间比例", 10.4, "%", 2020),
        ("开发功能区占全省陆域空间比例", 10.8, "%", 2030),
    }
