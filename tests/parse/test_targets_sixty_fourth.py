"""Fifty-ninth round: forms of the retired documents' misses in words of their own."""

from __future__ import annotations

from paragraph import targets_of


def test_level_with_last_year_does_not_date_the_sentence_to_it() -> None:
    text = "今年进出口总额与去年大体持平，居民消费价格涨幅控制在百分之三以内。"
    found = [(t.value, t.comparator) for t in targets_of(text, 2025, 2025)]
    assert found == [(3.0, "<=")]


def test_last_year_alone_still_dates_what_follows_to_the_past() -> None:
    text = "去年全市城镇新增就业12万人，居民收入增长5%。"
    assert targets_of(text, 2025, 2025) == []


def test_a_sum_over_the_plans_years_is_cumulative() -> None:
    text = "五年内全省技工学校毕业生共八十万人，基本建设投资合计三千亿元。"
    found = [(t.value, t.kind, t.metric) for t in targets_of(text, 1986, 1990)]
    assert [(v, k) for v, k, _ in found] == [(80.0, "cumulative"), (3000.0, "cumulative")]
    assert not found[0][2].endswith("共")


def test_public_and_a_date_do_not_make_a_sum() -> None:
    text = "到2025年末全市公共充电桩保有量达到4万个。"
    assert [t.kind for t in targets_of(text, 2021, 2025)] == ["level"]


def test_new_routes_chosen_and_counted_are_new() -> None:
    text = "2024年，新辟公交线路12条，新选派科技特派员800人，新纳统项目30个。"
    assert [t.kind for t in targets_of(text, 2024, 2024)] == ["increment"] * 3


def test_new_and_improved_routes_are_not_all_new() -> None:
    text = "2024年，新辟优化3条公交线路。"
    assert [t.kind for t in targets_of(text, 2024, 2024)] == ["level"]


def test_new_jobs_of_a_group_are_the_employment_indicator() -> None:
    text = "2025年，新增城镇就业1.7万人，新增残疾人就业800人。"
    found = [(t.value, t.kind) for t in targets_of(text, 2025, 2025)]
    assert found == [(1.7, "level"), (800.0, "level")]


def test_the_sitting_that_passed_a_plan_is_no_target() -> None:
    text = "《实施方案》已经区政府28次常务会议审议通过，到2027年建成口袋公园30个。"
    assert [(t.value, t.unit) for t in targets_of(text, 2025, 2027)] == [(30.0, "个")]


def test_a_nations_people_is_no_target() -> None:
    text = "今年要把14亿多中国人的饭碗牢牢端在自己手中，粮食产量保持在1.3万亿斤以上。"
    assert [(t.value, t.unit) for t in targets_of(text, 2022, 2022)] == [(1.3, "万亿斤")]


def test_breakthroughs_counted_in_named_sectors_are_a_target() -> None:
    text = "到2027年，制造、能源等重点行业和领域突破50项关键核心技术。"
    found = [(t.value, t.unit, t.comparator, t.metric) for t in targets_of(text, 2024, 2027)]
    assert [f[:3] for f in found] == [(50.0, "项", ">=")]
    assert "关键核心技术" in found[0][3]


def test_a_bare_wan_before_the_people_or_households_it_counts() -> None:
    text = "到2010年，解决6000万农村人口的安全饮水问题，增加500万农村沼气用户。"
    found = [(t.value, t.unit) for t in targets_of(text, 2006, 2010)]
    assert found == [(6000.0, "万人"), (500.0, "万户")]


def test_a_bare_wan_before_workers_stays_as_written() -> None:
    text = "2025年，保持2300万省外劳动力在浙稳定就业。"
    assert [t.unit for t in targets_of(text, 2025, 2025)] == ["万"]


def test_the_growth_named_again_after_its_figure() -> None:
    text = "今年全市GDP增长将保持8%的增幅，一般公共预算收入增长6%以上。"
    found = [(t.value, t.comparator) for t in targets_of(text, 2024, 2024)]
    assert found == [(8.0, "="), (6.0, ">=")]


def test_a_respectively_list_counts_the_aspects_named_before_it() -> None:
    text = "在地区生产总值、一般公共预算收入方面，分别增长6%和5%以上。"
    found = [(t.metric, t.value) for t in targets_of(text, 2024, 2024)]
    assert found == [("地区生产总值增长", 6.0), ("一般公共预算收入增长", 5.0)]


def test_the_prices_a_figure_is_counted_in_are_no_indicator() -> None:
    text = (
        "到2010年，全市生产总值按2000年不变价计算达到900亿元（按2005年价为1300亿元），年均增长11%。"
    )
    found = [(t.metric, t.value) for t in targets_of(text, 2006, 2010)]
    assert found == [("生产总值", 900.0), ("生产总值", 1300.0), ("生产总值增长", 11.0)]


def test_two_rates_joined_by_yu_share_the_value() -> None:
    text = "到2015年，城市用水普及率与供水水质综合合格率达到99%以上。"
    found = [(t.metric, t.value) for t in targets_of(text, 2011, 2015)]
    assert found == [("城市用水普及率", 99.0), ("供水水质综合合格率", 99.0)]


def test_the_ratio_of_two_incomes_stays_one_target() -> None:
    text = "到2015年，城市居民可支配收入与农民人均纯收入的比例下降至2.09:1。"
    assert len(targets_of(text, 2011, 2015)) == 1


def test_an_items_label_in_black_brackets_is_not_its_metric() -> None:
    text = "2026年，【暖心助老】新增家庭养老床位600张。"
    found = [(t.metric, t.kind) for t in targets_of(text, 2026, 2026)]
    assert found == [("家庭养老床位", "increment")]


def test_new_things_at_the_places_named_before_are_new() -> None:
    text = "2026年，推动30个幼儿园新增托位800个。"
    found = [(t.value, t.kind) for t in targets_of(text, 2026, 2026)]
    assert (800.0, "increment") in found
