"""Sixty-fourth round: forms of the retired documents the extractor misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of


def test_a_list_one_short_of_its_values_splits_its_last_item_at_及() -> None:
    text = "到2020年，县城、建制镇、集镇及农村用水普及率分别达到97%、95%、95%和90%。"
    found = [(t.metric, t.value) for t in targets_of(text, 2009, 2020)]
    assert found == [
        ("县城用水普及率", 97.0),
        ("建制镇用水普及率", 95.0),
        ("集镇用水普及率", 95.0),
        ("农村用水普及率", 90.0),
    ]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "城镇和农村居民人均可支配收入分别增长6%、8%。",
            ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"],
        ),
        # 普及 holds 及: the list is not split there
        ("城市燃气普及率分别达到97%、95%。", ["城市燃气普及率", "城市燃气普及率"]),
    ],
)
def test_and_inside_a_word_does_not_split_a_list(text: str, metrics: list[str]) -> None:
    assert [t.metric for t in targets_of(text, 2025, 2025)] == metrics


def test_independent_land_in_a_noun_is_no_project_attribute() -> None:
    found = targets_of("到2027年，全区新增独立占地停车场23处。", 2024, 2035)
    assert [(t.metric, t.value, t.unit, t.kind) for t in found] == [
        ("独立占地停车场", 23.0, "处", "increment")
    ]


def test_a_project_land_area_is_still_no_target() -> None:
    assert targets_of("项目占地120亩，总投资5亿元。", 2024, 2024) == []


def test_a_report_that_states_its_statistical_period_reports_the_past(tmp_path: Path) -> None:
    text = (
        "根据《条例》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。\n"
        "一、总体情况\n"
        "通过市政府门户网站发布各类政务信息34篇、凌源融媒体17篇，参加市政府新闻发布会1次。\n"
        "全年共办理行政许可26768件、行政处罚538件、行政强制95件。\n"
    )
    assert document_targets(tmp_path, text, 2025, 2025) == []


def test_a_paragraph_of_such_a_report_that_looks_ahead_is_read(tmp_path: Path) -> None:
    text = (
        "报告数据统计期限为2025年1月1日至2025年12月31日。\n"
        "全年共办理行政许可26768件。\n"
        "下一步，我局将新建政务服务站点5个。\n"
    )
    found = document_targets(tmp_path, text, 2025, 2026)
    assert [(t.value, t.unit) for t in found] == [(5.0, "个")]


def test_the_opening_year_of_a_period_is_the_deadline_of_its_measures() -> None:
    text = "2026开局之年，兰州将聚焦七大领域，盘活低效用地1.3万亩、完成营造林51万亩。"
    found = targets_of(text, 2026, 2030)
    assert [(t.metric, t.deadline) for t in found] == [("盘活低效用地", 2026), ("营造林", 2026)]


def test_words_that_sum_a_list_up_close_its_last_item() -> None:
    text = "今年新增学位8000个以上等一系列可量化的具体举措。"
    found = targets_of(text, 2026, 2026)
    assert [(t.metric, t.value, t.comparator) for t in found] == [("学位", 8000.0, ">=")]


@pytest.mark.parametrize("lead", ["通过实施", "实施", "通过"])
def test_new_things_carried_out_are_an_increment(lead: str) -> None:
    found = targets_of(f"今年{lead}新增营业收入亿元以上楼宇10幢。", 2026, 2026)
    assert [(t.metric, t.kind) for t in found] == [("营业收入亿元以上楼宇", "increment")]


def test_an_item_with_a_verb_of_its_own_does_not_inherit_new() -> None:
    text = "今年新增营业收入亿元以上楼宇10幢、盘活低效用地1.3万亩。"
    found = targets_of(text, 2026, 2026)
    assert [(t.metric, t.kind) for t in found] == [
        ("营业收入亿元以上楼宇", "increment"),
        ("盘活低效用地", "level"),
    ]


def test_the_same_things_measured_again_keep_their_kind() -> None:
    text = "今年新开工改造城镇老旧小区1227个、3011万平方米。"
    assert [t.kind for t in targets_of(text, 2025, 2025)] == ["increment", "increment"]


def test_和美乡村_is_a_word_and_整治提升_opens_the_next_item() -> None:
    text = "2026年，海南计划新建250个和美乡村、整治提升2500个清洁乡村。"
    found = targets_of(text, 2026, 2026)
    assert [(t.metric, t.value, t.kind) for t in found] == [
        ("和美乡村", 250.0, "increment"),
        ("清洁乡村", 2500.0, "level"),
    ]


def test_a_lottery_fund_spent_is_no_target() -> None:
    assert targets_of("今年计划投入体彩公益金5000万元，用于建设健身设施。", 2014, 2014) == []


def test_a_count_of_mechanisms_set_up_is_no_target() -> None:
    assert targets_of("今年建立9个重点领域安全检查市县联动机制。", 2025, 2025) == []


def test_the_last_item_of_a_breakdown_in_brackets_is_read() -> None:
    text = "今年计划安排安置房10348套(开工9398套,竣工950套),建设面积约153.4万平方米。"
    found = targets_of(text, 2014, 2014)
    assert [(t.value, t.unit) for t in found] == [
        (10348.0, "套"),
        (9398.0, "套"),
        (950.0, "套"),
        (153.4, "万平方米"),
    ]


def test_a_heading_count_in_brackets_is_still_no_target() -> None:
    assert targets_of("一、促进就业(3项)", 2024, 2024) == []


def test_a_plan_that_notes_the_period_of_its_figures_still_sets_targets(tmp_path: Path) -> None:
    text = (
        "本规划基期数据统计期限为2025年1月1日至2025年12月31日。\n"
        "到2030年，全市地区生产总值达到3万亿元。\n"
    )
    found = document_targets(tmp_path, text, 2026, 2030)
    assert [(t.value, t.unit, t.deadline) for t in found] == [(3.0, "万亿元", 2030)]


def test_a_period_stated_under_a_review_heading_still_marks_the_report(tmp_path: Path) -> None:
    text = (
        "一、2025年工作回顾\n"
        "报告数据统计期限为2025年1月1日至2025年12月31日。\n"
        "二、主动公开情况\n"
        "全年共办理行政许可26768件、行政处罚538件。\n"
    )
    assert document_targets(tmp_path, text, 2025, 2025) == []
