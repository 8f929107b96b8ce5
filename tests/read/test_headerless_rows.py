"""Indicator rows whose header was on a page not copied: name, unit, base, target, 属性."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.model import Block
from plantrack.read.headerless_rows import HEADER, headerless_row, headerless_rows
from plantrack.read.text_tables import recover_tables
from saved_text import parse_lines

ROWS = [
    "  粮食总产量 万吨 52.3 55 约束性",
    "",
    "  农业科技进步贡献率 % 61 66 预期性",
    "",
    "  农田灌溉水有效利用系数 -- 0.58 0.6 约束性",
    "",
    "  生态",
    "",
    "  宜居 农村生活垃圾分类覆盖率 % 35 ≥60 预期性",
    "",
    "  农村居民人均可支配收入增速 % 7 高于经济增长 预期性",
]


def test_a_row_s_five_cells() -> None:
    assert headerless_row("  粮食总产量 万吨 52.3 55 约束性") == [
        "粮食总产量",
        "万吨",
        "52.3",
        "55",
        "约束性",
    ]
    # the last word of a group's name written a word a line stands before the row's name
    assert headerless_row("宜居 农村生活垃圾分类覆盖率 % 35 ≥60 预期性") == [
        "农村生活垃圾分类覆盖率",
        "%",
        "35",
        "≥60",
        "预期性",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "全市粮食总产量稳定在55万吨以上 预期性",  # prose ending on an attribute
        "粮食总产量 万吨 52.3 55",  # no attribute
        "粮食总产量 产量 52.3 55 约束性",  # no unit where the unit stands
        "粮食总产量 万吨 较多 55 约束性",  # no base figure
    ],
)
def test_what_is_no_such_row(line: str) -> None:
    assert headerless_row(line) is None


def test_a_run_of_rows_with_a_group_s_words_between() -> None:
    texts = [line for line in ROWS if line] + ["四、空间布局", "全县将……"]
    rows, used = headerless_rows(texts)
    assert rows[0] == HEADER
    assert [r[0] for r in rows[1:]] == [
        "粮食总产量",
        "农业科技进步贡献率",
        "农田灌溉水有效利用系数",
        "农村生活垃圾分类覆盖率",
        "农村居民人均可支配收入增速",
    ]
    assert used == 6  # the heading after the rows is text again


def test_two_rows_are_no_table() -> None:
    assert headerless_rows(["粮食总产量 万吨 52.3 55 约束性", "林木覆盖率 % 30 32 预期性"]) is None


def test_the_repair_line() -> None:
    blocks = [Block(line, "paragraph") for line in ROWS if line]
    out, repairs = recover_tables(blocks)
    assert [b.kind for b in out] == ["table"]
    assert repairs == [
        "rebuilt an indicator table of 5 rows from rows with no header (指标 单位 基期 目标 属性) text"
    ]


def test_each_row_is_a_target_with_its_base_and_attribute(tmp_path: Path) -> None:
    lines = ["某县“十四五”农业农村现代化规划", "", *ROWS, "", "四、空间布局"]
    parsed = parse_lines(tmp_path, lines, "某县“十四五”农业农村现代化规划", (2021, 2025))
    got = {
        (t.metric, t.value, t.unit, t.deadline, t.baseline, t.baseline_year, t.binding)
        for t in parsed.targets
        if t.value is not None
    }
    assert got == {
        ("粮食总产量", 55, "万吨", 2025, 52.3, 2020, True),
        ("农业科技进步贡献率", 66, "%", 2025, 61, 2020, False),
        ("农田灌溉水有效利用系数", 0.6, None, 2025, 0.58, 2020, True),
        ("农村生活垃圾分类覆盖率", 60, "%", 2025, 35, 2020, False),
    }
