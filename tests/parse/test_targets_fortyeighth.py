"""Forty-eighth round: a level the plan holds (保持年产…的水平), what an existing stock shall add,
shares of a total named in the same sentence (其中，山西…), a change measured from a baseline
with its subject in the clause before, a work named alone before its verb and figure, and
how a list of livelihood projects was made — in words other than the retired documents'."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_values, targets_of


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("到2030年，棉布产量保持年产150亿米的水平。", "棉布产量", 150),
        ("到2030年，粮食综合生产能力维持在年产700亿斤的水平上。", "粮食综合生产能力", 700),
    ],
)
def test_a_level_the_plan_holds_is_a_target_with_equals(
    text: str, metric: str, value: float
) -> None:
    (target,) = targets_of(text)
    assert (target.metric, target.value, target.comparator.value) == (metric, value, "=")


def test_a_level_with_a_bound_keeps_its_bound() -> None:
    (target,) = targets_of("到2030年，粮食产量保持在年产700亿斤以上的水平。")
    assert (target.value, target.comparator.value) == (700, ">=")


def test_what_an_existing_stock_shall_add_is_a_target() -> None:
    (target,) = targets_of("到2030年，现有油田净增产量300万吨。")
    assert (target.metric, target.value, target.unit) == ("现有油田净增产量", 300, "万吨")


def test_what_there_is_now_stays_out() -> None:
    found = targets_of("全县现有养老机构12家，到2030年新增养老床位500张。")
    assert [t.value for t in found] == [500]


def test_shares_of_a_total_in_the_same_sentence_name_the_total() -> None:
    found = targets_of(
        "到1990年，油田勘探新增探明储量8亿吨，其中，黑龙江3亿吨，新疆2亿吨，渤海地区1亿吨。",
        1986,
        1990,
    )
    assert [(t.metric, t.value) for t in found][1:] == [
        ("黑龙江油田勘探新增探明储量", 3),
        ("新疆油田勘探新增探明储量", 2),
        ("渤海地区油田勘探新增探明储量", 1),
    ]


def test_a_place_without_a_total_before_it_stays_as_written() -> None:
    found = targets_of("到2030年，黑龙江新增造林面积30万亩。")
    assert [t.metric for t in found] == ["黑龙江新增造林面积"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("到1990年，化肥产量达到1.2亿吨，比1985年增长20%。", "化肥产量增长"),
        ("到2030年，高技能人才总量12万人，较“十四五”期末增加30%。", "高技能人才总量增加"),
    ],
)
def test_a_change_from_a_baseline_takes_the_subject_before(text: str, metric: str) -> None:
    found = targets_of(text, 1986, 1990) if "1990" in text else targets_of(text)
    assert found[-1].metric == metric


def test_a_work_named_alone_then_its_verb_and_figure() -> None:
    (target,) = targets_of("到2030年，农村供水管网更新改造工程，建成1200公里。")
    assert (target.metric, target.value, target.unit) == (
        "农村供水管网更新改造工程建成",
        1200,
        "公里",
    )


@pytest.mark.parametrize(
    "text",
    [
        "全区多方筹集各类资金12亿元以上，保障项目实施。",
        "经征求意见，共遴选了15件民生实事候选项目。",
        "初步形成了拟列入2027年民生实事项目清单共30件。",
    ],
)
def test_how_a_list_was_made_and_funded_is_not_a_target(text: str) -> None:
    assert targets_of(text, 2027, 2027) == []


@pytest.mark.parametrize(
    ("text", "metric", "value", "baseline", "comparator"),
    [
        (
            "到2030年，每吨钢综合能耗由2025年的每吨560千克降为530千克。",
            "每吨钢综合能耗",
            530,
            560,
            "<=",
        ),
        (
            "到2030年，全员劳动生产率由2025年的年工日产1.2吨提高到1.5吨。",
            "全员劳动生产率",
            1.5,
            1.2,
            ">=",
        ),
    ],
)
def test_a_baseline_with_its_measure_words_and_a_fall_to_a_level(
    text: str, metric: str, value: float, baseline: float, comparator: str
) -> None:
    (target,) = targets_of(text)
    got = (target.metric, target.value, target.baseline, target.comparator.value)
    assert got == (metric, value, baseline, comparator)


def test_a_subject_named_after_its_scope_and_the_change_from_its_baseline() -> None:
    found = targets_of(
        "到2030年，包括种植业、林业、畜牧业三个方面的农业总产值，按照2025年价格计算，"
        "达到900亿元，比2025年的750亿元增加150亿元。"
    )
    assert [t.value for t in found] == [900, 150]
    assert found[0].metric.endswith("农业总产值")
    assert found[1].metric.endswith("农业总产值增加")


@pytest.mark.parametrize(
    "text",
    [
        "2027年12项民生实事项目名单正式公布。",
        "县政府今年将为民办好10件大事和民生实事。",
        "规划共设12篇，并设置20个“专栏”。",
        "《纲要》共18篇、65章。",
    ],
)
def test_a_count_of_a_lists_items_or_a_plans_parts_is_not_a_target(text: str) -> None:
    assert targets_of(text, 2027, 2027) == []


def test_a_counted_work_beside_the_list_it_belongs_to_stays_a_target() -> None:
    found = targets_of("今年12项民生实事中，新建口袋公园20个。", 2027, 2027)
    assert [(t.metric, t.value) for t in found] == [("口袋公园", 20)]


def test_another_stage_of_the_same_work_names_the_work() -> None:
    found = targets_of("农村供水保障工程建成60处、开工90处。", 2027, 2027)
    assert [(t.metric, t.value) for t in found] == [
        ("农村供水保障工程建成", 60),
        ("农村供水保障工程开工", 90),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "截至今年6月底，全市充电桩保有量突破3万个。",
        "截至目前，累计建成口袋公园120个。",
    ],
)
def test_the_state_as_of_now_is_not_a_target(text: str) -> None:
    assert targets_of(text, 2027, 2030) == []


def test_a_deadline_with_a_month_of_a_later_year_stays_a_deadline() -> None:
    (target,) = targets_of("截至2029年6月底，全市充电桩达到5万个。", 2027, 2030)
    assert (target.value, target.deadline) == (5, 2029)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1990年棉布产量达到200亿米，比1985年增长18。", 18),
        ("1990年化肥产量达到1.5亿吨，比1985年的1.2亿吨增长25左右。", 25),
        ("五年内单位产值能耗平均每年下降3.5。", 3.5),
        ("1990年，名优产品的比重由1985年的30%提高到45。", 45),
    ],
)
def test_a_growth_whose_per_cent_a_scan_lost_is_a_share(text: str, value: float) -> None:
    found = targets_of(text, 1986, 1990)
    assert (found[-1].value, found[-1].unit) == (value, "%")


def test_a_bare_count_after_other_verbs_stays_out() -> None:
    assert [t.value for t in targets_of("1990年，比1985年增加300。", 1986, 1990)] == []


def test_the_parts_of_a_distributed_total_are_not_targets(tmp_path: Path) -> None:
    text = (
        "第十章　投资结构\n"
        "　　全市固定资产投资800亿元的分配如下：\n"
        "　　（一）由市级部门安排的投资500亿元\n"
        "其中：　　交通运输200亿元，占总投资的比重由上期的20%提高到25%；　　水利100亿元。\n"
        "　　五年内，新建农村公路1200公里，城市供水能力新增50万吨/日。\n"
    )
    values = document_values(tmp_path, text, 2026, 2030)
    assert values == [800, 25, 1200, 50]


def test_a_share_allotted_with_its_money_goes_with_it(tmp_path: Path) -> None:
    text = (
        "　　五年内全市财政对各项事业的支出总数为300亿元，其分配和百分比如下："
        "教育部门为90亿元，占百分之30；卫生部门为60亿元，占百分之20。\n"
    )
    assert document_values(tmp_path, text, 2026, 2030) == [300]


def test_a_years_outcome_as_estimated_is_a_review(tmp_path: Path) -> None:
    text = (
        "　　过去一年，全区经济社会发展取得新成效。\n"
        "　　预计地区生产总值超过900亿元，增长7.5%左右；规模以上工业增加值增长9%以上，增速创历史新高；"
        "新增高新技术企业120家，总量全市第二。\n"
        "　　今年全区地区生产总值增长6%左右。\n"
    )
    assert document_values(tmp_path, text, 2025, 2025) == [6]


def test_an_estimate_that_looks_ahead_is_read() -> None:
    found = targets_of("预计到2030年，全区充电桩达到2万个，增速创历史新高。", 2026, 2030)
    assert [t.value for t in found] == [2]


def test_money_paid_each_month_is_not_a_target() -> None:
    text = "城乡特困人员基本生活标准分别从每人每月900元、700元提高到950元、760元。"
    assert targets_of(text, 2025, 2025) == []


def test_each_counted_item_of_one_work_is_a_target() -> None:
    found = targets_of("对城区30条主干道路、12座人行天桥、8座跨河桥梁进行整治维修。", 2025, 2025)
    assert [(t.value, t.unit) for t in found] == [(30, "条"), (12, "座"), (8, "座")]
    assert "主干道路" in found[0].metric and "人行天桥" in found[1].metric


def test_a_second_count_of_a_listed_item_shares_its_metric() -> None:
    found = targets_of("实施河道生态修复42.5公里180公顷、森林公园建设3个2万亩、退化林修复5万亩。")
    assert [(t.metric, t.value, t.unit) for t in found] == [
        ("河道生态修复", 42.5, "公里"),
        ("河道生态修复", 180, "公顷"),
        ("森林公园建设", 3, "个"),
        ("森林公园建设", 2, "万亩"),
        ("退化林修复", 5, "万亩"),
    ]
