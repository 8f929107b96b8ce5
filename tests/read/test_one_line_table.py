"""A table run together onto one line, split a line per row (read.one_line_table)."""

from __future__ import annotations

from plantrack.model import Block
from plantrack.read.one_line_table import one_line_tables

LINE = (
    "附件 1: 某市残疾人事业规划 执行评估指标体系 监测指标 单位 权重 目标值 "
    "1.贫困残疾人生活补助比例 % 4 ≥50 社 2.重度残疾人护理补贴比例 % 4 ≥30 会 "
    "3.城镇残疾人参加基本养老保险比例 % 6 ≥80 保 4.社区活动参与率 % 4 ≥65 - 5 - - 6 -"
)


def test_a_one_line_table_splits_a_line_per_row_without_side_characters() -> None:
    out, repairs = one_line_tables([Block(LINE, line=2)])
    assert [b.text for b in out] == [
        "附件 1: 某市残疾人事业规划 执行评估指标体系",
        "监测指标 单位 权重 目标值",
        "1.贫困残疾人生活补助比例 % 4 ≥50",
        "2.重度残疾人护理补贴比例 % 4 ≥30",
        "3.城镇残疾人参加基本养老保险比例 % 6 ≥80",
        "4.社区活动参与率 % 4 ≥65",
    ]
    assert repairs == ["line 2: a table run onto one line split into 6 lines"]


def test_prose_with_numbered_items_is_left_alone() -> None:
    text = "主要任务如下 1.完善养老服务体系 2.提高补助标准 3.扩大就业 4.加强康复服务"
    out, repairs = one_line_tables([Block(text)])
    assert [b.text for b in out] == [text] and repairs == []
