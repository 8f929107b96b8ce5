"""Fifty-eighth round: forms of the retired documents' misses in words of their own."""

from __future__ import annotations

from paragraph import targets_of


def test_a_rate_over_each_year_is_a_yearly_figure() -> None:
    text = "到2030年，森林火灾年平均受害率控制在0.9‰以内，农村公路年均养护工程比例不低于10%。"
    found = [(t.value, t.kind) for t in targets_of(text, 2026, 2030)]
    assert found == [(0.9, "annual"), (10.0, "annual")]


def test_a_yearly_mean_concentration_stays_a_level() -> None:
    text = "到2030年，细颗粒物年均浓度下降到28微克/立方米。"
    assert [t.kind for t in targets_of(text, 2026, 2030)] == ["level"]
