"""Allocation tables from a PDF's text layer: single-spaced rows under a header wrapped over lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.model import Block
from plantrack.read.allocation_tables import caption_unit
from plantrack.read.spaced_place_rows import spaced_place_rows
from plantrack.read.text_tables import recover_tables
from saved_text import parse_lines

CAPTION = "某市充电站布局一览表（分区）（单位：座）"
HEADER = ["序号 区县 现状", "规划", "规划期末", "总数", "新建 改建(不计入总数） 合计增加"]
ROWS = [
    "1 甲区 10 +4 / 4 14",
    "2 乙区 21 +6 2 6 27",
    "3 丙县 8 +3 1 3 11",
    " 合计 39 13 3 13 52",
]


def test_the_rows_and_the_header_over_two_rows() -> None:
    rows, used = spaced_place_rows([*HEADER, *ROWS, "第二节 布局原则"], "座")
    assert used == len(HEADER) + len(ROWS)
    # the top cells (规划期末 / 总数 one wrapped cell) and the cells under the group 规划
    assert rows[0] == ["序号", "区县", "现状（座）", "规划（座）", "规划期末总数（座）"]
    # a note in brackets is no unit: the caption's unit is still written in
    assert rows[1] == ["新建（座）", "改建(不计入总数）（座）", "合计增加（座）"]
    assert rows[2] == ["1", "甲区", "10", "4", "/", "4", "14"]  # the + of an addition dropped
    assert rows[-1] == ["", "合计", "39", "13", "3", "13", "52"]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "序号 区县 现状",
            "这是一段很长的文字，说明这个表格并不存在，只是一段正文里的说明，而且还很长很长",
        ],
        ["序号 指标 单位", "1 地区生产总值 亿元 100"],  # no place header: an indicator list
        [*HEADER, "1 甲区 10 +4 / 4 14", "3 丙县 8 +3 1 3 11"],  # 序号 skips: no run of rows
        ["序号 区县 现状", "规划", "新建 改建", "1 甲区 10 4", "2 乙区 21 6", "3 丙县 8 3"],
    ],
)
def test_what_is_not_such_a_table(lines: list[str]) -> None:
    assert spaced_place_rows(lines, "座") == ([], 0)


@pytest.mark.parametrize(
    ("line", "unit"),
    [(CAPTION, "座"), ("制表日期：2026.1    单位：亩", "亩"), ("布局一览表", None)],
)
def test_the_caption_s_unit(line: str, unit: str | None) -> None:
    assert caption_unit(line) == unit


def test_a_pdf_quota_table_gives_a_target_per_place_and_column(tmp_path: Path) -> None:
    lines = ["第十条 布局", CAPTION, *HEADER, *ROWS, "", "第十一条 分区布局"]
    parsed = parse_lines(tmp_path, lines, "充电设施布局规划（2021-2025年）", (2021, 2025))
    got = {
        (t.metric, t.value, t.unit, t.kind.value, t.baseline, t.baseline_year)
        for t in parsed.targets
    }
    assert ("甲区充电站新建", 4, "座", "increment", None, None) in got
    assert ("乙区充电站改建(不计入总数）", 2, "座", "level", None, None) in got
    assert ("丙县充电站合计增加", 3, "座", "level", None, None) in got
    # the end state is measured from the present, a column without a year: the year before
    # the plan's first
    assert ("乙区充电站规划期末总数", 27, "座", "level", 21, 2020) in got
    assert ("合计充电站规划期末总数", 52, "座", "level", 39, 2020) in got
    # an absent cell (/) gives nothing
    assert not any(t.metric == "甲区充电站改建(不计入总数）" for t in parsed.targets)


def test_the_repair_counts_the_rows_not_the_header_rows() -> None:
    blocks = [Block(line, "paragraph") for line in [CAPTION, *HEADER, *ROWS]]
    _, repairs = recover_tables(blocks)
    assert repairs == ["rebuilt an allocation table of 4 rows from single-space-separated text"]
