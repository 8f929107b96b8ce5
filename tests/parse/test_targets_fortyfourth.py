"""Forty-fourth round: what retired b45 and b46 missed, in words other than their documents'."""

from __future__ import annotations

import pytest

from paragraph import document_values, targets_of
from plantrack.parse.plan import parse_document
from plantrack.read import read_document


def test_a_paragraph_that_counts_years_back_reviews_them() -> None:
    text = (
        "这是稳增长的关键一招。三年来，省里坚持扩大有效投资，带动社会资金投入城乡建设。"
        "已建成的主要有：改造老旧管网850公里；新增农村公路通车里程1.6万公里。"
    )
    assert targets_of(text, 2024, 2024) == []
    ahead = "三年来成效明显。今后三年，力争新增农村公路通车里程1.6万公里。"
    assert [t.value for t in targets_of(ahead, 2024, 2026)] == [1.6]


def test_each_head_of_a_list_shares_the_share_after_均() -> None:
    got = targets_of("到2028年，高效锅炉、泵、窑炉占比均达到40%。")
    assert [(t.metric, t.value) for t in got] == [
        ("高效锅炉占比", 40),
        ("泵占比", 40),
        ("窑炉占比", 40),
    ]
    # without 均 the list may be one share of them all
    assert len(targets_of("到2028年，高效锅炉、窑炉、泵占比达到40%。")) == 1


def test_a_ratio_to_one_has_the_unit_of_one() -> None:
    got = targets_of("到2030年，全市车桩比控制在2.5∶1以内，城乡收入比缩小到1.8:1左右。")
    assert [(t.metric, t.value, t.unit, t.comparator) for t in got] == [
        ("车桩比", 2.5, ":1", "<="),
        ("城乡收入比", 1.8, ":1", "~"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "今年省财政还将安排80亿元，用于支持县域经济发展。",
        "市财政为此新增支出12亿元，用于这方面的支出总额将达到46亿元。",
        "今年从产业发展基金中拿出5亿元，直接奖励首台套企业。",
        "单体项目总投资不低于1500万元，支持比例不超过核定总投资的10%。",
        "单个项目支持资金原则上不超过2000万元。",
        "以旧换新补贴最高上限不超过800元，每位消费者每类产品补贴可补1件。",
        "每台设备补助20万元，其中国债资金5.5万元。",
        "今年省财政提前下达我市农业社会化服务项目资金总额650万元。",
        "单个经营主体享受项目补助的面积不超过300亩，财政补助占服务价格的比例不超过30%。",
    ],
)
def test_money_a_budget_spends_or_one_project_qualifies_with_is_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2026) == []


def test_money_per_head_or_promoted_stays_a_target() -> None:
    got = targets_of(
        "到2028年，人均公共财政支出达到2.5万元，面向民间资本推介项目总投资不低于800亿元。"
    )
    assert [(t.value, t.unit) for t in got] == [(2.5, "万元"), (800, "亿元")]


def test_a_value_the_items_listed_after_it_share() -> None:
    text = "今年主要产品中，产量将增长百分之二十以上的有水泥、平板玻璃、化纤以及家用电器等四种。"
    got = targets_of(text, 1980, 1980)
    assert [(t.metric, t.value, t.unit, t.comparator) for t in got] == [
        ("水泥产量增长", 20, "%", ">="),
        ("平板玻璃产量增长", 20, "%", ">="),
        ("化纤产量增长", 20, "%", ">="),
        ("家用电器产量增长", 20, "%", ">="),
    ]
    # the same list reported of a year gone by is the past
    past = "去年主要产品中，产量增长百分之二十以上的有水泥、平板玻璃、化纤等三种。"
    assert targets_of(past, 1980, 1980) == []


def test_a_growth_named_after_the_value_a_verb_keeps() -> None:
    got = targets_of("今年要保持6%左右的经济增长，物价涨幅控制在3%以内。", 2001, 2001)
    assert [(t.metric, t.value, t.comparator) for t in got] == [
        ("经济增长", 6, "~"),
        ("物价涨幅", 3, "<="),
    ]
    # a growth of a kind (较快增长) is no name of a measure
    assert targets_of("今后五年车辆总数仍将保持10%以上的较快增长。", 2026, 2030) == []


def test_a_share_of_units_that_reach_universal_schooling() -> None:
    got = targets_of("到2030年，全市90%以上的乡镇普及学前教育。")
    assert [(t.value, t.unit, t.comparator) for t in got] == [(90, "%", ">=")]


def test_oil_equivalent_and_a_bare_life_expectancy_are_goals() -> None:
    got = targets_of("到2030年，天然气供应量达2.8亿吨油当量，人均预期寿命80岁。")
    assert [(t.value, t.unit) for t in got] == [(2.8, "亿吨油当量"), (80, "岁")]


@pytest.mark.parametrize(
    "text",
    [
        "售价8万元（含）至15万元的，每辆补贴1万元；15万元（含）以上的，每辆补贴1.5万元。",
        "推动200万以上人口城市建设市域铁路。",
    ],
)
def test_a_bound_that_classes_things_is_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2026) == []


def test_the_capacity_a_work_on_units_reaches_and_a_share_of_the_rated_load() -> None:
    text = "到2027年，力争完成1.5亿千瓦煤电机组灵活性改造，最小发电出力达到35%额定负荷。"
    got = targets_of(text)
    assert [(t.value, t.unit) for t in got] == [(1.5, "亿千瓦"), (35, "%")]
    # a class of units by their size stays no target
    assert targets_of("持续推进60万千瓦以上煤电机组改造升级。") == []


def test_a_wider_area_s_figure_in_brackets_is_no_target() -> None:
    got = targets_of("到2030年，全市氢燃料电池汽车保有量达到5000辆以上（全国约10万辆）。")
    assert [(t.value, t.unit) for t in got] == [(5000, "辆")]


def test_a_final_account_heading_reviews_its_year(tmp_path) -> None:
    text = (
        "一、市本级决算\n\n全市粮食总产量达到120万吨，完成年度计划的102%。\n\n"
        "二、2025年预算\n\n2025年粮食总产量稳定在125万吨。\n"
    )
    assert document_values(tmp_path, text, 2025, 2025) == [125]


def test_the_capacity_shut_down_and_a_share_of_people_who_all_can() -> None:
    got = targets_of("到2030年，关停300万千瓦落后煤电机组，90%以上的农户都能用上清洁能源。")
    assert [(t.value, t.unit) for t in got] == [(300, "万千瓦"), (90, "%")]
    assert targets_of("建成120万千瓦热电项目。") == []  # a project's capacity stays no target


@pytest.mark.parametrize(
    "lead",
    [
        "据统计预测，全县地区生产总值增长8.5%达120亿元",
        "今年以来，全县完成固定资产投资45亿元，同比增长9%",
    ],
)
def test_a_paragraph_opened_by_a_statistic_or_by_the_year_so_far_reviews(tmp_path, lead) -> None:
    assert document_values(
        tmp_path, f"一、工作情况\n\n{lead}。\n\n二、今年安排\n\n今年新建公园5个。\n", 2022, 2022
    ) == [5]


def test_an_item_of_a_progress_report_that_opens_with_a_past_year_reports_it(tmp_path) -> None:
    text = (
        "一、重点项目建设完成情况\n\n"
        "1、2024年，全县列入省重点建设项目3个，年度投资计划20亿元，完成投资19亿元。\n\n"
        "2、打造5条精品游线路。2024年全年完成3条。\n"
    )
    assert document_values(tmp_path, text, 2025, 2025) == [5]


def test_the_years_of_a_span_of_dates_are_not_counted_from_the_plan_s_start() -> None:
    text = "从2019年到2022年的四年内，轻工业平均每年增长11.8%。"
    assert targets_of(text, 2023, 2027) == []  # 2022: the past, not 2023 + 3
    assert [t.deadline for t in targets_of("今后四年内，轻工业平均每年增长8%。", 2023, 2027)] == [
        2026
    ]


def test_a_list_a_forecast_opens_holds_no_target() -> None:
    text = "拿几项最重要的产品的今年预计产量同五年前比较一下，可以看到：电力一百零八亿度，原煤八千万吨。"
    assert targets_of(text, 1954, 1957) == []
    aimed = "今年要确保以下产量，预计产量如下：电力一百二十亿度。"
    assert [t.value for t in targets_of(aimed, 1954, 1957)] == [120]


def test_a_paragraph_of_what_was_turned_round_reviews(tmp_path) -> None:
    text = (
        "一、工作回顾和今后任务\n\n"
        "对外贸易扭转了长期逆差的局面。国内市场出现了多年少有的繁荣。"
        "工业制成品占出口总值的比重由46%提高到55%。\n"
    )
    assert document_values(tmp_path, text, 1983, 1987) == []


def test_a_meeting_s_attendance_is_no_target() -> None:
    assert targets_of("本次大会应到代表520人，因事请假缺席11人，实到代表509人。", 2024, 2024) == []


def test_a_plain_line_that_turns_to_the_years_ahead_ends_the_preamble(tmp_path) -> None:
    text = (
        "过去五年成效\n\n地区生产总值从1520亿元增加到2243亿元;\n\n"
        "今后五年的重点目标\n\n地区生产总值突破3000亿元;\n\n财政总收入突破500亿元。\n\n"
        "2017年主要工作\n\n全市经济社会发展主要预期目标:\n\n地区生产总值增长7.5%以上;\n"
    )
    assert document_values(tmp_path, text, 2017, 2017) == [3000, 500, 7.5]


def test_a_line_of_the_years_ahead_dates_the_lines_below(tmp_path) -> None:
    text = (
        "今后五年的重点目标\n\n地区生产总值突破3000亿元;\n\n"
        "2017年主要工作\n\n全市经济社会发展主要预期目标:\n\n地区生产总值增长7.5%以上;\n"
    )
    path = tmp_path / "报告.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), period=(2017, 2017))
    assert [(t.value, t.deadline) for t in parsed.targets] == [(3000, 2021), (7.5, 2017)]
