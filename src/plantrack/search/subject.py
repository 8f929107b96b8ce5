"""What an owner or progress question is about: a target it names, else a task (a node).

    高性能算力规模由哪个部门牵头？ -> the target c4.s1.p1.t1 (the question names its metric)
    算力这件事归哪个部门管？       -> the task c4.s1.p1 (算力 alone names no target well enough)

A target is the subject when the question names at least a third of its metric's character
pairs (search/values.py: metric_match); otherwise the node of the best passage is — among the
near-best, the one whose title says most of the question (reply.by_title): a paragraph, a box
item, a box, a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from plantrack.model import Target
from plantrack.search.index import SearchHit
from plantrack.search.reply import NUMBERING, Citation, Retrieved, by_title, citations
from plantrack.search.values import matched_targets, metric_match
from plantrack.store.schema import nodes

NAMED = 0.34  # the share of a metric's character pairs a question must name to be about it
TITLE_MAX = 20


@dataclass
class Subject:
    plan_id: int
    node: str  # the task node (for a target: the node that states it)
    title: str  # the target's metric, or the task's title
    hit: SearchHit
    found: Retrieved
    targets: list[Target] = field(default_factory=list)  # empty: the question is about a task

    def citations(self) -> list[Citation]:
        return citations(self.hit, self.found.hits)


def find_subject(conn: Connection, found: Retrieved) -> Subject:
    chosen = matched_targets(conn, found)
    if chosen and max(metric_match(found.question, t.metric) for _h, t in chosen) >= NAMED:
        hit, first = chosen[0]
        targets = [t for _h, t in chosen]
        return Subject(hit.plan_id, hit.node, first.metric, hit, found, targets)
    hit = by_title(found)[0]
    title = conn.execute(
        select(nodes.c.title).where(nodes.c.plan_id == hit.plan_id, nodes.c.node_id == hit.node)
    ).scalar()
    return Subject(hit.plan_id, hit.node, short_title(title or hit.text), hit, found)


def short_title(title: str) -> str:
    """A task's title for an answer line, without its number: a long lead sentence is cut to its
    first clause ((三)发展海洋新兴产业 -> 发展海洋新兴产业)."""
    title = NUMBERING.sub("", title).strip().rstrip("。")
    return re.split(r"[，,；;]", title)[0] if len(title) > TITLE_MAX else title
