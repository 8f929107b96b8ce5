"""Sixty-seventh round: forms of the retired eighty-eighth and eighty-ninth batches the
extractor misread."""

from __future__ import annotations

from paragraph import targets_of


def test_shi_xian_you_is_no_stock_on_hand() -> None:
    """实现有人机…: 实现 then 有人机, not 现有 (the state today, an observation)."""
    text = "到2026年，实现有人机、无人机飞行量分别达30万架次、450万架次。"
    found = [(t.metric, t.value, t.unit) for t in targets_of(text, 2024, 2026)]
    assert found == [("有人机飞行量", 30.0, "万架次"), ("无人机飞行量", 450.0, "万架次")]


def test_a_season_over_two_years_is_due_at_its_end() -> None:
    text = "到2027—2028年雪季，冰雪旅游接待游客达到2.3亿人次；到2030年，冰雪旅游接待3亿人次。"
    found = [(t.value, t.deadline) for t in targets_of(text, 2024, 2030)]
    assert found == [(2.3, 2028), (3.0, 2030)]


def test_a_comma_between_names_in_brackets_parts_no_clauses() -> None:
    text = "到2020年，国家级品牌景区(5A级景区,国家生态旅游示范区)达到3家。"
    (target,) = targets_of(text, 2018, 2020)
    assert target.metric.startswith("国家级品牌景区")
    assert (target.value, target.unit) == (3.0, "家")


def test_figures_in_brackets_still_part_clauses() -> None:
    """（其中A 2个，B 3个）: each figure in the brackets keeps its own clause and subject."""
    text = "到2025年，新建学校5所（其中小学2所，初中3所）。"
    found = [(t.value, t.unit) for t in targets_of(text, 2023, 2025)]
    assert (5.0, "所") in found


def test_an_index_score_without_a_unit_is_a_target() -> None:
    (target,) = targets_of("到2027年，两化融合发展水平达到66。", 2023, 2027)
    assert (target.metric, target.value, target.unit) == ("两化融合发展水平", 66.0, None)
