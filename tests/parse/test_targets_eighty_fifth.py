"""The eighty-first round: what a document says it is on its first line, and more."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of

BULLETIN = (
    "2023年浙江省国民经济和社会发展统计公报\n"
    "浙江省统计局 国家统计局浙江调查总队\n"
    "全年城镇新增就业116.3万人。城镇调查失业率平均值为4.6%，低于5%的控制目标。\n"
)


def test_a_bulletin_named_on_its_first_line_holds_no_targets_whatever_it_was_filed_as(
    tmp_path: Path,
) -> None:
    assert document_targets(tmp_path, BULLETIN, 2023, 2023, title="浙江省统计数据（摘录）") == []


def test_a_plan_whose_first_line_is_no_bulletin_keeps_its_targets(tmp_path: Path) -> None:
    text = "2024年浙江省政府工作报告\n今年城镇新增就业100万人以上。\n"
    found = document_targets(tmp_path, text, 2024, 2024, title="浙江省统计数据（摘录）")
    assert [(t.value, t.unit) for t in found] == [(100.0, "万人")]


def test_a_name_in_quotes_does_not_turn_a_carried_review_ahead(tmp_path: Path) -> None:
    text = (
        "一、奋发有为，2018年迈出铿锵步伐\n"
        "一年来，我们的主要工作及成效是：\n"
        "（一）强产业、筑平台，经济发展换挡提速。坚定不移强攻产业。\n"
        "一是工业更具实力。新增规模以上工业企业50家，工控“进未来”标准厂房等16个项目开工建设。\n"
    )
    assert document_targets(tmp_path, text, 2018, 2018) == []


def test_words_ahead_outside_quotes_still_end_the_carried_review(tmp_path: Path) -> None:
    text = (
        "一、奋发有为，2018年迈出铿锵步伐\n"
        "一年来，我们的主要工作及成效是：\n"
        "（一）强产业、筑平台，经济发展换挡提速。坚定不移强攻产业。\n"
        "未来，工控“进未来”标准厂房等16个项目将开工建设。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2018, 2018)] == [16.0]


def test_a_bulletin_title_with_a_long_note_after_it_is_still_a_bulletin(tmp_path: Path) -> None:
    text = "巴林右旗统计局\n全年规模以上工业增加值增长3.6%。全旗发电量59.8亿千瓦时。\n"
    title = "巴林右旗2022年国民经济和社会发展统计公报（存储部分：导语至“四、服务业”）"
    assert document_targets(tmp_path, text, 2022, 2022, title=title) == []


def test_an_officer_of_a_body_who_tells_of_recent_years_reports_them() -> None:
    text = (
        "凉风村的出行变化是重庆广大农村地区交通改善的一个缩影。重庆市交通委员会相关负责人介绍，近年来，"
        "重庆市建成行政村通畅工程3万公里，全市农村公路总里程达到13万公里。"
    )
    assert targets_of(text, 2018, 2020) == []


def test_a_link_word_and_a_purpose_before_recent_years_still_report_them() -> None:
    text = (
        "到2020年，全市村民小组公路通达率将达到100%。此外，为方便群众候车出行，近年来，"
        "重庆市累计建成乡镇客运站585个、村级招呼站点1.3万多个。"
    )
    assert [t.value for t in targets_of(text, 2018, 2020)] == [100.0]


def test_a_date_a_goal_is_due_by_is_no_report_of_the_past(tmp_path: Path) -> None:
    text = (
        "海南省发改委能源处长王远松表示，“十三五”以来，全省新增充电桩20938个。截至2025年底，"
        "海南将新增气电552万千瓦，具体建设万宁气电、洋浦热电联产等项目。\n"
    )
    assert [t.value for t in document_targets(tmp_path, text, 2021, 2025)] == [552.0]


def test_a_summary_box_of_square_marks_opens_the_page_however_long_it_is(tmp_path: Path) -> None:
    labels = ("主导产业", "功能承载", "创新驱动", "生态环境", "民生保障", "开放合作")
    box = "".join(f"{label}\n■创建省级示范区{n}个\n" for n, label in enumerate(labels, 2))
    text = (
        "陕西“十四五”县域发展目标任务清单出炉\n"
        + box
        + "园区升级\n■创建国家级经开区2个\n"
        + "推动园区提档升级。我省将创建国家级经开区2个、省级经开区20个以上。\n"
    )
    found = document_targets(tmp_path, text, 2021, 2025)
    assert [t.value for t in found] == [2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 2.0, 20.0]


def test_an_items_number_and_a_space_before_its_words_is_no_count() -> None:
    assert targets_of("2 对完成清洁取暖改造的农户进行补助。", 2020, 2020) == []
    found = targets_of("1 实施农村饮水安全巩固提升工程，受益人口10万人。", 2020, 2020)
    assert [(t.value, t.unit, t.metric) for t in found] == [(10.0, "万人", "受益人口")]


def test_a_spaced_count_at_the_start_is_still_a_count() -> None:
    found = targets_of("30 万吨粮食仓储设施建成投用。", 2020, 2020)
    assert [(t.value, t.unit) for t in found] == [(30.0, "万吨")]


def test_the_people_a_scheme_serves_counted_with_a_bare_wan_are_people() -> None:
    text = "解决好14万重点优抚对象的就医问题，14万农村「五保」对象实现应保尽保。"
    assert [t.unit for t in targets_of(text, 2009, 2009)] == ["万人", "万人"]


def test_not_exceeding_written_short_is_a_bound() -> None:
    found = targets_of("全年常住人口增长将不超3.8万人。", 2016, 2016)
    assert [(t.metric, t.value, t.comparator) for t in found] == [("常住人口增长", 3.8, "<=")]


def test_exiting_adding_and_cracking_count_their_objects() -> None:
    text = "通州将退出500家污染企业；增创2条省级食品安全示范街，全省破获不少于400起食品犯罪案件。"
    found = targets_of(text, 2016, 2016)
    assert [(t.value, t.unit, t.kind) for t in found] == [
        (500.0, "家", "level"),
        (2.0, "条", "increment"),
        (400.0, "起", "level"),
    ]


def test_last_years_figure_named_in_a_comparison_is_no_target() -> None:
    text = "安阳市将2023年GDP增速目标明确为6.5%，较上年7.5%的目标增速有所下调。"
    assert [t.value for t in targets_of(text, 2023, 2023)] == [6.5]


def test_a_change_on_last_year_is_still_a_target() -> None:
    text = "地区生产总值较上年增长7.5%的目标，全力以赴。"
    assert [t.value for t in targets_of(text, 2023, 2023)] == [7.5]


def test_a_total_or_a_stock_after_what_is_new_is_a_level() -> None:
    text = "力争新增林果面积30万亩，果品总产135万吨；年末牲畜存栏680万头(只)，肉类总产35万吨。"
    found = targets_of(text, 2011, 2011)
    assert [t.kind for t in found] == ["increment", "level", "level", "level"]


def test_a_yearly_growth_still_carries_to_a_total() -> None:
    found = targets_of("农业总产值平均每年增长5%，工业总产值平均每年增长7%。", 1986, 1990)
    assert [t.kind for t in found] == ["annual", "annual"]


def test_what_is_expected_to_be_new_is_new() -> None:
    found = targets_of("意见还提到，预期新增清洁取暖面积15亿平方米左右。", 2020, 2020)
    assert [(t.metric, t.kind, t.comparator) for t in found] == [("清洁取暖面积", "increment", "~")]


def test_a_bound_count_of_people_before_a_place_picks_the_places() -> None:
    text = "改造提升中心村卫生计生室(站)212个，实现2000人以上中心村卫生室(站)达标全覆盖；完成5000户以上农村危房改造。"
    assert [t.value for t in targets_of(text, 2019, 2019)] == [212.0, 5000.0]


def test_a_part_in_brackets_after_a_comma_is_a_part() -> None:
    text = "全市新(扩)建幼儿园80所，(其中公办30所以上)未建公办幼儿园的乡镇实施全部开工建设。"
    assert [t.value for t in targets_of(text, 2019, 2019)] == [80.0, 30.0]


def test_a_goal_and_its_task_named_after_the_value_leave_the_metric_before_it() -> None:
    found = targets_of("今年建成通组公路5万公里的目标任务，有力推进项目建设。", 2018, 2018)
    assert [(t.metric, t.value) for t in found] == [("通组公路", 5.0)]


def test_a_task_with_a_noun_of_its_own_still_names_the_size() -> None:
    found = targets_of("全面完成1130万亩的粮食生产任务。", 2018, 2018)
    assert [t.metric for t in found] == ["粮食生产任务"]


RUN_ON = (
    "东城\n"
    "今年东城要完成7号线、14号线站点红线内搬迁，启动望坛项目征收；\n"
    "要拆除存量违法建设4.5万平方米；\n"
    "大幅压缩职高招生计划。\n"
    "完成绿化造林1000亩。\n"
)


def test_the_year_a_line_ending_on_a_semicolon_stated_governs_the_lines_it_runs_on_to(
    tmp_path: Path,
) -> None:
    found = document_targets(tmp_path, RUN_ON, 2016, 2020)
    assert [(t.value, t.deadline) for t in found] == [(4.5, 2016), (1000.0, 2020)]


def test_a_past_year_in_a_run_on_line_governs_nothing_after_it(tmp_path: Path) -> None:
    text = "2015年，全区拆除违法建设3万平方米；\n要拆除存量违法建设4.5万平方米；\n"
    found = document_targets(tmp_path, text, 2016, 2020)
    assert [(t.value, t.deadline) for t in found if t.value == 4.5] == [(4.5, 2020)]


def test_the_letters_the_public_sent_on_a_draft_are_no_target() -> None:
    text = "征求意见期间，共收到书面来信、网上意见反馈和电子邮件60余件。今年新建口袋公园10个。"
    assert [t.value for t in targets_of(text, 2017, 2017)] == [10.0]


def test_the_parts_a_document_laid_out_are_no_target() -> None:
    text = "《规划》设置19个任务专栏，共部署了105项重大工程、计划和行动。到2022年，新建农村公路500公里。"
    assert [t.value for t in targets_of(text, 2018, 2022)] == [500.0]


def test_wells_are_counted_and_new_lines_are_new() -> None:
    found = targets_of("升级改造农用机井1500眼，新上8条生产线。", 2020, 2020)
    assert [(t.value, t.unit, t.kind) for t in found] == [
        (1500.0, "眼", "level"),
        (8.0, "条", "increment"),
    ]


def test_an_eye_that_opens_a_word_is_no_unit() -> None:
    assert targets_of("这3眼下还看不到结果。", 2020, 2020) == []


def test_a_bound_to_hold_looks_ahead_after_a_years_report(tmp_path: Path) -> None:
    text = (
        "2021年，新疆压实耕地保护责任，建设高标准农田428万亩。2022年，新疆粮食播种面积将稳定在"
        "3400万亩，新建高标准农田500万亩。\n"
    )
    found = document_targets(tmp_path, text, 2022, 2022)
    assert [(t.value, t.comparator) for t in found] == [(3400.0, "="), (500.0, ">=")]


def test_a_year_then_a_bare_build_verb_puts_the_metric_after_the_count() -> None:
    found = targets_of("到2020年建100个绿色有机农产品生产基地。", 2016, 2025)
    assert [(t.metric, t.value, t.deadline) for t in found] == [
        ("绿色有机农产品生产基地", 100.0, 2020)
    ]


ANNOUNCED = (
    "上海发布2023年为民办实事项目\n"
    "2023年2月7日，上海2023年为民办实事项目正式公布，共10方面32项，包括新增5000张养老床位、"
    "开设500个小学生爱心暑托班等。\n"
    "2023年为民办实事项目主要聚焦老小旧远，积极回应民生关切。\n"
    "一、新增5000张养老床位；改建2000张认知障碍照护床位。\n"
)


def test_the_years_list_made_public_before_its_items_is_no_report_of_the_year_before(
    tmp_path: Path,
) -> None:
    found = document_targets(tmp_path, ANNOUNCED, 2023, 2023)
    assert [t.value for t in found] == [5000.0, 500.0, 2000.0]


def test_an_item_of_a_list_with_its_own_verb_keeps_its_own_kind() -> None:
    text = (
        "包括新增5000张养老床位、开设500个小学生爱心暑托班、帮助8000名长期失业青年实现就业创业等。"
    )
    found = targets_of(text, 2023, 2023)
    assert [t.kind for t in found] == ["increment", "level", "level"]


def test_an_item_of_a_list_without_a_verb_shares_the_kind_before_it() -> None:
    found = targets_of("新增养老床位5000张、认知障碍照护床位2000张。", 2023, 2023)
    assert [t.kind for t in found] == ["increment", "increment"]
