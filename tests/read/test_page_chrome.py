"""A page's furniture: page numbers, continuation marks, collection titles, related links."""

from __future__ import annotations

import pytest

from plantrack.model import Block
from plantrack.read.page_chrome import page_chrome, without_page_marks


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
