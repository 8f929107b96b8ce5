"""Answering a question in plain Chinese from one plan or many, always citing the plan.

    ask(conn, "到2030年算力规模要达到多少？") -> Answer(answer="高性能算力规模超过10EFLOPS（2030年）",
                                              kind="target", citations=[Citation(node="c4.s1.p1", …)])

The question's kind decides where the answer comes from: quantity (多少, 几个, 比例, 规模 …) ->
the target records; where/who (哪个区, 哪里, 谁, 哪个机构 …) -> the entities named in the best
clause; list (包括哪些, 有哪些 …) -> the 、 list (or a box's items); otherwise the best sentence.
When nothing in the plan matches well enough the answer is kind "none", "未找到…", no citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from plantrack.model import Target, TargetKind
from plantrack.parse.entities import CLAUSE_SPLIT, split_list, strip_lead_verbs
from plantrack.search.index import SearchHit, SearchIndex, add_locations, search, sentences
from plantrack.store.schema import entities, mentions, nodes

NOT_FOUND = "未找到与问题相关的规划内容。"
MIN_COVERAGE = 0.3  # below this share of the question's (weighted) words, say "not found"

QUANTITY = re.compile(
    r"多少|几[个家名项所座条类]?|比例|比重|占比|规模|多大|多高|目标值|数量|百分之|"
    r"要达到|达到什么|达到多|上限|下限|增长多|什么目标|目标是什么|目标[？?]?$"
)
WHERE = re.compile(
    r"哪个[区县市地镇乡]|哪些[区县市地镇乡]|哪里|哪儿|在哪|何地|什么地方|哪个片区|哪个城市|"
    r"哪个园区|哪个新区|什么区"
)
WHO = re.compile(
    r"谁|哪个机构|哪家|哪些机构|什么机构|哪所|哪个单位|哪些单位|哪个实验室|哪些高校|哪个平台|"
    r"哪个部门|哪些院所|哪些大学"
)
LIST = re.compile(r"包括哪些|有哪些|包含哪些|哪些|列举|分别是|涵盖|都有什么")
BOX = re.compile(r"专栏\s*(\d+)")
CMP_ZH = {">=": "达到", ">": "超过", "~": "约", "<=": "不超过", "<": "低于", "=": "保持在"}


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
class Answer:
    """`to_dict()` is the `ask --format json` contract."""

    answer: str
    kind: str  # target | entity | list | passage | none
    citations: list[Citation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "kind": self.kind,
            "citations": [c.to_dict() for c in self.citations],
        }


def question_kind(question: str) -> str:
    """quantity | where | who | list | passage, from the question's words."""
    if WHERE.search(question):
        return "where"
    if WHO.search(question):
        return "who"
    if QUANTITY.search(question):
        return "quantity"
    if LIST.search(question):
        return "list"
    return "passage"


def cite(hit: SearchHit, text: str | None = None) -> Citation:
    return Citation(
        node=hit.node, path=hit.path, text=text or hit.text, score=hit.score, plan_id=hit.plan_id
    )


def none_answer() -> Answer:
    return Answer(answer=NOT_FOUND, kind="none", citations=[])


def ask(
    conn: Connection,
    question: str,
    *,
    plan_ids: list[int] | None = None,
    index: SearchIndex | None = None,
) -> Answer:
    """The answer to a question, with citations; kind "none" when the plan does not say."""
    question = (question or "").strip()
    # one search; the best passage per node and the best target passages both come from it
    ranked = search(
        conn, question, plan_ids=plan_ids, limit=80, per_node=False, index=index, locate=False
    )
    hits: list[SearchHit] = []
    for hit in ranked:
        if len(hits) < 8 and all((h.plan_id, h.node) != (hit.plan_id, hit.node) for h in hits):
            hits.append(hit)
    if not hits or hits[0].coverage < MIN_COVERAGE:
        return none_answer()
    add_locations(conn, hits)
    kind = question_kind(question[:200])
    answer = None
    if kind == "quantity":
        target_hits = [h for h in ranked if h.kind == "target" and h.ref][:6]
        add_locations(conn, target_hits)
        answer = _quantity(conn, question, hits, target_hits)
    elif kind in ("where", "who"):
        answer = _entity(conn, hits, "place" if kind == "where" else "institution")
    elif kind == "list":
        answer = _list(conn, question, hits)
    return answer or _passage(hits)


# -- quantity ------------------------------------------------------------------------------------
def describe_target(t: Target) -> str:
    """高性能算力规模超过10EFLOPS（2030年）, in the plan's own words where it has no value."""
    if t.value is None or (t.kind == TargetKind.QUALITATIVE and t.milestone):
        return f"{t.metric}：{t.milestone or t.text}" + (
            f"（{t.deadline}年）" if t.deadline else ""
        )
    value = int(t.value) if float(t.value).is_integer() else t.value
    head = "力争" if t.aspiration else ""
    comparator = CMP_ZH.get(t.comparator or ">=", "达到")
    if t.kind == TargetKind.MULTIPLE:
        body = f"{t.metric}{t.text[t.text.find('翻') :] if '翻' in t.text else f'增长至{value}倍'}"
    else:
        body = f"{t.metric}{comparator}{value}{t.unit or ''}"
        if t.kind in (TargetKind.INCREMENT, TargetKind.CUMULATIVE, TargetKind.ANNUAL):
            body += {"increment": "（新增）", "cumulative": "（累计）", "annual": "（每年）"}[
                t.kind
            ]
    return head + body + (f"（{t.deadline}年）" if t.deadline else "")


def _quantity(
    conn: Connection, question: str, hits: list[SearchHit], target_hits: list[SearchHit]
) -> Answer | None:
    from plantrack.store.plans import get_target

    units = unit_cue(question)
    if units:  # a target in the unit asked for (比重 -> %, 多少家 -> 家) ranks first among equals
        unit_of = _units_of(conn, target_hits)
        target_hits.sort(key=lambda h: -(h.coverage + (0.1 if unit_of.get(h.ref) in units else 0)))
    best = hits[0]
    for hit in target_hits:
        # the target must be about as relevant as the best passage of any kind
        if hit.ref and hit.coverage >= 0.8 * best.coverage and hit.coverage >= MIN_COVERAGE:
            # several targets of one clause answer together (…分别达到140家、310家)
            chosen = [hit] + [
                h
                for h in target_hits
                if h is not hit
                and h.ref
                and h.node == hit.node
                and h.coverage >= 0.8 * hit.coverage
            ]
            chosen.sort(key=_target_order)  # in the plan's order: 140家、310家
            text = "；".join(describe_target(get_target(conn, h.plan_id, h.ref)) for h in chosen)
            others = [cite(h) for h in hits if h.node != hit.node][:2]
            return Answer(text, "target", [cite(hit), *others])
    prefer = "|".join(re.escape(u) for u in units) if units else None
    for hit in hits[:3]:  # no target record fits: the best clause that states a number
        clause = _best_clause(
            _node_text(conn, hit) if hit.kind == "sentence" else hit.text,
            hit.terms,
            need=r"\d+(?:\.\d+)?(?![\d.]|年)|[一二三四五六七八九十百千万]+[个家名项]",
            prefer=prefer,
        )
        if clause:
            return Answer(clause, "passage", _citations(hit, hits))
    return None


def _target_order(hit: SearchHit) -> tuple[int, int]:
    """Targets of one node in document order: their ids end in t1, t2, …"""
    match = re.search(r"t(\d+)$", hit.ref or "")
    return (hit.span or (0, 0))[0], int(match.group(1)) if match else 0


UNIT_CUES = (
    (re.compile(r"比重|比例|占比|百分之|百分比|覆盖率|普及率|增长率|增速|[^效]率"), ("%",)),
    (re.compile(r"[多少几]+家"), ("家",)),
    (re.compile(r"[多少几]+个"), ("个",)),
    (re.compile(r"[多少几]+[名人位]"), ("名", "人", "万人", "人次")),
    (re.compile(r"亿元"), ("亿元",)),
    (re.compile(r"万元"), ("万元",)),
)


def unit_cue(question: str) -> tuple[str, ...]:
    """The units a quantity question asks for: 比重 -> %, 多少家 -> 家; () when it does not say."""
    for pattern, units in UNIT_CUES:
        if pattern.search(question):
            return units
    return ()


def _units_of(conn: Connection, hits: list[SearchHit]) -> dict[str | None, str | None]:
    """{target id: unit} of target hits (one query per plan)."""
    from plantrack.store.schema import targets

    out: dict[str | None, str | None] = {}
    for plan_id in {h.plan_id for h in hits}:
        refs = [h.ref for h in hits if h.plan_id == plan_id and h.ref]
        stmt = select(targets.c.target_id, targets.c.unit).where(
            targets.c.plan_id == plan_id, targets.c.target_id.in_(refs)
        )
        out.update(dict(conn.execute(stmt).all()))
    return out


# -- where / who ---------------------------------------------------------------------------------
def _entity(conn: Connection, hits: list[SearchHit], entity_type: str) -> Answer | None:
    for hit in hits[:3]:
        names = _entity_names(conn, hit.plan_id, hit.node, entity_type)
        if not names:
            continue
        need = "|".join(re.escape(n) for n in names)
        clause = _best_clause(_node_text(conn, hit), hit.terms, need=need)
        if not clause:
            continue
        present = [n for n in names if n in clause]
        # the longest names first, then drop names inside a longer one (象山 in 象山南田岛)
        present.sort(key=len, reverse=True)
        chosen = [n for i, n in enumerate(present) if not any(n in m for m in present[:i])]
        chosen.sort(key=clause.find)
        return Answer("、".join(chosen), "entity", _citations(hit, hits))
    return None


def _entity_names(conn: Connection, plan_id: int, node_id: str, entity_type: str) -> list[str]:
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


# -- lists ---------------------------------------------------------------------------------------
def _list(conn: Connection, question: str, hits: list[SearchHit]) -> Answer | None:
    box = BOX.search(question)
    for hit in hits[:3]:
        is_box = re.search(r"(?:^|\.)box\d+$", hit.node) and hit.kind == "heading"
        if (box and re.search(rf"(?:^|\.)box{box.group(1)}(?:\.|$)", hit.node)) or is_box:
            box_id = re.match(r"(.*box\d+)", hit.node).group(1)
            stmt = (
                select(nodes.c.title)
                .where(nodes.c.plan_id == hit.plan_id, nodes.c.parent == box_id)
                .order_by(nodes.c.ordinal)
            )
            items = conn.execute(stmt).scalars().all()
            if items:
                return Answer(
                    "、".join(items),
                    "list",
                    [_box_citation(conn, hit, box_id), *_citations(hit, hits)[1:]],
                )
    for hit in hits[:3]:
        for clause in _ranked_clauses(_node_text(conn, hit), hit.terms):
            if _overlap(clause, hit.terms) == 0:
                break
            items = _clause_list(clause)
            if items:
                return Answer("、".join(items), "list", _citations(hit, hits))
    return None


def _box_citation(conn: Connection, hit: SearchHit, box_id: str) -> Citation:
    """Cite the box (专栏) itself when its items are the answer."""
    from plantrack.search.index import node_path
    from plantrack.store.plans import get_node

    if hit.node == box_id:
        return cite(hit)
    box = get_node(conn, hit.plan_id, box_id)
    return Citation(
        node=box_id, path=node_path(box), text=box.text, score=hit.score, plan_id=hit.plan_id
    )


def _citations(first: SearchHit, hits: list[SearchHit]) -> list[Citation]:
    """The hit the answer comes from, then the next best passages of other nodes (3 in all)."""
    return [cite(first), *[cite(h) for h in hits if h.node != first.node][:2]]


def _node_text(conn: Connection, hit: SearchHit) -> str:
    """A hit's whole paragraph (a sentence hit's list or name may sit in the next sentence)."""
    if hit.kind not in ("sentence", "target"):
        return hit.text
    stmt = select(nodes.c.text).where(nodes.c.plan_id == hit.plan_id, nodes.c.node_id == hit.node)
    return conn.execute(stmt).scalar() or hit.text


def _clause_list(clause: str) -> list[str]:
    items, _label = split_list(clause)
    if items:
        return items
    parts = [p.strip("“”") for p in clause.split("、")]
    if len(parts) < 3:
        return []
    parts[0] = strip_lead_verbs(parts[0])
    last = re.split(r"等|[一二三四五六七八九十两]+[大个项类种]", parts[-1])[0]
    parts[-1] = last if len(last) >= 2 else parts[-1]
    return [p for p in parts if 1 < len(p) <= 16]


# -- best sentence -------------------------------------------------------------------------------
def _passage(hits: list[SearchHit]) -> Answer:
    best = hits[0]
    text = best.text
    if best.kind in ("paragraph",):  # answer with its best sentence, cite the paragraph
        ranked = sorted(sentences(text), key=lambda s: -_overlap(s[1], best.terms))
        if ranked:
            text = ranked[0][1].strip()
    return Answer(text.strip(), "passage", [cite(h) for h in hits[:3]])


def _overlap(text: str, terms: list[str]) -> float:
    folded = text.lower()
    return sum(len(t) for t in terms if t in folded)


def _ranked_clauses(text: str, terms: list[str]) -> list[str]:
    clauses = [c for c in CLAUSE_SPLIT.split(text) if c.strip()]
    return sorted(clauses, key=lambda c: -_overlap(c, terms))


def _best_clause(text: str, terms: list[str], need: str, prefer: str | None = None) -> str | None:
    """The clause sharing most words with the question that matches `need`; clauses matching
    `prefer` (the unit asked for) first."""
    clauses = _ranked_clauses(text, terms)
    if prefer:
        clauses.sort(key=lambda c: not re.search(prefer, c))
    for clause in clauses:
        if re.search(need, clause) and _overlap(clause, terms) > 0:
            return clause.strip()
    return None
