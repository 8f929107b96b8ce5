"""A header whose cells were written over two lines, joined back one cell each."""

from __future__ import annotations

import pytest

from plantrack.read.wrapped_headers import grouped_header_end, header_prefix, merged_header


@pytest.mark.parametrize(
    ("cells", "joined"),
    [
        # a second line right under its first: “十四五” / 完成值, 年均增长 / 〔累计〕
        (
            ["指标", "单位", "“十四五”", "完成值", "2030年", "年均增长", "〔累计〕", "属性"],
            ["指标", "单位", "“十四五”完成值", "2030年", "年均增长〔累计〕", "属性"],
        ),
        # 松江 / “十四五” / 现状: a word over a period header opens that cell
        (
            ["指标", "单位", "松江", "“十四五”", "现状", "2030年"],
            ["指标", "单位", "松江“十四五”现状", "2030年"],
        ),
        # two groups of two sub-headers copied cell by cell
        (
            ["指标", "2015年目标", "2015年实绩", "绝对值", "增速(%)", "绝对值", "增速(%)"],
            [
                "指标",
                "2015年目标绝对值",
                "2015年目标增速(%)",
                "2015年实绩绝对值",
                "2015年实绩增速(%)",
            ],
        ),
        # copied row by row: first lines, then the second lines of the last value cells
        (
            ["指标", "单位", "现状", "属性", "近期规划", "（2025年）", "（2030年）"],
            ["指标", "单位", "现状（2025年）", "属性", "近期规划（2030年）"],
        ),
        # 指标 / 属性 after the value columns: one cell 指标属性
        (
            ["指标名称", "单位", "2025年", "2030年", "指标", "属性"],
            ["指标名称", "单位", "2025年", "2030年", "指标属性"],
        ),
    ],
)
def test_a_cell_over_two_lines_is_one_cell(cells: list[str], joined: list[str]) -> None:
    assert merged_header(cells) == joined


def test_a_header_in_one_line_each_is_left_alone() -> None:
    cells = ["指标", "单位", "2025年", "2030年", "属性"]
    assert merged_header(cells) == cells


def test_a_place_over_a_period_opens_its_header_cell() -> None:
    cells = list(enumerate(["指标", "松江", "“十四五”", "现状"]))
    assert header_prefix(cells, 1)
    assert not header_prefix(cells, 0)


def test_a_grouped_header_ends_after_the_sub_headers_repeated_under_each_year() -> None:
    # 占全省陆域空间比例 is no header word; it repeats under 2020年 and 2030年
    cells = ["空间类型", "2020年", "2030年", "", "面积指标(平方公里)", "占全省陆域空间比例"]
    cells += ["面积指标(平方公里)", "占全省陆域空间比例", "", "一级生态功能区", "11535"]
    assert grouped_header_end(cells, 5) == 9
    # the same words once only: no group, the header read so far stands
    assert grouped_header_end([*cells[:6], "一级生态功能区", "11535"], 5) == 5
