"""The seventieth round: forms of the retired texts (one-character list items, a year's highlights)."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_values, targets_of


def test_one_character_goods_share_the_measure_of_the_last() -> None:
    found = targets_of("力争全区肉、奶、禽蛋产量分别增长10%、9%、2%。", 2023, 2023)
    assert [t.metric for t in found] == ["肉产量增长", "奶产量增长", "禽蛋产量增长"]


def test_a_section_of_highlights_reports_the_past(tmp_path: Path) -> None:
    text = (
        "二、全市三农工作亮点\n"
        "（一）大豆玉米带状复合种植实现一季双收。2022年，大豆玉米带状复合种植收获面积约11.6万亩，"
        "平均每亩收获玉米约580公斤。\n"
        "三、2023年工作目标\n"
        "全市粮食播种面积稳定在330万亩以上。\n"
    )
    assert document_values(tmp_path, text, 2022, 2023) == [330.0]
