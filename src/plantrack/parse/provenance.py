"""Where each node and target came from: its page, and for OCR'd text how sure the OCR was.

Blocks are joined into the plan's text in order (`outline.join_blocks`), so a node's or a
target's span falls in one block. A node gets that block's page and the mean confidence of the
words under its span; a target the lowest confidence of the words under its text's span (one
doubtful word is enough to have its figures checked against the scan).
"""

from __future__ import annotations

from bisect import bisect_right

from plantrack.model import Block, Node, Target
from plantrack.parse.outline import join_blocks


class _Blocks:
    """Blocks by their span in the plan's text."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.spans = join_blocks(blocks)[1]
        self.starts = [start for start, _ in self.spans]

    def at(self, position: int) -> tuple[Block, int] | None:
        """The block holding `position` and the offset of the block's start."""
        index = bisect_right(self.starts, position) - 1
        if index < 0:
            return None
        return self.blocks[index], self.starts[index]

    def words(self, span: tuple[int, int]) -> tuple[Block | None, list[tuple[int, float]]]:
        """The block of a span, and (length under the span, confidence) of its OCR'd words."""
        found = self.at(span[0])
        if found is None:
            return None, []
        block, offset = found
        lo, hi = span[0] - offset, span[1] - offset
        start, out = 0, []
        for end, value in block.confidences or []:
            overlap = min(end, hi) - max(start, lo)
            if overlap > 0:
                out.append((overlap, value))
            start = end
        return block, out


def mark_provenance(blocks: list[Block], nodes: list[Node], targets: list[Target]) -> None:
    """Set `page` and `ocr_confidence` on every node and target (in place)."""
    index = _Blocks(blocks)
    by_id = {node.node_id: node for node in nodes}
    for node in nodes:
        block, words = index.words(node.span)
        node.page = block.page if block is not None else None
        if words:
            weight = sum(length for length, _ in words)
            node.ocr_confidence = round(sum(n * c for n, c in words) / weight, 1)
    for target in targets:
        node = by_id.get(target.location.node)
        span = target.span or (node.span if node is not None else None)
        if span is None:
            continue
        block, words = index.words(span)
        target.page = block.page if block is not None else None
        if words:
            target.ocr_confidence = min(value for _, value in words)
        elif node is not None and node.ocr_confidence is not None:
            target.ocr_confidence = node.ocr_confidence
