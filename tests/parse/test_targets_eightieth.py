"""The seventy-sixth round: forms of the retired texts b115 to b118 and the older batches."""

from __future__ import annotations

import pytest

from paragraph import document_targets, targets_of


def _facts(found: list) -> list[tuple]:
    return [(t.metric, t.value, t.unit, t.comparator) for t in found]


def test_a_verb_that_acts_on_a_share_of_things_makes_the_share_a_target() -> None:
    found = targets_of("到2026年，淘汰50%左右的国四及以下排放标准柴油环卫车。", 2024, 2026)
    assert _facts(found) == [("淘汰国四及以下排放标准柴油环卫车", 50.0, "%", "~")]


def test_a_share_that_the_plan_moves_is_a_target() -> None:
    found = targets_of("到2030年，将75%的降雨就地消纳和利用。", 2024, 2030)
    assert [(t.value, t.unit) for t in found] == [(75.0, "%")]
    assert "降雨就地消纳" in found[0].metric


def test_a_share_that_does_a_listed_thing_is_a_target() -> None:
    found = targets_of("到2020年，实现15%以上的难利用矿产转化为可利用资源。", 2016, 2020)
    assert [(t.value, t.unit) for t in found] == [(15.0, "%")]


def test_a_list_items_number_does_not_hide_the_work_its_counts_are_of() -> None:
    found = targets_of("13 推动既有多层住宅加装电梯建设,新开工400台,完工150台", 2022, 2022)
    assert found[0].metric == "既有多层住宅加装电梯建设"
    assert (found[0].value, found[0].unit) == (400.0, "台")


@pytest.mark.parametrize(
    "text",
    [
        "河北省重点实施11项国土绿化重点工程。",
        "《规划》还确定了教育现代化推进工程等17个教育改革发展重点工程。",
        "该规划把全省乡村振兴任务统筹细化成73项重大工程、重大行动、重大计划。",
        "贵州省入选8个国家算力枢纽节点之一。",
        "到2022年，打造千亿云茶大产业。",
    ],
)
def test_a_plans_own_programmes_one_of_many_and_an_industrys_grade_are_no_targets(
    text: str,
) -> None:
    assert targets_of(text, 2021, 2025) == []


def test_the_work_that_is_one_of_a_lists_items_keeps_its_count() -> None:
    found = targets_of("维修改造300公里农村公路是2022年阜新市十件民生实事项目之一。", 2022, 2022)
    assert [(t.value, t.unit) for t in found] == [(300.0, "公里")]


def test_an_industrys_output_stated_in_a_bare_scale_is_still_a_target() -> None:
    found = targets_of("到2025年，茶产业综合产值突破千亿。", 2021, 2025)
    assert [(t.value, t.unit) for t in found] == [
        (1000.0, "亿元")
    ]  # money named: 亿元, as gold labels it


def test_a_task_that_builds_a_base_across_a_few_words_opens_no_review(tmp_path) -> None:
    """• 潞城镇持续夯实都市工业发展基础: a short task line, not 发展基础 the heading of a review:
    the task lines under it keep their targets."""
    lines = [
        "• 加快第二批搬迁市属国企总部建设",
        "• 潞城镇持续夯实都市工业发展基础",
        "• 马驹桥镇大力发展智慧物流、智能制造",
        "• 建设24处社区(村)公园,增补3万平方米小微绿地,打造一批花园社区",
        "• 推进6个集租房项目建设,竣工保障性住房2500套",
    ]
    found = document_targets(tmp_path, "\n\n".join(lines), 2026, 2026, "通州区2026年重点任务")
    assert [(t.value, t.unit) for t in found] == [
        (24.0, "处"),
        (3.0, "万平方米"),
        (6.0, "个"),
        (2500.0, "套"),
    ]


def test_how_far_a_target_moved_from_last_years_is_no_target() -> None:
    text = (
        "与上年相比，海南今年调高了GDP、地方一般公共预算收入、固定资产投资的增速目标，"
        "分别上调0.5个、5个、4个百分点，社会消费品零售总额增长目标则下调1个百分点。"
    )
    assert targets_of(text, 2023, 2023) == []


def test_a_wage_raised_by_a_share_is_still_a_target() -> None:
    found = targets_of("今年最低工资标准平均上调15%左右。", 2024, 2024)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(15.0, "%", "~")]


def test_reached_then_held_is_at_least_the_level() -> None:
    found = targets_of("到2035年，全省森林覆盖率将由2018年的34%达到并稳定在40%。", 2019, 2035)
    assert _facts(found) == [("森林覆盖率", 40.0, "%", ">=")]
    assert (found[0].baseline, found[0].baseline_year) == (34.0, 2018)


def test_a_value_closed_by_about_then_a_noun_opens_the_next_clause() -> None:
    text = (
        "到2025年，全国奶类产量达到4100万吨左右，百头以上规模养殖比重达到75%左右规模养殖场"
        "草畜配套，种养结合生产比例提高5个百分点左右。"
    )
    found = targets_of(text, 2022, 2025)
    assert [(t.value, t.unit) for t in found] == [(4100.0, "万吨"), (75.0, "%"), (5.0, "个百分点")]
