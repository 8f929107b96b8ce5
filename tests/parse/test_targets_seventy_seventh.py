"""The seventy-third round: forms of the retired texts b105 and b106."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_years_of_striving_date_the_goals_from_the_plans_start() -> None:
    found = targets_of(
        "此次方案提出，通过3年攻坚，全省规上工业亩均税收达到37万元，亩均增加值达到180万元。",
        2021,
        2025,
    )
    assert [(t.value, t.deadline) for t in found] == [(37.0, 2023), (180.0, 2023)]


def test_five_years_of_effort_in_a_longer_plan_run_to_its_fifth_year() -> None:
    found = targets_of("经过5年努力，全社会研发经费支出占地区生产总值比重达到3%。", 2021, 2030)
    assert [(t.value, t.deadline) for t in found] == [(3.0, 2025)]


def test_a_plans_final_monitoring_report_states_results(tmp_path: Path) -> None:
    text = (
        "中新网12月21日电 国家统计局今日发布报告。\n"
        "2020年，全国学前教育毛入园率为85.2%，比2010年提高28.6个百分点。"
        "全国共有幼儿园29.2万所，其中公办幼儿园12.4万所。\n"
    )
    title = "《中国儿童发展纲要(2011—2020年)》终期统计监测报告"
    assert document_targets(tmp_path, text, 2020, 2020, title) == []
    assert document_targets(tmp_path, text, 2020, 2020, "中国儿童发展纲要(2011—2020年)")


def test_figures_measured_against_the_same_period_a_year_before_are_reported() -> None:
    assert targets_of("武汉市GDP比去年同期增长28.6%，比2019年同期增长3.5%。", 2021, 2025) == []


def test_figures_cited_from_a_periods_data_are_reported() -> None:
    found = targets_of(
        "根据2021年上半年武汉经济数据，数字经济占全市GDP比重达到40%。"
        "按照实施方案，未来三年数字经济增加值占GDP比重超过50%。",
        2021,
        2025,
    )
    assert [(t.value, t.unit) for t in found] == [(50.0, "%")]


def test_a_sum_before_counted_places_names_their_class() -> None:
    found = targets_of(
        "培育形成旅游总收入千亿元地级市3个、百亿元县市区30个、亿元乡镇30个以上。", 2021, 2025
    )
    assert [(t.value, t.unit) for t in found] == [(3.0, "个"), (30.0, "个"), (30.0, "个")]
    assert found[1].metric == "百亿元县市区"


def test_what_each_counted_thing_exceeds_is_no_target() -> None:
    found = targets_of("盯紧抓实64个预增产值过10亿元的工业新增长点。", 2025, 2025)
    assert all(t.unit != "亿元" for t in found)


def test_a_level_called_a_stage_is_the_target() -> None:
    found = targets_of("粮食产量达到250亿斤阶段性水平。", 2023, 2023)
    assert [(t.value, t.unit) for t in found] == [(250.0, "亿斤")]


def test_a_roundups_second_government_is_not_a_restatement_of_the_first(tmp_path: Path) -> None:
    text = (
        "1月9日,在长春市第十六届人民代表大会第二次会议上,长春市市长作政府工作报告,"
        "今年的主要预期目标是,地区生产总值增长6.5%左右,社会消费品零售总额增长8%以上。\n"
        "1月8日,沈阳市第十七届人民代表大会第二次会议召开,2023年全市主要预期目标是:"
        "地区生产总值增长6%以上;社会消费品零售总额增长8%。\n"
    )
    found = document_targets(tmp_path, text, 2023, 2023)
    assert [t.value for t in found] == [6.5, 8.0, 6.0, 8.0]


def test_a_headline_restated_in_the_body_is_still_one_target(tmp_path: Path) -> None:
    text = "长春市今年社会消费品零售总额增长8%以上\n长春市市长作政府工作报告,社会消费品零售总额增长8%以上。\n"
    found = document_targets(tmp_path, text, 2023, 2023)
    assert [t.value for t in found] == [8.0]


def test_a_dateline_opens_its_own_paragraph_under_the_headline(tmp_path: Path) -> None:
    text = (
        "黑龙江：“十四五”以来建设农村公路1.3万公里\n"
        "中新网哈尔滨12月12日电 (记者 姜辉)在新闻发布会上,厅长孙宇介绍说,“十四五”以来,"
        "黑龙江省建设农村公路1.3万公里。\n"
        "据孙宇介绍,黑龙江省推进农村客运公交化改造,完成改造线路830条。\n"
        "黑龙江省制发三年行动方案,到2025年,95%以上的乡镇实现通三级公路。\n"
    )
    found = document_targets(tmp_path, text, 2023, 2025)
    assert [(t.value, t.unit) for t in found] == [(95.0, "%")]


def test_a_sum_that_sizes_the_clusters_covered_is_no_target() -> None:
    found = targets_of("实现百亿元以上产业集群“产业大脑”应用和工业互联网平台全覆盖。", 2021, 2025)
    assert found == []
    assert [t.value for t in targets_of("实现投资40亿元以上。", 2021, 2025)] == [40.0]


def test_the_rate_at_which_a_budget_is_handed_down_is_a_performance_target() -> None:
    found = targets_of("时效指标预算资金当年下达率100%", 2020, 2020)
    assert [(t.value, t.unit) for t in found] == [(100.0, "%")]
    assert targets_of("安排预算资金100万元。", 2020, 2020) == []


def test_a_cell_a_line_form_keeps_a_cell_with_one_space_whole(tmp_path: Path) -> None:
    lines = [
        "项目支出绩效目标申报表",
        "(2024 年度)",
        "绩效 指标",
        "|",
        "一级 指标",
        "|",
        "二级指标",
    ]
    lines += ["|", "三级指标", "|", "指标值", "|", "产出 指标", "|", "数量指标", "|"]
    lines += ["适龄儿童国家免疫规划疫苗接种率", "|", "≧90%", "|", "7 岁以下儿童健康管理率", "|"]
    lines += ["≧85%", "|", "0-6 岁儿童眼保健和视力检查覆盖率", "|", "≧90%", "|"]
    found = document_targets(tmp_path, "\n".join(lines) + "\n", 2024, 2024)
    assert [(t.value, t.unit) for t in found] == [(90.0, "%"), (85.0, "%"), (90.0, "%")]
    assert "儿童健康管理率" in found[1].metric


def test_a_paragraph_that_reports_works_finished_reports_its_figures(tmp_path: Path) -> None:
    text = (
        "交通便民工程。投资17.6亿元,长白快铁时速提至200公里;珲乌高速南互通建成通车;"
        "国道232、省道516全线贯通;整治“畅返不畅”317公里、隐患路段140公里。\n"
        "到2025年，新建农村公路300公里。\n"
    )
    found = document_targets(tmp_path, text, 2021, 2025)
    assert [(t.value, t.unit) for t in found] == [(300.0, "公里")]


def test_works_to_be_finished_are_still_targets(tmp_path: Path) -> None:
    text = "到2025年，确保珲乌高速建成通车、省道全线贯通，整治隐患路段140公里。\n"
    found = document_targets(tmp_path, text, 2021, 2025)
    assert [(t.value, t.unit) for t in found] == [(140.0, "公里")]


def test_secondary_water_supply_is_a_term_not_two_times() -> None:
    found = targets_of("改造二次供水陈旧管网4510公里。", 2021, 2025)
    assert [(t.metric, t.value, t.unit) for t in found] == [
        ("改造二次供水陈旧管网", 4510.0, "公里")
    ]


def test_housing_raised_is_counted() -> None:
    found = targets_of("到2025年，筹措3000套(间)保障性租赁住房。", 2021, 2025)
    assert [(t.value, t.unit, t.metric) for t in found] == [(3000.0, "套(间)", "保障性租赁住房")]


def test_the_shares_of_a_split_total_are_no_targets() -> None:
    found = targets_of(
        "安排位于原特区外项目582个，个数占比65.9%，年度计划完成1533.7亿元，投资占比68.4%；"
        "其中，政府投资575.5亿元，占25.7%。",
        2022,
        2022,
    )
    assert all(t.unit != "%" for t in found)
    assert [t.value for t in targets_of("民间投资占比达到32%左右。", 2022, 2025)] == [32.0]


def test_a_years_report_card_published_after_the_year_states_results(tmp_path: Path) -> None:
    text = "2023年01月06日 16:55:04 | 来源:锡山发布\n锡山区实施安置房建设项目19个。\n"
    title = "2022锡山民生实事成绩单来了"
    assert document_targets(tmp_path, text, 2022, 2022, title) == []
    found = document_targets(tmp_path, text, 2022, 2022, "2022年锡山区民生实事项目")
    assert [t.value for t in found] == [19.0]


def test_the_years_works_voted_best_are_results(tmp_path: Path) -> None:
    text = "这10件实事分别为:中小学新建6所、改扩建9所,新增学位12000个;建设农村公路100公里。\n"
    title = "福州市“2024年人民群众最满意的十件实事”评选结果"
    assert document_targets(tmp_path, text, 2024, 2024, title) == []
    assert document_targets(tmp_path, text, 2024, 2024, "福州市2024年十件实事")


def test_planting_tasks_carried_out_are_counted() -> None:
    found = targets_of("落实265万亩大豆、508.2万亩油料种植任务。", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(265.0, "万亩"), (508.2, "万亩")]
    found = targets_of("集成试验推广30万亩“多收一茬”新模式。", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(30.0, "万亩")]


def test_projects_above_a_sum_in_dollars_are_counted() -> None:
    found = targets_of("引进总投资超1亿美元项目500个，超10亿美元项目50个。", 2021, 2025)
    assert [(t.value, t.unit) for t in found] == [(500.0, "个"), (50.0, "个")]


def test_counts_of_two_classes_of_projects_are_not_one_restated(tmp_path: Path) -> None:
    text = (
        "从省外引进总投资超10亿元的内资产业项目500个。\n"
        "累计实际利用外资1000亿美元，引进总投资超1亿美元项目500个。\n"
    )
    found = document_targets(tmp_path, text, 2021, 2025)
    assert [t.value for t in found if t.unit == "个"] == [500.0, 500.0]


def test_a_telephone_number_is_never_a_value() -> None:
    text = "实施单位 云雾土家族乡 项目负责人 徐德迁 联系电话 13452649655 项目审批 县民宗委"
    assert targets_of(text, 2023, 2023) == []


def test_a_goal_summed_since_the_period_began_is_a_target() -> None:
    found = targets_of("单位生产总值能耗降低2.5%以上,力争“十四五”以来累计降低10%左右。", 2024, 2024)
    assert [(t.metric, t.value, t.kind, t.aspiration) for t in found] == [
        ("单位生产总值能耗降低", 2.5, "level", False),
        ("单位生产总值能耗降低", 10.0, "cumulative", True),
    ]
    assert targets_of("“十四五”以来，全省单位生产总值能耗累计降低10%。", 2024, 2024) == []


def test_a_grade_before_the_next_item_takes_the_noun_the_list_ends_on() -> None:
    found = targets_of("开工建设5个百亿级、10个三十亿以上重大工业项目。", 2022, 2022)
    assert [(t.metric, t.value) for t in found] == [
        ("百亿级重大工业项目", 5.0),
        ("三十亿以上重大工业项目", 10.0),
    ]


def test_a_forms_rate_before_its_score_is_a_target() -> None:
    found = targets_of("年度预算执行率 100% 分值 10分", 2023, 2023)
    assert [(t.metric, t.value, t.unit) for t in found] == [("年度预算执行率", 100.0, "%")]


def test_goals_named_then_counted_under_a_quoted_word_are_no_target() -> None:
    text = "提出实现经济发展迈上新台阶、创新强省建设取得新突破等10个“新”的发展目标。"
    assert targets_of(text, 2021, 2025) == []


def test_signs_made_are_counted() -> None:
    found = targets_of("制作14个道路旅游标识牌。", 2025, 2025)
    assert [(t.metric, t.value) for t in found] == [("道路旅游标识牌", 14.0)]


def test_the_years_just_past_summed_are_reported() -> None:
    text = (
        "5年来,我省累计完成营造林1040万亩,荒漠化土地面积年均减少15.3万亩,绿色发展呈现可喜局面。"
        "今年,我省将完成营造林400万亩以上。"
    )
    found = targets_of(text, 2018, 2020)
    assert [(t.value, t.unit) for t in found] == [(400.0, "万亩")]


def test_the_people_a_benefit_or_a_job_reaches_are_counted() -> None:
    found = targets_of("为8000名以上符合条件的就业困难人员落实社会保险补贴。", 2024, 2024)
    assert [(t.value, t.unit) for t in found] == [(8000.0, "名")]
    found = targets_of("为不少于200名失业残疾人解决就业。", 2024, 2024)
    assert [(t.value, t.unit) for t in found] == [(200.0, "名")]


def test_the_population_of_the_cities_meant_is_no_target() -> None:
    text = "推动省直管县(市)城区加快建设50万人口的地区副中心城市,其他县城建设30万人口的城市。"
    assert targets_of(text, 2016, 2020) == []


def test_a_year_a_title_names_dates_nothing() -> None:
    text = (
        "按照《河南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》,"
        "河南将地区生产总值年均增速设为6.0%左右。"
    )
    found = targets_of(text, 2021, 2025)
    assert [(t.value, t.kind, t.deadline) for t in found] == [(6.0, "annual", 2025)]
    assert found[0].metric.endswith("地区生产总值年均增速")


def test_a_clause_whose_comma_a_copy_lost_ends_at_the_next_verb() -> None:
    found = targets_of(
        "农业信息化水平达到60%以上实现新增农林牧渔业总产值1000亿元左右。", 2018, 2020
    )
    assert [(t.metric, t.value) for t in found] == [
        ("农业信息化水平", 60.0),
        ("农林牧渔业总产值", 1000.0),
    ]


def test_a_plans_change_quoted_by_a_report_is_a_target_not_a_name() -> None:
    found = targets_of("到2025年全省制造业比重“由2020年的32.7%提高至33.3%左右”。", 2021, 2025)
    assert [(t.metric, t.value, t.baseline, t.baseline_year) for t in found] == [
        ("制造业比重", 33.3, 32.7, 2020)
    ]
    assert targets_of("实施“1510”工程，建设“4+X”体系。", 2021, 2025) == []


def test_a_studys_findings_cited_by_name_are_reported() -> None:
    text = (
        "根据赛迪顾问数字经济产业研究中心发布的《2021中国数字经济城市发展白皮书》，"
        "长沙数字经济规模超千亿元，数字经济总量占全省近30%，产业数字化占比约27%。"
    )
    assert targets_of(text, 2022, 2026) == []
