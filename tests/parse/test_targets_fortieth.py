"""Fortieth round: units, rates and yearly work seen missed in the retired batches, in words other
than the documents they were seen in."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def targets_of(text: str, year: int = 2026) -> list:
    context = ParagraphContext(DocFacts(end_year=year, start_year=year, year=year))
    return extract_targets(text, node_id="p", end_year=year, location=LOC, context=context)


def found(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.kind) for t in targets_of(text)]


def named(text: str) -> list[tuple]:
    return [(t.metric, t.value) for t in targets_of(text)]


def test_carriages_and_rockets_are_counted() -> None:
    assert found("地铁车辆年均更新20节左右。") == [(20, "节", "~", "annual")]
    assert found("到2026年，形成年产30发运载火箭的批量化制造能力。") == [(30, "发", ">=", "level")]


def test_words_that_open_with_节_or_发_are_no_unit() -> None:
    assert found("推广5节能技术。") == []
    assert found("安排50发展专项资金。") == []


def test_a_rate_per_a_population_is_a_value_without_a_unit() -> None:
    got = found("道路交通万车死亡率控制在1.5以内。")
    assert got == [(1.5, None, "<=", "level")]


def test_年均_before_the_verb_of_new_things_is_yearly() -> None:
    assert found("公共充电桩年均新增800个。") == [(800, "个", ">=", "annual")]
    assert found("老旧小区每年改造40个。") == [(40, "个", ">=", "annual")]


def test_new_and_rebuilt_written_with_brackets_count_the_noun_after() -> None:
    assert found("新、改（扩）建80个社区食堂。") == [(80, "个", ">=", "level")]
    assert found("改(扩)建3所乡镇幼儿园。") == [(3, "所", ">=", "level")]


def test_an_extent_in_a_对_object_with_about_before_it() -> None:
    assert found("对约15公里老旧燃气管道进行更新改造。") == [(15, "公里", "~", "level")]
    assert found("对其中的8公里进行修复。") == [(8, "公里", ">=", "level")]


def test_至少_between_the_work_verb_and_the_count() -> None:
    got = found("每年组织学校、社区开展至少2次应急演练。")
    assert got == [(2, "次", ">=", "annual")]


def test_a_measure_of_what_a_latin_name_names_is_no_code() -> None:
    assert found("形成5万千瓦V2G调节能力。") == [(5, "万千瓦", ">=", "level")]
    assert found("推广5G应用场景。") == []


def test_a_short_qualifier_of_the_对_object() -> None:
    assert found("对客流较大的12个公交枢纽进行智能化改造。") == [(12, "个", ">=", "level")]


def test_what_a_campaign_covers_and_the_problems_it_solves_are_counted() -> None:
    assert found("志愿服务覆盖约300个社区。") == [(300, "个", "~", "level")]
    assert found("解决超500个村庄饮水安全问题。") == [(500, "个", ">", "level")]


def test_the_places_or_households_where_the_work_is_done() -> None:
    assert found("在8所公办幼儿园增设托班。") == [(8, "所", ">=", "level")]
    assert found("为500户困难家庭进行住房适老化改造。") == [(500, "户", ">=", "level")]


def test_the_floor_area_of_a_class_of_buildings_is_no_project_size() -> None:
    assert found("到2026年，全市新增绿色建筑面积1.5亿平方米。") == [
        (1.5, "亿平方米", ">=", "increment")
    ]
    assert found("公共建筑面积约3000万平方米。") == [(3000, "万平方米", "~", "level")]
    assert found("该项目总建筑面积12万平方米。") == []


def test_a_money_threshold_between_the_count_and_the_projects() -> None:
    assert found("谋划储备300个亿元以上重大项目。") == [(300, "个", ">=", "level")]
    assert found("储备120个5000万元以上产业项目。") == [(120, "个", ">=", "level")]


def test_town_and_country_written_apart_split_into_both_incomes() -> None:
    assert named("城、乡居民人均可支配收入分别增长6%、7%。") == [
        ("城镇居民人均可支配收入增长", 6),
        ("农村居民人均可支配收入增长", 7),
    ]


def test_how_a_subsidy_is_paid_is_no_target() -> None:
    assert found("补贴标准为产品销售价格的15%。") == []
    assert found("每位消费者每类产品可补贴1件。") == []
    assert found("将重点领域设备更新支持门槛降低至1000万元。") == []
    assert found("按照不超过设备投资额20%的标准予以补贴。") == []
    # a count of what the subsidy is to bring stays a target
    assert found("新增新能源汽车5万辆。") == [(5, "万辆", ">=", "increment")]


def test_groups_of_samples_and_a_pue_in_ascii_brackets() -> None:
    assert found("全年抽样检测不少于50组。") == [(50, "组", ">=", "level")]
    assert found("成立3个工作组织。") == [(3, "个", ">=", "level")]
    assert found("新建数据中心能源利用效率(PUE)不高于1.25。") == [(1.25, None, "<=", "level")]


def test_a_share_of_an_investment_handed_out_is_no_target() -> None:
    assert found("给予不超过设备投资额30%的支持。") == []
    assert found("单个产品支持金额最高100万元。") == []
    assert found("连续三年每年给予贷款利息50%。") == []
    assert found("补助金额不超过项目投资额的15%。") == []
    assert found("单个项目支持不超过50万元。") == []


def test_a_part_in_brackets_after_a_qualified_count_is_its_own_target() -> None:
    text = "城镇下岗失业人员再就业1.5万人以上(其中就业困难人员再就业0.3万人以上)。"
    assert named(text) == [
        ("城镇下岗失业人员再就业", 1.5),
        ("就业困难人员再就业", 0.3),
    ]


def test_力争_after_the_first_figure_reaches_a_verbless_clause_in_the_same_unit() -> None:
    for text, expected in [
        ("创建智能车间3家，力争创建5G工厂1家，国家智能工厂1家。", [False, True, True]),
        ("确保地区生产总值增长6%，力争达到7%，城镇新增就业5万人。", [False, True, False]),
    ]:
        assert [t.aspiration for t in targets_of(text)] == expected
