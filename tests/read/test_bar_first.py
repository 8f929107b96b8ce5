"""Cells with the bar before each, rewritten one cell a line (read.bar_first)."""

from __future__ import annotations

from plantrack.model import Block
from plantrack.read.bar_first import bar_first_cells


def _blocks(text: str) -> list[Block]:
    return [Block(line, line=n) for n, line in enumerate(text.split("\n"), 1)]


def test_bar_first_cells_become_one_cell_a_line_with_a_wrapped_header_joined() -> None:
    lines = ["指 标", "| 权重", "| 2015年", "目 标", "| 城镇居民人均可支配收入", "| 25"]
    lines += ["| 31000", "| | 2", "| 农村居民人均纯收入", "| 25", "| 10570", "二、主要任务"]
    out, repairs = bar_first_cells(_blocks("\n".join(lines)))
    assert [b.text for b in out] == [
        "指 标",
        "权重 |",
        "2015年目 标 |",
        "城镇居民人均可支配收入 |",
        "25 |",
        "31000 |",
        "|",
        "2 |",
        "农村居民人均纯收入 |",
        "25 |",
        "10570 |",
        "二、主要任务",
    ]
    assert repairs == ["line 2: 9 lines of cells with the bar before each read one cell a line"]


def test_bars_alone_between_bare_cells_are_another_shape() -> None:
    text = "\n".join(
        ["|", "序号", "|", "考核指标", "|", "1", "|", "地区生产总值增长6.5%左右。"] * 3
    )
    out, repairs = bar_first_cells(_blocks(text))
    assert [b.text for b in out] == text.split("\n") and repairs == []


def test_a_few_bar_lines_are_left_as_they_are() -> None:
    text = "| 说明\n| 本表数据来自统计局\n正文继续。"
    out, _ = bar_first_cells(_blocks(text))
    assert [b.text for b in out] == text.split("\n")


def test_a_row_closed_by_a_bar_alone_then_its_number_bare_is_one_cell_a_line() -> None:
    lines = ["计划表", "序号", "| 建设地点", "| 圈围项目(个)", "| 总圈围面积(万亩)", "|"]
    lines += ["1", "| 宁波市", "| 3", "| 8.12", "|", "2", "| 温州市", "| 8", "| 9.54", "|"]
    out, repairs = bar_first_cells(_blocks("\n".join(lines)))
    assert [b.text for b in out] == [
        "计划表",
        "序号 |",
        "建设地点 |",
        "圈围项目(个) |",
        "总圈围面积(万亩) |",
        "1 |",
        "宁波市 |",
        "3 |",
        "8.12 |",
        "2 |",
        "温州市 |",
        "8 |",
        "9.54 |",
    ]
    assert len(repairs) == 1


def test_an_empty_last_cell_of_the_first_shape_stays() -> None:
    lines = ["| 指标", "| 目标", "| 备注", "| 城镇新增就业", "| 10万人", "|", "| 农村劳动力转移"]
    lines += ["| 5万人", "| 含省外", "| 新增农民工培训", "| 2万人", "|"]
    out, _ = bar_first_cells(_blocks("\n".join(lines)))
    assert [b.text for b in out][-1] == "|"
