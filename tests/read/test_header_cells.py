"""What a cell of an indicator table's header is, and the columns a header gives."""

from __future__ import annotations

import pytest

from plantrack.read.header_cells import columns_of, first_cell, is_header_cell, tidy


@pytest.mark.parametrize(
    "cell", ["指标", "单位", "2025年", "年均增长〔累计〕", "属性", "“十四五”目标"]
)
def test_header_cells(cell: str) -> None:
    assert is_header_cell(cell)


@pytest.mark.parametrize("cell", ["", "地区生产总值", "全省数字经济发展主要指标表", "6.5"])
def test_cells_that_head_nothing(cell: str) -> None:
    assert not is_header_cell(cell)


def test_the_columns_of_a_header() -> None:
    cols = columns_of(["序号", "指标", "单位", "2025年", "2030年", "属性"])
    assert cols is not None
    assert (cols.index, cols.name, cols.unit, cols.attr, cols.target) == (0, 1, 2, 5, 4)
    assert columns_of(["序号", "单位", "备注"]) is None  # no name and no value column


def test_a_table_opens_with_an_index_or_a_category_column() -> None:
    assert first_cell("序号") and first_cell("目标类别") and not first_cell("指标")


def test_a_cell_as_text() -> None:
    assert tidy(" 76。7 |") == "76.7"
