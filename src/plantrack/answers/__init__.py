"""Answers over a plan and its tracking: the question's type first (search/question.py), then the
source that type needs — the plan text (search/answer.py), the recorded assignments (owner.py)
or the latest assessments (progress.py) — all on the caller's connection.

    answer_question(conn, "高性能算力规模由哪个部门牵头？") -> Answer(answer="高性能算力规模：市经信局牵头…",
                                                             kind="owner", type="owner", …)

search/ and track/ are siblings that may not import each other, so the composition lives here,
one layer above both (docs/architecture.md).
"""

from __future__ import annotations

from sqlalchemy import Connection

from plantrack.answers.owner import owner_answer
from plantrack.answers.progress import progress_answer
from plantrack.errors import ValidationError
from plantrack.search.answer import Answer, ask
from plantrack.search.index import SearchIndex
from plantrack.search.question import question_type

EMPTY_QUESTION = "问题为空：请输入要问的内容 (empty question)"

__all__ = ["EMPTY_QUESTION", "answer_question", "check_question"]


def check_question(question: str | None) -> str:
    """The question without surrounding blanks; ValidationError when nothing is left."""
    text = (question or "").strip()
    if not text:
        raise ValidationError(EMPTY_QUESTION)
    return text


def answer_question(
    conn: Connection,
    question: str,
    *,
    plan_ids: list[int] | None = None,
    index: SearchIndex | None = None,
) -> Answer:
    """The typed answer with its citations (and, for owner and progress, links to the target and
    department pages); kind "none" when the plans do not say."""
    question = check_question(question)
    qtype = question_type(question[:200])
    if qtype == "owner":
        return owner_answer(conn, question, plan_ids=plan_ids, index=index)
    if qtype == "progress":
        return progress_answer(conn, question, plan_ids=plan_ids, index=index)
    return ask(conn, question, plan_ids=plan_ids, index=index, qtype=qtype)
