"""A pattern scanned by its first characters finds the same matches as the pattern itself."""

from __future__ import annotations

import re

import pytest

from plantrack.parse.first_chars import scan_first_chars

TEXTS = [
    "2023年，全市地区生产总值比上年增长5.2%，已完成年度计划的103%。",
    "到2027年，力争新建口袋公园50个，二是农村人居环境明显改善。",
    "（一）全部完工；截至2024年底，居全国第3位，首次突破1万亿元。年底前全部完成。",
    "",
]
SOURCES = [
    r"[一二三四五](?<![^。；\n].)是[^，。；]{2,30}(?:明显|持续)(?:改善|提升)",  # a class, a lookbehind
    r"(?<![前底])全部(?:完成|完工)(?=[，。；]|$)",
    r"(?:^|[，。；])(?:到|至)?((?:19|20)\d\d)年(?:底|末)?",  # an anchor, an optional group
    r"比上年|已(?:经)?完成|首次(?:突破|超过)|居全国第\d+位",
    r"\s*(?:截至|截止)((?:19|20)\d\d)年",  # a pattern opening with optional space
]


@pytest.mark.parametrize("source", SOURCES)
def test_the_wrapped_pattern_finds_the_same_matches(source: str) -> None:
    pattern = re.compile(source)
    wrapped = scan_first_chars(pattern)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in wrapped.finditer(text)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)
        ]


def test_a_lookahead_names_every_first_character() -> None:
    wrapped = scan_first_chars(re.compile(r"[一二三]是|力争|(?<!争)取得"))
    assert wrapped.pattern.startswith("(?=[一二三力取])")
    assert [m.group() for m in wrapped.finditer("二是力争，已取得")] == ["二是", "力争", "取得"]


@pytest.mark.parametrize("source", [r"[^，]{2}", r"a?", r".x", r"(?x) a b"])
def test_a_pattern_whose_first_character_cannot_be_named_is_left_alone(source: str) -> None:
    pattern = re.compile(source)
    assert scan_first_chars(pattern) is pattern


@pytest.mark.parametrize("source", [r"元$", r"[A-Za-z0-9]", r"(?P<verb>达到?)全[国省市]的?$"])
def test_a_pattern_that_opens_on_a_character_is_left_alone(source: str) -> None:
    pattern = re.compile(source)  # the engine scans for that first character itself
    assert scan_first_chars(pattern) is pattern
