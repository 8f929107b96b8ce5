"""The typography variants of the wild set rewrite a text as its real copies do."""

from __future__ import annotations

from evaluation.eval_variants import (
    WRAP,
    ascii_punctuation,
    full_width_punctuation,
    hard_wrapped,
    spaced_figures,
    traditional,
)

TEXT = "到2025年，新增充电桩1,500个（含换电站），覆盖率达到95%；建成区面积:120平方公里。"


def test_ascii_and_full_width_punctuation_swap_the_marks() -> None:
    ascii_text = ascii_punctuation(TEXT)
    assert (
        ascii_text == "到2025年,新增充电桩1,500个(含换电站),覆盖率达到95%;建成区面积:120平方公里。"
    )
    assert full_width_punctuation(ascii_text) == (
        "到2025年，新增充电桩1,500个（含换电站），覆盖率达到95%；建成区面积：120平方公里。"
    )


def test_figures_are_spaced_from_their_words_not_inside() -> None:
    assert spaced_figures("到2025年，新增15个，达到95%") == "到 2025 年，新增 15 个，达到 95 %"
    assert spaced_figures("1,500") == "1,500"


def test_prose_is_cut_at_one_width_and_table_rows_are_not() -> None:
    prose = "一" * (WRAP * 2 + 5)
    assert [len(line) for line in hard_wrapped(prose).split("\n")] == [WRAP, WRAP, 5]
    row = "指标\t" + "二" * 60
    assert hard_wrapped(row) == row


def test_traditional_characters() -> None:
    assert traditional("新增充电桩") == "新增充電樁"
