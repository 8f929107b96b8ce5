"""Place tables flattened onto one line: a web page's 任务分解表 copied without its line breaks.

`附件 2009年各设区市造林绿化任务表 单位：万亩 设区市 合计 人工造林 封山育林 石家庄 30 20 10 承德 …`:
the caption, the header and the rows run on in one line, cells apart by spaces. The line is cut
where the header opens (a place header such as 设区市, or 序号 before one); the words before it
are the caption (its 单位, and whether it calls the table a task table), the words from there on
are the table's cells, read as those of a table one cell per line are
(`plantrack.read.allocation_tables`). Numbered indicator rows run onto one line are
`plantrack.read.one_line_table`'s.
"""

from __future__ import annotations

import re

from plantrack.read.allocation_tables import FIGURE, PLACE_HEADER

_MIN_TOKENS = 12
_MIN_FIGURES = 6
# 市 别: a header cell a copy spaced out, as an old table centred its two characters
_SPACED_HEADER = re.compile(r"(?<![\u4e00-\u9fff])([市县区])\s+别(?![\u4e00-\u9fff])")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def one_line_cells(text: str) -> tuple[str, list[str]] | None:
    """(caption, cells) of a table run onto the one line `text`, or None when the line is no
    such table: too few words or figures, or a figure before any place header (a sentence of
    prose or statistics with spaces in it)."""
    if "\n" in text.strip():
        return None
    tokens = _SPACED_HEADER.sub(r"\1别", text).split()
    if len(tokens) < _MIN_TOKENS or sum(1 for t in tokens if FIGURE.match(t)) < _MIN_FIGURES:
        return None
    for h, token in enumerate(tokens[:-1]):
        after = tokens[h + 1]
        if token == "序号" and PLACE_HEADER.match(after):
            return " ".join(tokens[:h]), tokens[h:]
        if PLACE_HEADER.match(token) and not FIGURE.match(after):
            return " ".join(tokens[:h]), tokens[h:]
        if FIGURE.match(token) and not (_YEAR.match(token) and after.startswith("年")):
            return None  # 2020 年全社会用电量 1140 亿千瓦时: a figure of prose comes first
    return None
