"""The question-type step (search/question.py): the rule table on the issue's questions and on
reworded ones, and the words an owner/progress/how question searches the plan for."""

from __future__ import annotations

import pytest

from plantrack.search.question import TYPE_LABELS, TYPES, question_type, topic


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("宁波要引进多少海外优秀人才？", "value"),
        ("国家级制造业单项冠军企业目标是多少？", "value"),
        ("国家5A级物流企业要达到几家？", "value"),  # 达到: a figure, not a number of items
        ("海洋领域高新技术企业要增加到什么水平？", "value"),
        ("专栏3有哪些科技基础设施？", "list"),
        ("专栏3里的科技基础设施要建什么？", "list"),
        ("要建设哪几条铁路？", "list"),  # 哪几: which ones
        ("专栏5一共有几项？", "count"),
        ("成长型赛道有几条？", "count"),
        ("舟山有几项保障措施？", "count"),  # 几项 before 措施
        ("全域高水平创新型城市哪一年基本建成？", "when"),
        ("宁海农村公路什么时候完成新改建150公里？", "when"),  # 什么时候 before 完成
        ("低空经济怎么发展？", "how"),
        ("人才激励有哪些举措？", "how"),  # 举措 before 哪些
        ("高性能算力规模由哪个部门牵头？", "owner"),
        ("哪些部门负责科技金融？", "owner"),
        ("5A级物流企业这个指标谁来抓？", "owner"),
        ("算力规模目前进展如何？", "progress"),
        ("哪些指标滞后？", "progress"),
        ("截至2026年，5G-A基站建了多少个？", "progress"),  # 截至 before 多少
        ("金融业增加值目标完成了没有？", "progress"),
        ("哪个区建设低空经济先飞区？", "where"),
        ("谁要打造世界一流新材料研究机构？", "who"),  # 谁 without an owner word: an institution
        ("对高风险科研项目实行什么机制？", "passage"),
    ],
)
def test_question_type(question: str, expected: str) -> None:
    assert question_type(question) == expected


def test_every_type_has_words_in_both_languages() -> None:
    assert set(TYPES) | {"none"} == set(TYPE_LABELS)
    assert all(zh and en for zh, en in TYPE_LABELS.values())


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("高性能算力规模由哪个部门牵头？", "高性能算力规模"),
        ("算力规模目前进展如何？", "算力规模"),
        ("人才激励有哪些举措？", "人才激励"),
    ],
)
def test_topic_drops_the_cue_words(question: str, words: str) -> None:
    assert topic(question).replace(" ", "").strip("？有哪些") == words


def test_topic_keeps_a_question_that_is_all_cue_words() -> None:
    assert topic("谁负责？") == "谁负责？"
