"""The ninetieth round: a sentence that opens on the state of today (目前，…已…) turns ahead at a
year written in Chinese numerals (，预计到二0一0年，…)."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets


def test_a_year_ahead_in_chinese_numerals_ends_the_state_of_today(tmp_path: Path) -> None:
    text = (
        "目前,安徽已储备了三百四十四亿元的旅游项目,预计到二0一0年,安徽的入境游客将达到"
        "一百五十万人次,国内游客达到一亿人次,旅游总收入八百亿元。"
    )
    got = {(t.value, t.unit, t.deadline) for t in document_targets(tmp_path, text, 2006, 2010)}
    assert got == {(150, "万人次", 2010), (1, "亿人次", 2010), (800, "亿元", 2010)}


def test_the_state_of_today_alone_stays_a_report(tmp_path: Path) -> None:
    text = "目前,全省已储备了三百四十四亿元的旅游项目,接待游客达到一亿人次。"
    assert document_targets(tmp_path, text, 2006, 2010) == []
