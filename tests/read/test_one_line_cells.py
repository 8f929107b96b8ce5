"""A place table run onto one line, caption and all (read.one_line_places), and a task table
whose caption alone says its columns are tasks (read.allocation_tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.read import limits
from plantrack.read.one_line_cells import one_line_cells
from saved_text import parse_lines

LEAD = "为确保完成今年造林绿化任务，现将各设区市任务下达如下。"
CAPTION = ["附件", "2009年各设区市造林绿化任务表", "单位：万亩"]
HEADER = ["设区市", "合计", "人工造林", "封山育林"]
ROWS = [
    ["全省", "217", "133", "84"],
    ["石家庄", "30", "20", "10"],
    ["承德", "80", "50", "30"],
    ["张家口", "70", "40", "30"],
    ["秦皇岛", "12", "8", "4"],
    ["唐山", "25", "15", "10"],
]
AFTER = "各设区市要于3月底前将任务分解到县。"
CELLS = [*HEADER, *(c for row in ROWS for c in row)]


def _amounts(targets: list) -> set[tuple[str, float, str]]:
    """The table's figures found as targets (the lead and the text after hold none in 万亩)."""
    return {(t.metric, t.value, t.unit) for t in targets if t.unit == "万亩"}


def test_the_line_is_cut_where_the_header_opens() -> None:
    line = " ".join([*CAPTION, *CELLS])
    assert one_line_cells(line) == (" ".join(CAPTION), CELLS)


def test_a_header_cell_spaced_out_is_one_cell() -> None:
    line = " ".join(["2009年各市造林任务表", "市", "别", *CELLS[1:]])
    assert one_line_cells(line) == ("2009年各市造林任务表", ["市别", *CELLS[1:]])


@pytest.mark.parametrize(
    "line",
    [
        # a figure of prose before any place header: a sentence with spaces, not a table
        "2020 年全社会用电量 1140 亿千瓦时，较 2015 年增长 19.6%。最大电力负荷 2356 万千瓦，"
        "全市 新增 3 座 5 座 7 座 9 座 变电站 11 座",
        "设区市 合计 人工造林 封山育林 石家庄 30 20",  # too few figures
        "设区市 合计 人工造林 封山育林",  # no rows
    ],
)
def test_other_lines_are_no_one_line_table(line: str) -> None:
    assert one_line_cells(line) is None


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_a_task_table_gives_each_place_and_column_its_target(tmp_path: Path, sep: str) -> None:
    # one line (a web page copied without line breaks) or one cell per line: the same targets
    table = sep.join([*CAPTION, *CELLS])
    parsed = parse_lines(tmp_path, [LEAD, table, AFTER], "造林绿化任务", (2009, 2009))
    found = _amounts(parsed.targets)
    assert len(found) == 3 * len(ROWS)
    assert ("石家庄人工造林", 20.0, "万亩") in found
    assert ("承德封山育林", 30.0, "万亩") in found
    assert ("全省合计", 217.0, "万亩") in found
    assert {t.deadline for t in parsed.targets if t.unit == "万亩"} == {2009}
    assert AFTER in parsed.text  # the text after the table is kept


def test_a_table_of_what_there_is_stays_text(tmp_path: Path) -> None:
    # a statistics table: neither its caption nor its header says the figures are tasks
    caption = ["2008年各设区市造林面积统计表", "单位：万亩"]
    line = " ".join([*caption, *CELLS])
    parsed = parse_lines(tmp_path, [line], "造林统计", (2009, 2009))
    assert not _amounts(parsed.targets)
    assert "石家庄" in parsed.text


def test_plain_columns_take_the_unit_of_the_bracketed_one_before(tmp_path: Path) -> None:
    line = (
        "2009年造林任务分解表 市别 造林任务（万亩） 人工造林 封山育林 "
        "石家庄 30 20 10 承德 80 50 30 张家口 70 40 30 合计 180 110 70 各市要抓紧落实。"
    )
    parsed = parse_lines(tmp_path, ["现将各市造林任务下达如下：", line], "造林任务", (2009, 2009))
    found = _amounts(parsed.targets)
    assert ("石家庄造林任务", 30.0, "万亩") in found
    assert ("承德封山育林", 30.0, "万亩") in found
    assert ("合计人工造林", 110.0, "万亩") in found
    assert len(found) == 12
    assert "各市要抓紧落实" in parsed.text


def test_columns_named_with_their_units_and_no_corner_cell(tmp_path: Path) -> None:
    # a news page's table copied onto one line: header cells run together, no cell over the
    # names of the rows, two-character names spaced out to line up with three-character ones
    line = (
        "各市城建项目计划见右图。 城市拆除面积(万平方米)投资额(亿元) 项目(个) "
        "石家庄 400 552 119 承 德 130 98 100 张家口 220 420 152 唐 山 150 249 192"
    )
    caption, cells = one_line_cells(line) or ("", [])
    assert caption == "各市城建项目计划见右图。"
    assert cells[:6] == [
        "地区",
        "城市拆除面积(万平方米)",
        "投资额(亿元)",
        "项目(个)",
        "石家庄",
        "400",
    ]
    assert "承德" in cells and "唐山" in cells
    parsed = parse_lines(
        tmp_path, ["今年，全省将实施城市改造建设重点项目。", line], "城建", (2009, 2009)
    )
    found = {(t.metric, t.value, t.unit) for t in parsed.targets}
    assert ("承德城市拆除面积", 130.0, "万平方米") in found
    assert ("唐山投资额", 249.0, "亿元") in found
    assert ("石家庄项目", 119.0, "个") in found


def test_a_line_of_more_cells_than_a_document_may_have_blocks_stays_text(tmp_path: Path) -> None:
    line = " ".join([*CAPTION, *CELLS])
    with limits.using(limits.DEFAULT.with_overrides(blocks=len(CELLS) - 1)):
        parsed = parse_lines(tmp_path, [LEAD, line, AFTER], "造林绿化任务", (2009, 2009))
    assert not _amounts(parsed.targets)
    assert "石家庄 30 20 10" in parsed.text
