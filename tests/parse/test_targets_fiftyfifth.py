"""Fifty-first round: a section line that builds a base, the places a count is in, a document
that "shows" a period's review, and a plan "proposing" its goals — in words other than the
retired documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of

BASE_LINE = """筑牢民生基础 夯实发展基础
某某县今年办好八件实事
一是年内完成城关、新集等12个乡镇，36个村的1800座卫生厕所改造。二是建设完善城区3所幼儿园。
"""


def test_a_line_that_builds_a_base_opens_no_review(tmp_path: Path) -> None:
    values = sorted(t.value for t in document_targets(tmp_path, BASE_LINE, 2012, 2012))
    assert values == [3.0, 1800.0]


def test_a_base_the_plan_reports_is_still_a_review(tmp_path: Path) -> None:
    text = "发展基础\n全县建成12个乡镇卫生院，新增学位3000个。\n"
    assert document_targets(tmp_path, text, 2021, 2025) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("年内完成28个村的1500口水窖建设。", 1500.0),
        ("实施6个社区的40部电梯加装工程。", 40.0),
    ],
)
def test_the_places_a_count_is_in_are_no_target(text: str, value: float) -> None:
    assert [t.value for t in targets_of(text, 2013, 2013)] == [value]


SHOWN_REVIEW = """新华社北京3月2日电 有关部门近日印发《"十四五"渔业发展规划》,提出到2025年水产品总产量稳定在6900万吨左右。

规划显示,"十三五"期间渔业发展成效显著。水产养殖面积达到7000万亩,渔民人均纯收入超过2万元。
"""


def test_a_review_a_document_shows_in_wire_quotes_is_no_target(tmp_path: Path) -> None:
    found = document_targets(tmp_path, SHOWN_REVIEW, 2021, 2025)
    assert [(t.metric, t.value) for t in found] == [("水产品总产量", 6900.0)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("我国力争2025年非化石能源消费比重达到20%。", "非化石能源消费比重"),
        ("纲要提出到2025年中国高速铁路营业里程达到5万公里。", "高速铁路营业里程"),
    ],
)
def test_a_plan_proposing_its_goal_names_the_goal_alone(text: str, metric: str) -> None:
    assert [t.metric for t in targets_of(text, 2021, 2025)] == [metric]


def test_a_count_of_measures_a_plan_proposes_stays_no_target() -> None:
    assert targets_of("方案提出6项共24条具体措施。", 2024, 2026) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("改编15部左右优秀地方戏剧目。", [15.0]),
        ("邀请300名海外青年学者来华交流。", [300.0]),
    ],
)
def test_adapting_and_inviting_count_what_is_done(text: str, values: list[float]) -> None:
    assert [t.value for t in targets_of(text, 2021, 2025)] == values


def test_reaching_about_a_figure_is_about_it() -> None:
    (found,) = targets_of("到2027年，内河高等级航道里程达到约2.5万公里。", 2023, 2027)
    assert (found.metric, found.comparator, found.value) == ("内河高等级航道里程", "~", 2.5)


def test_a_base_set_off_by_a_comma_before_its_change() -> None:
    (found,) = targets_of("到2027年，快递包装回收率由2023年的30%，提高到45%左右。", 2024, 2027)
    assert (found.value, found.baseline, found.baseline_year) == (45.0, 30.0, 2023)


HEADLINE_TWICE = """新闻中心
港口吞吐量20亿吨！某省港口发展三年行动方案发布
发布时间：2024-03-01
港口吞吐量20亿吨！某省港口发展三年行动方案发布

方案提出，到2026年，全省港口货物吞吐量达到20亿吨左右，集装箱吞吐量约800万标箱

某某航运网综合多方信息显示：2024年，全省港口投资规模仍将持续加大。
"""


def test_a_headline_printed_twice_and_a_source_line_after_a_blank(tmp_path: Path) -> None:
    found = document_targets(tmp_path, HEADLINE_TWICE, 2024, 2026)
    # the headline's figure once (not once per print), the body's two with their own words
    assert sorted((t.value, t.comparator) for t in found) == [
        (20.0, ">="),
        (20.0, "~"),
        (800.0, "~"),
    ]


def test_the_departments_that_issue_a_plan_are_no_target() -> None:
    text = (
        "住房城乡建设部等11部门印发《关于推进城市更新的实施意见》，到2027年新建高标准农田3000万亩。"
    )
    assert [(t.value, t.unit) for t in targets_of(text, 2025, 2027)] == [(3000.0, "万亩")]


def test_a_sentence_on_what_there_is_now_states_no_target() -> None:
    text = "我省现在有1200多个乡镇，常住人口约4800万，农村消费占全省消费的35%。"
    assert targets_of(text, 2024, 2026) == []


QUARTER_REPORT = """某县多措并举发展通用航空
发布日期：2025-04-21
一是完善基础设施。截至2025年一季度，建成通用机场1个，新增低空空域4块，其中高度1000米的空域面积为800平方公里。
"""


def test_the_work_done_so_far_in_a_quarter_is_no_target(tmp_path: Path) -> None:
    assert document_targets(tmp_path, QUARTER_REPORT, 2025, 2025) == []


def test_crossing_onto_a_level_is_reaching_it() -> None:
    (found,) = targets_of("到2025年，全省粮食产量跨上700亿斤台阶。", 2021, 2025)
    assert (found.comparator, found.value, found.unit) == (">=", 700.0, "亿斤")


HEADLINE_WITH_PAGE_WORDS = """某区生活
标题: 今年，某区改扩建6所学校，改造30个老旧小区……还有更多好消息！ [打印本页]
作者: 编辑 时间: 2022-3-1 15:24
标题: 今年，某区改扩建6所学校，改造30个老旧小区……还有更多好消息！
01.发展学前教育
改扩建6所、配建2所，新增学位3000个。
"""


def test_a_headline_restated_with_the_same_words_counts_once(tmp_path: Path) -> None:
    found = document_targets(tmp_path, HEADLINE_WITH_PAGE_WORDS, 2022, 2022)
    assert sorted((t.value, t.metric) for t in found) == [
        (6.0, "学校"),
        (30.0, "老旧小区"),
        (3000.0, "学位"),
    ]


def test_words_that_open_with_ling_hold_no_zero() -> None:
    text = "到2027年，培育300家零部件企业和80家新材料企业，发展零售网点200个。"
    assert sorted(t.value for t in targets_of(text, 2025, 2027)) == [80.0, 200.0, 300.0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("聚焦集成电路，攻关50项关键核心技术。", 50.0),
        ("举办200场人才招聘对接活动。", 200.0),
    ],
)
def test_tackling_and_holding_count_what_is_done(text: str, value: float) -> None:
    assert [t.value for t in targets_of(text, 2025, 2025)] == [value]


TOLD_YEAR = """某县第十届人民代表大会第五次会议开幕
在热烈的掌声中，李明代表县人民政府向大会报告工作。李明说，2025年是极不平凡的一年。我们攻坚克难。全县地区生产总值增长5.2%，一般公共预算收入增长3.1%。
"""


def test_a_year_a_speaker_tells_of_after_a_preface_is_reviewed(tmp_path: Path) -> None:
    assert document_targets(tmp_path, TOLD_YEAR, 2026, 2026) == []


def test_the_year_ahead_told_the_same_way_sets_goals(tmp_path: Path) -> None:
    ahead = TOLD_YEAR.replace("2025年是极不平凡的一年", "2026年是“十五五”开局的一年")
    assert sorted(t.value for t in document_targets(tmp_path, ahead, 2026, 2026)) == [3.1, 5.2]


DONE_THIS_YEAR = """本站讯 (特约记者 李明)2012年以来，全县狠抓项目建设，进一步改善了民生环境。
实施“修路便民”工程，解决农村“行路难”。今年实施了甲镇至乙镇等3条通乡油路改造，修建通村公路120公里。
实施“兴医为民”工程，新建了5所乡镇卫生院，共4000平方米。
"""


def test_this_years_work_done_goes_on_with_the_review(tmp_path: Path) -> None:
    assert document_targets(tmp_path, DONE_THIS_YEAR, 2013, 2013) == []


def test_this_years_work_to_do_ends_it(tmp_path: Path) -> None:
    ahead = DONE_THIS_YEAR.replace("今年实施了", "今年将实施")
    assert {3.0, 120.0} <= {t.value for t in document_targets(tmp_path, ahead, 2013, 2013)}


YEAR_ESTIMATED = """去年以来，我县大力实施民生工程，群众的获得感不断提升。
2019年，预计全县民生支出9.2亿元，占财政总支出的80.1%。绿化美化道路45公里，新建垃圾中转站2座。
新建公办幼儿园3所，惠民演出120场次。太要镇被授予“省级卫生镇”称号。全县新增城镇就业3200人。
"""


def test_a_years_estimate_and_what_follows_it_are_reported(tmp_path: Path) -> None:
    assert document_targets(tmp_path, YEAR_ESTIMATED, 2019, 2019) == []


LAST_YEAR_REPORT = """某市“十三五”规划纲要主要指标预计完成情况
某某网 2020-12-24 08:17:00
“十三五”期间，全市地区生产总值年均增长7%左右；人均生产总值80000元左右。预计2020年全市地区生产总值达到5000亿元左右。
"""


def test_a_page_written_in_the_plans_last_year_reviews_its_period(tmp_path: Path) -> None:
    assert document_targets(tmp_path, LAST_YEAR_REPORT, 2016, 2020) == []


def test_the_same_page_written_in_the_plans_first_year_plans(tmp_path: Path) -> None:
    plan = LAST_YEAR_REPORT.replace("2020-12-24", "2016-02-24").replace("预计完成情况", "")
    assert 7.0 in {t.value for t in document_targets(tmp_path, plan, 2016, 2020)}


QUARTERS = """前三季度，全市社会消费品零售总额完成380.5亿元，增速快于全省1.6个百分点。
从消费形态看
商品零售350.1亿元，增长7.2%
"""


def test_the_first_three_quarters_so_far_are_reported(tmp_path: Path) -> None:
    assert document_targets(tmp_path, QUARTERS, 2024, 2024) == []


PAGE_WITH_SUMMARY = """不信谣不传谣讲文明树新风
首页新闻某省
到2025年某省农作物良种覆盖率超97%
2022-05-08 07:57 来源：某某日报
摘要：建设一批种业能力提升工程。
种业总产值达到400亿元以上
我省近日印发实施方案，其中明确，到2025年，全省种业总产值达到400亿元以上，农作物良种覆盖率达到97%以上。
"""


def test_a_summary_line_under_a_pages_own_lines_is_stated_once(tmp_path: Path) -> None:
    found = document_targets(tmp_path, PAGE_WITH_SUMMARY, 2022, 2025)
    assert sorted(t.value for t in found) == [97.0, 400.0]


def test_a_year_told_as_the_close_of_a_period_is_reviewed(tmp_path: Path) -> None:
    text = (
        "2025年作为“十四五”收官之年，某市交出了成色十足的答卷。\n"
        "某市多措并举深挖消费潜能。全市游客接待量、出游总花费分别增长21%、15%。\n"
    )
    assert document_targets(tmp_path, text, 2026, 2026) == []
