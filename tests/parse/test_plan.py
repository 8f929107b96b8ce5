"""Plan-level facts read from a title: period, region, level."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_values
from plantrack.parse.plan import detect_period, detect_region, five_year_period
from saved_text import parse_lines


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("宁波市国民经济和社会发展的第十五个五年规划纲要", (2026, 2030)),
        ("浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", (2021, 2025)),
        ("宁波市数字经济发展行动方案（2024—2027年）", (2024, 2027)),
        ("某市“十五五”规划", (2026, 2030)),
        ("某市“十五五”公共服务体系建设规划", (2026, 2030)),
        ("某省十四五规划实施情况", (2021, 2025)),
        ("某区人工智能产业发展规划(2026-2030)", (2026, 2030)),
        ("关于加快发展的若干意见", None),
    ],
)
def test_detect_period(title: str, period) -> None:
    assert detect_period(title) == period


def test_five_year_numbering() -> None:
    assert five_year_period(14) == (2021, 2025)
    assert five_year_period(6) == (1981, 1985)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("宁波市国民经济和社会发展的第十五个五年规划纲要", ("宁波市", "city")),
        ("浙江省国民经济和社会发展第十五个五年规划纲要", ("浙江省", "province")),
        ("中华人民共和国国民经济和社会发展第十五个五年规划纲要", ("全国", "nation")),
        ("宁波市鄞州区国民经济和社会发展第十五个五年规划纲要", ("宁波市鄞州区", "district")),
        ("宁波市数字经济发展行动方案（2024—2027年）", ("宁波市", "city")),
        ("广西壮族自治区“十五五”规划", ("广西壮族自治区", "province")),
        ("关于加快发展的若干意见", (None, None)),
    ],
)
def test_detect_region(title: str, expected) -> None:
    assert detect_region(title) == expected


def test_a_task_row_under_merged_cells_is_read_whatever_its_column(tmp_path: Path) -> None:
    # a task table copied from HTML: a row under merged 序号 / 重点任务 cells starts at the
    # 工作措施 cell, in the 序号 column
    text = (
        "| 序号 | 重点任务 | 工作措施 | 完成时限 | 牵头部门 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 推进车辆新能源化 | 新增和更新的公务车基本实现新能源化。 | 年底前 | 区发展改革委 |\n"
        "| 10月底前完成150辆新能源公务车更新购置计划。 | 10月底前 | 区机关事务管理局 |\n"
    )
    parsed = parse_lines(tmp_path, text.splitlines(), "行动计划", (2026, 2026))
    valued = [(t.metric, t.value, t.unit) for t in parsed.targets if t.value is not None]
    assert valued == [("新能源公务车更新购置计划", 150, "辆")]


@pytest.mark.parametrize(
    ("caption", "header"),
    [("2025年重点任务清单", "重点任务"), ("附件", "2025年推进任务")],
)
def test_a_task_table_of_one_year_gives_its_tasks_that_deadline(
    tmp_path: Path, caption: str, header: str
) -> None:
    # a 2024—2027 plan's annex lists one year's tasks: the caption or the task header says which
    text = (
        f"{caption}\n\n| 序号 | 领域 | {header} | 牵头责任部门 |\n| --- | --- | --- | --- |\n"
        "| 1 | 工业 | 组织实施技术改造项目300个以上。 | 市工信局 |\n"
        "| 2 | 交通 | 新建200个公共充电桩。 | 市交通局 |\n"
    )
    parsed = parse_lines(tmp_path, text.splitlines(), "实施方案", (2024, 2027))
    assert [(t.value, t.deadline) for t in parsed.targets] == [(300, 2025), (200, 2025)]


def test_a_yearly_task_list_gives_each_year_s_cell_that_year(tmp_path: Path) -> None:
    # 序号 | 任务内容 | 2024年目标 | 2025年目标 | 牵头单位: a target per year column
    text = (
        "| 序号 | 任务内容 | 2024年目标 | 2025年目标 | 牵头单位 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 推动能源设备更新改造 | 更新老旧变压器等设备850台 | 更新老旧变压器等设备1200台 | 区发改委 |\n"
    )
    parsed = parse_lines(tmp_path, text.splitlines(), "实施方案", (2024, 2027))
    assert [(t.value, t.unit, t.deadline) for t in parsed.targets] == [
        (850, "台", 2024),
        (1200, "台", 2025),
    ]


def test_a_one_year_report_s_year_heading_ends_its_review_preamble(tmp_path) -> None:
    # an old report: its review under 一、, its year's work under a heading with the year, the
    # year's main goals stated only further down
    text = (
        "一、关于过去五年的政府工作\n\n过去的五年，经济发展保持良好势头。\n\n"
        "二、关于1998年政府工作的建议\n\n"
        "第一，进一步稳定和加强农业\n\n"
        "农业事关全局。今年要继续采取有效措施，确保农业再有一个好收成。"
        "粮食总产量稳定在49250万吨，棉花总产量稳定在400万吨。\n\n"
        "第二，继续加强宏观调控\n\n"
        "今年宏观调控的主要目标是：经济增长速度8%，商品零售价格涨幅控制在3%以内。\n"
    )
    assert document_values(tmp_path, text, 1998, 1998) == [49250, 400, 8, 3]
