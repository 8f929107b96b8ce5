"""Heading patterns shared by the cleaner (page-break repair) and the outline parser."""

from __future__ import annotations

import re

CN_DIGITS = "零〇一二两三四五六七八九十百"
_NUM = rf"[{CN_DIGITS}]+|\d+"

PART_RE = re.compile(rf"^第(?P<num>{_NUM})编\s*(?P<title>.*)$")
CHAPTER_RE = re.compile(rf"^第(?P<num>{_NUM})章\s*(?P<title>.*)$")
SECTION_RE = re.compile(rf"^第(?P<num>{_NUM})节\s*(?P<title>.*)$")
BOX_RE = re.compile(r"^专栏\s*(?P<num>\d+|[一二三四五六七八九十]+)\s*(?P<title>.*)$")
# 一、  （一）  1.  （1） — list headings; 1. inside a box is an item.
LIST_CN_RE = re.compile(r"^(?P<num>[一二三四五六七八九十]+)、(?P<title>.*)$")
LIST_PAREN_CN_RE = re.compile(r"^[（(](?P<num>[一二三四五六七八九十]+)[）)](?P<title>.*)$")
LIST_DIGIT_RE = re.compile(r"^(?P<num>\d{1,2})[.．、](?!\d)(?P<title>.*)$")
LIST_PAREN_DIGIT_RE = re.compile(r"^[（(](?P<num>\d{1,2})[）)](?P<title>.*)$")

STRUCTURAL = (PART_RE, CHAPTER_RE, SECTION_RE, BOX_RE)
LISTS = (LIST_CN_RE, LIST_PAREN_CN_RE, LIST_DIGIT_RE, LIST_PAREN_DIGIT_RE)

_CN_VALUES = {
    "零": 0,
    "〇": 0,
    "○": 0,  # 一九八○年: older texts write the zero as a circle
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def cn_number(text: str) -> int:
    """Chinese or Arabic numeral up to 九十九 (and 一百) -> int: 十五 -> 15, 二十 -> 20, 7 -> 7."""
    if text.isdigit():
        return int(text)
    if text == "一百" or text == "百":
        return 100
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_VALUES[tens] if tens else 1) * 10 + (_CN_VALUES[ones] if ones else 0)
    value = 0
    for char in text:
        value = value * 10 + _CN_VALUES[char]
    return value


def five_year_period(nth: int) -> tuple[int, int]:
    """The Nth five-year plan's years: the 15th is 2026–2030 (regular since the 6th, 1981)."""
    start = 1951 + 5 * nth
    return start, start + 4


def is_heading(text: str) -> bool:
    """True for a line that starts a new outline unit (编/章/节/专栏 or a list heading).

    Short title-like lines only: a long paragraph that happens to start with "1." inside running
    text is still a heading for the outline (an item), which is what the cleaner needs to know.
    """
    line = text.strip()
    if not line:
        return False
    return any(p.match(line) for p in STRUCTURAL) or any(p.match(line) for p in LISTS)
