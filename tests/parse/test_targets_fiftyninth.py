"""Fifty-fifth round: forms of the retired documents' misses in words of their own — a value
before an ellipsis, a share of the year's task still due, a list of counts each before 的 and
its noun."""

from __future__ import annotations

from pathlib import Path

import pytest

from paragraph import document_targets, targets_of


def test_an_ellipsis_closes_the_phrase_of_a_value() -> None:
    text = "湿地面积将达到300万亩，村庄绿化率将达到25%……2月14日下午，全省林业工作会议召开。"
    found = {t.metric: t.value for t in targets_of(text, 2011, 2015)}
    assert found == {"湿地面积": 300.0, "村庄绿化率": 25.0}


def test_a_share_of_the_year_s_task_still_due_is_an_aim() -> None:
    text = (
        "今年计划造林490万亩，其中重点工程80万亩。按照计划，全省一季度即要完成全年任务的70%以上。"
    )
    values = sorted(t.value for t in targets_of(text, 2011, 2011))
    assert values == [70.0, 80.0, 490.0]


def test_a_share_of_the_year_s_task_done_is_a_result() -> None:
    text = "全省一季度造林150万亩，完成全年任务的30%。"
    assert targets_of(text, 2011, 2011) == []


@pytest.mark.parametrize(
    "text",
    [
        "构建产品矩阵，即至2027年底打造3个以上的量产人形机器人产品、5个以上的量产仿生机器人产品。",
        "到2027年，打造3个以上的量产人形机器人产品、5个以上的量产仿生机器人产品。",
    ],
)
def test_each_count_of_a_list_before_its_noun_is_a_target(text: str) -> None:
    found = [(t.metric, t.value, t.deadline) for t in targets_of(text, 2025, 2027)]
    assert found == [
        ("量产人形机器人产品", 3.0, 2027),
        ("量产仿生机器人产品", 5.0, 2027),
    ]


def test_a_count_that_picks_a_class_before_a_list_stays_out() -> None:
    # 年产值10亿元以上的企业: a bound on the enterprises, then their count
    text = "到2027年，培育年产值10亿元以上的企业20家、5亿元以上的企业30家。"
    assert sorted(t.value for t in targets_of(text, 2025, 2027)) == [20.0, 30.0]


def test_a_district_before_its_verb_is_the_scope() -> None:
    text = "今年李沧区要新建两所小学，开办两处公办幼儿园。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2012, 2012)]
    assert found == [("小学", 2.0, "所"), ("公办幼儿园", 2.0, "处")]


def test_a_place_where_one_thing_is_built_is_not_a_scope() -> None:
    # 在马桥镇新建…一座: where the one works is, not a count of them
    assert targets_of("在马桥镇新建水厂一座。", 2026, 2026) == []


def test_a_mark_passed_the_first_time_is_a_result(tmp_path: Path) -> None:
    text = (
        "一是事故总量和死亡人数持续下降。全省发生各类事故15385起，死亡2464人，同比分别下降"
        "8.01%和15.88%。工矿商贸领域事故死亡首次降到420人以下。\n"
    )
    assert document_targets(tmp_path, text, 2011, 2015) == []


def test_a_mark_to_pass_the_first_time_is_a_goal(tmp_path: Path) -> None:
    text = "到2015年，力争工矿商贸领域事故死亡首次降到420人以下。全省事故起数下降10%。\n"
    assert [t.value for t in document_targets(tmp_path, text, 2011, 2015)] == [420.0, 10.0]
