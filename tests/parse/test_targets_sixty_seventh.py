"""Sixty-second round: forms of the retired documents the extractor misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_values, targets_of
from plantrack.parse.numbers import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("为200万中小学生开展心理健康测评。", 200.0, "中小学生开展心理健康测评"),
        ("为80万农村35—64岁妇女免费做“两癌”检查。", 80.0, "农村35—64岁妇女免费做“两癌”检查"),
    ],
)
def test_a_bare_wan_before_people_counts_whom_a_service_reaches(
    text: str, value: float, metric: str
) -> None:
    found = [(t.value, t.unit, t.metric) for t in targets_of(text, 2025, 2025)]
    assert found == [(value, "万人", metric)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("免除35万孕妇产前检测费用。", "免除孕妇产前检测费用"),
        ("巩固5.4万脱贫人口脱贫成果。", "巩固脱贫人口脱贫成果"),
    ],
)
def test_a_service_before_a_bare_wan_of_people_counts_them(text: str, metric: str) -> None:
    found = [(t.unit, t.metric) for t in targets_of(text, 2022, 2022)]
    assert found == [("万人", metric)]


def test_a_bare_wan_before_a_thing_is_no_beneficiary() -> None:
    assert targets_of("为5万亩农田开展病虫害统防统治。", 2025, 2025) == []


def test_a_later_item_of_the_people_a_service_is_for_is_counted() -> None:
    text = "为全省65岁以上老年人、4.5万名脱贫攻坚一线干部免费体检一次。"
    found = [(t.value, t.unit) for t in targets_of(text, 2020, 2020)]
    assert found == [(4.5, "万名")]


def test_a_listed_thing_without_a_service_is_no_beneficiary() -> None:
    assert targets_of("目标为全省各市、4个县的平均水平。", 2020, 2020) == []


def test_a_share_of_the_whole_after_reach_is_a_target() -> None:
    text = "到2020年，全市文化及相关产业增加值占比要达全省六分之一。"
    found = [(t.value, t.unit, t.metric) for t in targets_of(text, 2016, 2020)]
    assert found == [(0.166667, None, "文化及相关产业增加值占比")]


def test_a_raise_for_the_whole_city_is_no_share() -> None:
    text = "提高全市6.5万名城乡低保、5000名特困救助供养对象基本生活保障标准。"
    assert targets_of(text, 2022, 2022) == []


@pytest.mark.parametrize(
    "text",
    ["预计全年地区生产总值增长7.8%左右。", "预计全年为企业新增减负超过2.5万亿元。"],
)
def test_the_years_outcome_as_estimated_is_no_target(text: str) -> None:
    assert targets_of(text, 2020, 2020) == []


def test_an_aim_after_the_years_estimate_is_a_target() -> None:
    found = targets_of("预计全年力争地区生产总值增长6%。", 2020, 2020)
    assert [t.value for t in found] == [6.0]


def test_new_harmonious_villages_are_new_ones() -> None:
    found = [(t.kind.value, t.metric) for t in targets_of("新增和美乡村10个。", 2025, 2025)]
    assert found == [("increment", "和美乡村")]


def test_new_and_reworked_together_stay_a_level() -> None:
    found = [t.kind.value for t in targets_of("新增和改造口袋公园10个。", 2025, 2025)]
    assert found == ["level"]


@pytest.mark.parametrize("text", ["新建提升标准化菜市场10个。", "新建(更新)全民健身路径50条。"])
def test_new_or_upgraded_together_are_a_level(text: str) -> None:
    assert [t.kind.value for t in targets_of(text, 2025, 2025)] == ["level"]


def test_new_lift_stations_are_new_ones() -> None:
    found = [(t.kind.value, t.metric) for t in targets_of("新建提灌站5座。", 2025, 2025)]
    assert found == [("increment", "提灌站")]


@pytest.mark.parametrize(
    "text", ["全年向上争取资金118亿元。", "争取政策性金融工具5亿元。", "争取中央预算内资金10亿元。"]
)
def test_zhengqu_before_money_obtains_it_and_is_no_aspiration(text: str) -> None:
    assert [t.aspiration for t in targets_of(text, 2026, 2026)] == [False]


def test_zhengqu_before_a_target_is_an_aspiration() -> None:
    assert [t.aspiration for t in targets_of("争取地区生产总值增长6%。", 2026, 2026)] == [True]


def test_about_after_the_last_value_of_a_list_is_its_own() -> None:
    text = "今年要完成铁路投资7320亿元、公路水运投资1.8万亿元左右。"
    found = [(t.value, t.comparator.value) for t in targets_of(text, 2018, 2018)]
    assert found == [(7320.0, ">="), (1.8, "~")]


def test_at_least_after_the_last_value_of_a_list_is_shared() -> None:
    text = "建设概念验证中心30个、中试平台30个以上。"
    found = [t.comparator.value for t in targets_of(text, 2025, 2025)]
    assert found == [">=", ">="]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("计划恢复和改善灌溉面积0.3万亩,1-5月实际完成恢复和改善灌溉面积0.12万亩。", [0.3]),
        ("计划新增蓄水能力2万方,1-5月完成新增蓄水能力0.88万方。", [2.0]),
        ("全县完成水利总投资3.45亿元,占市级计划144%。", []),
    ],
)
def test_progress_so_far_and_its_share_of_the_plan_are_no_targets(
    text: str, values: list[float]
) -> None:
    assert [t.value for t in targets_of(text, 2025, 2025)] == values


def test_who_worked_in_the_past_year_opens_a_review(tmp_path: Path) -> None:
    text = (
        "林东利说,县文旅委在过去一年,主要围绕五张牌全力推进2018年全域旅游创建220件实事。"
        "其中,新增国家旅游A级景区4个,接待海内外游客2000万人次。\n"
        "今年,力争接待游客2200万人次。\n"
    )
    assert document_values(tmp_path, text, 2019, 2019) == [2200.0]


def test_a_clause_that_develops_more_inherits_no_increment() -> None:
    text = "新建养殖园区10个,发展股份制牧场5个。"
    found = [(t.metric, t.kind.value) for t in targets_of(text, 2013, 2013)]
    assert found == [("养殖园区", "increment"), ("发展股份制牧场", "level")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("一亿五千零七十二万四千吨", 1.50724, "亿吨"),  # both scales inside: in 亿
        ("六百二十四万八千吨", 624.8, "万吨"),
        ("一万零五百个", 1.05, "万个"),  # the zero only marks the gap
    ],
)
def test_a_chinese_numeral_is_written_in_its_largest_scale(
    text: str, value: float, unit: str
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]
