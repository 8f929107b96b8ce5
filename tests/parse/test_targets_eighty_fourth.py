"""The eightieth round: the place whose aim it is, more of the new, and the parts of a report."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_a_place_before_its_aim_is_no_subject_and_the_aim_governs_the_sentence() -> None:
    text = "到2025年，宁夏力争新增酿酒葡萄种植基地50.8万亩，规模达到100万亩，建成酒庄270家以上。"
    found = targets_of(text, 2021, 2025)
    assert [(t.metric, t.value, t.aspiration) for t in found] == [
        ("酿酒葡萄种植基地", 50.8, True),
        ("酿酒葡萄种植基地规模", 100.0, True),
        ("酒庄", 270.0, True),
    ]


def test_a_subject_before_its_aim_still_marks_its_own_clause_only() -> None:
    found = targets_of("地区生产总值力争增长7%，一般公共预算收入增长5%。", 2025, 2025)
    assert [t.aspiration for t in found] == [True, False]


def test_more_of_the_new_on_a_base_year_is_an_increment_from_that_year() -> None:
    text = "到2035年，力争在2025年的基础上再新增酿酒葡萄种植基地50万亩，规模达到150万亩。"
    first = targets_of(text, 2021, 2035)[0]
    assert (first.metric, first.kind, first.baseline_year, first.aspiration) == (
        "酿酒葡萄种植基地",
        "increment",
        2025,
        True,
    )


def test_the_parts_of_what_a_sentence_reported_done_are_reported_too() -> None:
    text = (
        "2021至2022年，我省已累计建成自然村（组）通硬化路2.2万公里，惠及群众约378万人。"
        "其中，旅游路258公里、资源路157公里、产业路4472公里，沿线连通农民专业合作社2267个。"
        "今年将新建自然村（组）通硬化路5000公里。"
    )
    assert [(t.value, t.unit) for t in targets_of(text, 2023, 2023)] == [(5000.0, "公里")]


def test_the_parts_of_a_goal_stay_goals() -> None:
    text = "今年将新建农村公路5000公里。其中，旅游路258公里、资源路157公里。"
    assert [t.value for t in targets_of(text, 2023, 2023)] == [5000.0, 258.0, 157.0]


def test_the_paragraphs_after_one_that_reported_works_done_go_on_reporting(
    tmp_path: Path,
) -> None:
    text = (
        "大安市五大工程暖民心\n"
        "文教育民工程。投资3.7亿元，启动运动中心建设；“新三馆”建成并免费开放；城区2所小学秋季开学使用。\n"
        "城建惠民工程。投资2.5亿元，改造老旧小区22个；新修备用民用天然气管线25公里。\n"
        "今年，将新建城区道路6条。\n"
    )
    found = document_targets(tmp_path, text, 2021, 2021)
    assert [(t.value, t.unit) for t in found] == [(6.0, "条")]


def test_a_numbered_task_that_names_works_finished_carries_no_report(tmp_path: Path) -> None:
    text = (
        "长安区2022年的十大惠民实事\n"
        "二是加速提高医疗服务水平。建成投用西安市中医医院南院区，改扩建、投入运营一批社区卫生服务中心。\n"
        "三是持续改善交通出行环境。建成凤林北路东延伸段等6条市政道路。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2022, 2022)] == [6.0]


def test_a_list_of_works_each_with_its_number_ends_each_noun_at_the_next_item() -> None:
    text = "今年将新增5000张养老床位、开设500个小学生爱心暑托班、新增1万个公共充电桩。"
    assert [(t.metric, t.value) for t in targets_of(text, 2023, 2023)] == [
        ("养老床位", 5000.0),
        ("小学生爱心暑托班", 500.0),
        ("公共充电桩", 1.0),
    ]


def test_one_clause_with_two_works_of_one_count_keeps_both(tmp_path: Path) -> None:
    found = document_targets(tmp_path, "全年新开工15个小区、完工15个小区。\n", 2023, 2023)
    assert [(t.value, t.unit) for t in found] == [(15.0, "个"), (15.0, "个")]


def test_a_headline_run_into_its_body_is_still_one_target(tmp_path: Path) -> None:
    text = "资讯频道 > 福建上半年新增公交线路38条福建上半年新增公交线路38条\n"
    assert [t.value for t in document_targets(tmp_path, text, 2012, 2012)] == [38.0]


def test_more_than_the_task_handed_down_reports_it_done() -> None:
    text = (
        "城市生活污水集中处理率达80%；“绿化宝岛”植树造林6万亩，完成省下达任务的126%，全市森林覆盖率达69%。"
        "到2021年，城镇人均公园绿地面积达到25平方米。"
    )
    assert [t.value for t in targets_of(text, 2016, 2021)] == [25.0]


def test_a_share_of_the_task_to_reach_is_a_target() -> None:
    found = targets_of("全省生产总值增长9%，完成灾后重建主要目标任务的72%。", 2009, 2009)
    assert [t.value for t in found] == [9.0, 72.0]


def test_a_report_of_the_year_so_far_titled_as_such_sets_no_targets(tmp_path: Path) -> None:
    text = (
        "2024年天津20项民心工程一季度进展顺利\n"
        "目前本市多数民心工程取得实质性进展。育才护苗工程中，积极推进义务教育学位建设，新增学位2880个。\n"
    )
    title = "2024年天津20项民心工程一季度进展顺利"
    assert document_targets(tmp_path, text, 2024, 2024, title=title) == []


def test_this_years_months_so_far_date_a_figure_of_now() -> None:
    text = "截至3月末，全市实现城镇新增就业9.53万人。今年城镇新增就业30万人以上。"
    assert [t.value for t in targets_of(text, 2024, 2024)] == [30.0]


def test_a_date_to_meet_within_the_year_is_no_report() -> None:
    assert [t.value for t in targets_of("确保截至6月底，完成改造老旧小区20个。", 2024, 2024)] == [
        20.0
    ]


def test_a_plan_before_the_tenth_named_in_quotes_opens_a_review(tmp_path: Path) -> None:
    text = (
        "“九五”期间，面对错综复杂的国际国内经济环境，经过全国各族人民的共同努力\n"
        "经济运行质量与效益提高，国内生产总值年均增长8.3％\n"
        "第二章 “十五”期间经济和社会发展的主要目标\n"
        "经济增长速度预期为年均7%左右。\n"
    )
    found = document_targets(tmp_path, text, 2001, 2005)
    assert [(t.value, t.comparator) for t in found] == [(7.0, "~")]


def test_the_period_of_the_plan_itself_in_quotes_looks_ahead(tmp_path: Path) -> None:
    text = "“九五”期间，国内生产总值年均增长8%左右。\n"
    assert [t.value for t in document_targets(tmp_path, text, 1996, 2000)] == [8.0]


def test_within_the_year_dates_what_follows_in_the_documents_year() -> None:
    text = "用三年时间推进城市绿化体系建设，年内二仙桥等6个市政公园建成开园、全区公园总规模突破1100亩。"
    assert [(t.value, t.deadline) for t in targets_of(text, 2017, 2019)] == [
        (6.0, 2017),
        (1100.0, 2017),
    ]


def test_an_elevation_or_a_roads_red_line_is_a_size_not_a_target() -> None:
    text = "林芝平均海拔3100米，到2020年接待游客突破1500万人次。凤凰二路规划红线宽度40米。"
    assert [t.value for t in targets_of(text, 2017, 2020)] == [1500.0]


_GROUPED_HEADER_TABLE = "\n".join(
    [
        "浦东新区2007年养老服务实事项目指标分解一览表",
        "序号",
        "单位",
        "老年人口数(人)",
        "新增养老床位",
        "老年人日间服务中心(家)",
        "老年人助餐服务点(个)",
        "2007年床位数与老年人口比例",
        "2010年床位数与老年人口比例",
        "2008年新增床位指标数(张)",
        *(["1", "陆家嘴功能区", "90191", "0.82%", ">3.2%", "550", "3", "6"]),
        *(["2", "金桥功能区", "72716", "2.18%", ">3.2%", "300", "3", "5"]),
        "",
    ]
)


def test_a_task_table_a_cell_a_line_under_a_group_header_reads_each_column(
    tmp_path: Path,
) -> None:
    found = document_targets(tmp_path, _GROUPED_HEADER_TABLE, 2008, 2010)
    first = [
        (t.metric, t.value, t.unit, t.comparator, t.kind, t.baseline, t.baseline_year)
        for t in found
        if t.metric.startswith("陆家嘴")
    ]
    assert first == [
        ("陆家嘴功能区2010年床位数与老年人口比例", 3.2, "%", ">", "level", 0.82, 2007),
        ("陆家嘴功能区2008年新增床位指标数", 550.0, "张", ">=", "increment", None, None),
        ("陆家嘴功能区老年人日间服务中心", 3.0, "家", ">=", "level", None, None),
        ("陆家嘴功能区老年人助餐服务点", 6.0, "个", ">=", "level", None, None),
    ]
    assert not any("老年人口数" in t.metric for t in found)  # what there is, not a task


def test_a_doubling_told_without_what_doubles_is_no_target() -> None:
    text = "这是一个翻番。“十三五”时期城乡居民收入年均增长7%，即可实现翻一番目标。"
    assert [(t.value, t.unit) for t in targets_of(text, 2016, 2020)] == [(7.0, "%")]


def test_a_doubling_of_a_named_measure_stays_a_target() -> None:
    found = targets_of("到2020年，全省生产总值比2010年翻一番。", 2016, 2020)
    assert [(t.metric, t.value, t.unit) for t in found] == [("生产总值", 2.0, "倍")]


def test_a_headlines_expected_growth_is_the_bodys_growth_target(tmp_path: Path) -> None:
    text = "今年GDP预增8.3%\n今年，福田区将努力实现地区生产总值增长8.3%左右，社会消费品零售总额增长8%以上。\n"
    found = document_targets(tmp_path, text, 2017, 2017)
    assert [t.value for t in found] == [8.3, 8.0]


def test_a_list_items_number_opening_its_line_is_no_value_of_a_list() -> None:
    found = targets_of("10、70%以上自然保护区具备较为完善的保护和管理设施。", 2007, 2010)
    assert [(t.value, t.unit) for t in found] == [(70.0, "%")]


def test_the_bare_values_of_a_list_still_take_its_unit() -> None:
    found = targets_of("风电、光伏装机分别达到407、262万千瓦。", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(407.0, "万千瓦"), (262.0, "万千瓦")]


def test_a_headlines_growth_rate_is_the_bodys_growth_target(tmp_path: Path) -> None:
    text = "北京GDP增速 今年定5%\n今年全市经济社会发展的主要预期目标是：GDP增长5%左右，一般公共预算收入增长5%。\n"
    found = document_targets(tmp_path, text, 2024, 2024)
    assert [t.metric for t in found] == ["GDP增长", "一般公共预算收入增长"]


def test_a_count_of_projects_and_their_length_are_two_targets_of_the_projects() -> None:
    text = "高速公路建设计划投资213亿元，建设11个项目1320公里，其中续建10个项目1307公里。"
    found = targets_of(text, 2019, 2019)
    assert [(t.metric, t.value, t.unit) for t in found][1:] == [
        ("建设项目", 11.0, "个"),
        ("项目", 1320.0, "公里"),
        ("续建项目", 10.0, "个"),
        ("项目", 1307.0, "公里"),
    ]


def test_a_threshold_after_the_counted_noun_stays_in_its_metric() -> None:
    found = targets_of("培育100家年销售收入1亿元以上的农业龙头企业。", 2025, 2025)
    assert [(t.metric, t.value) for t in found] == [("年销售收入1亿元以上的农业龙头企业", 100.0)]


def test_an_official_who_opens_on_last_years_work_reports_it(tmp_path: Path) -> None:
    text = (
        "青海省林业厅副厅长邓尔平在此间举行的青海省两会上表示，2017年青海国土绿化任务从190万亩增加到"
        "400万亩。全年共动员干部职工近310万人次，完成义务植树1500万株。\n"
        "2018年及今后一个时期，青海每年将完成400万亩以上植树造林任务。\n"
    )
    found = document_targets(tmp_path, text, 2018, 2025)
    assert [(t.value, t.unit) for t in found] == [(400.0, "万亩")]


def test_a_report_that_names_last_year_then_its_own_year_looks_ahead(tmp_path: Path) -> None:
    text = (
        "报告指出，2015年，琼山区全年民生支出16.23亿元。2016年，区政府将继续加大民生投入，办好10件民生实事。\n"
        "十件民生实事包括：建设农村公路30条45.9公里；改造农村危房1000户以上。\n"
    )
    found = document_targets(tmp_path, text, 2016, 2016)
    assert [t.value for t in found][-3:] == [30.0, 45.9, 1000.0]
