"""The typography variants of the wild set rewrite a text as its real copies do."""

from __future__ import annotations

from evaluation.eval_variants import (
    PAGE_LINES,
    WRAP,
    ascii_punctuation,
    double_spaced,
    full_width_punctuation,
    hard_wrapped,
    pdf_pages,
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


def test_pdf_pages_number_each_page_and_repeat_the_first_line_atop_the_next() -> None:
    text = "关于推进城市更新的实施方案\n" + "\n".join(f"第{n}行。" for n in range(PAGE_LINES * 2))
    pages = pdf_pages(text).split("\f")
    assert len(pages) == 3
    assert pages[0].splitlines()[-1] == "— 1 —" and pages[1].splitlines()[-1] == "— 2 —"
    assert pages[1].splitlines()[0] == pages[2].splitlines()[0] == "关于推进城市更新的实施方案"


def test_double_spacing_puts_a_blank_line_after_every_line() -> None:
    assert (
        double_spaced("一、目标\n到2025年，森林覆盖率达到45%。")
        == "一、目标\n\n到2025年，森林覆盖率达到45%。"
    )
