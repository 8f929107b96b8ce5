"""A news digest's summary run onto one line, split back into its items.

Aggregator pages (Reportify and the like) summarise a report as bullets on one line, each item
after ` - ` and each closed by its source marks: 基础设施与防洪工程 - 实施长江堤防应急治理工程… [1][2]
- 开展易涝点整治项目… [2] 城市环境与垃圾处理 - 建设市生活废弃物… . Read as one paragraph, one item's
figures run into the next one's words, and a year that opens an item (2025年共和县…) opens
nothing. A paragraph with three or more ` - ` bullets and two or more source marks is split at
both: every item, and every category before its first item, becomes a paragraph of its own,
closed by a full stop when it has none.
"""

from __future__ import annotations

import re

from plantrack.model import Block

_SOURCE_MARKS = re.compile(r"\s*(?:\[\d{1,2}\])+\s*")
_BULLET = re.compile(r"(?:^|\s+)-\s+")
_MIN_BULLETS = 3
_MIN_MARKS = 2
_ENDS = frozenset("。！？；!?;")
# (not after a figure: 挡墙 13.46 千米 spaces a figure from its unit)
_CLAUSE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff%）)”])\s+(?=[\u4e00-\u9fff“（(])")


def _closed(piece: str) -> str:
    """An item with a full stop of its own, so that no later step joins it to the next one as a
    line wrapped inside a paragraph (the digest's items have none)."""
    piece = _CLAUSE_SPACE.sub("，", piece)  # 实施精准就业帮扶 完善…: a digest's clauses, spaced
    return piece if piece[-1] in _ENDS else piece + "。"


def split_bullets(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks with every digest paragraph split into its items, and one repair per split."""
    out: list[Block] = []
    repairs: list[str] = []
    for block in blocks:
        text = block.text
        if (
            block.kind != "paragraph"
            or len(_BULLET.findall(text)) < _MIN_BULLETS
            or len(_SOURCE_MARKS.findall(text)) < _MIN_MARKS
        ):
            out.append(block)
            continue
        pieces = [
            piece.strip()
            for part in _SOURCE_MARKS.split(text)
            for piece in _BULLET.split(part)
            if piece.strip()
        ]
        out += [Block(_closed(piece), "paragraph", block.page, block.line) for piece in pieces]
        repairs.append(
            f"split a digest of {len(text)} characters (line {block.line}) into its "
            f"{len(pieces)} items at their ' - ' bullets and [n] source marks"
        )
    return out, repairs
