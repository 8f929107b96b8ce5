"""A page's furniture in a document's text: page numbers, newspaper continuation marks, a web
collection's page titles and related-news links — found here, removed by `clean`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from plantrack.model import Block

_MARK_NUM = r"[0-9一二三四五六七八九十百零〇]+"
# 【上接第6版】 【下转第8版】 （上接第X版） (转第3版) 〔接第二版〕 ...
CONTINUATION_RE = re.compile(
    rf"[【（(〔\[［]\s*(?:上接|下转|接|转|续)\s*第?\s*{_MARK_NUM}\s*版\s*[】）)〕\]］]"
)
# — 12 —  - 12 -  –12–, 第 3 页  第3页 共10页, Page 3 of 9: a page number in a form no table cell has
_PAGE_FORMS = (
    r"[-—–－─~]+\s*\d{1,4}\s*[-—–－─~]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
)
# A whole block that is only a page number: those forms, or 3/10 or a bare 12 (either may be a cell)
PAGE_NUMBER_RE = re.compile(rf"^(?:{_PAGE_FORMS}|\d{{1,4}}\s*/\s*\d{{1,4}}|\d{{1,4}})$")
# 2023年政府工作报告-12篇(第58/84页): the title line of one page of a web collection of documents
COLLECTION_PAGE_RE = re.compile(
    r"^[^。，；,;]{0,40}[-—－]\s*\d{1,4}\s*篇\s*[(（]第\s*\d{1,4}\s*/\s*\d{1,4}\s*页[)）]$"
)
# Xin Lang Cai Jing·2026-01-09 10:26, 新浪财经·2026-01-09: a news site's stamp under a headline
SITE_STAMP_RE = re.compile(
    r"^[A-Za-z\u4e00-\u9fff ]{2,24}[·|｜]\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# - [ 11-07]福建今年将建设21个…: a dated link of a page's related-news list (one line, no sentence)
RELATED_LINK_RE = re.compile(r"^[-·•]?\s*[\[［【]\s*\d{1,2}-\d{1,2}\s*[\]］】][^。；]{0,60}$")
# — 5 —, 第5页, Page 5: a page number no table cell looks like (3/4 and a bare 30 may be cells)
PAGE_MARK_RE = re.compile(rf"^(?:{_PAGE_FORMS})$")


_FIRST_NUMBER_RE = re.compile(r"\d{1,4}")


def page_offset(numbered: Sequence[tuple[int, str]]) -> int | None:
    """The offset (printed number − page index) that a document's page numbers share: of the
    (page index, text) of every line at a page edge that reads as a page number, the most common
    offset when two or more pages agree on it, else None."""
    offsets = Counter(
        int(found.group()) - page
        for page, text in numbered
        if (found := _FIRST_NUMBER_RE.search(text))
    )
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    return offset if count >= 2 else None


Numbering = tuple[int | None, int]  # page_offset, and how many bare figures sit at page edges


def page_numbering(numbered: Sequence[tuple[int, str]]) -> Numbering:
    """How a document's pages are numbered, from the (page index, text) of every line at a
    page edge that reads as a page number."""
    return page_offset(numbered), sum(1 for _, text in numbered if text.isdigit())


def is_page_number(text: str, page: int, pages: Numbering) -> bool:
    """A page's number: any form of `PAGE_NUMBER_RE` but a bare figure, which must fit the
    numbers the other pages print (`bare_page_number`)."""
    if not PAGE_NUMBER_RE.match(text):
        return False
    return not text.isdigit() or bare_page_number(text, page, *pages)


def bare_page_number(text: str, page: int, offset: int | None, candidates: int) -> bool:
    """A bare figure at a page edge (`30`) is the page's number when it fits the numbers the other
    pages print (a table cell one a line that a page break left at a page's top does not), or when
    it is the document's only such figure."""
    if offset is not None:
        return int(text) - page == offset
    return candidates <= 1


def at_page_edge(blocks: list[Block], index: int) -> bool:
    """True when the block before or after this one is on another (known) page."""
    page = blocks[index].page
    if page is None:
        return False
    neighbours = blocks[max(index - 1, 0) : index] + blocks[index + 1 : index + 2]
    return any(other.page is not None and other.page != page for other in neighbours)


def numbering(blocks: list[Block]) -> Numbering:
    """How a document's pages are numbered, read from its paragraphs at page edges."""
    return page_numbering(
        [
            (block.page, text)
            for index, block in enumerate(blocks)
            if block.kind == "paragraph"
            and block.page is not None
            and PAGE_NUMBER_RE.match(text := block.text.strip())
            and at_page_edge(blocks, index)
        ]
    )


def page_chrome(
    blocks: list[Block], index: int, text: str, pages: Numbering = (None, 1)
) -> str | None:
    """The repair that removes a paragraph which is only a page's number or title, or None."""
    block = blocks[index]
    if block.kind != "paragraph":
        return None
    # a bare "30" may be a table cell on its own line: only at a known page edge, in sequence
    edge = not text.isdigit() or at_page_edge(blocks, index)
    if edge and is_page_number(text, block.page or 0, pages):
        return f"removed page number: {text}"
    if COLLECTION_PAGE_RE.match(text):
        return f"removed a collection page's title: {text}"
    if RELATED_LINK_RE.match(text):
        return f"removed a related-news link: {text}"
    if SITE_STAMP_RE.match(text):
        return f"removed a news site's stamp: {text}"
    return None


def without_page_marks(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Blocks without the lines that are only a page's number (— 5 —), before any table is
    rebuilt: a PDF's page number inside a table copied one cell a line is no cell."""
    kept: list[Block] = []
    repairs: list[str] = []
    for block in blocks:
        if block.kind == "paragraph" and PAGE_MARK_RE.match(block.text.strip()):
            repairs.append(f"removed page number: {block.text.strip()}")
        else:
            kept.append(block)
    return kept, repairs
