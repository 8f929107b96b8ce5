"""Typed answers from the plan text on the sample plan: the named target in the plan's words, a
box item's content, counts with their list, deadlines, every measure of a task."""

from __future__ import annotations

import pytest

from plantrack.model import Location, Target
from plantrack.search.lists import clause_items
from plantrack.search.measures import measures, shorten
from plantrack.search.values import metric_match, plan_wording
from plantrack.workspace import Workspace


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("宁波要引进多少海外优秀人才？", "海外优秀人才800名以上", "500名"),  # the example
        ("国家级制造业单项冠军企业目标是多少？", "单项冠军企业达到160家", "700家"),
        ("新一代智能终端、智能体等应用普及率要达到多少？", "90%以上", None),
        ("科技型中小企业贷款余额要达到多少？", "1600亿元以上", None),
        ("“瞪羚之星”企业要达到多少家？", "100家左右", "500家"),
    ],
)
def test_a_value_comes_from_the_named_target_in_the_plans_words(
    sample_ws: Workspace, question: str, wanted: str, unwanted: str | None
) -> None:
    answer = sample_ws.ask(question)
    assert (answer.type, answer.kind) == ("value", "target")
    assert wanted in answer.answer and "（2030年）" in answer.answer
    assert unwanted is None or unwanted not in answer.answer
    assert answer.citations  # every answer keeps its citations


def test_siblings_answer_together_only_when_both_are_named(sample_ws: Workspace) -> None:
    both = sample_ws.ask("数字农业工厂和数字化种养基地分别要达到多少家？").answer
    assert "140家" in both and "310家" in both
    one = sample_ws.ask("数字农业工厂要达到多少家？").answer
    assert "140家" in one and "310家" not in one


def test_plan_wording_keeps_lead_verb_and_comparator_words() -> None:
    text = "新集聚国内一流科技领军人才500名左右、海外优秀人才800名以上"
    loc = Location(node="c3.s3.box4.i2")
    first = Target("t1", "国内一流科技领军人才", 500, "名", "~", "increment", 2030, text, loc)
    second = Target("t2", "海外优秀人才", 800, "名", ">=", "increment", 2030, text, loc)
    metrics = [first.metric, second.metric]
    assert plan_wording(second, metrics) == "新集聚海外优秀人才800名以上（2030年）"
    assert plan_wording(first, metrics) == "新集聚国内一流科技领军人才500名左右（2030年）"
    shared = "国家级制造业单项冠军企业、专精特新“小巨人”企业分别达到160家、700家以上"
    champion = Target("t2", "国家级制造业单项冠军企业", 160, "家", ">=", "level", 2030, shared, loc)
    giant = Target("t3", "专精特新“小巨人”企业", 700, "家", ">=", "level", 2030, shared, loc)
    pair = [champion.metric, giant.metric]
    assert plan_wording(champion, pair, deadline=False) == "国家级制造业单项冠军企业达到160家"
    assert plan_wording(giant, pair, deadline=False) == "专精特新“小巨人”企业达到700家以上"


def test_metric_match_counts_the_pairs_a_question_names() -> None:
    assert metric_match("宁波要引进多少海外优秀人才？", "海外优秀人才") == 1.0
    assert metric_match("宁波要引进多少海外优秀人才？", "国内一流科技领军人才") < 0.2


def test_a_box_item_asked_for_gives_its_content_not_its_title(sample_ws: Workspace) -> None:
    answer = sample_ws.ask("专栏3有哪些科技基础设施？")  # the example
    assert answer.type == "list" and answer.citations[0].node == "c3.s1.box3.i1"
    assert "海洋关键材料原位动态可视化综合研究设施" in answer.answer
    assert "国家海洋综合试验场宁波片区" in answer.answer
    assert "重点实验室" not in answer.answer  # another item's title


def test_a_count_comes_with_its_list(sample_ws: Workspace) -> None:
    box = sample_ws.ask("专栏2有几项工程？")
    assert box.type == "count" and box.answer.startswith("6项：港航物流、现代贸易")
    assert box.citations[0].node == "c2.s4.box2"
    tracks = sample_ws.ask("突破性赛道有几个？")
    assert tracks.answer == "4个：深海深地、固态电池、细胞基因诊疗、合成生物"
    # a count question that names a target asks for its figure
    figure = sample_ws.ask("部级卓越孵化器要建几家？")
    assert figure.type == "value" and "5家以上" in figure.answer


def test_when_gives_the_deadline_of_the_named_target(sample_ws: Workspace) -> None:
    answer = sample_ws.ask("海外优秀人才800名的目标是哪年？")
    assert answer.type == "when" and answer.answer.startswith("2030年：")
    assert "海外优秀人才800名以上" in answer.answer


def test_how_gives_every_measure_of_the_task(sample_ws: Workspace) -> None:
    answer = sample_ws.ask("低空经济怎么发展？")  # the example
    assert (answer.type, answer.kind) == ("how", "measures")
    assert answer.citations[0].node == "c2.s2.p5"
    steps = answer.answer.split("；")
    assert len(steps) == 5  # the paragraph's five sentences after its title
    assert steps[0].startswith("聚焦低空安全赛道") and "先飞区" in steps[-1]
    assert not answer.answer.startswith("推动低空经济产业创新发展")  # the title is no measure


def test_measures_drop_the_title_and_shorten_long_lists() -> None:
    text = "推动示范。建设甲、乙、丙、丁等设施，完善机制。支持试点。"
    assert measures(text) == ["建设甲、乙等设施，完善机制", "支持试点"]
    assert (
        shorten("推动家电企业向智能化、高端化、品牌化转型")
        == "推动家电企业向智能化、高端化、品牌化转型"
    )


@pytest.mark.parametrize(
    ("clause", "items"),
    [
        (
            "积极开拓具身智能、前沿新材料、氢能与核能、激光制造等成长型赛道",
            ["具身智能", "前沿新材料", "氢能与核能", "激光制造"],
        ),
        ("在龙山镇、掌起镇建设智慧农业示范基地", ["龙山镇", "掌起镇"]),
        ("建设甬舟铁路、甬金铁路", ["甬舟铁路", "甬金铁路"]),
        ("联动推进科学港、青创港、数创港、总部港发展", ["科学港", "青创港", "数创港", "总部港"]),
        ("支持宁波大学、浙江万里学院在宁海设立乡村振兴实践基地", ["宁波大学", "浙江万里学院"]),
        ("加快建设海洋关键材料、农产品质量安全全国重点实验室", []),  # its end is not certain
        ("推进普惠金融改革创新", []),
    ],
)
def test_clause_items(clause: str, items: list[str]) -> None:
    assert clause_items(clause) == items
