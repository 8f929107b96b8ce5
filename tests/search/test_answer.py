"""ask: typed answers from targets / entities / lists / measures / sentences, citations, none."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.errors import ValidationError
from plantrack.model import Location, Target
from plantrack.search.answer import NOT_FOUND, describe_target
from plantrack.workspace import Workspace

DOC = """某市海洋经济发展行动方案（2026—2028年）

一、总体目标

到2028年，全市海洋生产总值突破2200亿元，海上风电装机容量达到300万千瓦。

二、重点任务

（一）发展海洋新兴产业。积极培育海上风电、海洋生物医药、深远海养殖、海洋电子信息等新兴产业，支持普陀区建设国家级海洋生物医药产业园。

（二）加强海洋科技创新。支持东海实验室建设海洋科创平台，新建省级以上海洋科技创新平台5个。
"""


def test_quantity_question_answers_from_the_target_record(sample_ws: Workspace):
    answer = sample_ws.ask("到2030年算力规模要达到多少？")
    data = answer.to_dict()
    assert set(data) == {"answer", "kind", "type", "citations", "links"}
    assert data["kind"] == "target" and data["type"] == "value" and data["links"] == []
    assert "10" in data["answer"] and "EFLOPS" in data["answer"] and "超过" in data["answer"]
    first = data["citations"][0]
    assert set(first) == {"node", "path", "text", "score"}
    assert first["node"] == "c4.s1.p1" and "10EFLOPS" in first["text"]
    assert first["path"][-1] == "强化算力资源统筹供给" and isinstance(first["score"], float)


def test_reworded_quantity_question(sample_ws: Workspace):
    answer = sample_ws.ask("博士后研究人员的招收目标是多少？")
    assert "3000" in answer.answer and answer.citations[0].node == "c3.s3.box4.i3"


def test_where_and_who_answer_with_entities(sample_ws: Workspace):
    assert sample_ws.ask("哪个区建设低空经济先飞区？").answer == "鄞州"
    assert sample_ws.ask("哪里谋划建设算力中心？").answer == "象山南田岛"
    who = sample_ws.ask("谁要打造世界一流新材料研究机构？")
    assert who.kind == "entity" and who.answer == "中国科学院宁波材料所"
    assert who.citations[0].node == "c3.s1.box3.i3"


def test_list_questions(sample_ws: Workspace):
    answer = sample_ws.ask("颠覆型赛道包括哪些？")
    assert answer.kind == "list" and answer.answer == "量子科技、脑机接口、原子级制造、6G"
    assert sample_ws.ask("成长型赛道有哪些").answer.startswith("具身智能、前沿新材料")
    box = sample_ws.ask("专栏2包括哪些工程？")
    assert box.answer.split("、")[:2] == ["港航物流", "现代贸易"]
    assert box.citations[0].node == "c2.s4.box2"


def test_other_questions_get_the_best_sentence(sample_ws: Workspace):
    answer = sample_ws.ask("对高风险科研项目实行什么机制？")
    assert answer.kind == "passage" and "尽职免责" in answer.answer
    assert answer.citations[0].node == "c3.s4.p3"


@pytest.mark.parametrize(
    "question",
    [
        "？？！",
        "What is the GDP target of Paris?",
        "东京奥运会的金牌数是多少？",
        '" * : NEAR AND',
        "x" * 10_000,
        "宁波有多少个公园？",  # 宁波 is everywhere in the Ningbo plan, 公园 nowhere
        "宁波的垃圾分类怎么推进？",  # 垃圾分类 is a word the plan never uses
    ],
)
def test_nothing_fits_says_so(sample_ws: Workspace, question: str):
    answer = sample_ws.ask(question).to_dict()
    assert (answer["answer"], answer["kind"], answer["citations"]) == (NOT_FOUND, "none", [])


@pytest.mark.parametrize("question", ["", "   ", "\n\t　"])
def test_an_empty_question_is_refused(sample_ws: Workspace, question: str):
    with pytest.raises(ValidationError, match="问题为空"):
        sample_ws.ask(question)


def test_ask_one_plan_among_several(sample_ws: Workspace, tmp_path: Path):
    path = tmp_path / "ocean.txt"
    path.write_text(DOC, encoding="utf-8")
    other = sample_ws.ingest(path).plan
    answer = sample_ws.ask("海洋新兴产业包括哪些？", plan=other.id)
    assert answer.answer == "海上风电、海洋生物医药、深远海养殖、海洋电子信息"
    assert sample_ws.ask("哪个区建设海洋生物医药产业园？", plan=other.id).answer == "普陀区"
    assert "2200" in sample_ws.ask("海洋生产总值要突破多少？", plan=other.id).answer
    # the sample plan says nothing about 海上风电装机: scoped to it, no 300万千瓦 answer
    scoped = sample_ws.ask("海上风电装机容量要达到多少？", plan=sample_ws.plans()[0].id)
    assert "300" not in scoped.answer
    assert "300" in sample_ws.ask("海上风电装机容量要达到多少？").answer  # all plans


def test_describe_target_uses_plan_words():
    loc = Location(node="c1.p1")
    t = Target(
        id="t1",
        metric="金融业增加值",
        value=2000.0,
        unit="亿元",
        comparator=">=",
        kind="level",
        deadline=2030,
        text="金融业增加值达到2000亿元",
        location=loc,
    )
    assert describe_target(t) == "金融业增加值达到2000亿元（2030年）"
    q = Target(
        id="t2",
        metric="本土世界500强企业",
        value=1.0,
        unit="家",
        comparator=">=",
        kind="qualitative",
        deadline=2030,
        text="力争本土世界500强企业实现零的突破",
        location=loc,
        milestone="零的突破",
        aspiration=True,
    )
    assert "零的突破" in describe_target(q)


def test_unit_cue_prefers_the_asked_unit(sample_ws: Workspace, tmp_path: Path):
    from plantrack.search.values import unit_cue

    assert unit_cue("占GDP比重目标？") == ("%",)
    assert unit_cue("要达到多少家？") == ("家",)
    assert unit_cue("规模目标是什么") == ()
    path = tmp_path / "share.txt"
    path.write_text(
        "某县数字经济规划（2026—2030年）\n\n一、主要目标\n\n"
        "到2030年，数字经济核心产业增加值达到600亿元以上，占地区生产总值比重达到15%左右。\n",
        encoding="utf-8",
    )
    plan = sample_ws.ingest(path).plan
    assert "15" in sample_ws.ask("数字经济核心产业占GDP比重目标？", plan=plan.id).answer
    assert "600" in sample_ws.ask("数字经济核心产业增加值要达到多少亿元？", plan=plan.id).answer


def test_several_targets_of_one_clause_in_plan_order(sample_ws: Workspace):
    answer = sample_ws.ask("数字农业工厂和数字化种养基地分别要达到多少家？")
    assert answer.kind == "target"
    assert answer.answer.index("140") < answer.answer.index("310")
    nodes = [c.node for c in answer.citations]
    assert nodes[0] == "c4.s2.box5.i5" and len(nodes) == len(set(nodes))
