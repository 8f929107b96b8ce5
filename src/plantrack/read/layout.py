"""Page lines → paragraphs: the layout rules shared by the PDF reader and OCR.

A reader hands in, page by page, the visual lines it found with the box of each line (PDF points,
y measured upwards from the bottom of the page, as pdfium gives it). `assemble` removes running
headers, footers and page numbers, then re-joins the lines of each paragraph from the page's
left/right edges and indentation. Lines read by OCR carry the confidence of each word
(`Line.confidences`), which follows the text into the block.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from plantrack.model import Block
from plantrack.read.clean import ends_sentence, is_title_heading, normalize_width
from plantrack.read.headings import is_heading
from plantrack.read.page_chrome import PAGE_NUMBER_RE, is_page_number, page_numbering

# Lines repeated in the top/bottom zone of at least this share of pages are running heads.
_RUNNING_SHARE = 0.6
_EDGE_LINES = 2  # how many lines at the top and at the bottom of a page can be a header/footer
_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")
_NOT_WORD_RE = re.compile(r"[^\w#]+")
# running lines read by OCR: the same line with a character or two misread
_FUZZY_MIN = 6
_FUZZY_RATIO = 0.8
_TITLE_MAX_CHARS = 40
_PUNCT_RE = re.compile(r"[，。；：、！？,;:!?（）()“”《》]")

Layout = tuple[float, float, float, bool]  # left edge, right edge, character size, indents


@dataclass(slots=True)
class Line:
    """One visual line of a page; the box is unknown (None) when the reader could not place it."""

    text: str
    number: int  # 1-based position on its page, as extracted
    x0: float | None = None
    x1: float | None = None
    top: float | None = None
    height: float | None = None
    table: Block | None = None  # a placeholder line standing for a table found here
    # OCR: (end offset in `text`, confidence 0–100) of each word, in order
    confidences: list[tuple[int, float]] = field(default_factory=list)


def edge_lines(lines: list[Line]) -> list[Line]:
    """The lines nearest the top and bottom edges of the page (by position when known)."""
    if all(line.top is not None for line in lines):
        ordered = sorted(lines, key=lambda line: -(line.top or 0.0))
    else:
        ordered = lines
    if len(ordered) <= 2 * _EDGE_LINES:
        return list(ordered)
    return ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:]


def _running_key(text: str) -> str:
    """Header/footer identity: page-varying numbers, spacing and punctuation ignored."""
    return _NOT_WORD_RE.sub("", _DIGITS_RE.sub("#", _SPACE_RE.sub("", text)))


def _running(key: str, running: set[str], fuzzy: bool) -> bool:
    """A running line; with `fuzzy` (OCR'd pages) also when a character or two of it were
    misread (宁波日报2026年j月20日)."""
    if key in running:
        return True
    return (
        fuzzy
        and len(key) >= _FUZZY_MIN
        and any(SequenceMatcher(None, key, other).ratio() >= _FUZZY_RATIO for other in running)
    )


_TITLE_PREFIX_MIN = 8  # characters of the title a running header repeats at the least
_KEY_MIN = 4  # of them left as words (索引号 1132…J/2026-00: 索引号#J##)


def _title_repeated(pages: list[list[Line]], edges: list[list[Line]]) -> set[str]:
    """The keys of the lines atop a later page that repeat the document's first line or its
    opening (a two-page PDF's header over page 2, cut short: 济南市人民政府办公厅关于印发…)."""
    first = next((line for line in pages[0] if line.table is None), None) if pages else None
    title = _running_key(first.text) if first else ""
    if len(title) < _KEY_MIN:
        return set()
    return {
        key
        for page_edges in edges[1:]
        for line in page_edges[:_EDGE_LINES]
        if len(line.text.strip()) >= _TITLE_PREFIX_MIN
        and len(key := _running_key(line.text)) >= _KEY_MIN
        and title.startswith(key)
    }


def drop_running_lines(pages: list[list[Line]]) -> tuple[list[list[Line]], int]:
    """Remove page numbers and lines repeated at the top/bottom of most pages."""
    edges = [edge_lines([line for line in lines if line.table is None]) for lines in pages]
    keys = [{_running_key(line.text) for line in page_edges} for page_edges in edges]
    fuzzy = any(line.confidences for page_edges in edges for line in page_edges)
    threshold = max(2, math.ceil(_RUNNING_SHARE * len(pages)))
    running = {
        key
        for page_keys in keys
        for key in page_keys
        # a figure alone (<15000, 80.5) repeats as cells do; a page number is told by its form
        if key.strip("#") and sum(1 for other in keys if _running(key, other, fuzzy)) >= threshold
    }
    running |= _title_repeated(pages, edges)
    numbers = page_numbering(
        [
            (page, text)
            for page, page_edges in enumerate(edges)
            for line in page_edges
            if PAGE_NUMBER_RE.match(text := normalize_width(line.text).strip())
        ]
    )
    removed = 0
    kept_pages: list[list[Line]] = []
    for page, (lines, page_edges) in enumerate(zip(pages, edges, strict=True)):
        texts = [normalize_width(line.text).strip() for line in page_edges]
        # a page that prints its number dressed (— 2 —) has no bare one: a 2 at its top is a cell
        dressed = any(PAGE_NUMBER_RE.match(t) and not t.isdigit() for t in texts)
        drop = {
            id(line)
            for line, text in zip(page_edges, texts, strict=True)
            if _running(_running_key(line.text), running, fuzzy)
            or (is_page_number(text, page, numbers) and not (dressed and text.isdigit()))
        }
        removed += len(drop)
        kept_pages.append([line for line in lines if id(line) not in drop])
    return kept_pages, removed


def page_layout(pages: list[list[Line]]) -> Layout | None:
    """(left edge, right edge, character size, indented paragraphs used) of the body text."""
    boxes = [line for lines in pages for line in lines if line.x0 is not None and not line.table]
    if not boxes:
        return None
    heights = sorted(line.height or 0.0 for line in boxes)
    char = heights[len(heights) // 2] or 10.0
    left = min(line.x0 or 0.0 for line in boxes)
    right = max(line.x1 or 0.0 for line in boxes)
    indented = sum(1 for line in boxes if (line.x0 or 0.0) - left > 1.5 * char)
    return left, right, char, indented >= max(2, len(boxes) // 20)


def _continues(prev: Line, line: Line, layout: Layout | None) -> bool:
    """True when `line` continues the paragraph whose last line is `prev`."""
    if is_heading(line.text):
        return False
    full = indented = None
    if layout is not None and prev.x1 is not None and line.x0 is not None:
        left, right, char, uses_indent = layout
        # ragged right: CJK line breaking leaves full lines up to ~2 characters short
        full = prev.x1 >= right - 3 * char
        indented = uses_indent and line.x0 - left > 1.5 * char
    # A heading line stands alone; the first line of a list item (1.港航物流…) that fills the
    # width runs on into the next line.
    if is_heading(prev.text) and (full is False or (full is None and is_title_heading(prev.text))):
        return False
    if not ends_sentence(prev.text):
        if indented and full is False:
            return False  # a short line, then an indented first line: a new paragraph
        # A short unpunctuated line (a title) does not run on into the text below it.
        short_title = len(prev.text) <= _TITLE_MAX_CHARS and not _PUNCT_RE.search(prev.text)
        return not (short_title and full is not True)
    # A sentence that ends exactly at the right edge may still run on: the next line says.
    return bool(full) and indented is False


def _append(block: Block, line: Line) -> None:
    """Add a line's text (and its word confidences, shifted) to the end of a paragraph."""
    offset = len(block.text)
    block.text += line.text
    if line.confidences:
        block.confidences = [*(block.confidences or []), *_shifted(line.confidences, offset)]


def _shifted(confidences: list[tuple[int, float]], offset: int) -> list[tuple[int, float]]:
    return [(end + offset, value) for end, value in confidences]


def paragraphs(lines: list[Line], page: int, layout: Layout | None) -> list[Block]:
    """The page's lines joined into paragraph blocks (tables stay blocks of their own)."""
    blocks: list[Block] = []
    prev: Line | None = None
    for line in lines:
        if line.table is not None:
            blocks.append(line.table)
            prev = None
            continue
        if prev is not None and blocks and _continues(prev, line, layout):
            _append(blocks[-1], line)
        else:
            block = Block("", "paragraph", page, line.number)
            _append(block, line)
            blocks.append(block)
        prev = line
    return blocks


def assemble(pages: list[list[Line]]) -> tuple[list[Block], int]:
    """Blocks of every page (1-based page numbers) and how many running lines were removed."""
    pages, removed = drop_running_lines(pages)
    layout = page_layout(pages)
    blocks: list[Block] = []
    for number, lines in enumerate(pages, start=1):
        blocks.extend(paragraphs(lines, number, layout))
    return blocks, removed
