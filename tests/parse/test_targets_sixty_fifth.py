"""Sixtieth round: forms of the retired documents (b74 among them) the extractor misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_values, targets_of
from plantrack.model import Location
from plantrack.parse.plan import parse_document
from plantrack.parse.tables import targets_from_table
from plantrack.read import read_document


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("（一）新购置公交车200辆。", "公交车"),
        ("(二)新增养老床位250张。", "养老床位"),
        ("城区新建便民市场5处。", "便民市场"),
        ("新开定制公交线路20条。", "定制公交线路"),
        ("新推广新能源汽车12万辆。", "新能源汽车"),
        ("新分配公廉租房200套。", "公廉租房"),
        ("新启用幼儿园2所。", "幼儿园"),
    ],
)
def test_a_new_thing_verb_after_an_item_number_or_a_scope_makes_an_increment(
    text: str, metric: str
) -> None:
    found = [(t.kind, t.metric) for t in targets_of(text, 2023, 2023)]
    assert found == [("increment", metric)]


def test_new_opening_does_not_split_new_opening_and_optimising() -> None:
    found = targets_of("新开通和优化公交线路5条。", 2022, 2022)
    assert [t.metric for t in found] == ["新开通和优化公交线路"]


def test_an_item_number_before_a_count_of_one_structure_is_kept_out() -> None:
    assert targets_of("(一)建设一个百亿产业集群。", 2025, 2025) == []


def test_a_yearbooks_figures_with_their_changes_on_the_year_before_are_the_past() -> None:
    text = (
        "农业总产值107649万元。主要农产品中:粮食431162吨,增3.8%;棉花1391吨,减7.9%;"
        "全县蔬菜种植面积突破10万亩,优质稻种植面积达50万亩。"
    )
    assert targets_of(text, 2000, 2000) == []


def test_a_goal_list_with_growth_rates_is_not_a_yearbook() -> None:
    text = "力争粮食产量达到43万吨,增长3.8%;棉花1400吨,增长7.9%。"
    assert [t.value for t in targets_of(text, 2025, 2025)] == [43.0, 3.8, 1400.0, 7.9]


def test_a_places_population_and_land_told_without_a_verb_are_no_targets() -> None:
    text = "万年县现辖6镇6乡,人口37万,其中农业人口27.5万;土地面积1140.76平方公里。"
    assert targets_of(text, 2006, 2010) == []


def test_a_population_held_within_a_bound_is_still_a_target() -> None:
    found = targets_of("到2010年,全市总人口控制在555万人以内。", 1996, 2010)
    assert [(t.value, t.comparator) for t in found] == [(555.0, "<=")]


def test_a_year_after_an_opening_quote_dates_the_quoted_goals() -> None:
    text = "主任透露,“2016年,力争全年实现接待国内外游客2300万人次,实现旅游总收入330亿元。”"
    assert [t.deadline for t in targets_of(text, 2016, 2020)] == [2016, 2016]


def test_will_build_before_a_count_puts_the_metric_after_it() -> None:
    text = "未来五年,我省将建100个运动休闲基地、50条特色商业示范街等。"
    found = [(t.value, t.metric) for t in targets_of(text, 2011, 2015)]
    assert found == [(100.0, "运动休闲基地"), (50.0, "特色商业示范街")]


def test_a_rate_restated_with_the_places_scope_and_without_year_on_year_is_one_target(
    tmp_path: Path,
) -> None:
    text = (
        "2014年，全州力争实现旅游总收入8.4亿元，同比增长20%。\n"
        "去年全州接待游客278万人次。\n"
        "今年，全州旅游总收入要达到8.4亿元，增长20%。\n"
    )
    assert sorted(document_values(tmp_path, text, 2014, 2014)) == [8.4, 20.0]


def test_a_lead_without_its_aim_and_the_body_with_it_are_one_aspired_target(
    tmp_path: Path,
) -> None:
    text = (
        "到2015年，旅游总收入相当于GDP比重达到12%。\n"
        "根据该规划，到2015年，旅游总收入相当于全省GDP的比重力争达到12%。\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    targets = parse_document(read_document(path), period=(2011, 2015)).targets
    assert [(t.value, t.aspiration) for t in targets] == [(12.0, True)]


def test_what_a_year_before_the_plan_saw_after_zai_is_the_past() -> None:
    text = "到2015年,全省旅游业增加值占GDP比重达到6.3%,这一比重在2009年为5.4%。"
    assert [t.value for t in targets_of(text, 2011, 2015)] == [6.3]


def test_a_year_of_the_plan_after_zai_still_sets_a_target() -> None:
    text = "全市森林覆盖率在2027年为45%以上。"
    assert [t.value for t in targets_of(text, 2025, 2030)] == [45.0]


def test_what_a_named_plan_lays_out_in_all_is_a_target() -> None:
    text = "到2035年，《规划》共布设城市公共停车场125处。"
    assert [t.value for t in targets_of(text, 2024, 2035)] == [125.0]


def test_a_named_documents_own_parts_are_still_no_targets() -> None:
    assert targets_of("《建议》共15个部分、61条、分为三大板块。", 2026, 2030) == []


def test_pollutants_listed_before_their_emissions_cut_each_get_the_cut() -> None:
    text = "化学需氧量、二氧化硫排放分别减少8%。"
    found = [(t.value, t.metric) for t in targets_of(text, 2011, 2015)]
    assert found == [(8.0, "化学需氧量排放减少"), (8.0, "二氧化硫排放减少")]


def test_a_growth_rate_written_as_a_speed_is_a_yearly_rate() -> None:
    text = "“九五”国民生产总值以8%的速度增长，全县工业以年均12%的速度递增。"
    found = [(t.value, t.kind, t.metric) for t in targets_of(text, 1996, 2000)]
    assert [(v, k) for v, k, _ in found] == [(8.0, "annual"), (12.0, "annual")]
    assert found[0][2].endswith("国民生产总值增长")


def test_a_speed_of_work_that_is_no_rate_stays_out() -> None:
    assert targets_of("以10个工作日的速度完成审批。", 2025, 2025) == []


def test_money_paid_per_head_each_year_is_a_standard_not_a_target() -> None:
    text = "基本公共卫生服务经费提高到每人每年50元，全年新建农村幸福院10个。"
    assert [t.value for t in targets_of(text, 2017, 2017)] == [10.0]


_LISTED_ON_A_YEAR = (
    "第一个五年计划对农业规定了适当的增产指标。\n"
    "按照计划，主要农业产品一九五七年的计划产量及其比一九五二年增长的情况如下列：\n"
    "粮食：达到三千八百五十六亿斤，增长百分之十七点六。\n"
    "棉花：达到三千二百七十万担，增长百分之二十五点四。\n"
    "第二个五年计划期间，工业总产值增长百分之二十。\n"
    "油料：增长百分之十。\n"
)


def test_the_items_under_a_lead_that_names_the_base_year_change_on_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(_LISTED_ON_A_YEAR, encoding="utf-8")
    targets = parse_document(read_document(path), period=(1953, 1957)).targets
    years = {t.value: t.baseline_year for t in targets if t.unit == "%"}
    assert years == {17.6: 1952, 25.4: 1952, 20.0: None, 10.0: None}


def test_a_change_on_last_year_is_on_the_year_before_its_own() -> None:
    text = "按照1956年国家计划，国营工业的劳动生产率将比上年提高17.2%，职工人数达到500万人。"
    found = [(t.value, t.baseline_year) for t in targets_of(text, 1956, 1956)]
    assert found == [(17.2, 1955), (500.0, None)]


def test_a_tables_yearly_growth_of_a_level_runs_from_the_base_column_year() -> None:
    rows = [
        ["具体指标", "2010年", "2015年", "年均增长(%)", "属性"],
        ["中医医院床位数(万张)", "47.1", "69.2", "8", "预期性"],
        ["居民人均可支配收入增长(%)", "—", "—", "7", "预期性"],
    ]
    found = targets_from_table(rows, node_id="t", location=Location(node="t"), period=(2011, 2015))
    years = {t.id: t.baseline_year for t in found if t.id.endswith(".annual")}
    assert years == {"t.r1.annual": 2010, "t.r2.annual": None}
