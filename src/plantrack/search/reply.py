"""The answer record and what every answerer shares: one retrieval per question, citations, the
clauses of a passage ranked by the question's words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from plantrack.parse.entities import CLAUSE_SPLIT
from plantrack.read.lexicon import UNIT_RE
from plantrack.search.index import (
    SearchHit,
    SearchIndex,
    add_locations,
    node_path,
    query_weights,
    search,
)
from plantrack.store.schema import entities, mentions, nodes

NOT_FOUND = "未找到与问题相关的规划内容。"
MIN_COVERAGE = 0.3  # below this share of the question's (weighted) words, say "not found"
# the place a plan is for, at the start of its title: 宁波市, 北仑区, 宁海县
# the number before a paragraph or item: （一） (1) 1. 一、
NUMBERING = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、)"
)
# words of a plan's structure, not of its subject (主要目标, 主要任务 are headings of every plan)
STRUCTURE_WORDS = ("主要目标", "主要任务", "主要指标", "目标值", "总体目标", "发展目标")
PLAN_PLACE = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,8}?(?:自治区|自治州|省|市|区|县|州|盟|旗)")


@dataclass
class Citation:
    node: str
    path: list[str]
    text: str
    score: float
    plan_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"node": self.node, "path": self.path, "text": self.text, "score": self.score}


@dataclass
class Link:
    """A page the answer is about: a target (`id` its target id) or a department (its id)."""

    kind: str  # target | department
    label: str
    plan_id: int
    id: str | int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "label": self.label, "plan_id": self.plan_id, "id": self.id}


@dataclass
class Answer:
    """`to_dict()` is the `ask --format json` contract."""

    answer: str
    kind: str  # target | entity | list | count | measures | deadline | passage | owner | ...
    citations: list[Citation] = field(default_factory=list)
    type: str = ""  # the question type (search/question.py), set by ask()
    links: list[Link] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "kind": self.kind,
            "type": self.type,
            "citations": [c.to_dict() for c in self.citations],
            "links": [link.to_dict() for link in self.links],
        }


@dataclass
class Retrieved:
    """What one search found for a question: every ranked passage, and the best one per node."""

    question: str
    ranked: list[SearchHit]
    hits: list[SearchHit]  # up to 8, one per node, located (paths, plan titles)

    @property
    def best(self) -> SearchHit:
        return self.hits[0]


def cite(hit: SearchHit, text: str | None = None) -> Citation:
    return Citation(
        node=hit.node, path=hit.path, text=text or hit.text, score=hit.score, plan_id=hit.plan_id
    )


def none_answer(qtype: str = "passage") -> Answer:
    return Answer(answer=NOT_FOUND, kind="none", citations=[], type=qtype)


def retrieve(
    conn: Connection,
    question: str,
    *,
    plan_ids: list[int] | None = None,
    index: SearchIndex | None = None,
) -> Retrieved | None:
    """One search for the question; None when the best passage covers too little of it."""
    question = (question or "").strip()
    ranked = search(
        conn, question, plan_ids=plan_ids, limit=80, per_node=False, index=index, locate=False
    )
    hits: list[SearchHit] = []
    for hit in ranked:
        if len(hits) < 8 and all((h.plan_id, h.node) != (hit.plan_id, hit.node) for h in hits):
            hits.append(hit)
    if not hits or hits[0].coverage < MIN_COVERAGE:
        return None
    add_locations(conn, hits)
    if not _beyond_the_place(conn, question, hits[0], index):
        return None
    return Retrieved(question, ranked, hits)


def _beyond_the_place(
    conn: Connection, question: str, best: SearchHit, index: SearchIndex | None
) -> bool:
    """Whether the best passage covers enough of what the question is about — its words other
    than the plan's own place, the plan's structure words (目标, 任务) and units: 宁波有多少个公园,
    asked of the Ningbo plan, finds 宁波 everywhere and nothing else; 舟山的人口目标 finds 舟山 and
    目标; 慈溪的GDP总量目标是多少亿元 finds 目标, 亿元 and 地区生产总值 (of a share, not a total)."""
    weights = query_weights(conn, question, index)
    rest = {t: w for t, w in weights.items() if not incidental(t, best)}
    if len(rest) == len(weights) or not rest:
        return True
    covered = sum(w for t, w in rest.items() if t in best.terms)
    return covered / sum(rest.values()) >= MIN_COVERAGE


def incidental(term: str, hit: SearchHit) -> bool:
    """A question word that says nothing about its subject: the place of the hit's plan (宁波 in
    a question to the Ningbo plan), a structure word (目标, 主要任务) or a unit (多少亿元)."""
    place = PLAN_PLACE.match(hit.plan_title or "")
    if place and term in place.group():
        return True
    return any(term in g for g in STRUCTURE_WORDS) or bool(UNIT_RE.match(term))


# -- shared by the answerers -------------------------------------------------------------------
def node_citation(conn: Connection, plan_id: int, node_id: str, score: float = 0.0) -> Citation:
    """Cite a node by its id (a box, an assigned task) with its path and text."""
    from plantrack.store.plans import get_node

    node = get_node(conn, plan_id, node_id)
    return Citation(node_id, node_path(node), node.text, score, plan_id)


def citations(first: SearchHit, hits: list[SearchHit]) -> list[Citation]:
    """The hit the answer comes from, then the next best passages of other nodes (3 in all)."""
    return [cite(first), *[cite(h) for h in hits if h.node != first.node][:2]]


def node_text(conn: Connection, hit: SearchHit) -> str:
    """A hit's whole paragraph (a sentence hit's list or name may sit in the next sentence)."""
    if hit.kind not in ("sentence", "target"):
        return hit.text
    stmt = select(nodes.c.text).where(nodes.c.plan_id == hit.plan_id, nodes.c.node_id == hit.node)
    return conn.execute(stmt).scalar() or hit.text


def overlap(text: str, terms: list[str]) -> float:
    folded = text.lower()
    return sum(len(t) for t in terms if t in folded)


def ranked_clauses(text: str, terms: list[str]) -> list[str]:
    clauses = [c for c in CLAUSE_SPLIT.split(text) if c.strip()]
    return sorted(clauses, key=lambda c: -overlap(c, terms))


def best_clause(text: str, terms: list[str], need: str, prefer: str | None = None) -> str | None:
    """The clause sharing most words with the question that matches `need`; clauses matching
    `prefer` (the unit asked for) first."""
    clauses = ranked_clauses(text, terms)
    if prefer:
        clauses.sort(key=lambda c: not re.search(prefer, c))
    for clause in clauses:
        if re.search(need, clause) and overlap(clause, terms) > 0:
            return clause.strip()
    return None


def entity_names(conn: Connection, plan_id: int, node_id: str, entity_type: str) -> list[str]:
    types = ("place",) if entity_type == "place" else ("institution", "programme")
    stmt = (
        select(entities.c.name)
        .join(mentions, mentions.c.entity_id == entities.c.id)
        .where(
            mentions.c.plan_id == plan_id, mentions.c.node_id == node_id, entities.c.type.in_(types)
        )
        .distinct()
    )
    return list(conn.execute(stmt).scalars())


def by_title(found: Retrieved) -> list[SearchHit]:
    """The best passages with the near-best ones (coverage within 80 % of the best, first five)
    reordered by how much of the question their task's title says: 人才激励有哪些举措 is about
    the paragraph titled 激励人才更好发挥作用, not one whose text happens to say 举措."""
    terms = list(dict.fromkeys(t for h in found.hits for t in h.terms))
    near = [h for h in found.hits[:5] if h.coverage >= 0.8 * found.best.coverage]
    rest = [h for h in found.hits if h not in near]
    near.sort(key=lambda h: -overlap(h.path[-1] if h.path else "", terms))
    return near + rest
