"""A page's furniture: page numbers, continuation marks, collection titles, related links."""

from __future__ import annotations

import pytest

from plantrack.model import Block
from plantrack.read.layout import Line, drop_running_lines
from plantrack.read.page_chrome import (
    bare_page_number,
    page_chrome,
    page_offset,
    without_page_marks,
)
from plantrack.read.txt import parse_text


@pytest.mark.parametrize("mark", ["— 12 —", "- 13 -", "第 3 页", "第3页 共10页", "Page 4 of 9"])
def test_a_page_number_no_cell_looks_like_goes_before_anything_else(mark: str) -> None:
    blocks = [Block("人均预期寿命"), Block(mark), Block("80.5")]
    kept, repairs = without_page_marks(blocks)
    assert [b.text for b in kept] == ["人均预期寿命", "80.5"]
    assert repairs == [f"removed page number: {mark}"]


def test_a_bare_figure_stays_unless_at_a_page_edge() -> None:
    """30 on a line of its own may be a table's cell: a page number only where a page ends."""
    blocks = [Block(t, "paragraph", 1, n) for n, t in enumerate(["指标", "30", "单位"], 1)]
    assert without_page_marks(blocks) == (blocks, [])
    assert page_chrome(blocks, 1, "30") is None
    paged = [*blocks[:2], Block("下页。", "paragraph", 2, 1)]
    assert page_chrome(paged, 1, "30") == "removed page number: 30"


def test_page_3_of_4_waits_for_the_tables_to_be_rebuilt() -> None:
    """3/4 may be a cell (a share) until the tables are rebuilt; alone after that, a page."""
    blocks = [Block("指标"), Block("3/4"), Block("单位")]
    assert without_page_marks(blocks) == (blocks, [])
    assert page_chrome(blocks, 1, "3/4") == "removed page number: 3/4"


def test_a_collection_pages_title_and_a_related_link_are_chrome() -> None:
    blocks = [Block("2023年政府工作报告-12篇(第58/84页)"), Block("- [ 11-07]福建今年将建设21个")]
    assert page_chrome(blocks, 0, blocks[0].text).startswith("removed a collection page's title")
    assert page_chrome(blocks, 1, blocks[1].text).startswith("removed a related-news link")


def test_page_numbers_share_one_offset_from_their_page() -> None:
    """An excerpt of a longer PDF prints — 5 —, — 6 — on its first pages: offset 5; a row
    number (3) a page break left atop the third page does not fit it."""
    numbered = [(0, "— 5 —"), (1, "— 6 —"), (2, "3")]
    assert page_offset(numbered) == 5
    assert not bare_page_number("3", 2, 5, 1)
    assert bare_page_number("7", 2, 5, 1)
    assert page_offset([(0, "12")]) is None  # one page says nothing of a sequence
    assert bare_page_number("12", 0, None, 1)  # the only bare figure at an edge: a page number
    assert not bare_page_number("30", 0, None, 3)  # three that fit no sequence: cells


def test_a_cell_at_a_page_top_outlives_the_page_numbers() -> None:
    """A PDF's pages numbered 1, 2, 3 at their foot; 560, a cell of a table one cell a line,
    is the first line of page 2: the numbers go, the cell stays."""
    pages = [
        [Line("街镇", 1), Line("安亭镇", 2), Line("件数", 3), Line("1", 4)],
        [Line("560", 1), Line("3506.59", 2), Line("1900", 3), Line("2", 4)],
        [Line("719.58", 1), Line("622.44", 2), Line("720.86", 3), Line("3", 4)],
    ]
    kept, removed = drop_running_lines(pages)
    assert removed == 3
    assert [line.text for line in kept[1]] == ["560", "3506.59", "1900"]


def test_a_bare_figure_atop_a_page_that_prints_its_number_dressed_is_a_cell() -> None:
    # a task table one cell a line over two pages of a PDF's saved text: the 2 that opens
    # page 2 is the second row's 序号, not the page's number (which is — 2 — at its foot)
    title = "2025年民生实事项目进展情况"
    page1 = [title, "序号", "目标任务", "进展情况", "1", "新建充电桩350个", "已建99个", "— 1 —"]
    page2 = [
        title,
        "2",
        "建设充电驿站1440个",
        "正在选址",
        "3",
        "新建青少年宫13家",
        "已确定",
        "— 2 —",
    ]
    page3 = [title, "4", "建成宁静小区5个", "已完成1个", "5", "新建公园8个", "已开工", "— 3 —"]
    text = "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f" + "\n".join(page3) + "\n"
    lines = [b.text for b in parse_text(text)]
    assert [t for t in lines if t in ("2", "4")] == ["2", "4"]
    assert lines.count(title) == 1  # the running header goes, the title stays
