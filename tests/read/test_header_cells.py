"""What a cell of an indicator table's header is, and the columns a header gives."""

from __future__ import annotations

import pytest

from plantrack.model import Location
from plantrack.parse.tables import targets_from_table
from plantrack.read.header_cells import columns_of, first_cell, is_header_cell, name_column, tidy


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


@pytest.mark.parametrize(
    ("header", "name"),
    [
        (["序号", "指标领域", "指标名称", "单位", "2025年", "2030年"], 2),
        (["指标类别", "指标", "单位", "基期值", "目标值"], 1),
        (["2030年指标", "指标名称", "单位"], 1),
        (["项目", "单位", "2025年", "2030年"], 0),
        (["类型", "单位", "2025年", "2030年"], 0),
        (["种类", "1952年数", "1957年计划数"], 0),
        (["序号", "地点", "建设规模"], None),
    ],
)
def test_one_name_column_for_every_reader(header: list[str], name: int | None) -> None:
    assert name_column(header) == name


def test_the_rows_of_a_table_are_named_by_the_same_column_the_text_reader_finds() -> None:
    header = ["序号", "指标领域", "指标名称", "单位", "2025年", "2030年", "属性"]
    rows = [header, ["1", "创新驱动", "研发经费投入强度", "%", "2.9", "3.3", "预期性"]]
    (target,) = targets_from_table(
        rows, node_id="t", location=Location(node="t"), period=(2026, 2030)
    )
    assert (target.metric, target.value, target.baseline) == ("研发经费投入强度", 3.3, 2.9)
    assert columns_of(header).name == 2


def test_a_type_column_opens_no_table_by_itself() -> None:
    # 年度 | 资源类型 | 接入容量 run onto one line: 资源类型 is a column of the table, not its start
    # (a type over year columns, 空间类型 / 2020年, opens one: tests/parse/test_year_measures.py)
    assert not first_cell("资源类型")
    assert first_cell("目标类别")
