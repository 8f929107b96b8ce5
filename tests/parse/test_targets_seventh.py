"""Seventh round: misses of the retired sixth batch, as classes, each in words other than the
documents they were seen in (the review vs plan model has its tests in test_context.py)."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def found(text: str, end_year: int = 2027) -> list[tuple]:
    targets = extract_targets(text, node_id="c1.p1", end_year=end_year, location=LOC)
    return [(t.metric, t.value, t.unit) for t in targets if t.value is not None]


def test_one_value_for_each_listed_metric() -> None:
    # 均 after a list gives each noun the value, whatever it ends in
    got = found("力争入境游客人次、过夜游客消费均增长6%以上。")
    assert [(m, v) for m, v, _ in got] == [("入境游客人次增长", 6), ("过夜游客消费增长", 6)]
    # 投入 ends an indicator like 投资 does
    got = found("科研经费投入、专利授权量年均增长8%。")
    assert [(m, v) for m, v, _ in got] == [("科研经费投入增长", 8), ("专利授权量增长", 8)]
    # a list of kinds before one counted noun stays one target
    assert len(found("培育“专精特新”、“小巨人”企业50家。")) == 1


def test_a_count_after_a_rebuilding_verb() -> None:
    assert found("改建800张康复护理床位。") == [("康复护理床位", 800, "张")]
    assert found("改扩建15所乡镇卫生院。") == [("乡镇卫生院", 15, "所")]


def test_the_extent_of_the_work_before_its_object() -> None:
    # 完成N万平方米以上的…改造: the extent of the work done is the target
    assert found("完成300万平方米以上的老旧住宅加装保温改造。") == [
        ("老旧住宅加装保温改造", 300, "万平方米")
    ]
    assert [v for _, v, _ in found("实施45公里的滨河步道修复工程。")] == [45]
    # a size that qualifies a noun is not (a park of that size)
    assert found("建设100万平方米以上的科创园区。") == []
