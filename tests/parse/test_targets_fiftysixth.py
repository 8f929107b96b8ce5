"""Fifty-second round: the marks of a year's results that no plan sets as a goal — a rank held
among peers, a mark passed for the first time — in words other than the retired documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of

RANKED_RESULTS = """地方税收入812.6亿元、居计划单列市第3,非税收入占比14.2%。全市常住人口增加3.1万人。城乡居民人均可支配收入首破6万元,增长5.1%。
二、2024年重点工作
地区生产总值增长5.5%左右。
"""


def test_a_rank_among_peers_and_a_mark_passed_first_report_the_year(tmp_path: Path) -> None:
    found = document_targets(tmp_path, RANKED_RESULTS, 2024, 2024)
    assert [(t.metric, t.value) for t in found] == [("地区生产总值增长", 5.5)]


def test_a_rank_a_plan_aims_at_is_still_read(tmp_path: Path) -> None:
    text = "力争地方税收入突破900亿元、居计划单列市第3,城乡居民人均可支配收入增长5%以上。\n"
    values = sorted(t.value for t in document_targets(tmp_path, text, 2024, 2024))
    assert values == [5.0, 900.0]


def test_a_multiple_after_a_growth_rate_doubles_its_subject() -> None:
    text = "全省数字经济核心产业增加值年均增长15%以上，2025年比2020年至少翻一番。"
    found = [(t.metric, t.value, t.unit, t.baseline_year) for t in targets_of(text, 2021, 2025)]
    assert found[1:] == [("数字经济核心产业增加值", 2.0, "倍", 2020)]


def test_a_multiple_after_a_level_restates_it() -> None:
    text = "1990年全省商业网点达到9000个，比1985年增长1倍。"
    assert [t.value for t in targets_of(text, 1986, 1990)] == [9000.0]


@pytest.mark.parametrize(
    "text",
    ["全年旅游总收入有望突破3000亿元。", "到2027年，市场规模或将达到九千亿元。"],
)
def test_a_prospect_is_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2027) == []


def test_a_goal_beside_a_prospect_is_read() -> None:
    text = "旅游总收入力争达到3000亿元，市场前景有望进一步扩大。"
    assert [t.value for t in targets_of(text, 2026, 2027)] == [3000.0]


def test_a_sentence_opening_on_its_base_year_dates_each_change() -> None:
    text = "到2027年，全市规上工业单位增加值能耗持续下降；与2024年相比，数据中心电能利用效率降低8%，绿色电力消费比重提高5个百分点，绿色工厂达到120家。"
    found = [(t.value, t.baseline_year) for t in targets_of(text, 2025, 2027)]
    assert found == [(8.0, 2024), (5.0, 2024), (120.0, None)]


def test_a_base_year_after_fenbie_dates_each_listed_change() -> None:
    text = "到2027年，全市单位生产总值能耗、单位生产总值二氧化碳排放分别比2024年下降9%、11%。"
    found = [(t.value, t.baseline_year) for t in targets_of(text, 2025, 2027)]
    assert found == [(9.0, 2024), (11.0, 2024)]


ACHIEVED_STORY = """本报讯 (通讯员 李明)某某县围绕“十二五”规划确定的目标任务，扎实推进经济社会建设，取得了显著成效。
该县大力发展特色产业，全县茶园面积发展到12.5万亩，蔬菜基地达到3.2万亩。
县城至高铁站快速通道即将通车。全县公路里程达到2860公里，新增油路210公里。
"""


def test_a_story_opening_on_what_was_achieved_reviews_what_follows(tmp_path: Path) -> None:
    assert document_targets(tmp_path, ACHIEVED_STORY, 2015, 2015) == []


def test_striving_for_achievements_opens_no_review(tmp_path: Path) -> None:
    text = (
        "全县上下围绕“十三五”规划确定的目标任务，努力取得新的成就。\n全县茶园面积发展到15万亩。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2016, 2020)] == [15.0]


def test_putting_into_use_counts_what_is_done() -> None:
    text = "加快学校幼儿园建设，启用3所学校、4所幼儿园。"
    assert [(t.metric, t.value) for t in targets_of(text, 2021, 2021)] == [
        ("学校", 3.0),
        ("幼儿园", 4.0),
    ]


def test_computing_power_in_lower_case_flops_is_a_unit() -> None:
    found = targets_of("全市算力规模达到80Eflops。", 2025, 2027)
    assert [(t.value, t.unit) for t in found] == [(80.0, "Eflops")]


def test_a_plants_daily_capacity_is_its_attribute() -> None:
    assert targets_of("建成日处理150吨餐厨垃圾处理厂1座。", 2021, 2021)[0].value == 1.0
    assert [t.value for t in targets_of("建成日处理150吨垃圾集中处理中心。", 2021, 2021)] == []


def test_the_deficit_a_budget_is_drawn_up_on_is_no_target() -> None:
    text = "今年经济增长预期目标为5%左右。赤字率拟按3.5%左右安排。"
    assert [t.value for t in targets_of(text, 2026, 2026)] == [5.0]


FRONT_PAGE = """日期选择 logo

2021-08-13 第26,955号

上海报业集团主管主办·文汇报社出版

newspaper
第1版:要闻

临港新片区“十四五”规划:初步实现“五个重要”目标

GDP在2018年基础上翻两番 初步建成特殊经济功能区和独立综合性节点滨海城市

       ■《中国(上海)自由贸易试验区临港新片区发展“十四五”规划》昨天发布。到2025年,临港新片区要建设不少于10个顶尖科学家实验室;地区生产总值(GDP)在2018年基础上翻两番,年均增速达到25%左右;常住人口规模达到80万人左右。
"""


def test_a_headline_under_a_front_pages_lines_names_its_gdp_once(tmp_path: Path) -> None:
    found = document_targets(tmp_path, FRONT_PAGE, 2021, 2025)
    assert sorted((t.value, t.unit) for t in found) == [
        (4.0, "倍"),
        (10.0, "个"),
        (25.0, "%"),
        (80.0, "万人"),
    ]


def test_new_jobs_is_an_indicator_not_new_work() -> None:
    found = targets_of("新增就业3500人，失业人员再就业1200人。", 2014, 2014)
    assert [(t.metric, t.kind.value) for t in found] == [
        ("新增就业", "level"),
        ("失业人员再就业", "level"),
    ]


def test_a_base_year_said_as_on_the_base_of_a_year() -> None:
    found = targets_of("争取升入普通高中学生数量在2023年基础上提升8%以上。", 2024, 2024)
    assert [(t.metric, t.baseline_year) for t in found] == [("升入普通高中学生数量提升", 2023)]
