"""Answering a question in plain Chinese from one plan or many, always citing the plan.

    ask(conn, "到2030年算力规模要达到多少？") -> Answer(answer="高性能算力规模超过10EFLOPS（2030年）",
                                              kind="target", type="value", citations=[…])

The question's type (search/question.py) decides where the answer comes from: value and when ->
the matched target record (search/values.py); list and count -> a box's items, an item's content,
the 、 list of the best clause (search/lists.py); how -> the task paragraph's measures
(search/measures.py); where/who -> the entities named in the best clause; otherwise the best
sentence. Owner and progress questions need the tracking records: plantrack.answers composes
them over the same connection. When nothing in the plan matches well enough the answer is kind
"none", "未找到…", no citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import Connection

from plantrack.search import lists, measures, values
from plantrack.search.index import SearchHit, SearchIndex, sentences
from plantrack.search.question import question_type, topic
from plantrack.search.reply import (
    NOT_FOUND,
    Answer,
    Citation,
    Link,
    Retrieved,
    best_clause,
    citations,
    cite,
    entity_names,
    node_text,
    none_answer,
    overlap,
    retrieve,
)

__all__ = ["NOT_FOUND", "Answer", "Citation", "Link", "ask", "describe_target", "retrieve"]
describe_target = values.describe_target


def ask(
    conn: Connection,
    question: str,
    *,
    plan_ids: list[int] | None = None,
    index: SearchIndex | None = None,
    qtype: str | None = None,
    query: str | None = None,
) -> Answer:
    """The answer to a question from the plan text, with citations; kind "none" when the plan
    does not say. `query` is what to search for when it is not the whole question."""
    question = (question or "").strip()
    qtype = qtype or question_type(question[:200])
    query = query or (topic(question) if qtype == "how" else question)
    found = retrieve(conn, query, plan_ids=plan_ids, index=index)
    if found is None:
        return none_answer(qtype)
    found.question = question
    answer = _answerer(qtype)(conn, found)
    if answer is None:
        answer = _passage(found.hits)
    answer.type = answer.type or qtype
    return answer


def _answerer(qtype: str) -> Callable[[Connection, Retrieved], Answer | None]:
    return {
        "value": values.value_answer,
        "when": values.when_answer,
        "list": lists.list_answer,
        "count": lists.count_answer,
        "how": measures.how_answer,
        "where": lambda conn, found: _entity(conn, found.hits, "place"),
        "who": lambda conn, found: _entity(conn, found.hits, "institution"),
    }.get(qtype, lambda conn, found: None)


# -- where / who ---------------------------------------------------------------------------------
def _entity(conn: Connection, hits: list[SearchHit], entity_type: str) -> Answer | None:
    for hit in hits[:3]:
        names = entity_names(conn, hit.plan_id, hit.node, entity_type)
        if not names:
            continue
        need = "|".join(re.escape(n) for n in names)
        clause = best_clause(node_text(conn, hit), hit.terms, need=need)
        if not clause:
            continue
        present = [n for n in names if n in clause]
        # the longest names first, then drop names inside a longer one (象山 in 象山南田岛)
        present.sort(key=len, reverse=True)
        chosen = [n for i, n in enumerate(present) if not any(n in m for m in present[:i])]
        chosen.sort(key=clause.find)
        return Answer("、".join(chosen), "entity", citations(hit, hits))
    return None


# -- best sentence -------------------------------------------------------------------------------
def _passage(hits: list[SearchHit]) -> Answer:
    best = hits[0]
    text = best.text
    if best.kind in ("paragraph",):  # answer with its best sentence, cite the paragraph
        ranked = sorted(sentences(text), key=lambda s: -overlap(s[1], best.terms))
        if ranked:
            text = ranked[0][1].strip()
    return Answer(text.strip(), "passage", [cite(h) for h in hits[:3]])
