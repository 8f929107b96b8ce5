"""Indicator rows whose header was not copied: `肉类总产量 万吨 13.75 15 预期性`, a line a row.

A plan's 主要指标 table split over two pages reaches a user as its second page only: lines of a
name, a unit, the base figure, the target figure and an attribute (预期性/约束性), a space or
more apart, perhaps with a group's name on lines of its own between them (乡村 / 宜居 / 宜业
自然村(屯)通硬化路比例 % 95.6 100 预期性). The rows say what their header was: 指标 | 单位 | 基期 |
目标 | 属性. A run of at least `MIN_ROWS` such lines is read under that header.
"""

from __future__ import annotations

import re

from plantrack.read.cell_rows import ATTR, kind
from plantrack.read.lexicon import EMPTY_CELLS

HEADER = ["指标", "单位", "基期", "目标", "属性"]
MIN_ROWS = 3
# 宜业 before a row's name: the last of a group's name written a word a line
_GROUP_WORD = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
_GAP = 4  # lines of a group's name between two rows, at most


def headerless_row(line: str) -> list[str] | None:
    """The five cells of a row read under `HEADER`, or None for any other line."""
    cells = line.split()
    if len(cells) < 5 or not ATTR.match(cells[-1]):
        return None
    unit, base, target = cells[-4:-1]
    if not (kind(unit) == "unit" or unit in EMPTY_CELLS) or kind(base) not in ("value", "index"):
        return None
    words = cells[:-4]
    if len(words) > 1 and all(_GROUP_WORD.match(w) for w in words[:-1]):
        words = words[-1:]  # 宜业 自然村(屯)通硬化路比例: the group's word, then the name
    return ["".join(words), unit, base, target, cells[-1]]


def _group_word(line: str) -> bool:
    return bool(_GROUP_WORD.match(line.strip()))


def headerless_rows(texts: list[str]) -> tuple[list[list[str]], int] | None:
    """The header and rows of a run of header-less rows from texts[0] on, and the lines they
    take; None when fewer than `MIN_ROWS` rows run on."""
    rows: list[list[str]] = []
    used = k = 0
    while k < len(texts):
        row = headerless_row(texts[k])
        if row is None:
            gap = 0
            while k + gap < len(texts) and gap < _GAP and _group_word(texts[k + gap]):
                gap += 1
            if not gap or k + gap >= len(texts) or headerless_row(texts[k + gap]) is None:
                break
            k += gap
            continue
        rows.append(row)
        k += 1
        used = k
    if len(rows) < MIN_ROWS:
        return None
    return [HEADER, *rows], used
