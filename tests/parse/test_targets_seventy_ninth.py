"""The seventy-fifth round: forms of the retired texts b115 and b116."""

from __future__ import annotations

import pytest

from paragraph import targets_of


def _facts(found: list) -> list[tuple]:
    return [(t.metric, t.value, t.unit, t.kind) for t in found]


def test_a_new_start_counted_by_its_verb_alone_is_a_target() -> None:
    found = targets_of(
        "我省今年将加快4080公里干线公路在建项目建设，新开工1200公里，完工800公里。", 2022, 2022
    )
    assert _facts(found) == [
        ("新开工", 1200.0, "公里", "increment"),
        ("完工", 800.0, "公里", "level"),
    ]


def test_a_bare_new_verb_hands_no_subject_to_the_next_stage() -> None:
    found = targets_of("实施棚户区改造工程。新开工11万套，基本建成13.2万套。", 2021, 2021)
    assert _facts(found) == [
        ("新开工", 11.0, "万套", "increment"),
        ("基本建成", 13.2, "万套", "level"),
    ]


def test_a_bare_new_verb_outside_the_short_list_is_not_a_metric() -> None:
    assert targets_of("加快项目建设，新落地3个。", 2022, 2022) == []


def test_what_is_chosen_by_a_contest_is_counted() -> None:
    found = targets_of(
        "今年我省将推进示范公路建设，省级评选3—5条年度最美旅游路，评选10条全省“最美农村路”。",
        2022,
        2022,
    )
    assert [(t.value, t.value_max, t.unit) for t in found] == [(3.0, 5.0, "条"), (10.0, None, "条")]
    assert found[0].metric.endswith("最美旅游路")


def test_what_a_figure_is_for_is_not_its_metric() -> None:
    found = targets_of("湖南将提质改造农村公路5000公里为乡村振兴注入强动力", 2022, 2022)
    assert all("乡村振兴" not in t.metric for t in found)


def test_a_service_centre_for_the_people_is_still_a_metric_after_the_value() -> None:
    found = targets_of("今年将建成10个为民服务中心。", 2022, 2022)
    assert [(t.metric, t.value) for t in found] == [("为民服务中心", 10.0)]


def test_a_past_year_in_the_ground_a_goal_stands_on_dates_only_its_own_clause(tmp_path) -> None:
    from paragraph import document_targets

    found = document_targets(
        tmp_path,
        "加快建设高速公路快充网络。在去年建设166座城际快充站的基础上，计划建设22座快充站、"
        "88个充电桩，基本建成全省高速公路服务区快充网络。",
        2017,
        2017,
    )
    assert [(t.value, t.unit, t.deadline) for t in found] == [
        (22.0, "座", 2017),
        (88.0, "个", 2017),
    ]


def test_a_wire_copys_ascii_stop_ends_its_sentence(tmp_path) -> None:
    from paragraph import document_targets

    found = document_targets(
        tmp_path,
        "甘肃将推进冷链物流发展, 到2020年, 全省新增各类冷链仓储静态库容500万吨, 总量达到1000万吨.\n"
        "新疆每年营造林200万亩以上, 到2020年森林覆盖率达到5.6%.”22日, 厅长在会上表示.\n",
        2018,
        2020,
    )
    assert [(t.value, t.unit) for t in found] == [
        (500.0, "万吨"),
        (1000.0, "万吨"),
        (200.0, "万亩"),
        (5.6, "%"),
    ]


def test_an_ascii_stop_inside_a_number_or_after_a_heading_numeral_is_kept() -> None:
    from plantrack.read.clean import chinese_punctuation

    assert chinese_punctuation("一.总体要求, 达到1.5%. 其他") == "一.总体要求，达到1.5%。 其他"


def test_a_level_reached_does_not_inherit_the_new_ones_kind() -> None:
    found = targets_of(
        "积极争取将新增1亿亩林地纳入天保工程补助范围，使我区天保补助面积扩展到1.59亿亩。",
        2016,
        2020,
    )
    assert [(t.value, t.kind) for t in found] == [(1.0, "increment"), (1.59, "level")]


def test_either_of_two_targets_joined_by_or_gives_both() -> None:
    found = targets_of(
        "到2027年，重点湖泊所在城市生活污水集中收集率较2024年提升15个百分点或达到75%以上。",
        2025,
        2027,
    )
    assert [(t.value, t.unit) for t in found] == [(15.0, "个百分点"), (75.0, "%")]


def test_what_may_come_is_still_no_target() -> None:
    assert targets_of("到2025年，新能源汽车保有量或达6万辆。", 2021, 2025) == []


def test_a_forecast_of_vehicles_owned_is_no_target_but_the_planned_work_is() -> None:
    found = targets_of(
        "预计到2025年，福州市汽车保有量为188万辆，其中，电动汽车保有量将达到14.1万辆。"
        "到2025年福州市建设公用充电桩14288个。",
        2021,
        2025,
    )
    assert [(t.value, t.unit) for t in found] == [(14288.0, "个")]


def test_a_province_and_this_year_before_the_verb_are_not_the_metric() -> None:
    found = targets_of("新疆今年将造林200万亩", 2019, 2019)
    assert [(t.metric, t.value) for t in found] == [("造林", 200.0)]


def test_a_count_of_a_lists_matters_is_no_target() -> None:
    found = targets_of(
        "“城市路桥‘畅通畅行’行动”“国省干道‘提质改造’行动”等10件民生事项蓄势待发。", 2025, 2025
    )
    assert found == []


def test_what_came_into_use_and_its_figures_are_no_targets() -> None:
    text = (
        "2023年秋季学期开学季，广西共有83所新建中小学幼儿园投入使用，新增校舍面积达135万平方米，"
        "新增学位达3万个。"
    )
    assert targets_of(text, 2023, 2023) == []


def test_what_shall_come_into_use_is_still_a_target() -> None:
    found = targets_of("今年，全区将有83所新建中小学幼儿园投入使用，新增学位3万个。", 2023, 2023)
    assert [t.value for t in found] == [83.0, 3.0]


def test_the_deputies_who_voted_are_no_target() -> None:
    assert (
        targets_of("大会闭幕会上，242名区人大代表现场投票表决，选出10件民生实事。", 2025, 2025)
        == []
    )
    assert targets_of("邀请全镇47名人大代表为全镇发展建言献策。", 2013, 2013) == []


def test_a_count_before_a_generations_code_is_a_target() -> None:
    found = targets_of("到2025年，建成4万个5G基站。", 2021, 2025)
    assert [(t.metric, t.value, t.unit) for t in found] == [("5G基站", 4.0, "万个")]


def test_new_things_after_the_place_that_gets_them_are_increments() -> None:
    found = targets_of(
        "到2024年，平台新增注册企业50万家，博鳌乐城新引进特许药械产品40种。", 2024, 2024
    )
    assert [(t.value, t.kind) for t in found] == [(50.0, "increment"), (40.0, "increment")]


def test_pinyin_glosses_in_lenticular_brackets_are_dropped(tmp_path) -> None:
    from paragraph import document_targets

    found = document_targets(
        tmp_path,
        "到2025年，新能源装【zhuāng】机规模力争达到5000万【wàn】千瓦，"
        "非【fēi】水可【kě】再生能源电力消纳比【bǐ】重提高【gāo】到28%。\n",
        2021,
        2025,
    )
    assert [(t.value, t.unit) for t in found] == [(5000.0, "万千瓦"), (28.0, "%")]
    assert found[0].metric == "新能源装机规模"


_CARD = (
    "津南区上半年民心工程“成绩单”出炉!\n\n"
    "截至2025年6月底，4个子项已完成，其余22个子项正在加快推进！\n\n"
    "01 护苗助老贴心工程\n\n"
    "新增婴幼儿托位460个、普通高中学位1050个。目前，南开学校敬慧路校区主体完工，"
    "明贤高级中学已完成改扩建，正在进行验收。\n\n"
    "建成老年友善医疗机构14家。该项目已完成。完成2家区属公立医院的老年友善医疗机构创建。\n"
)


def test_a_mid_year_report_card_states_each_task_before_its_progress(tmp_path) -> None:
    from paragraph import document_targets

    found = document_targets(tmp_path, _CARD, 2025, 2025, title="津南区上半年民心工程“成绩单”出炉!")
    assert [(t.value, t.unit) for t in found] == [(460.0, "个"), (1050.0, "个"), (14.0, "家")]


def test_still_to_come_before_the_verb_is_not_the_metric() -> None:
    found = targets_of("城区还将新建新能源公共充电桩150个。", 2024, 2024)
    assert [(t.metric, t.kind) for t in found] == [("新能源公共充电桩", "increment")]


@pytest.mark.parametrize(
    "lead",
    [
        "近日，安徽省委、省政府印发了《关于奋力在中部崛起中闯出新路的实施意见》，提出到2025年，",
        "根据规划，目标到2025年，",
    ],
)
def test_a_deadline_after_who_set_it_out_governs_the_sentences_after_it(lead: str) -> None:
    found = targets_of(
        f"{lead}经济总量稳居全国第一方阵。研发经费投入年均增长9%左右，"
        "居民人均可支配收入年均增长7%左右。到2035年，建成现代化经济体系。",
        2022,
        2035,
    )
    assert [(t.value, t.deadline) for t in found] == [(9.0, 2025), (7.0, 2025)]


def test_a_pages_publication_date_glued_to_a_headline_is_not_its_metric() -> None:
    found = targets_of(
        "广西：2023—2025年将新建高标准农田305万亩以上发布日期: 2022-11-28", 2023, 2025
    )
    assert all("发布日期" not in t.metric for t in found)
