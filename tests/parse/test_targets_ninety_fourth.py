"""The ninetieth round: a sentence that opens on the state of today (目前，…已…) turns ahead at a
year written in Chinese numerals (，预计到二0一0年，…); a mid-year table of planned growth beside
what was done so far; 延米, 内 opening a word (内街), zones designated (划定)."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_a_year_ahead_in_chinese_numerals_ends_the_state_of_today(tmp_path: Path) -> None:
    text = (
        "目前,安徽已储备了三百四十四亿元的旅游项目,预计到二0一0年,安徽的入境游客将达到"
        "一百五十万人次,国内游客达到一亿人次,旅游总收入八百亿元。"
    )
    got = {(t.value, t.unit, t.deadline) for t in document_targets(tmp_path, text, 2006, 2010)}
    assert got == {(150, "万人次", 2010), (1, "亿人次", 2010), (800, "亿元", 2010)}


def test_the_state_of_today_alone_stays_a_report(tmp_path: Path) -> None:
    text = "目前,全省已储备了三百四十四亿元的旅游项目,接待游客达到一亿人次。"
    assert document_targets(tmp_path, text, 2006, 2010) == []


MIDYEAR = """关于某市2025年上半年国民经济和社会发展计划执行情况的报告
一、上半年国民经济和社会发展计划执行情况
上半年，全市地区生产总值846.2亿元，同比增长4%；城镇新增就业1.34万人。
2025年上半年国民经济和社会发展计划主要预期目标完成情况
|
指标名称 |
预期增长(%) |
上半年完成(%) |
|
地区生产总值 |
6左右 |
4 |
|
规上工业增加值 |
6.5以上 |
-3.6 |
|
城镇常住居民人均可支配收入 |
6.5 |
4.4 |
|
城镇新增就业 |
2.7万人以上 |
1.34万人 |
"""


def test_a_midyear_table_reads_the_planned_growth_not_what_was_done(tmp_path: Path) -> None:
    got = {
        (t.metric, t.value, t.unit, t.comparator.value)
        for t in document_targets(tmp_path, MIDYEAR, 2025, 2025)
    }
    assert got == {
        ("地区生产总值", 6, "%", "~"),
        ("规上工业增加值", 6.5, "%", ">="),
        ("城镇常住居民人均可支配收入", 6.5, "%", ">="),
        ("城镇新增就业", 2.7, "万人", ">="),
    }


def test_a_bridge_length_in_linear_metres() -> None:
    got = [
        (t.metric, t.value, t.unit) for t in targets_of("建成农村公路桥梁36427延米。", 2011, 2015)
    ]
    assert got == [("农村公路桥梁", 36427, "延米")]


def test_inner_opening_a_word_is_no_bound() -> None:
    got = [(t.metric, t.value, t.comparator.value) for t in targets_of("维修改造60条内街小巷。")]
    assert got == [("内街小巷", 60, ">=")]


def test_zones_designated_are_measured_and_those_designated_already_are_not() -> None:
    got = [
        (t.metric, t.value, t.unit) for t in targets_of("加快划定9亿亩粮食生产功能区。", 2018, 2018)
    ]
    assert got == [("粮食生产功能区", 9, "亿亩")]
    assert targets_of("聚焦已划定的80万亩粮食生产功能区。", 2021, 2035) == []


WORKS = "在改善城镇人居环境方面，完成41个老旧小区改造任务，建成燕沟口、南河滨路等14个“口袋公园”。"


def test_a_title_that_says_the_years_works_were_done_holds_no_targets(tmp_path: Path) -> None:
    title = "延安完成“十大民生实事”年度任务"
    assert document_targets(tmp_path, WORKS, 2024, 2024, title=title) == []
    kept = document_targets(tmp_path, WORKS, 2024, 2024, title="确保完成十大民生实事年度任务")
    assert {t.value for t in kept} == {41, 14}


NEXT_YEAR = """西藏农牧民安居工程
从2006年开始，西藏大力推进安居工程，经过四年的努力，今年提前一年实现了该目标。
西藏自治区明年将继续推进农牧民安居工程建设，彻底解决42882户住房条件比较差的农牧民的住房问题。
"""


def test_a_one_year_plan_told_the_year_before_reads_ming_nian_as_its_year(tmp_path: Path) -> None:
    got = [(t.value, t.deadline) for t in document_targets(tmp_path, NEXT_YEAR, 2010, 2010)]
    assert got == [(42882, 2010)]


def test_this_year_as_the_plans_year_keeps_its_year(tmp_path: Path) -> None:
    text = NEXT_YEAR.replace("今年提前一年实现了该目标", "今年要实现该目标")
    got = [(t.value, t.deadline) for t in document_targets(tmp_path, text, 2010, 2010)]
    assert got == [(42882, 2011)]


def test_a_year_that_will_go_on_looks_ahead_and_a_growth_paces_change_is_no_target(
    tmp_path: Path,
) -> None:
    text = (
        "2014年新疆将继续扩大投资规模，继续推进新型城镇化建设，实现全社会固定资产投资超万亿元，"
        "同比增长25%，较上年回落5个百分点。"
    )
    got = {
        (t.value, t.unit, t.comparator.value) for t in document_targets(tmp_path, text, 2014, 2014)
    }
    assert got == {(1, "万亿元", ">"), (25, "%", ">=")}


def test_a_shares_change_on_last_year_stays_a_target() -> None:
    got = [
        (t.value, t.unit) for t in targets_of("服务业增加值比重较上年提高1个百分点。", 2014, 2014)
    ]
    assert got == [(1, "个百分点")]


def test_glass_in_weight_cases_and_a_measure_after_the_word_measures() -> None:
    got = [(t.value, t.unit) for t in targets_of("压减玻璃产能260万重量箱。", 2017, 2017)]
    assert got == [(260, "万重量箱")]
    got = [(t.value, t.unit) for t in targets_of("新增措施年减少土壤流失量1亿吨。", 2011, 2015)]
    assert got == [(1, "亿吨")]
    assert targets_of("推出25项硬核举措。", 2011, 2015) == []


def test_continuing_to_add_is_an_increment_and_continuing_education_a_metric() -> None:
    got = [
        (t.metric, t.kind.value)
        for t in targets_of("继续新增大容量绿色环保公交车300台。", 2012, 2012)
    ]
    assert got == [("大容量绿色环保公交车", "increment")]
    got = [t.metric for t in targets_of("继续教育参与率达到60%。", 2021, 2025)]
    assert got == ["继续教育参与率"]


def test_a_years_task_set_for_a_place_is_due_that_year() -> None:
    text = "湖南2014年城镇保障性安居工程建设任务为44.16万套，计划基本建成27.88万套。"
    assert [(t.value, t.deadline) for t in targets_of(text, 2014, 2015)] == [
        (44.16, 2014),
        (27.88, 2014),
    ]
    text = "湖南省明确2014年城镇保障性安居工程建设任务为44.16万套。"
    assert [(t.value, t.deadline) for t in targets_of(text, 2014, 2015)] == [(44.16, 2014)]


AIMING_TO_COMPLETE = """冲刺第四季度目标 完成全年经济任务
广西农业生产形势为2013年以来最好
今年前三季度，广西农村居民人均可支配收入8994元，同比增长10.1%，高于全国平均水平1.2个百分点。
郭绪全表示，第四季度，自治区农业厅将认真贯彻落实中央的决策部署，围绕广西第一产业增加值增长4%的目标，全力奋战，确保圆满完成今年目标任务。
"""


def test_aiming_to_complete_the_years_tasks_looks_ahead(tmp_path: Path) -> None:
    got = [
        (t.value, t.unit, t.deadline)
        for t in document_targets(tmp_path, AIMING_TO_COMPLETE, 2018, 2018)
    ]
    assert got == [(4, "%", 2018)]
