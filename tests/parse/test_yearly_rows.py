"""Yearly targets by category, the year written once over its rows (parse/yearly_rows.py)."""

from __future__ import annotations

from pathlib import Path

from plantrack.model import Location
from plantrack.parse.yearly_rows import is_yearly_table, yearly_targets
from saved_text import parse_lines

LOC = Location(node="c1.t1", chapter=1)
TITLE = ["用户侧虚拟电厂规划目标（2025-2027年） 单位：万千瓦"]
HEADER = ["年度", "资源类型", "接入容量", "可调能力"]


def test_rows_under_a_merged_year_cell_take_that_year() -> None:
    rows = [
        TITLE,
        HEADER,
        ["2025", "充换电站", "130", "55"],
        ["楼宇空调", "120", "45"],
        ["2026", "充换电站", "150", "—"],
    ]
    assert is_yearly_table(rows)
    got = [
        (t.metric, t.value, t.unit, t.deadline)
        for t in yearly_targets(rows, node_id="t", location=LOC, offset=0)
    ]
    assert got == [
        ("充换电站接入容量", 130, "万千瓦", 2025),
        ("充换电站可调能力", 55, "万千瓦", 2025),
        ("楼宇空调接入容量", 120, "万千瓦", 2025),
        ("楼宇空调可调能力", 45, "万千瓦", 2025),
        ("充换电站接入容量", 150, "万千瓦", 2026),
    ]


def test_a_unit_in_the_column_header_wins_over_the_title() -> None:
    rows = [[*HEADER[:2], "接入容量（万千瓦）", "项目数（个）"], ["2027", "数据中心", "60", "12"]]
    got = [(t.value, t.unit) for t in yearly_targets(rows, node_id="t", location=LOC, offset=0)]
    assert got == [(60, "万千瓦"), (12, "个")]


def test_a_table_that_does_not_open_with_a_year_is_not_read_here() -> None:
    assert not is_yearly_table([["指标", "单位", "2025年"], ["森林覆盖率", "%", "61"]])
    assert not is_yearly_table([HEADER, ["合计", "540", "160"]])


def test_the_table_in_a_plan_gives_its_cells_with_their_rows(tmp_path: Path) -> None:
    lines = [
        "| 年度 | 资源类型 | 接入容量 |",
        "| --- | --- | --- |",
        "| 2025 | 楼宇空调 | 120 |",
        "| 工业负荷 | 240 |",
    ]
    parsed = parse_lines(tmp_path, lines, "虚拟电厂实施方案", (2025, 2027))
    got = [(t.metric, t.value, t.deadline, t.text) for t in parsed.targets]
    assert got == [
        ("楼宇空调接入容量", 120, 2025, "2025\t楼宇空调\t120"),
        ("工业负荷接入容量", 240, 2025, "工业负荷\t240"),
    ]
