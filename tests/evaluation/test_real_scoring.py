"""The wild set's scorer: how a gold field and a predicted one are compared."""

from __future__ import annotations

from evaluation.eval_real import field_equal


def test_a_glossed_traditional_key_matches_the_simplified_metric() -> None:
    gold = {"metric": "地區(qū)生產(chǎn)總值增長", "key": "生產(chǎn)總值"}
    assert field_equal("metric", gold, {"metric": "地区生产总值增长"})
    assert not field_equal("metric", gold, {"metric": "地区增加值增长"})


def test_a_unit_in_full_width_or_traditional_characters_is_the_same_unit() -> None:
    gold = {"value": 8.0, "unit": "萬套（間）"}
    assert field_equal("value+unit", gold, {"value": 8.0, "unit": "万套(间)"})
    assert not field_equal("value+unit", gold, {"value": 8.0, "unit": "万套"})
