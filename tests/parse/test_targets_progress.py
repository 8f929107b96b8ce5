"""Progress reports on a year's tasks (民生实事进展): each task's figure is a target, what is done
of it is not, even in a paragraph that otherwise reports the past."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def found(text: str, year: int = 2024) -> list[tuple]:
    context = ParagraphContext(DocFacts(end_year=year, start_year=year, year=year))
    targets = extract_targets(text, node_id="p", end_year=year, location=LOC, context=context)
    return [(t.metric, t.value, t.unit) for t in targets if t.value is not None]


def test_tasks_beside_what_is_done_in_a_paragraph_that_reports_the_past() -> None:
    text = (
        "今年全区20项民生实事中，截至8月底已完成12项。其余项目中，"
        "30条背街小巷整治已完成21条(70%)，120场文化惠民演出已送96场(80%)，"
        "8个社区食堂建设正在施工中(60%)，这3项预计年底前全部完成。"
    )
    assert found(text) == [
        ("背街小巷整治", 30, "条"),
        ("文化惠民演出", 120, "场"),
        ("社区食堂建设", 8, "个"),
    ]


def test_a_review_passage_still_gives_nothing() -> None:
    # under a heading that reviews the past, a task with its progress is an observation
    context = ParagraphContext(DocFacts(end_year=2024, start_year=2024, year=2024), review=True)
    text = "30条背街小巷整治已完成21条，120场文化惠民演出已送96场。"
    assert extract_targets(text, node_id="p", end_year=2024, location=LOC, context=context) == []


def test_a_done_count_in_another_unit_is_no_completion() -> None:
    # 已累计 between two figures of different measures: the second is no part of the first
    assert found("新建充电桩500个，已累计服务车辆3万辆次。") == [("充电桩", 500, "个")]
