"""An indicator table laid on its side, as a narrow web page copies it: each line a row of the
table's columns, its label first — on its own line or in the first cell — and the indicators across
(主要指标 | / 粮食综合生产能力 | 农业科技进步贡献率 | / 2022年目标值 | / >6亿吨 | 61.5% | / 属性 | 约束性
| 预期性 |), often in several groups of four or five indicators under the same labels. Turned
upright it is a table with a row per indicator (主要指标 | 2022年目标值 | 属性).
"""

from __future__ import annotations

import re
from collections.abc import Callable

NAME_LABEL = re.compile(r"^(?:主要)?指标(?:名称)?$")
# 2022年目标值, 基期值, 属性: the label of a row of figures or of words about them
_VALUE_LABEL = re.compile(
    r"^(?:(?:19|20)\d\d.{0,8}|.{0,6}(?:目标|基期|现状|预期|规划)值?|(?:计量)?单位|(?:指标)?属性"
    r"|年均.{0,4}|累计.{0,4})$"
)
_MIN_INDICATORS = 3  # fewer indicators across are no such table
_FIGURE = re.compile(r"\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")

# a line's cells: None when the line is no pipe row, [label] for a label alone on its line
SplitLine = Callable[[str], "list[str] | None"]


def _labelled_rows(texts: list[str], split: SplitLine) -> tuple[list[tuple[str, list[str]]], int]:
    """(label, cells) rows from the opening lines, and the number of lines used: a label alone on
    its line names the row of cells on the next line; a row whose first cell is a label carries
    its own."""
    rows: list[tuple[str, list[str]]] = []
    k = 0
    while k < len(texts):
        cells = split(texts[k])
        if not cells:
            break
        label, rest = cells[0], [c for c in cells[1:] if c]
        if not (NAME_LABEL.match(label) or _VALUE_LABEL.match(label)):
            break
        if not rest:  # the label alone: its cells are the next line
            after = split(texts[k + 1]) if k + 1 < len(texts) else None
            if not after or NAME_LABEL.match(after[0]) or _labels_a_row(after):
                break
            rest, k = [c for c in after if c], k + 1
        rows.append((label, rest))
        k += 1
    return rows, k


def _indicator_name(cell: str) -> bool:
    """粮食综合生产能力, PM2.5浓度: words, never a figure or a column's header (单位, 2025年)."""
    return bool(_CJK.search(cell)) and not _VALUE_LABEL.match(cell) and not _FIGURE.match(cell)


def _labels_a_row(cells: list[str]) -> bool:
    return bool(cells) and bool(_VALUE_LABEL.match(cells[0]))


def transposed_rows(texts: list[str], split: SplitLine) -> tuple[list[list[str]], int]:
    """The table turned upright (header first) and the number of lines used; ([], 0) unless the
    lines open with a row of indicator names followed by rows of their figures."""
    labelled, used = _labelled_rows(texts, split)
    groups: list[list[tuple[str, list[str]]]] = []
    for label, cells in labelled:
        if NAME_LABEL.match(label):
            groups.append([])
        elif not groups:
            return [], 0
        groups[-1].append((label, cells))
    header: list[str] = []
    rows: list[list[str]] = []
    for group in groups:
        names = group[0][1]
        if len(names) < _MIN_INDICATORS or not all(_indicator_name(n) for n in names):
            return [], 0
        labels = ["指标", *(label for label, _ in group[1:])]
        for label in labels[1:]:
            if label not in header:
                header.append(label)
        for j, name in enumerate(names):
            row = {label: cells[j] if j < len(cells) else "" for label, cells in group[1:]}
            rows.append([name, *(row.get(label, "") for label in header)])
    if not any(_FIGURE.search(c) for r in rows for c in r[1:]):
        return [], 0
    header = ["指标", *header]
    return [header, *[(r + [""] * len(header))[: len(header)] for r in rows]], used
