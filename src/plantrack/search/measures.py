"""How answers: every measure of the task paragraph the question is about, shortened.

    低空经济怎么发展？ -> 聚焦低空安全赛道，加快构建…发展格局；加强低空智能网联、高功率密度驱动电机、
                        轻量化材料等核心技术攻关，…；…；支持鄞州建设省低空经济“先飞区”试点

The paragraph's title sentence (推动低空经济产业创新发展。) names the task, not a measure, and is
left out; every other sentence is a measure, kept whole but with long 、 lists cut to their first
two items (…、…等). A heading that is the best passage answers with its paragraphs' titles.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, select

from plantrack.search.index import SearchHit
from plantrack.search.reply import NUMBERING, Answer, Retrieved, by_title, citations, node_text
from plantrack.store.schema import nodes

SENTENCE = re.compile(r"(?<=[。；！？])")
TITLE_MAX = 20  # a first sentence this short and without a comma is the task's title
TEXT_KINDS = ("paragraph", "item", "table")


def how_answer(conn: Connection, found: Retrieved) -> Answer | None:
    for hit in by_title(found)[:3]:
        if hit.kind == "heading":
            titles = _child_titles(conn, hit)
            if titles:
                return Answer("；".join(titles), "measures", citations(hit, found.hits))
            continue
        steps = measures(node_text(conn, hit))
        if steps:
            return Answer("；".join(steps), "measures", citations(hit, found.hits))
    return None


def measures(text: str) -> list[str]:
    """The measures of a task paragraph: its sentences after the title, lists shortened."""
    pieces = [p.strip() for p in SENTENCE.split(NUMBERING.sub("", text.strip())) if p.strip()]
    if len(pieces) > 1 and _is_title(pieces[0]):
        pieces = pieces[1:]
    return [shorten(p.rstrip("。；！？")) for p in pieces if len(p) >= 4]


def shorten(sentence: str) -> str:
    """A 、 list of three items or more ending in 等 keeps its first two: 甲、乙、丙、丁等X -> 甲、乙等X."""
    return "，".join(_shorten_clause(c) for c in re.split(r"[，,]", sentence))


def _shorten_clause(clause: str) -> str:
    parts = clause.split("、")
    if len(parts) < 3 or "等" not in parts[-1]:
        return clause
    return "、".join(parts[:2]) + parts[-1][parts[-1].index("等") :]


def _is_title(sentence: str) -> bool:
    body = sentence.rstrip("。；！？")
    return len(body) <= TITLE_MAX and not re.search(r"[，,：:]", body)


def _child_titles(conn: Connection, hit: SearchHit) -> list[str]:
    rows = conn.execute(
        select(nodes.c.title, nodes.c.kind)
        .where(nodes.c.plan_id == hit.plan_id, nodes.c.parent == hit.node)
        .order_by(nodes.c.ordinal)
    ).all()
    titles = [NUMBERING.sub("", r.title).strip() for r in rows if r.kind in TEXT_KINDS]
    return [t for t in titles if t] if len(titles) >= 2 else []
