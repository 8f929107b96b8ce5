"""Sixty-first round: forms of the retired documents (b74 among them) the extractor misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_values, targets_of


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("粮食产量近1200万吨。", "粮食产量"),
        ("加快推进航塘港出海泵闸等全市近30座外围泵闸建设。", "外围泵闸建设"),
        ("制造业物流总额占社会物流总额的比重接近90%。", "制造业物流总额占社会物流总额的比重"),
        ("发电量比1985年增长将近40%。", "发电量增长"),
    ],
)
def test_nearly_is_about_and_leaves_the_metric(text: str, metric: str) -> None:
    found = [(t.comparator, t.metric) for t in targets_of(text, 2021, 2025)]
    assert found == [("~", metric)]


def test_the_recent_years_after_nearly_are_no_target() -> None:
    assert targets_of("粮食生产保持近两年的水平。", 2021, 2025) == []


def test_the_aim_takes_the_subject_of_the_clause_before() -> None:
    text = "2009年全省接待国内游客量为2.44亿人次，目标是2015年达到5亿人次。"
    found = [(t.value, t.metric) for t in targets_of(text, 2011, 2015)]
    assert found == [(5.0, "接待国内游客量")]


def test_an_aim_alone_keeps_its_words() -> None:
    found = targets_of("目标是2015年达到5亿人次。", 2011, 2015)
    assert [t.value for t in found] == [5.0]


def test_the_close_of_a_quote_and_planned_investment_stay_in_the_metric() -> None:
    found = targets_of("我省60个旅游重点项目，“十二五期间”计划投资近1220亿元。", 2011, 2015)
    assert [(t.metric, t.comparator) for t in found] == [("计划投资", "~")]


def test_planned_before_a_new_thing_verb_is_still_dropped() -> None:
    found = targets_of("计划新建学校5所。", 2021, 2025)
    assert [(t.metric, t.kind) for t in found] == [("学校", "increment")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("对78处重点路口优化配时方案，确保道路交通秩序安全畅通。", "重点路口配时方案"),
        ("对20条背街小巷进行整治。", "背街小巷整治"),
    ],
)
def test_a_count_after_dui_with_its_work_after_it(text: str, metric: str) -> None:
    found = [(t.value, t.metric) for t in targets_of(text, 2025, 2025)]
    assert len(found) == 1 and found[0][1] == metric


def test_parts_are_no_zero() -> None:
    assert targets_of("今年，气动零件，西藏将围绕绿色环保推动旅游业发展。", 2016, 2016) == []


def test_new_after_an_aim_word_inside_the_metric_is_an_increment() -> None:
    found = targets_of("油料力争新增面积2500万亩。", 2022, 2025)
    assert [(t.kind, t.aspiration) for t in found] == [("increment", True)]


def test_a_count_after_dui_and_a_space_with_renewal_after_it() -> None:
    found = targets_of("对 6个街道卫生院(社区卫生服务中心)设备更新。", 2020, 2020)
    assert [(t.value, t.unit) for t in found] == [(6.0, "个")]


def test_a_paragraph_level_with_the_years_plan_reports_progress(tmp_path: Path) -> None:
    text = (
        "实施城区集中治丧\n"
        "完成投资0.4亿元,与年度计划持平。九池殡仪服务站建成投用。新建、改建城乡污水管网95公里。\n"
    )
    assert document_values(tmp_path, text, 2025, 2025) == []


def test_rebuilt_or_new_is_a_level_and_five_a_side_no_count() -> None:
    text = "今年，我省将改建或新建21个青少年运动健身中心、20个五人制足球场。"
    found = [(t.value, t.kind) for t in targets_of(text, 2026, 2026)]
    assert found == [(21.0, "level"), (20.0, "level")]


def test_a_multiple_from_a_level_in_a_year_takes_both_as_its_baseline() -> None:
    text = "实现旅游综合收入在2015年旅游综合收入248.49亿元的基础上翻一番。"
    found = [(t.value, t.kind, t.baseline, t.baseline_year) for t in targets_of(text, 2016, 2020)]
    assert found == [(2.0, "multiple", 248.49, 2015)]


def test_a_figure_whose_first_digit_is_lost_is_no_zero() -> None:
    assert targets_of("完成?000多条重点中小河流重要河段治理。", 2011, 2015) == []


def test_a_pages_related_news_links_are_chrome(tmp_path: Path) -> None:
    text = (
        "福建今年将建设农民体育健身工程3000个。\n"
        "- [ 11-07]福建今年将建设21个乡(镇)农民体育健身活动中心\n"
        "- [ 08-08]福建启动全民健身日系列活动 将开展13项比赛\n"
    )
    assert document_values(tmp_path, text, 2014, 2014) == [3000.0]


def test_a_year_after_the_scope_dates_new_starts_named_after_their_work() -> None:
    text = "全市2020年城镇老旧小区改造新开工49个、256万平方米、3.2万户。"
    found = [(t.value, t.kind, t.deadline) for t in targets_of(text, 2020, 2025)]
    assert found == [
        (49.0, "increment", 2020),
        (256.0, "increment", 2020),
        (3.2, "increment", 2020),
    ]


def test_money_a_fund_hands_out_each_year_is_a_budget() -> None:
    text = "从2011年开始，中央从小型农田水利重点县建设资金中每年安排50亿元左右。"
    assert targets_of(text, 2011, 2015) == []


BOX = """# 第三章 深化科技产业金融融合

|     |
| --- |
| 专栏2：全力打造新质产业集聚区 |
| 商业卫星及终端应用产业集聚区：以松江经开区九亭分区约2平方公里区域为主要承载区，力争到2030年，建成产业规模超过500亿元、具有国际影响力的卫星互联网产业集群。<br>6G未来产业集聚区：以泗泾镇为核心，先行启动区域面积约1平方公里，聚焦通信设备制造，力争到2030年，集聚区带动产业集群规模突破400亿元。 |
"""


def test_a_box_written_as_a_table_of_one_column_is_read_as_text(tmp_path: Path) -> None:
    assert document_values(tmp_path, BOX, 2026, 2030) == [500.0, 400.0]


def test_aim_by_a_year_governs_the_rest_after_a_description() -> None:
    text = (
        "新能源电力装备产业集聚区：以松江经开区约1平方公里区域为主要承载区，聚焦绿色能源，"
        "力争到2030年，集聚区带动产业集群规模突破400亿元。"
    )
    found = [(t.value, t.aspiration) for t in targets_of(text, 2026, 2030)]
    assert found == [(400.0, True)]


@pytest.mark.parametrize("text", ["大会还邀请了18名荣誉市民参加。", "200多名人大代表齐聚一堂。"])
def test_who_came_to_a_meeting_is_no_target(text: str) -> None:
    assert targets_of(text, 2013, 2013) == []


def test_people_a_plan_invites_are_still_a_target() -> None:
    found = targets_of("“十二五”期间，邀请500名国际文化名人来华访问。", 2011, 2015)
    assert [t.value for t in found] == [500.0]


def test_within_this_year_right_after_the_value_dates_it() -> None:
    found = targets_of("13个抽水蓄能电站今年内全部核准启动建设。", 2022, 2025)
    assert [(t.value, t.deadline) for t in found] == [(13.0, 2022)]


def test_a_year_in_the_next_clause_does_not_date_the_value_before() -> None:
    found = targets_of("建设项目50个，今年完成20个。", 2022, 2025)
    assert [(t.value, t.deadline) for t in found] == [(50.0, 2025), (20.0, 2022)]


@pytest.mark.parametrize(
    "text",
    [
        "市级儿童福利机构优化提质项目、新增床位470张。",
        "小区新增电动自行车充电设施50个。",
        "全年新增床位3200张。",
    ],
)
def test_new_after_a_list_mark_a_place_or_the_year_is_an_increment(text: str) -> None:
    assert [t.kind for t in targets_of(text, 2025, 2025)] == ["increment"]


@pytest.mark.parametrize(
    "text",
    ["城镇新增就业1.2万人。", "社区新建改造社区综合服务站20个。", "扩建、新建城乡局所2700处。"],
)
def test_an_indicator_named_new_and_new_with_rework_stay_levels(text: str) -> None:
    assert [t.kind for t in targets_of(text, 2025, 2025)] == ["level"]


def test_a_clause_with_its_own_stage_inherits_no_new() -> None:
    text = "新建幼儿园5所，竣工幼儿园3所，投入使用幼儿园5所。"
    found = [(t.value, t.kind) for t in targets_of(text, 2020, 2020)]
    assert found == [(5.0, "increment"), (3.0, "level"), (5.0, "level")]


def test_a_bound_written_as_a_sign_keeps_a_value_whose_unit_was_lost(tmp_path: Path) -> None:
    text = "行动方案列出目标:至2025年上海人均健康期望寿命≥71,65至74岁老年人失能发生率有所下降,家庭病床总建床数占常住人口比例≥3,长者运动健康之家新增100家。\n"
    assert document_values(tmp_path, text, 2022, 2025) == [71.0, 3.0, 100.0]


@pytest.mark.parametrize(
    "text",
    [
        "专家表示，放眼全国，我国人群健康预期寿命为69.4岁。",
        "数据显示：美国人均期望寿命为78.5岁，健康期望寿命为68.5岁。",
    ],
)
def test_facts_someone_reports_are_no_targets(text: str) -> None:
    assert targets_of(text, 2022, 2025) == []


def test_a_report_that_looks_ahead_still_sets_targets() -> None:
    found = targets_of("数据显示，到2025年全市人均预期寿命将达到82岁。", 2022, 2025)
    assert [t.value for t in found] == [82.0]


def test_jobs_created_with_a_spaced_figure() -> None:
    found = targets_of("并将创造 200,000 个新工作岗位。", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(200000.0, "个")]


def test_the_three_sectors_abbreviated_and_carried_to_the_next_list() -> None:
    text = (
        "2005年第一、二、三产业增加值占国内生产总值的比重分别为13％、51％和36％，"
        "从业人员占全社会从业人员的比重分别为44％、23％和33％。"
    )
    found = [t.metric for t in targets_of(text, 2001, 2005)]
    assert found == [
        "第一产业增加值占国内生产总值的比重",
        "第二产业增加值占国内生产总值的比重",
        "第三产业增加值占国内生产总值的比重",
        "第一产业从业人员占全社会从业人员的比重",
        "第二产业从业人员占全社会从业人员的比重",
        "第三产业从业人员占全社会从业人员的比重",
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("竣工3所学校、幼儿园。", 3.0),
        ("消灭20条城区“断头路”。", 20.0),
        ("完工9个续建老旧小区改造项目。", 9.0),
    ],
)
def test_a_count_after_finishing_or_removing_verbs(text: str, value: float) -> None:
    assert [t.value for t in targets_of(text, 2025, 2025)] == [value]
