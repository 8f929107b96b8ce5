"""List and count answers: what a box, a box item, a heading or a clause enumerates.

    专栏2包括哪些工程？ -> 港航物流、现代贸易、现代金融、科技服务、数字服务、高端专业服务 (the box's items)
    专栏3有哪些科技基础设施？ -> the content of the item 科技基础设施, not its title
    颠覆型赛道包括哪些？ -> 量子科技、脑机接口、原子级制造、6G (the 、 list of the best clause)
    专栏5一共列了几项重点工程？ -> 8项：…  (a count always comes with its list)

Sources, first that applies: a box the question names (专栏N, or a box heading among the best
passages) — the content of its item the question names, else its items' titles; a heading that is
the best passage — its paragraphs' titles; the 、 list (or, asked where, the places) of the clause
of the best passages sharing most words with the question.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, select

from plantrack.parse.entities import CLAUSE_SPLIT, split_list, strip_lead_verbs
from plantrack.search.index import HEADING_KINDS, SearchHit, node_path
from plantrack.search.reply import (
    NUMBERING,
    Answer,
    Citation,
    Retrieved,
    by_title,
    citations,
    cite,
    entity_names,
    incidental,
    node_text,
    overlap,
    ranked_clauses,
)
from plantrack.search.values import matched_targets, metric_match, value_answer
from plantrack.store.schema import nodes

BOX = re.compile(r"专栏\s*(\d+)")
PLACES_ASKED = re.compile(r"[镇乡县区]|街道|地方|哪里")
COUNT_WORD = re.compile(r"(?:几|多少)([个项类种条大家所座名批])")
LIST_END = re.compile(r"等|[一二三四五六七八九十两]+[大个项类种条]")
# words that open the rest of a clause after a list of names: 在龙山镇、掌起镇|建设智慧农业示范基地
AFTER_LIST = re.compile(
    r"在|建设|开展|设立|实现|打造|推进|推动|创建|建成|形成|参与|共建|联合|加快|加强|成为|作为|开通"
)
PREPOSITION = re.compile(r"^(?:在|对|向|从|把|将|以)")
INNER_PREPOSITION = re.compile(r".+[向把将从对]")
MORE_LEAD = re.compile(
    r"^(?:联动|协同|串联|依托|鼓励|引导|招引|集聚|新建|开展|大力|重点|加快|推进|推动)+"
)
FIGURE_ASKED = 0.5  # a count question naming half of a target's metric asks for its figure


@dataclass
class Listed:
    items: list[str]
    citations: list[Citation]
    countable: bool = True  # False: clauses of an item's content, not items to count


def list_answer(conn: Connection, found: Retrieved) -> Answer | None:
    listed = list_of(conn, found)
    if listed is None:
        return None
    sep = "、" if listed.countable else "；"
    return Answer(sep.join(listed.items), "list", listed.citations)


def count_answer(conn: Connection, found: Retrieved) -> Answer | None:
    """N项：a、b、c — or the target the question names (要新建几座深远海养殖平台 asks for a figure,
    not for a number of items), or, when nothing is enumerated, the best target."""
    named = matched_targets(conn, found)
    listed = None
    if not any(metric_match(found.question, t.metric) >= FIGURE_ASKED for _h, t in named):
        listed = list_of(conn, found)
    if listed is None or not listed.countable:
        answer = value_answer(conn, found)
        if answer is not None:
            answer.type = "value"
        return answer
    word = COUNT_WORD.search(found.question)
    unit = word.group(1) if word and word.group(1) not in "大批" else "项"
    text = f"{len(listed.items)}{unit}：{'、'.join(listed.items)}"
    return Answer(text, "count", listed.citations)


def list_of(conn: Connection, found: Retrieved) -> Listed | None:
    return _box(conn, found) or _children(conn, found) or _clause(conn, found)


# -- boxes (专栏) -------------------------------------------------------------------------------
def _box(conn: Connection, found: Retrieved) -> Listed | None:
    located = _box_asked(conn, found)
    if located is None:
        return None
    hit, box_id = located
    items = conn.execute(
        select(nodes.c.node_id, nodes.c.title, nodes.c.text)
        .where(nodes.c.plan_id == hit.plan_id, nodes.c.parent == box_id)
        .order_by(nodes.c.ordinal)
    ).all()
    if not items:
        return None
    question = _fold(found.question)
    named = [i for i in items if len(i.title) >= 2 and _fold(i.title).strip('“”"') in question]
    if named:  # 专栏3有哪些科技基础设施: the content of that item
        item = max(named, key=lambda i: len(i.title))
        content = _content(item.text, item.title)
        listed = _clause_list(content, hit.terms)
        cited = _node_citation(conn, hit, item.node_id)
        others = [c for c in citations(hit, found.hits) if c.node != item.node_id][:2]
        if listed:
            return Listed(listed, [cited, *others])
        clauses = [_trim(c) for c in CLAUSE_SPLIT.split(content) if len(c.strip()) >= 4]
        return Listed(clauses, [cited, *others], countable=False) if clauses else None
    cited = _node_citation(conn, hit, box_id)
    others = [c for c in citations(hit, found.hits) if c.node != box_id][:2]
    return Listed([_strip_numbering(i.title) for i in items], [cited, *others])


def _box_asked(conn: Connection, found: Retrieved) -> tuple[SearchHit, str] | None:
    """(hit, box node id) when the question is about a box: 专栏N, or a box heading or box
    item among the best three passages whose title the question names."""
    number = BOX.search(found.question)
    for hit in found.hits[:3]:
        box = re.match(r"(.*box(\d+))", hit.node)
        if not box:
            continue
        if number and box.group(2) == number.group(1):
            return hit, box.group(1)
        if not number and (hit.kind == "heading" and hit.node == box.group(1)):
            return hit, box.group(1)
        if not number and hit.node != box.group(1) and _names_title(conn, hit, found.question):
            return hit, box.group(1)
    if number:  # 专栏N named but not among the best passages: the first plan's box N
        plan_id = found.best.plan_id
        box_id = conn.execute(
            select(nodes.c.node_id).where(
                nodes.c.plan_id == plan_id,
                nodes.c.kind == "box",
                nodes.c.number == int(number.group(1)),
            )
        ).scalar()
        if box_id:
            return found.best, box_id
    return None


def _names_title(conn: Connection, hit: SearchHit, question: str) -> bool:
    title = conn.execute(
        select(nodes.c.title).where(nodes.c.plan_id == hit.plan_id, nodes.c.node_id == hit.node)
    ).scalar()
    return bool(title) and len(title) >= 2 and _fold(title).strip('“”"') in _fold(question)


def _content(text: str, title: str) -> str:
    """An item's text without its number and title: 1.科技基础设施。预研建设… -> 预研建设…"""
    body = _strip_numbering(text)
    if title and body.startswith(title):
        body = body[len(title) :].lstrip("。：:，, ")
    return body


# -- a heading's paragraphs ------------------------------------------------------------------
def _children(conn: Connection, found: Retrieved) -> Listed | None:
    hit = _heading_asked(found)
    if hit is None:
        return None
    rows = conn.execute(
        select(nodes.c.title, nodes.c.kind)
        .where(nodes.c.plan_id == hit.plan_id, nodes.c.parent == hit.node)
        .order_by(nodes.c.ordinal)
    ).all()
    titles = [_strip_numbering(r.title) for r in rows if r.kind in ("paragraph", *HEADING_KINDS)]
    titles = [t for t in titles if t]
    if len(titles) < 2:
        return None
    return Listed(titles, citations(hit, found.hits))


def _heading_asked(found: Retrieved) -> SearchHit | None:
    """A heading among the best passages that says all the best passage matched but the plan's
    place (宁海有几项主要任务: 二、主要任务, whose paragraphs carry its words and 宁海 too)."""
    best = by_title(found)[0]
    for hit in [best, *found.hits[:5]]:
        if hit.kind != "heading" or re.search(r"box\d+$", hit.node):
            continue
        if all(incidental(t, found.best) for t in set(found.best.terms) - set(hit.terms)):
            return hit
    return None


# -- the list of the best clause -------------------------------------------------------------
def _clause(conn: Connection, found: Retrieved) -> Listed | None:
    places = bool(PLACES_ASKED.search(found.question))
    for hit in found.hits[:3]:
        text = node_text(conn, hit)
        listed = _clause_list(text, hit.terms) or (_places(conn, hit, text) if places else [])
        if listed:
            return Listed(listed, citations(hit, found.hits))
    return None


def _places(conn: Connection, hit: SearchHit, text: str) -> list[str]:
    names = entity_names(conn, hit.plan_id, hit.node, "place")
    for clause in ranked_clauses(text, hit.terms):
        if overlap(clause, hit.terms) == 0:
            break
        present = [n for n in names if n in clause]
        present = [n for n in present if not any(n != m and n in m for m in present)]
        if len(present) >= 2:
            return sorted(present, key=clause.find)
    return []


def _clause_list(text: str, terms: list[str]) -> list[str]:
    """The items of the 、 list in the clause sharing most words with the question."""
    for clause in ranked_clauses(text, terms):
        if terms and overlap(clause, terms) == 0:
            break
        items = clause_items(clause)
        if items:
            return items
    return []


def clause_items(clause: str) -> list[str]:
    """具身智能、前沿新材料等成长型赛道 -> [具身智能, 前沿新材料]; 在龙山镇、掌起镇建设… -> [龙山镇, 掌起镇]:
    two items only when the end of the list is certain (等, or the first item's last character)."""
    items, _label = split_list(clause)
    if items:
        return items
    parts = [p.strip("“”\"' ") for p in clause.split("、")]
    if len(parts) < 2:
        return []
    parts[0] = _first_item(parts[0], parts[1])
    last, certain = _cut_last(parts[-1], parts[0])
    if certain or len(parts) == 2:
        parts[-1] = last
    items = [p for p in parts if 1 < len(p) <= 16]
    if len(items) != len(parts):
        return []
    if len(items) == 2 and not (certain and all(len(p) <= 10 for p in items)):
        return []
    return items


def _first_item(part: str, second: str) -> str:
    """联动推进科学港 -> 科学港, 串联前童古镇 -> 前童古镇, 在龙山镇 -> 龙山镇, 家电企业向智能化 -> 智能化:
    the verbs, prepositions and objects that open a list sentence are not its first item."""
    item = strip_lead_verbs(PREPOSITION.sub("", part))
    stripped = MORE_LEAD.sub("", item)
    item = strip_lead_verbs(stripped) if len(stripped) >= 2 else item
    item = PREPOSITION.sub("", item) if len(item) > 2 else item
    inner = INNER_PREPOSITION.match(item)
    if inner and len(item) > 2 * len(second) and len(item) - inner.end() >= 2:
        return item[inner.end() :]
    return item


def _cut_last(last: str, first: str) -> tuple[str, bool]:
    """The last item of a list and whether its end is certain: cut at 等 (or 五大…), else before
    the verb that follows the list (掌起镇建设… -> 掌起镇), else the whole rest when it ends like
    the first item (甬舟铁路、甬金铁路)."""
    pieces = LIST_END.split(last, maxsplit=1)
    if len(pieces) > 1 and len(pieces[0]) >= 2:
        return pieces[0], True
    verb = AFTER_LIST.search(last, 2)
    if verb and verb.start() <= len(first) + 4:
        return last[: verb.start()], True
    if first and last.endswith(first[-1]) and len(last) <= len(first) + 4:
        return last, True
    at = last.find(first[-1], 1) if first else -1
    if 0 < at < len(first) + 4 and len(last) - at - 1 <= 2:
        return last[: at + 1], True  # 科学港、…、总部港发展; 智能化、…、品牌化转型
    return last, False


# -- small helpers -----------------------------------------------------------------------------
def _node_citation(conn: Connection, hit: SearchHit, node_id: str) -> Citation:
    """Cite `node_id` (a box, a box item) with the hit's score."""
    from plantrack.store.plans import get_node

    if hit.node == node_id:
        return cite(hit)
    node = get_node(conn, hit.plan_id, node_id)
    return Citation(
        node=node_id, path=node_path(node), text=node.text, score=hit.score, plan_id=hit.plan_id
    )


def _strip_numbering(text: str) -> str:
    return NUMBERING.sub("", text or "").strip()


def _trim(clause: str) -> str:
    return clause.strip().removesuffix("等").strip()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().replace(" ", "")
