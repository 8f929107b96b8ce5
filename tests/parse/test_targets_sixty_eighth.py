"""Sixty-third round: forms of the retired documents the extractor misread."""

from __future__ import annotations

import pytest

from paragraph import targets_of


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("保障中小学生每天2小时体育活动。", 2.0, "保障中小学生每天体育活动"),
        ("学生在校期间每天至少参加1小时体育锻炼活动。", 1.0, "学生在校期间每天体育锻炼活动"),
    ],
)
def test_a_daily_time_for_an_activity_is_a_target(text: str, value: float, metric: str) -> None:
    found = [(t.value, t.unit, t.comparator, t.metric) for t in targets_of(text, 2020, 2020)]
    assert found == [(value, "小时", ">=", metric)]


def test_a_daily_time_without_an_activity_is_no_target() -> None:
    assert targets_of("图书馆每天开放2小时。", 2020, 2020) == []


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("在30所以上小学开设暑期托管班。", "小学开设暑期托管班"),
        ("在5所公办幼儿园设立托育点。", "公办幼儿园设立托育点"),
    ],
)
def test_the_places_where_a_class_is_opened_are_counted(text: str, metric: str) -> None:
    found = [(t.unit, t.metric) for t in targets_of(text, 2026, 2026)]
    assert found == [("所", metric)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("新增发放创业担保贷款160亿元。", 160.0),
        ("对10类重点就业群体新发放创业担保贷款不低于80亿元。", 80.0),
    ],
)
def test_new_loans_a_plan_sets_are_targets(text: str, value: float) -> None:
    found = [(t.value, t.unit) for t in targets_of(text, 2025, 2025)]
    assert found == [(value, "亿元")]


def test_loans_handed_out_are_no_target() -> None:
    assert targets_of("发放创业担保贷款180亿元。", 2026, 2026) == []


def test_an_indicator_named_with_xinzeng_keeps_its_own_kind() -> None:
    found = [
        (t.metric, t.kind) for t in targets_of("新建学校5所，城镇新增就业41万人。", 2025, 2025)
    ]
    assert found == [("学校", "increment"), ("城镇新增就业", "level")]


def test_the_year_so_far_is_progress_not_a_target() -> None:
    text = "今年1—8月，我市交通运输领域完成投资29.3亿元，完成目标任务的86.4%。今年全市计划完成投资33.9亿元。"
    found = [(t.value, t.metric) for t in targets_of(text, 2024, 2024)]
    assert found == [(33.9, "完成投资")]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "竣工投产发电装机1290万千瓦，其中水电320万千瓦。",
            ["竣工投产发电装机", "水电竣工投产发电装机"],
        ),
        (
            "建设总规模为593万千瓦，其中水电133万千瓦，火电460万千瓦。",
            ["建设总规模", "水电建设总规模", "火电建设总规模"],
        ),
    ],
)
def test_a_class_named_after_qizhong_is_a_share_of_the_total(text: str, metrics: list[str]) -> None:
    assert [t.metric for t in targets_of(text, 1981, 1985)] == metrics


def test_a_part_that_names_its_own_measure_keeps_it() -> None:
    text = "今年粮食播种面积68万亩，其中水稻面积18万亩，玉米面积13万亩。"
    found = [t.metric for t in targets_of(text, 2024, 2024)]
    assert found == ["粮食播种面积", "水稻面积", "玉米面积"]


def test_a_fenbie_list_of_steps_names_its_measure_after_fenbie() -> None:
    text = "2021年，按季度应分别累计完成任务总量的20%、50%、75%和100%。"
    found = {(t.metric, t.kind) for t in targets_of(text, 2021, 2021)}
    assert found == {("按季度完成任务总量", "cumulative")}
    assert len(targets_of(text, 2021, 2021)) == 4


def test_a_fenbie_list_with_one_subject_per_value_is_unchanged() -> None:
    found = [(t.metric, t.kind) for t in targets_of("A率、B率应分别达到20%、50%。", 2021, 2021)]
    assert found == [("A率", "level"), ("B率", "level")]


def test_zhengchuang_marks_an_aspiration_in_its_own_clause_only() -> None:
    text = "争创国家级创新平台2家，新增4A级以上景区10家。"
    found = [(t.value, t.aspiration) for t in targets_of(text, 2026, 2026)]
    assert found == [(2.0, True), (10.0, False)]


def test_a_number_of_months_is_a_duration_not_a_count() -> None:
    found = [
        (t.value, t.unit)
        for t in targets_of("危房改造任务为43801户，在18个月内实施完成。", 2011, 2011)
    ]
    assert found == [(43801.0, "户")]


def test_a_headline_of_measures_run_together_gives_each_its_own_metric() -> None:
    found = [(t.metric, t.value) for t in targets_of("粮食面积68万亩 产量4.54亿斤", 2024, 2024)]
    assert found == [("粮食面积", 68.0), ("粮食产量", 4.54)]


def test_money_before_a_count_is_the_money_of_the_things_counted() -> None:
    text = "完成26亿元水利投资任务以及完成7亿元63项重点水利项目建设任务。"
    found = [(t.value, t.metric) for t in targets_of(text, 2016, 2016)]
    assert found == [(26.0, "水利投资任务"), (7.0, "重点水利项目建设任务")]


def test_a_deadline_clause_before_lizheng_lets_it_head_a_list() -> None:
    text = "奋力推进外贸项目，到2020年，力争保税物流中心进出口额完成5亿美元；跨境电商进出口额实现5亿美元。"
    assert [t.aspiration for t in targets_of(text, 2019, 2020)] == [True, True]


def test_lizheng_after_a_number_still_stops_at_its_clause() -> None:
    text = "地区生产总值增长6%，力争跨境电商进出口额实现5亿美元；外贸进出口达到8亿美元。"
    assert [t.aspiration for t in targets_of(text, 2019, 2019)] == [False, True, False]


def test_goals_run_together_without_commas_are_each_read() -> None:
    text = (
        "全年主要预期目标是:实际利用外资1亿美元规模工业应税销售占全市1/8,有效发明专利数280件"
        "培育国家专精特新“小巨人”企业占全市1/3,限上住宿餐饮业营业额占全市36.1%新增省级重点人才项目入选数10个。"
    )
    found = [t.value for t in targets_of(text, 2024, 2024)]
    assert found == [1.0, 0.125, 280.0, 0.333333, 36.1, 10.0]


def test_a_length_before_a_covered_share_is_no_item_of_a_list() -> None:
    found = [
        (t.value, t.unit)
        for t in targets_of("提升全区轨道交通600米覆盖半径至85%以上。", 2030, 2030)
    ]
    assert found == [(85.0, "%")]


def test_a_value_of_a_goal_the_sentence_then_works_for_is_a_target() -> None:
    text = "为全面实现人口自然增长率控制在4.5‰以内的目标进一步统一思想。"
    found = [(t.value, t.unit, t.comparator) for t in targets_of(text, 2013, 2013)]
    assert found == [(4.5, "‰", "<=")]


def test_xiangci_is_a_unit_of_events_held() -> None:
    found = [(t.value, t.unit) for t in targets_of("开展全民健身活动30项次。", 2025, 2025)]
    assert found == [(30.0, "项次")]


def test_events_counted_after_the_clause_that_names_them() -> None:
    text = "开展青少年心理健康服务进村(社区)行动，全年安排不少于120场次。"
    found = [(t.value, t.metric) for t in targets_of(text, 2022, 2022)]
    assert found == [(120.0, "青少年心理健康服务进村(社区)行动安排")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("从江县农村危改开工率达102%。", []),
        ("任务完成率129%。", []),
        ("新能源商用车年复合增长率超过200%。", [200.0]),
    ],
)
def test_a_rate_past_the_whole_is_a_result_unless_it_is_a_growth(
    text: str, expected: list[float]
) -> None:
    assert [t.value for t in targets_of(text, 2011, 2011)] == expected
