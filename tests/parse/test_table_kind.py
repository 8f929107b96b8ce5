"""What a row of an indicator table says of its figure: kind, unit, binding."""

from __future__ import annotations

import pytest

from plantrack.parse.table_cells import read_cell
from plantrack.parse.table_kind import cell_unit, row_binding, row_kind


@pytest.mark.parametrize(
    ("metric", "unit", "cell", "kind"),
    [
        ("地区生产总值", "亿元", "6000", "level"),
        ("地区生产总值年均增长", "%", "5.5", "annual"),
        ("新增城镇就业", "万人", "50", "increment"),
        ("新建绿道", "公里", "10", "increment"),
        ("新增高能级企业总部（五年累计）", "家", "150", "cumulative"),
        ("每年新增新质航运企业", "家", "150", "annual"),
        ("年均每百万人口因灾死亡率", "人", "1", "level"),
        ("地区生产总值年均增长率", "亿元", "突破2000亿元", "level"),
        ("人均地区生产总值", "万元", "翻一番", "multiple"),
    ],
)
def test_the_kind_a_row_gives_its_figure(metric: str, unit: str, cell: str, kind: str) -> None:
    read = read_cell(cell)
    assert row_kind(metric, cell_unit(unit, read), read) == kind


def test_a_cell_in_tens_of_thousands_takes_the_row_s_unit() -> None:
    assert cell_unit("平方米", read_cell("800万")) == "万平方米"
    assert cell_unit("分钟", read_cell("超80%")) == "%"


@pytest.mark.parametrize(
    ("attr", "binding"),
    [("约束性", True), ("约", True), ("预期性", False), ("预", False), ("", None), ("—", None)],
)
def test_the_attribute_column_says_whether_a_row_binds(attr: str, binding: bool | None) -> None:
    assert row_binding(attr) is binding


def test_a_score_with_a_remark_in_brackets_is_the_score() -> None:
    # 公众对生态环境质量满意程度 | % | … | 85.96分（全市第一）: the rank is a remark on the score
    cell = read_cell("85.96分（全市第一）")
    assert (cell.value, cell.unit) == (85.96, "分")
