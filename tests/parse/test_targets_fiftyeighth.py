"""Fifty-fourth round: forms of the retired documents' misses in words of their own — a subject
whose clause ends on its base (在…的基础上，), a figure reported as the year's task fulfilled."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("全市各类安全生产事故死亡人数在“十五”末的基础上，每年下降2.5%。", "死亡人数", 2.5),
        ("全市单位GDP能耗在2005年的基础上，下降20%。", "单位GDP能耗", 20.0),
        ("城镇居民人均可支配收入在2020年基础上，年均增长7%。", "可支配收入", 7.0),
    ],
)
def test_a_subject_before_its_base_governs_the_change_after_the_comma(
    text: str, metric: str, value: float
) -> None:
    found = [(t.metric, t.value) for t in targets_of(text, 2006, 2010)]
    assert len(found) == 1
    assert metric in found[0][0] and found[0][1] == value


@pytest.mark.parametrize(
    "text",
    [
        "全年建成生活垃圾中转站6座，新增生活垃圾转运能力3350吨/天，完成年度目标任务。",
        "全年建成全民健身场地设施25个，超额完成22个的年度目标任",  # a page cut after 任
    ],
)
def test_a_figure_beside_the_task_it_fulfilled_is_a_result(text: str) -> None:
    assert targets_of(text, 2018, 2018) == []


def test_a_plan_to_fulfil_the_task_keeps_its_figure() -> None:
    text = "2026年新增生活垃圾转运能力3000吨/天，确保完成年度目标任务。"
    assert [t.value for t in targets_of(text, 2026, 2026)] == [3000.0]


@pytest.mark.parametrize(
    "text",
    [
        "今年全市拟投入277亿元，重点办好25件民生实事。",
        "全县先后共筹资4974.44万元，用以解决饮水问题。",
    ],
)
def test_money_proposed_or_raised_is_not_a_target(text: str) -> None:
    assert all("元" not in (t.unit or "") for t in targets_of(text, 2015, 2015))


def test_a_share_of_the_task_done_after_each_figure_makes_them_results() -> None:
    text = "新增就业人员14.26万人，完成111%；新开工建设保障性住房104.85万平方米，完成进度达131%。"
    assert targets_of(text, 2012, 2012) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "另外，上半年五大战役重点项目建设完成投资2031.16亿元，其中体育场馆已经开工。",
        "重点项目建设完成投资2031.16亿元，占今年确定目标的73.6%。",
    ],
)
def test_the_half_year_so_far_and_its_share_of_the_year_s_target_are_progress(
    tmp_path: Path, paragraph: str
) -> None:
    text = f"福建省2012年为民办实事项目进展\n\n{paragraph}\n"
    assert document_targets(tmp_path, text, 2012, 2012) == []


def test_the_unit_after_the_last_value_of_a_list_joined_by_和_is_every_value_s() -> None:
    text = "到2015年，甲市、乙市、丙市公交车辆拥有量分别达到15、12和10标台。"
    assert [(t.value, t.unit) for t in targets_of(text, 2011, 2015)] == [
        (15.0, "标台"),
        (12.0, "标台"),
        (10.0, "标台"),
    ]


def test_a_population_that_picks_a_class_of_cities_is_not_a_target() -> None:
    text = (
        "300万人口以上的城市、100-300万人口的城市以及100万人口以下的城市，"
        "万人公交车辆拥有量分别达到15、12和10标台以上。"
    )
    assert [t.value for t in targets_of(text, 2011, 2015)] == [15.0, 12.0, 10.0]
