"""The shared words of table columns: one list for every reader (progress, owner, note, target)."""

from __future__ import annotations

import pytest

from plantrack.read.lexicon import (
    PROGRESS_COLUMN,
    TARGET_COLUMN,
    strip_list_number,
    words_column,
)
from plantrack.read.numbered_rows import numbered


@pytest.mark.parametrize(
    "cell", ["完成情况", "执行情况", "1-6月落实情况", "完成率", "牵头单位", "责任科室", "备注"]
)
def test_a_column_of_words_beside_the_values(cell: str) -> None:
    assert words_column(cell)


@pytest.mark.parametrize("cell", ["指标名称", "2025年目标", "单位", "属性", "完成情况说明书"])
def test_a_name_or_value_column_is_not_one(cell: str) -> None:
    assert not words_column(cell)


def test_progress_and_target_columns_are_told_apart() -> None:
    assert PROGRESS_COLUMN.match("执行情况") and not PROGRESS_COLUMN.match("年度目标")
    assert TARGET_COLUMN.match("年度目标任务") and not TARGET_COLUMN.match("完成情况")


def test_numbered_rows_take_any_progress_column_the_task_tables_know() -> None:
    # before the words were one list, numbered_rows knew 完成情况 but not 落实情况
    cells = ["1、地区生产总值增长率", "6%", "2、城镇新增就业", "1.2万人", "3、粮食产量", "50万吨"]
    assert numbered(cells, ["指标名称", "年度目标", "落实情况"])
    assert not numbered(cells, ["指标名称", "年度目标", "2025年"])


def test_a_forms_row_number_is_not_part_of_the_indicator() -> None:
    assert strip_list_number("指标1:开展精品示范村建设数量") == "开展精品示范村建设数量"
    assert strip_list_number("2.水环境质量") == "水环境质量"
    assert strip_list_number("指标体系完善程度") == "指标体系完善程度"
