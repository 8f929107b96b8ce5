"""The eighty-second round: a plan-execution report's items told against their goals, and more."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of

EXECUTION = (
    "关于某省2019年国民经济和社会发展计划执行情况及2020年计划草案的报告\n"
    "一、2019年国民经济和社会发展计划执行情况\n"
    "（一）2019年计划执行情况\n"
    "经过全省上下共同努力，2019年12项主要目标任务圆满完成。\n"
    "1.地区生产总值达到46616亿元、增长7.5%，与预期目标持平。\n"
    "2.全社会固定资产投资增长10.2%，高于预期目标0.2个百分点。\n"
    "3.居民消费价格上涨3.2%，符合3%左右的预期目标。\n"
)


def test_items_of_an_execution_report_told_against_their_goals_are_results(
    tmp_path: Path,
) -> None:
    assert document_targets(tmp_path, EXECUTION, 2020, 2020) == []


def test_an_item_of_a_progress_report_that_restates_its_task_is_still_read(
    tmp_path: Path,
) -> None:
    text = EXECUTION.replace(
        "3.居民消费价格上涨3.2%，符合3%左右的预期目标。",
        "3.新建5G基站1000个。目前已开工建设。",
    )
    assert [(t.value, t.unit) for t in document_targets(tmp_path, text, 2020, 2020)] == [
        (1000.0, "个")
    ]


def test_an_estimate_of_the_year_after_a_sentence_that_sums_it_up_reports_it(
    tmp_path: Path,
) -> None:
    text = (
        "《报告》客观总结我市在开局之年所取得的成绩。\n"
        "地区生产总值持续高速增长。预计完成地区生产总值690亿元，同比增长15%，"
        "高于全区平均水平2个百分点，连续三年保持15%以上的增速。\n"
    )
    assert document_targets(tmp_path, text, 2012, 2012) == []


def test_a_sentence_before_an_estimate_ahead_does_not_make_it_a_report(tmp_path: Path) -> None:
    text = "地区生产总值持续高速增长。预计到2015年地区生产总值达到1000亿元。\n"
    assert [t.value for t in document_targets(tmp_path, text, 2012, 2015)] == [1000.0]


def test_a_tally_of_the_goals_that_were_met_is_no_target() -> None:
    text = (
        "记者获悉，《纲要》确定的66项目标中，大多数达到了进度要求。"
        "其中，达到进度要求的有26项，提前实现的有20项。"
    )
    assert targets_of(text, 2006, 2010) == []


def test_a_count_a_goal_sets_is_still_read() -> None:
    assert [
        t.value for t in targets_of("到2010年，达到国家标准的乡镇卫生院有26所。", 2006, 2010)
    ] == [26.0]


ACHIEVEMENTS = (
    "编者按\n"
    "政府工作报告展示的5年成就振奋人心。交通建设更是突飞猛进，让我们感受了真正的“广西速度”——\n"
    "5年完成交通固定资产投资4026.2亿元；\n"
    "建成高速公路1318公里，高速公路总里程达3197公里；公路总里程突破10万公里；\n"
    "今后5年，全区将力争建成5条高速公路363公里。\n"
)


def test_a_list_of_achievements_introduced_by_a_dash_reports_the_past(tmp_path: Path) -> None:
    found = document_targets(tmp_path, ACHIEVEMENTS, 2008, 2012)
    assert [(t.value, t.unit) for t in found] == [(5.0, "条"), (363.0, "公里")]


def test_goals_introduced_by_a_colon_after_the_achievements_are_read(tmp_path: Path) -> None:
    text = "过去五年取得的成就令人鼓舞。今后五年的主要目标是：地区生产总值年均增长8%。\n"
    assert [t.value for t in document_targets(tmp_path, text, 2008, 2012)] == [8.0]


def test_the_year_s_plan_is_due_this_year(tmp_path: Path) -> None:
    text = (
        "2月21日，市住房和城乡建设工作会议举行。\n"
        "重点工程建设方面，计划全年新建、续建项目241项、完成投资409亿元。\n"
        "“十四五”期间，全市城镇新建建筑中绿色建筑占比达到100%。\n"
    )
    found = document_targets(tmp_path, text, 2022, 2025)
    assert [(t.value, t.deadline) for t in found] == [(241.0, 2022), (409.0, 2022), (100.0, 2025)]


def test_a_bound_right_before_a_count_classes_the_things_counted() -> None:
    text = "到2015年，主营业务收入过千亿元产业达到10个，其中过5000亿元1个、过3000亿元2个。"
    found = targets_of(text, 2014, 2015)
    assert [(t.value, t.unit) for t in found] == [(10.0, "个"), (1.0, "个"), (2.0, "个")]
    assert "过5000亿元" in found[1].metric


def test_a_count_right_before_another_count_is_still_its_own_target() -> None:
    found = targets_of("完成超230个50户以上木质房屋连片村寨常高压给水管网建设。", 2024, 2024)
    assert [(t.value, t.unit) for t in found] == [(230.0, "个")]


def test_a_deadline_s_clause_lets_its_aim_lead_the_rest_of_a_long_sentence() -> None:
    text = (
        "《意见》提出，到2015年，全省14个重点产业实现主营业务收入2.5万亿元；到2017年，"
        "力争实现“三个比重明显提升”：即优势产业占重点产业比重达到40%，优强企业占比达到40%。"
    )
    found = [(t.value, t.aspiration) for t in targets_of(text, 2014, 2017) if t.unit != "个"]
    assert found == [(2.5, False), (40.0, True), (40.0, True)]


def test_how_many_things_the_subject_is_is_no_target() -> None:
    found = targets_of("到2015年，全省14个工业重点产业实现主营业务收入2.5万亿元。", 2014, 2015)
    assert [(t.value, t.unit) for t in found] == [(2.5, "万亿元")]


def test_a_task_told_with_how_much_of_it_is_done_keeps_its_count() -> None:
    found = targets_of("2个嵌入式养老机构建设已完成1个，15个农村幸福院建设已完成8个。", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(2.0, "个"), (15.0, "个")]


def test_an_aim_to_reach_in_a_paragraph_that_opens_on_recent_years_is_read(
    tmp_path: Path,
) -> None:
    text = (
        "近年来，我省林业建设取得巨大成就。目前，我省森林覆盖率为18.03%。"
        "全省将以林业工程为抓手，努力实现森林覆盖率再提高1个百分点，林业产值再增加15%的奋斗目标。\n"
    )
    found = document_targets(tmp_path, text, 2013, 2013)
    assert [(t.value, t.metric, t.aspiration) for t in found] == [
        (1.0, "森林覆盖率提高", True),
        (15.0, "林业产值增加", True),
    ]


def test_effort_that_reached_something_reports_it(tmp_path: Path) -> None:
    text = "近年来，经过全省上下共同努力实现了森林覆盖率提高1个百分点。\n"
    assert document_targets(tmp_path, text, 2013, 2013) == []


def test_a_change_on_last_year_after_a_goal_is_due_this_year() -> None:
    text = "今年力争皮棉单产130公斤以上，较去年增加3公斤以上。"
    found = targets_of(text, 2018, 2018)
    assert [(t.value, t.deadline, t.baseline_year) for t in found] == [
        (130.0, 2018, None),
        (3.0, 2018, 2017),
    ]


def test_a_share_of_the_villages_a_bus_reaches_is_a_target() -> None:
    found = targets_of("重庆将加快农村客运发展，实现92%的行政村通客车。", 2014, 2014)
    assert [(t.value, t.unit) for t in found] == [(92.0, "%")]


def test_classes_a_school_adds_are_counted_and_a_school_s_size_is_not() -> None:
    found = targets_of("相城中等专业学校改扩建，计划新增办学规模40班。", 2022, 2022)
    assert [(t.value, t.unit) for t in found] == [(40.0, "班")]
    assert targets_of("丁桥大型居住区欣欣幼儿园办学规模12班。", 2012, 2012) == []
    # 班子, 班车: words, not classes
    assert targets_of("配强3个领导班子，开通5条班车线路。", 2022, 2022)[0].unit != "班"
