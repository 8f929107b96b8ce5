"""Yearly targets by category copied as text (read/yearly_tables.py): the same records in every
shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.read.yearly_tables import yearly_rows
from saved_text import parse_lines

HEADER = ["年度", "资源类型", "接入容量", "可调能力"]
ROWS = [
    ["2025", "充换电站", "130", "55"],
    ["楼宇空调", "120", "45"],
    ["2026", "充换电站", "150", "—"],
]
EXPECTED = [
    ("充换电站接入容量", 130, "万千瓦", 2025),
    ("充换电站可调能力", 55, "万千瓦", 2025),
    ("楼宇空调接入容量", 120, "万千瓦", 2025),
    ("楼宇空调可调能力", 45, "万千瓦", 2025),
    ("充换电站接入容量", 150, "万千瓦", 2026),
]


def test_the_cells_of_a_yearly_table_become_rows_that_carry_their_year() -> None:
    cells = [c for row in [HEADER, *ROWS] for c in row] + ["三、保障措施"]
    rows, used = yearly_rows(cells)
    assert rows == [
        HEADER,
        ["2025", "充换电站", "130", "55"],
        ["2025", "楼宇空调", "120", "45"],
        ["2026", "充换电站", "150", "—"],
    ]
    assert cells[used] == "三、保障措施"


def test_cells_that_do_not_open_with_年度_and_a_year_are_left_alone() -> None:
    assert yearly_rows(["指标", "2025年", "2030年"]) == ([], 0)
    assert yearly_rows(["年度", "资源类型", "接入容量", "充换电站", "130"]) == ([], 0)


SEPARATORS = {"spaces": "    ", "one space": " "}


@pytest.mark.parametrize("shape", ["spaces", "one space", "per line"])
def test_every_text_shape_gives_the_same_records(tmp_path: Path, shape: str) -> None:
    rows = [HEADER, *ROWS]
    if shape in SEPARATORS:
        body = [SEPARATORS[shape].join(r) for r in rows]
    else:
        body = [c for r in rows for c in r]
    lines = ["用户侧虚拟电厂规划目标 单位：万千瓦", *body, "", "三、保障措施"]
    parsed = parse_lines(tmp_path, lines, "虚拟电厂实施方案", (2025, 2027))
    got = [(t.metric, t.value, t.unit, t.deadline) for t in parsed.targets]
    assert got == EXPECTED
