"""Forty-third round: what the retired batches still missed, in words other than their documents'."""

from __future__ import annotations

import pytest

from plantrack.model import Location
from plantrack.parse.clause import parallel_metrics
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def targets_of(text: str, start: int = 2026, end: int = 2030) -> list:
    context = ParagraphContext(DocFacts(end_year=end, start_year=start, year=start))
    found = extract_targets(text, node_id="p", end_year=end, location=LOC, context=context)
    return [t for t in found if t.value is not None]


def test_places_listed_before_a_rate_each_have_it() -> None:
    got = targets_of("到2030年，甲州市、乙阳市城市公交分担率达到50%以上。")
    assert [(t.metric, t.value) for t in got] == [
        ("甲州市城市公交分担率", 50),
        ("乙阳市城市公交分担率", 50),
    ]
    got = targets_of("全市新建建筑中装配式建筑占比达到40%，其中丙江市、丁山县占比达到50%。")
    assert [(t.metric, t.value) for t in got][1:] == [("丙江市占比", 50), ("丁山县占比", 50)]


@pytest.mark.parametrize(
    "subject",
    [
        "甲区、乙区新建公共充电桩数量",  # a count: the two places may share it
        "中心城区和五个新城完整社区覆盖率",  # a count of towns, a community: no list of places
        "甲园区、乙园区污水收集率",  # parks are no places that set rates
    ],
)
def test_what_is_no_list_of_places_sharing_a_rate(subject: str) -> None:
    assert parallel_metrics(subject) is None


def test_a_real_growth_rate_each_year_is_annual_and_shared() -> None:
    got = targets_of("城乡居民人均可支配收入和农村居民人均纯收入年均实际增长超过6%。")
    assert [(t.metric, t.value, t.comparator, t.kind.value) for t in got] == [
        ("城乡居民人均可支配收入年均实际增长", 6, ">", "annual"),
        ("农村居民人均纯收入年均实际增长", 6, ">", "annual"),
    ]
    got = targets_of("居民人均可支配收入年均实际增长5.5%。")
    assert [(t.value, t.kind.value) for t in got] == [(5.5, "annual")]
