"""The text a paragraph is read as: typography's spaces squeezed out of numbers and words, a yearly
list's or a form's items parted, a quoted list of measured things joined by + read as a list —
with the original position of each kept character, so that citations point into the paragraph as
written."""

from __future__ import annotations

import re

from plantrack.read.lexicon import YEAR_ITEM_RE

# Spaces inside a number phrase (超过 15 亿元, 3.7 亿千瓦, 1 000 万元) are typography.
_SPACES = " \u3000\u00a0\u2002\u2003\u2009\u200a\u202f"


_SPACE_RE = re.compile(f"[{_SPACES}]+")


_KEEP_SPACE = re.compile(r"[A-Za-z]")


# 160万亩以上 完成…: a value's bound, then words after a space (not 的, which qualifies a noun)
_BOUND_END = re.compile(r"\d[^\d\s，。；]{0,6}(?:以上|以下|左右)$")
_NEXT_WORDS = re.compile(r"[\u4e00-\u9fff](?<!的)")


# 目标1:聘用人员1人 目标2:…: an item's label after a space, inline in a form's cell
_ITEM_LABEL = re.compile(r"(?:目标|任务|指标)[\d一二三四五六七八九十]{1,2}[:：]")


# “22.6平方公里生态区+620公里绿道+14个公园”: a quoted list of measured things joined by +
_PLUS_LIST = re.compile(r"“(\d[^“”+]{1,30}(?:\+\d[^“”+]{1,30})+)”")


def unquote_plus_list(text: str) -> tuple[str, list[int] | None]:
    """`text` with a quoted list of measured things joined by + read as a list (its quotes
    dropped, each + a 、), and the original position of each kept character (None when there
    is none): the quotes name no thing, the figures are the plan's."""
    if "+" not in text or "“" not in text:
        return text, None  # most paragraphs (speed)
    parts: list[str] = []
    where: list[int] = []
    start = 0
    for m in _PLUS_LIST.finditer(text):
        parts.append(text[start : m.start()])
        where.extend(range(start, m.start()))
        a, b = m.span(1)
        parts.append(text[a:b].replace("+", "、"))
        where.extend(range(a, b))
        start = m.end()
    if not parts:
        return text, None
    parts.append(text[start:])
    where.extend(range(start, len(text) + 1))
    return "".join(parts), where


def squeeze(text: str) -> tuple[str, list[int] | None]:
    """`text` without the spaces that typography puts in numbers and between words, and the
    original position of each kept character (None when nothing was removed). Between two Latin
    letters one space stays (IPv6 over 5G SA)."""
    runs = list(_SPACE_RE.finditer(text))
    if not runs:
        return text, None
    parts: list[str] = []
    where: list[int] = []
    start = 0
    for m in runs:
        a, b = m.span()
        parts.append(text[start:a])
        where.extend(range(start, a))
        latin = (
            a > 0
            and b < len(text)
            and _KEEP_SPACE.match(text[a - 1])
            and _KEEP_SPACE.match(text[b])
        )
        if latin:
            parts.append(text[a])
            where.append(a)
        elif a and _ITEM_LABEL.match(text, b):
            parts.append("；")  # …出差8人 目标2:…: the space ends the item before the label
            where.append(a)
        elif a and _BOUND_END.search(text, 0, a) and _NEXT_WORDS.match(text, b):
            parts.append("，")  # 山东将造林160万亩以上 完成森林抚育…: a headline's two clauses
            where.append(a)
        elif a and not text[a - 1].isdigit() and YEAR_ITEM_RE.match(text, b):
            parts.append("，")  # 2011年完成300所 2012年400所: the space ends a yearly list's item
            where.append(a)
        start = b
    parts.append(text[start:])
    where.extend(range(start, len(text) + 1))
    return "".join(parts), where
