"""Forty-ninth round: a count that only sums the names before it, how a document is divided, an
indicator's definition, and a place's year before the work done in it — in words other than the
retired documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of


@pytest.mark.parametrize(
    "text",
    [
        "到2027年，重点培育江宁、溧水、高淳3个省级生物医药产业园。",
        "推进环城、滨江两条绿道串联成网。",
        "支持瑞金、于都、兴国、宁都4个县打造红色旅游目的地。",
    ],
)
def test_a_count_of_the_names_just_listed_is_no_target(text: str) -> None:
    assert targets_of(text, 2026, 2030) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2027年，新建江宁、溧水2个污水处理厂。", 2.0),  # new things, named: a target
        ("到2027年，建成江宁、溧水、高淳3个智慧物流园。", 3.0),
        # 等: the names are examples of more
        ("到2027年，推进江宁、溧水等5个省级开发区扩区提质。", 5.0),
        # three names, a count of four: not the names' sum
        ("到2027年，培育江宁、溧水、高淳4个省级生物医药产业园。", 4.0),
    ],
)
def test_a_count_that_is_more_than_the_names_stays_a_target(text: str, value: float) -> None:
    assert [t.value for t in targets_of(text, 2026, 2030)] == [value]


def test_how_a_document_is_divided_is_no_target() -> None:
    assert targets_of("本规划共分8章32节，规划期为2026—2030年。", 2026, 2030) == []


def test_an_indicators_definition_is_no_target() -> None:
    text = "该指标是指每万人口拥有的授权满5年、维持年限超过8年的高价值发明专利数量。"
    assert targets_of(text, 2026, 2030) == []


def test_a_places_past_year_before_the_work_is_the_past() -> None:
    found = targets_of(
        "浙江2025年完成农村公路新改建8000公里，今年新改建农村公路6000公里。", 2026, 2030
    )
    assert [(t.value, t.deadline) for t in found] == [(6000.0, 2026)]


def test_a_places_later_year_before_the_work_is_its_deadline() -> None:
    found = targets_of("全市2028年建成5G基站2万个，2030年实现全覆盖。", 2026, 2030)
    assert [(t.value, t.deadline) for t in found] == [(2.0, 2028)]


def test_progress_against_the_years_plan_is_no_target() -> None:
    text = "城乡排水设施建设完成投资3.2亿元，比年度计划高15.6个百分点。"
    assert targets_of(text, 2026, 2026) == []
    assert targets_of("全年完成农村公路投资8.6亿元，完成年计划的42.5%。", 2026, 2026) == []


def test_a_paragraph_measured_against_its_plan_reports_progress() -> None:
    text = (
        "完成投资5.6亿元，比年度计划高12个百分点。两座污水处理厂主体完工，新建城乡污水管网95公里。"
    )
    assert targets_of(text, 2026, 2026) == []


def test_a_deadline_before_all_done_is_no_report(tmp_path: Path) -> None:
    text = (
        "二、学校建设。推进中小学校建设，新建改扩建幼儿园12所，新建改扩建中小学校6所。"
        "修复提升40所薄弱学校，年底前全部完工。建成城东实验高中。\n"
    )
    found = document_targets(tmp_path, text, 2026, 2026)
    # 修复提升40所薄弱学校 counts the schools improved (a target since the fiftieth round)
    assert [t.value for t in found] == [12.0, 6.0, 40.0]


def test_a_papers_byline_before_a_past_year_opens_a_review(tmp_path: Path) -> None:
    text = (
        "某县加大民生投入\n\n"
        "本报讯(特约记者 李明) 2025年,某县加大民生投入,不断增进民生福祉。\n\n"
        "群众获得感不断提升。完成28个行政村村庄规划编制，新建口袋公园15个，"
        "实施农村人居环境整治三年行动计划，硬化农村道路60公里。\n"
    )
    assert document_targets(tmp_path, text, 2026, 2026) == []


def test_a_goal_after_the_review_still_counts(tmp_path: Path) -> None:
    text = (
        "本报讯(记者 李明) 2025年,某县完成28个行政村村庄规划编制。\n\n"
        "今年，某县将新建口袋公园15个。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2026, 2026)] == [15.0]


def test_money_put_into_the_work_is_a_budget() -> None:
    text = "今年预计投入资金3.6亿元，新建口袋公园12个。投入衔接资金2.1亿元、帮扶资金3000万元。"
    assert [t.value for t in targets_of(text, 2026, 2026)] == [12.0]


def test_storage_in_exabytes_is_a_unit() -> None:
    found = targets_of("到2027年，全市数据存储总量超过120EB，新增存储容量50PB。", 2026, 2030)
    assert [(t.value, t.unit, t.comparator) for t in found] == [
        (120.0, "EB", ">"),
        (50.0, "PB", ">="),
    ]


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("到2030年，三次产业结构调整为5∶42∶53。", []),
        ("产业比重2028年调整到6:40:54，城镇化率达到70%。", [70.0]),
        ("到2030年，三次产业结构调整为5∶42∶40。", []),
    ],
)
def test_a_ratio_of_the_three_industries_is_no_target(text: str, others: list[float]) -> None:
    # two gold documents of ten labelled the three shares; the GUIDE now leaves them out (a share
    # that is to fall is no level to reach, and a ratio is no single value to track)
    assert [t.value for t in targets_of(text, 2026, 2030)] == others


def test_what_the_things_counted_have_not_yet_done_is_a_state() -> None:
    assert targets_of("原规划建设的3万公里联网公路尚未启动。", 2026, 2030) == []
    found = targets_of("到2030年，对120处尚未达到设计能力的矿井进行改造。", 2026, 2030)
    assert [t.value for t in found] == [120.0]


def test_latency_in_milliseconds_is_a_unit() -> None:
    found = targets_of("到2027年，市内单向时延小于1毫秒，省内时延控制在5毫秒以内。", 2026, 2030)
    assert [(t.value, t.unit, t.comparator) for t in found] == [
        (1.0, "毫秒", "<"),
        (5.0, "毫秒", "<="),
    ]


def test_teachers_recruited_are_a_count() -> None:
    found = targets_of("今年公开招聘3000名农村义务教育学校教师。", 2026, 2026)
    assert [(t.value, t.unit) for t in found] == [(3000.0, "名")]


def test_progress_against_the_years_target_task_is_the_past() -> None:
    text = "全年完成老旧小区改造21.5万户，占年度目标任务的115.3%；筛查率分别高于年度目标任务6.2个和5.8个百分点。"
    assert targets_of(text, 2026, 2026) == []


def test_a_sentence_on_the_state_now_reports_it() -> None:
    text = "当前，全省航道通航里程达到5600公里；拥有生产性港口泊位800个。"
    assert targets_of(text, 2026, 2030) == []
    text = "目前，全省港口通过能力4.8亿吨，到2030年，港口通过能力超过6亿吨。"
    assert [t.value for t in targets_of(text, 2026, 2030)] == [6.0]


def test_a_reports_review_introduced_mid_paragraph_is_the_past(tmp_path: Path) -> None:
    text = (
        "县长向大会作政府工作报告。在回顾2025年和“十四五”工作时，县长说：2025年，我们迎难而上。"
        "全年实现生产总值93.2亿元、增长8.1%，完成地方财政收入4.1亿元。\n"
    )
    assert document_targets(tmp_path, text, 2026, 2026) == []


def test_a_plans_background_section_is_a_review(tmp_path: Path) -> None:
    text = (
        "一、编制背景\n\n"
        "市委、市政府高度重视残疾人事业，全市5200名困难残疾人实现脱贫，"
        "新增980名残疾人就业，适龄残疾儿童入学率达96%。\n\n"
        "二、主要目标\n\n到2030年，适龄残疾儿童入学率达到98%。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2026, 2030)] == [98.0]


def test_a_baseline_stated_is_no_target() -> None:
    text = "福田区2025年的基数是0.32吨标准煤/万元，到2030年单位生产总值能耗下降16%。"
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2030)] == [(16.0, "%")]


def test_a_window_of_years_is_no_value() -> None:
    found = targets_of("据悉，五年之内，全市水运基础设施建设将完成投资60亿元。", 2026, 2030)
    assert [(t.value, t.unit) for t in found] == [(60.0, "亿元")]


def test_a_size_that_qualifies_the_places_is_no_target() -> None:
    assert targets_of("年底前基本实现全省30户以上具备条件的自然村通硬化路。", 2026, 2026) == []


def test_a_flood_standard_in_years_is_a_target() -> None:
    found = targets_of("到2030年，中小河流重点段落防洪标准提高到10—20年一遇洪水标准。", 2026, 2030)
    assert [(t.value, t.value_max, t.unit) for t in found] == [(10.0, 20.0, "年一遇")]


def test_a_bracket_that_defines_a_noun_by_its_size_is_no_target() -> None:
    text = "到2030年，大江大河主要支流(流域面积3000平方公里以上的河流)重要段落堤防基本达标。"
    assert targets_of(text, 2026, 2030) == []
