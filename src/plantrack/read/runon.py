"""Run-on text: a plan copied without its paragraph breaks, split back into paragraphs.

A document kept in one cell of a CSV or a database, or scraped from a page that lost its `<p>`s,
arrives as one line of thousands of characters: 一、进一步提高…的认识随着国民经济…。二、合理安排近期
电站建设近年来…。(一)对已按原程序…。 Read as one paragraph, its review sentences and its goals
share one paragraph, so a review cannot be told from a plan and a deadline runs on to the end of
the document. The headings and items inside it still say where its paragraphs were: after a
sentence ends, 第…章/节/条, 一、, （一）, 专栏1, 1. and （1） open a new one. Only a paragraph far
longer than any a plan writes, or one of 500+ characters that holds four fifths of the document's
text (a short page that lost its breaks), is split, so a paragraph that lists （一）…；（二）… inline
among others is left whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from plantrack.model import Block

# longer than any paragraph of the 460 real plans in the wild set (the longest is 1,327)
RUN_ON_MIN = 1500
# a shorter document that is all one paragraph is run on too
_WHOLE_MIN = 500
_WHOLE_SHARE = 0.8
_CN = "一二三四五六七八九十"
_MARKDOWN = r"(?:\*\*|#{1,6} ?)?"  # a Markdown copy's bold or heading marks before a number
# a heading's or an item's number: where a paragraph opened
_MARK = re.compile(
    _MARKDOWN + rf"(?:第[{_CN}百零〇\d]{{1,4}}[编章节条]|[{_CN}]{{1,3}}、|[（(][{_CN}]{{1,3}}[)）]"
    rf"|专栏[ \u3000]*[\d{_CN}]{{1,3}}|[（(]\d{{1,2}}[)）]|\d{{1,2}}[.．、](?!\d)|——"
    # 全省经济社会发展的主要预期目标是： a sentence that announces the goals opens their paragraph
    r"|(?P<goals>[^。！？；：]{0,32}?目标(?:是|为)?[：:])"
    # 1、完成15个老旧小区改造 项目内容：…: a list item's heading, then the label of its body
    r"|(?P<body>(?:项目|建设|实施|具体)内容[：:]))"
)
# 第一章, 一、, （一）: the first heading, which may follow the document's title directly
_FIRST = re.compile(_MARKDOWN + r"(?:第一[编章节]|一、|[（(]一[)）])")
_SENTENCE_END = "。！？；：!?;:"
# 一、“十三五”时期的主要成效（一）污染防治…: a heading without punctuation before the next number
_HEADING_MAX = 40
_PUNCT = re.compile(r"[，。；：、,;:！？!?]")


def split_run_on(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks with every run-on paragraph split at its headings, and one repair per split."""
    prose = sum(len(b.text) for b in blocks if b.kind == "paragraph")

    def pieces(block: Block) -> list[str]:
        size = len(block.text)
        run_on = size >= RUN_ON_MIN or (size >= _WHOLE_MIN and size >= _WHOLE_SHARE * prose)
        return _pieces(block.text) if run_on and not block.confidences else []

    return _split_each(
        blocks,
        pieces,
        lambda block, parts: (
            f"split a run-on paragraph of {len(block.text)} characters "
            f"(line {block.line}) into {len(parts)} at the headings inside it"
        ),
    )


def _split_each(
    blocks: list[Block],
    pieces: Callable[[Block], list[str]],
    repair: Callable[[Block, list[str]], str],
) -> tuple[list[Block], list[str]]:
    """Each paragraph replaced by its `pieces` when there are two or more, one `repair` each."""
    out: list[Block] = []
    repairs: list[str] = []
    for block in blocks:
        parts = pieces(block) if block.kind == "paragraph" else []
        if len(parts) < 2:
            out.append(block)
            continue
        out += [Block(part, "paragraph", block.page, block.line) for part in parts]
        repairs.append(repair(block, parts))
    return out, repairs


def _pieces(text: str) -> list[str]:
    starts = [0]
    for mark in _MARK.finditer(text):
        at = mark.start()
        before = text[starts[-1] : at].rstrip(" \u3000*")
        if not before:
            continue
        if mark.group("body"):
            if text[at - 1] in " \u3000" and _heading(before):
                starts.append(at)
        elif before[-1] in _SENTENCE_END or (
            not mark.group("goals")
            and (_heading(before) or (len(starts) == 1 and _title(before, text, at)))
        ):
            starts.append(at)
    ends = [*starts[1:], len(text)]
    return [piece for a, b in zip(starts, ends, strict=True) if (piece := text[a:b].strip())]


def _heading(text: str) -> bool:
    """A numbered run, short and without punctuation after its number: a heading."""
    own = _MARK.match(text)
    return own is not None and _titled(text, own.end())


def _title(before: str, text: str, at: int) -> bool:
    """政府工作报告一、…: the document's title, without punctuation, before its first heading."""
    return _titled(before) and _FIRST.match(text, at) is not None


def _titled(text: str, start: int = 0) -> bool:
    """Short, and without punctuation from `start` on: words a title is written in."""
    return len(text) <= _HEADING_MAX and not _PUNCT.search(text, start)


# 。 ????据悉，…: a paragraph's indent (two ideographic spaces) turned to question marks by a copy
# that lost its encoding, kept inside a run of paragraphs joined into one line
# (a space before them, or four of them: `。??县将…` is a character lost inside a sentence)
_LOST_INDENT = re.compile(r"(?<=[。！；”])(?:[ \u3000]+\?{2,}|\?{4,})[ \u3000]*(?=[^\s?])")
_LEADING_INDENT = re.compile(r"^[ \u3000]*\?{4,}[ \u3000]*")


def split_lost_indents(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks with each paragraph split where a lost indent (`????`) opens another."""

    def pieces(block: Block) -> list[str]:
        if not _LOST_INDENT.search(block.text):
            return []
        text = _LEADING_INDENT.sub("", block.text)
        return [p for p in _LOST_INDENT.split(text) if p.strip()]

    return _split_each(
        blocks,
        pieces,
        lambda block, parts: (
            f"split a paragraph (line {block.line}) into {len(parts)} where lost"
            " indents (????) opened the paragraphs joined in it"
        ),
    )
