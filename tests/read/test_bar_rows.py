"""Pipe rows broken after every bar, read as one table block (read.bar_rows)."""

from __future__ import annotations

from plantrack.model import Block
from plantrack.read.bar_rows import bar_rows


def _blocks(text: str) -> list[Block]:
    return [Block(line, line=n) for n, line in enumerate(text.split("\n"), 1)]


ROWS = [
    ["|", "指标 |", "单位 |", "2009年 |", "2015年 |", "年均增速 |", "责任单位 | |"],
    ["|", "服务业增加值 |", "亿元 |", "1711 |", "3600 |", "13 |", "市发改委 | |"],
    ["|", "服务业从业人员比重 |", "% |", "41.7 |", "47 |", "|", "市发改委 | ||"],
    ["|", "旅游总收入 |", "亿元 |", "256 |", "687 |", "18 |", "| |||"],
]


def test_rows_broken_after_every_bar_become_a_table() -> None:
    text = "\n".join(["附表", *(line for row in ROWS for line in row), "二、主要任务"])
    out, repairs = bar_rows(_blocks(text))
    assert [(b.kind, b.line) for b in out] == [("paragraph", 1), ("table", 2), ("paragraph", 30)]
    assert out[1].rows == [
        ["指标", "单位", "2009年", "2015年", "年均增速", "责任单位"],
        ["服务业增加值", "亿元", "1711", "3600", "13", "市发改委"],
        ["服务业从业人员比重", "%", "41.7", "47", "", "市发改委"],  # a bar alone: empty
        ["旅游总收入", "亿元", "256", "687", "18", ""],
    ]
    assert repairs == ["line 2: 4 rows broken after every bar read as a table"]


def test_a_cell_cut_without_its_bar_is_left_out_of_the_table() -> None:
    text = "\n".join([*(line for row in ROWS for line in row), "|", "物流成本占比 |", "17 |", "1"])
    out, _ = bar_rows(_blocks(text))
    assert out[0].rows[-1] == ["物流成本占比", "17"] and [b.text for b in out[1:]] == ["1"]


def test_pipe_rows_and_a_few_broken_rows_are_left_as_they_are() -> None:
    text = "\n".join(["|", "| 指标 | 单位 |", "| 地区生产总值 | 亿元 |", *ROWS[0], *ROWS[1]])
    out, repairs = bar_rows(_blocks(text))
    assert [b.text for b in out] == text.split("\n") and repairs == []


OPENED = [
    ["|", "指标名称 |", "预期增长(%) |", "上半年完成(%) |"],
    ["|", "地区生产总值 |", "6左右 |", "4 |"],
    ["|", "规上工业增加值 |", "6.5以上 |", "-3.6 |"],
    ["|", "城镇新增就业 |", "2.7万人以上 |", "1.34万人 |"],
]


def test_rows_each_opened_by_a_bar_alone_become_a_table() -> None:
    text = "\n".join(["主要预期目标完成情况", *(line for row in OPENED for line in row)])
    out, repairs = bar_rows(_blocks(text))
    assert [b.kind for b in out] == ["paragraph", "table"]
    assert out[1].rows == [
        ["指标名称", "预期增长(%)", "上半年完成(%)"],
        ["地区生产总值", "6左右", "4"],
        ["规上工业增加值", "6.5以上", "-3.6"],
        ["城镇新增就业", "2.7万人以上", "1.34万人"],
    ]
    assert repairs == ["line 2: 4 rows broken after every bar read as a table"]


def test_opened_rows_of_unequal_width_are_left_as_they_are() -> None:
    rows = [*OPENED[:3], ["|", "城镇新增就业 |", "2.7万人以上 |"]]
    text = "\n".join(line for row in rows for line in row)
    out, repairs = bar_rows(_blocks(text))
    assert {b.kind for b in out} == {"paragraph"} and repairs == []
