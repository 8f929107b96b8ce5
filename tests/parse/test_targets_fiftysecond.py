"""Forty-eighth round: ranges of Chinese numerals, a bare scale after 超, counts of fields 在N个X领域
形成…, renovated floor area, a page's data line and a bound run on into a new subject — in words
other than the retired documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, document_values, targets_of


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("到2027年，培育二至三家具有国际竞争力的链主企业。", 2.0, 3.0, "家"),
        ("到2027年，建设三到五个省级先进制造业集群。", 3.0, 5.0, "个"),
        ("到2028年，打造两到三个千亿级现代农业产业链。", 2.0, 3.0, "个"),
    ],
)
def test_a_range_of_chinese_numerals_keeps_both_ends(
    text: str, low: float, high: float, unit: str
) -> None:
    found = targets_of(text, 2026, 2028)
    assert [(t.value, t.value_max, t.unit) for t in found] == [(low, high, unit)]


def test_an_ordinal_range_is_no_target() -> None:
    assert targets_of("到2027年，第一至三批试点县全部通过验收。", 2026, 2027) == []


def test_a_bare_scale_after_chao_is_one_of_that_scale() -> None:
    found = targets_of("到2028年，带动全省低空经济相关产业规模超千亿元。", 2026, 2028)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(1000.0, "亿元", ">")]
    found = targets_of("到2028年，数字经济核心产业营业收入超万亿元。", 2026, 2028)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(1.0, "万亿元", ">")]


def test_a_count_of_fields_where_something_is_achieved_is_a_target() -> None:
    found = targets_of(
        "到2028年，在2-3个氢能装备细分领域形成领先优势，在5个以上场景取得示范突破。", 2026, 2028
    )
    assert [(t.value, t.value_max, t.metric) for t in found] == [
        (2.0, 3.0, "氢能装备细分领域形成领先优势"),
        (5.0, None, "场景取得示范突破"),
    ]


def test_the_floor_area_a_plan_renovates_is_a_target_not_a_size() -> None:
    found = targets_of("2026年，完成既有居住建筑节能改造建筑面积35万平方米以上。", 2026, 2026)
    assert [(t.value, t.unit) for t in found] == [(35.0, "万平方米")]


def test_a_pages_date_line_is_not_joined_to_the_next_paragraph(tmp_path: Path) -> None:
    text = (
        "省农业农村厅关于种植业发展的规划\n\n"
        "   日期:2026-01-14 09:41:49     浏览:5    评论:0\n"
        "人民网北京1月13日电 据省农业农村厅网站消息，规划明确到2030年，全省粮食产量稳定在700亿斤以上。\n"
    )
    assert document_values(tmp_path, text, 2026, 2030) == [700.0]


def test_a_bound_run_on_into_a_subject_with_its_scope_is_two_targets(tmp_path: Path) -> None:
    text = (
        "到2030年，全市中小学生体质健康达标率达92%以上全市体育产业总规模超过900亿元，"
        "人均体育场地面积达到3.2平方米。\n"
    )
    assert document_values(tmp_path, text, 2026, 2030) == [92.0, 900.0, 3.2]


def test_a_period_goals_paragraph_of_a_one_year_report_is_due_at_the_periods_end(
    tmp_path: Path,
) -> None:
    text = (
        "二、“十五五”时期主要目标任务\n\n"
        "“十五五”时期的主要预期目标是：围绕2030年基本实现现代化取得决定性进展，奋力开创新局面。"
        "全区生产总值迈上1800亿元新台阶，常住人口城镇化率达到72%。\n\n"
        "三、2026年工作安排\n\n"
        "2026年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n"
    )
    targets = document_targets(tmp_path, text, 2026, 2026)
    found = [(t.value, t.deadline) for t in targets]
    assert found == [(1800.0, 2030), (72.0, 2030), (5.5, 2026)]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("1.2027年6月底前，新建城市口袋公园12个、绿道20公里。", 2027),
        ("力争2028年9月底前，改造农贸市场15个。", 2028),
    ],
)
def test_an_items_leading_year_with_a_month_is_its_deadline(text: str, deadline: int) -> None:
    found = targets_of(text, 2026, 2030)
    assert found and all(t.deadline == deadline for t in found)


def test_visitors_and_tourism_income_growing_by_one_rate_are_two_targets() -> None:
    found = targets_of("2027年，全年接待游客和旅游收入增长8%以上。", 2026, 2027)
    assert [(t.metric, t.value) for t in found] == [("接待游客增长", 8.0), ("旅游收入增长", 8.0)]


def test_a_pages_abstract_cut_mid_word_is_not_joined_to_the_text_it_sums_up(
    tmp_path: Path,
) -> None:
    text = (
        "摘要:省里日前出台行动方案提出,2027年,全省新增限额以上商贸企业800家以上、建设3个区域消费中心城\n"
        "省里日前出台行动方案提出,2027年,全省新增限额以上商贸企业800家以上、建设3个区域消费中心城市。\n"
    )
    targets = document_targets(tmp_path, text, 2026, 2027)
    metrics = [t.metric for t in targets]
    assert metrics and not any("出台" in m for m in metrics)


def test_a_news_report_of_the_year_so_far_gives_no_target(tmp_path: Path) -> None:
    text = (
        "原标题:全市城建项目进展顺利 今年用上新水厂\n"
        "本报讯 (记者王平) 记者近日从市住建局获悉,截止到10月末,全市城建项目开工126项,"
        "完成投资48亿元,分别为年计划的98.5%和103.2%。\n"
        "今年,全市新建污水管网120公里,新增日供水能力8万吨;2025年,全市新增燃气用户3.2万户。\n"
    )
    assert document_values(tmp_path, text, 2025, 2025) == []


def test_a_year_to_date_report_still_reads_the_goal_it_sets_ahead(tmp_path: Path) -> None:
    text = (
        "本报讯 记者近日从市住建局获悉,截止到10月末,全市城建项目开工126项,完成投资48亿元。\n"
        "明年,全市计划新建污水管网150公里。\n"
    )
    assert document_values(tmp_path, text, 2025, 2026) == [150.0]


@pytest.mark.parametrize(
    "text",
    [
        "发言人介绍，截至3月10日24时，全省超85万名消费者申请家电购新补贴，汽车报废更新3.2万辆。",
        "受政策带动，今年以来，全省报废汽车回收量同比增长约28%，新能源汽车零售量增速超15%。",
        "“十四五”以来全省实施农村公路新改建1.8万公里。",
    ],
)
def test_figures_as_of_a_day_or_since_the_year_began_are_reported_not_planned(text: str) -> None:
    assert targets_of(text, 2026, 2026) == []


def test_a_deadline_day_with_qian_is_still_a_plan() -> None:
    found = targets_of("截至6月30日前，全面完成800户农村危房改造。", 2026, 2026)
    assert [(t.value, t.unit) for t in found] == [(800.0, "户")]


def test_a_pages_dateline_is_no_deadline_for_the_text_below(tmp_path: Path) -> None:
    text = (
        "我省印发“十五五”林业发展规划\n\n"
        "2026年03月02日 省林业网 编辑 字体:\n\n"
        "《规划》提出，争取到2030年，林业现代化取得重要进展。\n\n"
        "具体包括：全省森林覆盖率达到38%，林业产业总产值达到1200亿元以上。\n"
    )
    targets = document_targets(tmp_path, text, 2026, 2030)
    found = [(t.value, t.deadline) for t in targets]
    assert found == [(38.0, 2030), (1200.0, 2030)]


def test_computing_power_in_pflops_as_written_and_a_projects_size_in_brackets() -> None:
    found = targets_of(
        "到2028年，建设城市算力中心西区节点(300PFlops)，全市智算规模达到1200PFlops。", 2026, 2028
    )
    assert [(t.metric, t.value, t.unit) for t in found] == [("智算规模", 1200.0, "PFlops")]


def test_update_and_upgrade_is_a_work_verb_before_a_count() -> None:
    found = targets_of("到2027年，更新提升45个空气质量自动监测站。", 2026, 2027)
    assert [(t.value, t.unit) for t in found] == [(45.0, "个")]


def test_an_items_ordinal_shi_is_not_part_of_its_metric(tmp_path: Path) -> None:
    found = targets_of("2026年，二是建设农村公路25条；八是新增常年蔬菜基地300亩。", 2026, 2026)
    assert [t.metric for t in found] == ["农村公路", "常年蔬菜基地"]
    text = (
        "2026年，全区将办好建设农村公路25条、新增学位800个等10件民生实事。\n"
        "十件民生实事包括：一是建设农村公路25条；二是新增学位800个。\n"
    )
    assert document_values(tmp_path, text, 2026, 2026) == [25.0, 800.0]


def test_a_table_rows_unit_in_the_bracket_before_a_note(tmp_path: Path) -> None:
    text = (
        "表1 主要指标\n"
        "指标\t2025年\t2030年\t属性\n"
        "新增造林面积(万亩)(5年新增量)\t12.5\t15.0\t约束性\n"
        "森林覆盖率(%)\t30.1\t32\t约束性\n"
    )
    targets = document_targets(tmp_path, text, 2026, 2030)
    found = [(t.value, t.unit) for t in targets]
    assert found == [(15.0, "万亩"), (32.0, "%")]


def test_a_sentence_that_reported_since_a_period_began_can_turn_ahead() -> None:
    found = targets_of(
        "“十四五”以来全省新改建农村公路1.8万公里，到2030年力争新改建农村公路1.2万公里。", 2026, 2030
    )
    assert [(t.value, t.deadline) for t in found] == [(1.2, 2030)]


def test_a_count_in_brackets_after_a_centre_is_still_a_target() -> None:
    found = targets_of("到2028年，建设县域医疗卫生次中心（12个）。", 2026, 2028)
    assert [(t.value, t.unit) for t in found] == [(12.0, "个")]
