"""What governs a paragraph: deadline scope, relative years, review passages (parse/context.py).

Each case is a real .txt file read and parsed the way ingest does it."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.parse.context import DocFacts, deadline_line, heading_deadline, heading_deadlines
from plantrack.parse.plan import parse_document
from plantrack.read import read_document
from plantrack.read.headings import cn_number


def targets_of(tmp_path: Path, text: str, period: tuple[int, int]) -> list[tuple]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title="某市规划", period=period)
    return [(t.metric, t.value, t.deadline) for t in parsed.targets if t.value is not None]


def test_a_heading_with_a_year_governs_its_section(tmp_path: Path) -> None:
    text = (
        "一、2025年工作回顾\n"
        "过去一年，全市地区生产总值增长5.5%，城镇新增就业12万人。\n"
        "二、2026年经济社会发展主要预期目标\n"
        "地区生产总值增长5%左右，城镇新增就业10万人以上。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2030))
    assert got == [("地区生产总值增长", 5, 2026), ("城镇新增就业", 10, 2026)]


def test_a_deadline_on_a_line_of_its_own_carries_into_the_lines_below(tmp_path: Path) -> None:
    text = (
        "第二章 发展目标\n"
        "到2027年，主要目标是：\n"
        "规上工业企业达到3000家。\n"
        "高新技术企业超过1500家。\n"
        "第三章 重点任务\n"
        "新建5G基站1000个。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2030))
    assert got == [
        ("规上工业企业", 3000, 2027),
        ("高新技术企业", 1500, 2027),
        ("5G基站", 1000, 2030),
    ]


@pytest.mark.parametrize(
    ("sentence", "period", "deadline"),
    [
        ("今年地区生产总值增长5%左右。", (2026, 2026), 2026),
        ("明年城镇新增就业10万人以上。", (2026, 2026), 2027),
        ("到“十四五”末，森林覆盖率达到62%。", (2021, 2025), 2025),
        ("“十五五”时期，地区生产总值年均增长5%。", (2026, 2030), 2030),
        ("到二〇三五年，人均地区生产总值达到20万元。", (2026, 2030), 2035),
        ("3年内新建养老床位3000张。", (2026, 2030), 2028),
    ],
)
def test_relative_years(
    tmp_path: Path, sentence: str, period: tuple[int, int], deadline: int
) -> None:
    got = targets_of(tmp_path, "第一章 主要目标\n" + sentence + "\n", period)
    assert [d for _, _, d in got] == [deadline]


@pytest.mark.parametrize(
    "heading",
    ["第一章 发展基础", "一、2025年工作回顾", "（一）“十四五”时期主要成就", "1.过去五年工作回顾"],
)
def test_review_passages_give_no_targets_under_any_heading_style(
    tmp_path: Path, heading: str
) -> None:
    text = f"{heading}\n全市地区生产总值达到1.8万亿元，常住人口城镇化率提高到78%。\n"
    assert targets_of(tmp_path, text, (2026, 2030)) == []


def test_a_paragraph_that_reports_the_past_gives_no_targets(tmp_path: Path) -> None:
    text = (
        "第一章 总体要求\n"
        "初步统计，去年全省地区生产总值48810亿元、增长8.0%。\n"
        "今年全省地区生产总值增长6.5%。\n"
        "2025年，我们完成了城镇新增就业15万人。\n"
    )
    assert targets_of(tmp_path, text, (2026, 2026)) == [("地区生产总值增长", 6.5, 2026)]


def test_deadline_helpers() -> None:
    assert heading_deadline("三、2026年经济社会发展主要预期目标") == 2026
    assert heading_deadline("一、2025年工作回顾") is None
    assert heading_deadline("第二章 “十五五”时期发展目标") == 2030
    assert deadline_line("到2027年：") == 2027
    assert deadline_line("到2027年，全市规上工业企业达到3000家。") is None
    assert cn_number("二〇三五") == 2035 and cn_number("二〇二七") == 2027
    assert DocFacts.from_period((2026, 2030)).year == 2026


def test_the_next_n_years_end_n_years_after_the_year_of_issue(tmp_path: Path) -> None:
    # 今后五年 / 未来三年 in a text issued in 2023 (its period read as 2023–2035): 2027 / 2025
    text = (
        "今后五年的奋斗目标是：全县旅游总收入超过80亿元，森林覆盖率达到68%。\n"
        "未来三年，新建口袋公园30个。\n"
    )
    got = targets_of(tmp_path, text, (2023, 2035))
    assert got == [("旅游总收入", 80, 2027), ("森林覆盖率", 68, 2027), ("口袋公园", 30, 2025)]


def test_a_heading_with_two_goal_years_lets_each_paragraph_choose(tmp_path: Path) -> None:
    # 五年规划的目标 and the year's work under one heading: the paragraph's lead decides
    text = (
        "一、2025年和“十四五”时期工作回顾\n"
        "过去一年，全市外贸进出口增长6%。\n"
        "二、“十五五”时期奋斗目标和2026年重点任务\n"
        "规划纲要建议稿提出：全市居民收入年均增长6%，森林覆盖率达到45%。\n"
        "今年全市的主要预期目标是：外贸进出口增长3%左右。\n"
        "加快数字转型，新增智能工厂20家。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2026))
    assert [(metric, deadline) for metric, _value, deadline in got] == [
        ("居民收入增长", 2030),
        ("森林覆盖率", 2030),
        ("外贸进出口增长", 2026),
        ("智能工厂", 2026),
    ]


def test_a_review_part_of_a_heading_gives_no_year() -> None:
    years = heading_deadlines("二、“十四五”时期发展成就和“十五五”时期主要目标任务")
    assert years == [(2030, True)]
    assert heading_deadline("二、“十四五”时期发展成就和“十五五”时期主要目标任务") == 2030


def test_a_heading_on_the_start_of_the_period_names_the_report_year() -> None:
    # 推动“十五五”开好局、起好步: the first year of the period, not its end
    assert heading_deadlines("三、一鼓作气勇争先，全力推动“十五五”开好局、起好步") == [
        (2026, False)
    ]
    assert heading_deadlines("二、“十五五”时期主要目标任务") == [(2030, True)]


def test_the_year_passage_under_a_period_heading_is_due_that_year(tmp_path: Path) -> None:
    # a one-year report: 今年…主要预期目标 and the task paragraphs after it under a heading
    # that names only the period are the year's; a paragraph about the period keeps 2030
    text = (
        "二、奋力推动“十五五”发展\n"
        "“十五五”时期，全省居民收入年均增长6%。\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
        "增强投资带动力。实施省重点技改项目1500个以上。\n"
        "规划纲要提出，森林覆盖率达到67%。\n"
    )
    got = targets_of(tmp_path, text, (2026, 2026))
    assert [(metric, deadline) for metric, _value, deadline in got] == [
        ("居民收入增长", 2030),
        ("地区生产总值增长", 2026),
        ("省重点技改项目", 2026),
        ("森林覆盖率", 2030),
    ]
