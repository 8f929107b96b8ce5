"""Fifty-seventh round: forms of the retired documents' misses in words of their own."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_values, targets_of


def test_a_paragraph_that_reports_last_years_goals_met_is_a_review(tmp_path: Path) -> None:
    text = (
        "会上公布,2025年全市10类30件民生实事项目年度目标任务已全面完成。其中具体成效包括:"
        "新建改扩建中小学12所;完成农村公路新改建800公里。\n"
        "2026年,全市将新建改扩建中小学15所。\n"
    )
    assert document_values(tmp_path, text, 2026, 2026) == [15.0]


def test_this_years_goals_told_as_met_ahead_are_not_a_review(tmp_path: Path) -> None:
    text = "2026年全市民生实事项目目标任务要全面完成,新建改扩建中小学15所。\n"
    assert document_values(tmp_path, text, 2026, 2026) == [15.0]


def test_a_finished_count_after_a_started_one_names_the_same_thing() -> None:
    text = "今年新开工建设安置房60万平方米、竣工80万平方米。保障性住房新开工2万套、竣工1.5万套。"
    found = [(t.value, t.metric, t.kind) for t in targets_of(text, 2026, 2026)]
    assert found[1] == (80.0, "竣工安置房", "level")
    assert found[3] == (1.5, "竣工保障性住房", "level")


def test_a_bare_count_is_of_the_work_the_clause_before_names() -> None:
    found = [
        (t.value, t.metric) for t in targets_of("要实施城市更新项目，数量为500个。", 2026, 2026)
    ]
    assert found == [(500.0, "城市更新项目")]


def test_money_budgeted_by_other_words_is_no_target() -> None:
    text = (
        "今年安排投资5.1亿元，计划投资资金16.8亿元，其中国家专项建设债券资金1.66亿元，"
        "省级财政已落实预算资金规模约92亿元。新建学校3所。"
    )
    found = [(t.value, t.unit) for t in targets_of(text, 2026, 2026)]
    assert found == [(3.0, "所")]


def test_what_a_government_spends_on_a_field_is_no_target() -> None:
    text = "其中在教育方面的投入达到6.6亿元。李沧区还将投资1200万元。该县将投资11.6亿元用于交通基础设施建设。"
    assert targets_of(text, 2012, 2012) == []


def test_a_nations_investment_in_a_network_stays_a_target() -> None:
    text = "“十五五”时期，我国着力推进新型电网建设，将投资5万亿元以上。"
    assert [(t.value, t.unit) for t in targets_of(text, 2026, 2030)] == [(5.0, "万亿元")]


def test_one_time_in_a_term_is_no_count() -> None:
    text = "减少一次能源大规模长距离输送压力，减少一次性用品的使用，非化石能源占一次能源消费比重达到25%。"
    assert [(t.value, t.unit) for t in targets_of(text, 2025, 2025)] == [(25.0, "%")]


def test_a_web_pages_label_after_a_figure_is_no_metric() -> None:
    for text in (
        "气温37.1℃ 作者",
        "培育产值十亿级的行业龙头企业2家以上来源",
        "力争并网装机25GW以上中国电力网发布时间",
    ):
        metrics = [t.metric for t in targets_of(text, 2025, 2027)]
        assert not any(m.endswith(("作者", "来源", "发布时间")) for m in metrics), (text, metrics)


def test_a_list_of_years_counts_what_the_words_before_it_name() -> None:
    text = (
        "到2027年更新老旧设备5218台，其中2024年850台、2025年1200台、2026年1440台、2027年1728台。"
        "推动企业实施污防设施提升改造，2024年5家、2027年10家。"
    )
    found = [(t.value, t.metric, t.deadline) for t in targets_of(text, 2024, 2027)]
    assert found == [
        (5218.0, "更新老旧设备", 2027),
        (850.0, "更新老旧设备", 2024),
        (1200.0, "更新老旧设备", 2025),
        (1440.0, "更新老旧设备", 2026),
        (1728.0, "更新老旧设备", 2027),
        (5.0, "企业实施污防设施提升改造", 2024),
        (10.0, "企业实施污防设施提升改造", 2027),
    ]


def test_years_listed_without_values_after_them_are_no_yearly_list() -> None:
    text = "森林覆盖率在2025年、2030年分别达到30%、32%。"
    found = [(t.value, t.deadline) for t in targets_of(text, 2021, 2030)]
    assert found == [(30.0, 2025), (32.0, 2030)]


def test_a_past_years_goals_restated_in_its_review_are_no_targets(tmp_path: Path) -> None:
    text = (
        "一、2003年国民经济和社会发展计划执行情况\n"
        "市人大批准的2003年全市经济和社会发展主要调控目标是:国内生产总值增长12%;"
        "城镇登记失业率控制在4%左右。\n"
        "二、2004年国民经济和社会发展计划\n"
        "2004年主要调控目标是:国内生产总值增长11%。\n"
    )
    assert document_values(tmp_path, text, 2004, 2004) == [11.0]


def test_a_concentration_in_micrograms_per_cubic_metre_keeps_its_unit() -> None:
    text = "PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3。臭氧浓度低于160µg/m³。"
    found = [(t.value, t.unit) for t in targets_of(text, 2019, 2019)]
    assert found == [(47.0, "μg/m3"), (61.0, "μg/m3"), (160.0, "µg/m³")]


def test_a_change_of_rank_is_no_target() -> None:
    text = "县域经济综合实力全省排名上升10位，位次前移5名，新培育规上企业30家。"
    assert [(t.value, t.unit) for t in targets_of(text, 2020, 2020)] == [(30.0, "家")]


def test_the_three_sectors_listed_are_named_in_full() -> None:
    text = "国内生产总值增长10%,其中一、二、三产业分别增长3%、11%、11%。一二三产增加值分别增长3%、6%、8%。"
    metrics = [t.metric for t in targets_of(text, 2003, 2003)]
    assert metrics[1:4] == ["第一产业增长", "第二产业增长", "第三产业增长"]
    assert metrics[4:] == ["一产增加值增长", "二产增加值增长", "三产增加值增长"]
