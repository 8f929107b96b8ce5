"""The seventy-second round: forms of the retired texts (shares that open their clause)."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, document_values, targets_of


def test_a_share_of_places_that_have_one_thing_each_is_the_share() -> None:
    found = targets_of("到2025年，70%的行政村有1座卫生公厕。", 2021, 2030)
    assert [(t.value, t.unit, t.deadline) for t in found] == [(70.0, "%", 2025)]
    assert "行政村" in found[0].metric


def test_two_shares_of_one_list_are_two_targets_each_with_its_own_places() -> None:
    found = targets_of(
        "到2025年，30%的县区、40%的乡镇完成自治区级生态文明建设示范创建。", 2021, 2030
    )
    assert [(t.metric, t.value) for t in found] == [
        ("县区完成自治区级生态文明建设示范创建", 30.0),
        ("乡镇完成自治区级生态文明建设示范创建", 40.0),
    ]


def test_a_share_that_qualifies_the_next_count_stays_part_of_its_metric() -> None:
    found = targets_of("培育研发投入占比3%以上的企业100家。", 2026, 2030)
    assert [(t.value, t.unit) for t in found] == [(100.0, "家")]


def test_a_number_written_in_two_scales_is_read_in_the_larger() -> None:
    found = targets_of(
        "到2018年，实现主营业务收入3万8000亿元以上，工业完成投资1万2000亿元。", 2016, 2018
    )
    assert [(t.value, t.unit) for t in found] == [(3.8, "万亿元"), (1.2, "万亿元")]


def test_a_yearly_growth_in_brackets_after_a_level_is_a_target_of_its_own() -> None:
    found = targets_of(
        "到2025年,将实现旅游总人数11000万人次(年均增长率11%);旅游总收入1800亿元（年均增长15%左右）。",
        2021,
        2025,
    )
    assert [(t.metric, t.value, t.kind, t.comparator) for t in found] == [
        ("旅游总人数", 11000.0, "level", ">="),
        ("旅游总人数年均增长率", 11.0, "annual", ">="),
        ("旅游总收入", 1800.0, "level", ">="),
        ("旅游总收入增长", 15.0, "annual", "~"),
    ]


def test_greater_or_equal_written_in_words_is_a_comparator_and_visits_count_in_renci() -> None:
    found = targets_of(
        "到2025年,公共图书馆年流通人次大于等于400万;PM2.5浓度小于等于30微克/立方米。", 2021, 2025
    )
    assert [(t.metric, t.value, t.unit, t.comparator) for t in found] == [
        ("公共图书馆年流通人次", 400.0, "万人次", ">="),
        ("PM2.5浓度", 30.0, "微克/立方米", "<="),
    ]


def test_a_roundups_paragraph_naming_the_reports_own_year_after_a_lead_states_goals(
    tmp_path: Path,
) -> None:
    text = (
        "全省11个设区市陆续进入“两会时间”，科学谋划“十五五”开局之年的蓝图。\n"
        "梳理后，记者发现，2026年，江西11个设区市均将GDP目标增速设定在5%以上。\n"
        "2025年，南昌地区生产总值达8141.69亿元，同比增长4.7%。\n"
        "今年该市经济社会发展主要预期目标是：地区生产总值增长5.0%—5.5%。\n"
    )
    assert document_values(tmp_path, text, 2026, 2026) == [5.0, 5.0]


def test_places_that_do_a_thing_one_after_another_are_no_target() -> None:
    assert targets_of("自1月以来，全省11个设区市陆续进入“两会时间”。", 2026, 2026) == []
    found = targets_of("2026年，各设区市均将GDP目标增速设定在5%以上。", 2026, 2026)
    assert [(t.metric, t.value, t.comparator) for t in found] == [
        ("各设区市均将GDP目标增速", 5.0, ">=")
    ]


def test_where_things_stood_at_the_end_of_the_plans_first_year_is_no_target() -> None:
    text = (
        "海南正在全面推进清洁能源岛建设。截至2021年底，海南省总装机约1042万千瓦，清洁能源装机占70.9%，"
        "比全国平均水平高23个百分点；去年全社会用电量约405亿千瓦时。"
        "截至2025年底，海南将新增气电552万千瓦。"
    )
    found = targets_of(text, 2021, 2025)
    assert [(t.value, t.deadline) for t in found] == [(552.0, 2025)]


def test_what_each_place_of_a_share_has_is_part_of_the_share() -> None:
    found = targets_of(
        "到2025年，力争实现80%的街道至少建设1个具备综合功能的区域养老服务机构。", 2021, 2025
    )
    assert [(t.value, t.unit) for t in found] == [(80.0, "%")]


def test_a_statistics_bulletin_states_no_targets(tmp_path: Path) -> None:
    text = "一、综合\n全年城镇新增就业人员1492人。农牧区劳动力转移就业21923人次。\n"
    title = "黄南藏族自治州2023年国民经济和社会发展统计公报"
    assert document_values(tmp_path, text, 2023, 2023, title=title) == []
    assert document_values(tmp_path, text, 2023, 2023, title="2023年就业工作要点") == [
        1492.0,
        21923.0,
    ]


def test_the_place_whose_aim_it_is_is_not_part_of_the_metric_and_one_list_shares_one_aim() -> None:
    found = targets_of(
        "该市力争2023年地区生产总值增长8%左右，城乡居民人均可支配收入分别增长10%和12%左右。",
        2023,
        2023,
    )
    assert [(t.metric, t.value, t.aspiration) for t in found] == [
        ("地区生产总值增长", 8.0, True),
        ("城镇居民人均可支配收入增长", 10.0, True),
        ("农村居民人均可支配收入增长", 12.0, True),
    ]
    found = targets_of("山南市力争今年地区生产总值增长8%左右。", 2023, 2023)
    assert [t.metric for t in found] == ["地区生产总值增长"]


def test_an_aim_between_two_values_of_a_clause_still_governs_only_the_second() -> None:
    found = targets_of("到2027年，产值确保超过100亿元、力争达到120亿元。", 2025, 2027)
    assert [(t.value, t.aspiration) for t in found] == [(100.0, False), (120.0, True)]


def test_a_news_lead_after_a_headline_is_not_run_on_into_it(tmp_path: Path) -> None:
    text = (
        "各地相继公布今年经济增长目标：部分地区高于去年实际增速\n"
        "据中国新闻网报道，4月26日，杭州市代市长作政府工作报告时介绍，建议2020年GDP增长目标为增长6.5%左右，"
        "这是杭州市近年首次将这一数字下调至7%以下。\n"
    )
    assert document_values(tmp_path, text, 2020, 2020) == [6.5]


def test_a_reports_account_of_a_year_before_the_plan_opens_a_review_run() -> None:
    text = (
        "1月16日，鄂州市第九届人民代表大会第四次会议开幕。《政府工作报告》公布，2023年鄂州市民生支出125.6亿元，"
        "增长43.2%。城镇新增就业1.88万人，完成年计划145%。2024年，全市将新建口袋公园10个。"
    )
    assert [(t.value, t.unit) for t in targets_of(text, 2024, 2024)] == [(10.0, "个")]
    text = (
        "报告显示，2023年鄂州市城乡居民养老保险待遇水平达207元/月。出台“教育十条”，新建5所中小学。"
    )
    assert targets_of(text, 2024, 2024) == []


def test_a_sentence_that_reports_a_year_then_states_the_next_years_goal_keeps_the_goal() -> None:
    text = "报告显示，2019年通辽市地区生产总值实现1267.3亿元、增长4%；报告提出，2020年主要预期目标为地区生产总值增长5%左右。"
    assert [t.value for t in targets_of(text, 2020, 2020)] == [5.0]


def test_the_goals_a_text_sets_counted_are_no_target() -> None:
    assert targets_of("行动计划提出了11个主要目标。", 2018, 2020) == []
    assert [t.value for t in targets_of("到2020年，完成11个重点项目。", 2018, 2020)] == [11.0]


def test_a_list_of_works_one_a_line_is_not_run_on_into_one_paragraph(tmp_path: Path) -> None:
    text = (
        "今年，湖北将继续实施10大类52项民生实事。\n着力实现幼有善育\n"
        "免费开展新生儿疾病筛查，将产前检查费用纳入基本医保普通门诊统筹保障范围\n"
        "在县(市)全面落实生育二孩、三孩的家庭购房补助政策\n新增3岁以下婴幼儿托位4.5万个\n"
        "新增公办幼儿园学位1.5万个\n完成特殊困难老年人家庭适老化改造2.5万户以上\n建成乡村健身广场200个\n"
    )
    found = document_targets(tmp_path, text, 2024, 2024)
    assert [(t.metric, t.value) for t in found if t.value != 52.0] == [
        ("3岁以下婴幼儿托位", 4.5),
        ("公办幼儿园学位", 1.5),
        ("特殊困难老年人家庭适老化改造", 2.5),
        ("乡村健身广场", 200.0),
    ]


def test_a_land_plans_bottom_lines_read_their_base_and_their_earlier_part() -> None:
    found = targets_of(
        "到2035年，城镇开发边界扩展倍数控制在基于2020年城镇建设用地规模的1.3倍以内；"
        "大陆自然岸线保有率不低于国家下达任务，其中2025年不低于37.4%。",
        2021,
        2035,
    )
    assert [
        (t.metric, t.value, t.unit, t.comparator, t.deadline, t.baseline_year) for t in found
    ] == [
        ("城镇开发边界扩展倍数", 1.3, "倍", "<=", 2035, 2020),
        ("大陆自然岸线保有率", 37.4, "%", ">=", 2025, None),
    ]


def test_after_a_sentence_of_staged_years_the_last_year_governs() -> None:
    text = (
        "2023年地区生产总值增速赶上全国水平，2024年超过全国水平，2025年如期实现“十四五”目标；"
        "创新能力实现新跃升。研发经费投入年均增速高于9%，科技成果本地转化率达到60%。"
    )
    assert [t.deadline for t in targets_of(text, 2023, 2025)] == [2025, 2025]


def test_a_fenbie_list_ends_where_an_item_names_its_own_measure() -> None:
    found = targets_of(
        "到2025年,绿化覆盖率和绿地率分别达到40%和36%以上、人均公园绿地面积不低于15㎡、林荫路推广率实现85%。",
        2021,
        2025,
    )
    assert [(t.metric, t.value) for t in found][2:] == [
        ("人均公园绿地面积", 15.0),
        ("林荫路推广率", 85.0),
    ]


def test_the_stock_a_goal_is_set_for_is_not_todays_state() -> None:
    found = targets_of(
        "到2025年,我市实有民营市场主体将达到260万户、民营企业总量突破100万户。", 2021, 2025
    )
    assert [(t.value, t.unit) for t in found] == [(260.0, "万户"), (100.0, "万户")]
    assert targets_of("目前实有特种消防车辆43辆。", 2021, 2025) == []


def test_a_bound_on_a_multiple_of_a_past_years_size_reads_the_base_year() -> None:
    found = targets_of(
        "到2035年，城镇开发边界扩展倍数控制在2020年城镇建设用地规模的1.3倍以内。", 2021, 2035
    )
    assert [(t.metric, t.comparator, t.baseline_year) for t in found] == [
        ("城镇开发边界扩展倍数", "<=", 2020)
    ]


def test_the_things_there_are_that_a_work_improves_are_counted() -> None:
    found = targets_of("2025年，推进现有23个“宝宝屋”扩优提质。", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(23.0, "个")]


def test_how_little_there_is_and_what_a_survey_found_are_no_targets() -> None:
    text = "其中集中连片的耕地后备资源仅2800多万亩，有灌溉条件的耕地只占51.5%。"
    assert targets_of(text, 2016, 2020) == []
    assert targets_of("初步查明亟需修复治理的历史遗留矿山面积超630万亩。", 2021, 2025) == []
    assert [t.value for t in targets_of("到2025年，有效灌溉面积占比达到60%。", 2021, 2025)] == [
        60.0
    ]


def test_an_areas_places_and_its_parts_shares_of_the_whole_are_no_targets() -> None:
    text = (
        "到2025年，核心发展区包括湖南、江西、广西等8个省区的近600个县，计划新增油茶种植1488.5万亩、"
        "改造低产林1110.6万亩，分别占全国新增、改造任务的77.6%、87%。"
    )
    assert [(t.value, t.unit) for t in targets_of(text, 2023, 2025)] == [
        (1488.5, "万亩"),
        (1110.6, "万亩"),
    ]


def test_a_named_projects_card_gives_its_sizes_not_targets() -> None:
    text = "通化抽水蓄能电站：总投资40亿元，总装机容量80万千瓦，新建库容1500万立方米。"
    assert targets_of(text, 2021, 2025) == []
    text = "到2025年，抽水蓄能电站总装机容量达到500万千瓦。"
    assert [t.value for t in targets_of(text, 2021, 2025)] == [500.0]


def test_a_report_on_completing_a_five_year_plan_states_no_targets(tmp_path: Path) -> None:
    text = "全国耕地面积达19.4亿亩；森林覆盖率达25.09%；海洋生产总值达10.5万亿元。\n"
    title = "国新办“高质量完成‘十四五’规划”系列主题新闻发布会：“十四五”时期自然资源工作"
    assert document_values(tmp_path, text, 2021, 2025, title=title) == []
    title = "“十五五”时期自然资源工作规划"
    assert document_values(tmp_path, text, 2026, 2030, title=title) == [19.4, 25.09, 10.5]


def test_a_reports_account_of_a_past_year_goes_on_in_the_paragraphs_after_it(
    tmp_path: Path,
) -> None:
    text = (
        "报告显示，2023年鄂州市城乡居民养老保险待遇水平达207元/月，全省第二。\n"
        "鄂州市中心医院临空院区投用，新增医疗床位2213张。建成幸福食堂80家。\n"
        "报告指出，2024年，鄂州市将建设口袋公园10个。\n"
    )
    assert document_values(tmp_path, text, 2024, 2024) == [10.0]
    text = (
        "报告指出，2015年，琼山区全年民生支出16.23亿元。2016年，区政府将继续办好10件民生实事。\n"
        "据介绍，十件民生实事包括：一是建设农村公路30条45.9公里。\n"
    )
    assert 30.0 in document_values(tmp_path, text, 2016, 2016)


def test_a_forms_target_value_after_its_verb_is_the_target() -> None:
    found = targets_of(
        "到2025年，资金支出率达到目标值95%，资助对象满意度达到预期值90%以上。", 2021, 2025
    )
    assert [(t.metric, t.value, t.comparator) for t in found] == [
        ("资金支出率", 95.0, ">="),
        ("资助对象满意度", 90.0, ">="),
    ]
