"""Forty-ninth round: money paid each month in a 分别 list, the counts of a list of livelihood
projects and of how it was made (民心工程, 为民办实事, 子项, 意见建议), a unit of transformer
capacity — in words other than the retired documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_values, targets_of


@pytest.mark.parametrize(
    "text",
    [
        "2025年，城市和农村特困人员供养金分别从每月900元、600元提高到960元、650元。",
        "困境儿童基本生活费分别从每人每月1200元、980元提高到1300元、1050元。",
        "散居孤儿基本生活费从每人每月1500元提高到1580元。",
    ],
)
def test_money_paid_each_month_is_no_target(text: str) -> None:
    assert targets_of(text, 2025, 2025) == []


def test_money_earned_in_a_list_is_still_a_target() -> None:
    found = targets_of("2025年，城乡居民人均可支配收入分别达到5.2万元、2.6万元。", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(5.2, "万元"), (2.6, "万元")]


@pytest.mark.parametrize(
    "text",
    [
        "县政府门户网站发布了该县2024年12件为民办实事重点项目。",
        "今年，15项民心工程涉及48个子项。",
        "通过网络和信函共征求到群众意见建议2650条。",
        "各界代表提出意见和建议316条。",
    ],
)
def test_a_list_s_own_counts_and_how_it_was_made_are_no_targets(text: str) -> None:
    assert targets_of(text, 2024, 2024) == []


def test_the_items_of_the_list_stay_targets() -> None:
    found = targets_of("为民办实事项目：新建城市公园6个，改造老旧小区1200户。", 2024, 2024)
    assert [(t.value, t.unit) for t in found] == [(6, "个"), (1200, "户")]


def test_transformer_capacity_in_megavolt_amperes_is_a_unit() -> None:
    (target,) = targets_of("2026年，新增220千伏变电容量480兆伏安。", 2026, 2026)
    assert (target.value, target.unit) == (480, "兆伏安")


def test_a_scale_or_an_output_put_in_service_keeps_its_verb() -> None:
    found = targets_of("华中电网：建设总规模为520万千瓦，建成投产260万千瓦。", 1981, 1985)
    assert [(t.metric, t.value) for t in found] == [("建设总规模", 520), ("建成投产", 260)]


def test_a_list_item_s_heading_names_the_output_of_its_paragraph() -> None:
    found = targets_of("三、纯碱。1985年生产220万吨，比1980年增长35％。搞好技术改造。", 1981, 1985)
    assert [(t.metric, t.value) for t in found] == [("纯碱生产", 220), ("纯碱生产增长", 35)]
    # without a heading the bare output keeps no invented product
    (alone,) = targets_of("1985年生产220万吨。", 1981, 1985)
    assert alone.metric == "生产"


@pytest.mark.parametrize(
    "text",
    [
        "预测到2030年，全县网约车充电需求约1200万千瓦时，环卫车辆需求约340万千瓦时。",
        "到2035年，全市车用天然气需求总量18万吨。",
    ],
)
def test_a_demand_the_plan_forecasts_is_no_target(text: str) -> None:
    assert targets_of(text) == []


def test_a_demand_the_plan_commits_to_meet_is_a_target() -> None:
    (target,) = targets_of("到2030年，满足超过20万辆新能源汽车的充电需求。")
    assert (target.value, target.unit) == (20, "万辆")


REPORT_NEWS = """过去一年，全县经济稳中向好。
民生福祉保障有力。财政民生支出占比75.2%，城乡居民人均可支配收入分别增长4.1%、6.8%。
港口物流同样出色。新开通集装箱航线6条，港口货物吞吐量完成3200万吨。
2026年的目标是地区生产总值增长6%左右。
"""


def test_the_paragraphs_after_a_review_s_lead_go_on_reviewing(tmp_path: Path) -> None:
    assert document_values(tmp_path, REPORT_NEWS, 2026, 2026) == [6]


def test_a_paragraph_that_looks_ahead_ends_the_carried_review(tmp_path: Path) -> None:
    port = "港口物流要继续发力，新开通集装箱航线6条，港口货物吞吐量达到3200万吨。"
    text = REPORT_NEWS.replace(REPORT_NEWS.splitlines()[2], port)
    # 要 turns ahead: the port's figures are targets again
    assert document_values(tmp_path, text, 2026, 2026) == [6, 3200, 6]


def test_the_state_as_of_a_past_year_opens_no_review(tmp_path: Path) -> None:
    text = "截至2025年末，全县现有加油站40座。\n全县新规划加油站12座，迁建3座。\n"
    assert document_values(tmp_path, text, 2026, 2030) == [12, 3]
