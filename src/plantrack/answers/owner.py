"""Owner answers: who leads (牵头) and who takes part (配合) in what the question is about, from the
recorded assignments — never from a name the plan text happens to mention nearby.

    高性能算力规模由哪个部门牵头？ -> 高性能算力规模：市经信局牵头（2030年前完成）
    生命健康产业由哪个部门牵头？   -> 尚未分工：“大力培育生命健康产业”还没有记录牵头单位。

Where the owners come from, first that has any: the target the question names (assigned to it,
or to a task containing it); the task (assigned to it or to a task containing it); the targets the
task states (each with its own owners). With none, 尚未分工 — and when the plan text of that task
itself says 由…牵头, those words are quoted beside it.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection

from plantrack.search.index import SearchIndex
from plantrack.search.question import topic
from plantrack.search.reply import (
    Answer,
    Citation,
    Link,
    node_citation,
    node_text,
    none_answer,
    retrieve,
)
from plantrack.search.subject import Subject, find_subject, short_title
from plantrack.store import assignments as assign_store

PLAN_SAYS = re.compile(r"由([^，。；]{2,40}?)牵头(?:[，,]([^，。；]{2,80}?)配合)?")


def owner_answer(
    conn: Connection,
    question: str,
    *,
    plan_ids: list[int] | None = None,
    index: SearchIndex | None = None,
) -> Answer:
    found = retrieve(conn, topic(question), plan_ids=plan_ids, index=index)
    if found is None:
        return none_answer("owner")
    found.question = question
    subject = find_subject(conn, found)
    groups = owner_groups(conn, subject)
    if not groups:
        return Answer(_unassigned(conn, subject), "owner", subject.citations(), "owner")
    text = "；".join(_words(label, owners) for label, owners in groups)
    links = _target_links(subject, groups) + _department_links(subject.plan_id, groups)
    return Answer(text, "owner", _cited(conn, subject, groups), "owner", links)


def owner_groups(conn: Connection, subject: Subject) -> list[tuple[str, list[dict[str, Any]]]]:
    """[(what, owners)]: the owners of each named target, else of the task, else of each target
    and task inside it; owners are the rows of store/assignments.py, lead first."""
    if subject.targets:
        groups = [
            (t.metric, assign_store.target_owners(conn, subject.plan_id, t.id, t.location.node))
            for t in subject.targets
        ]
        return [(label, owners) for label, owners in groups if owners]
    owners = assign_store.target_owners(conn, subject.plan_id, None, subject.node)
    if owners:
        return [(subject.title, owners)]
    inside: dict[str, list[dict[str, Any]]] = {}
    for row in assign_store.owners_within(conn, subject.plan_id, subject.node):
        inside.setdefault(short_title(row["label"]), []).append(row)
    return list(inside.items())


def _cited(
    conn: Connection, subject: Subject, groups: list[tuple[str, list[dict[str, Any]]]]
) -> list[Citation]:
    """The subject's citations; owners found inside a task cite where they were assigned first."""
    cited = subject.citations()
    inner = [o["node"] for _label, owners in groups for o in owners if o.get("node")]
    if not inner or inner[0] == subject.node:
        return cited
    first = node_citation(conn, subject.plan_id, inner[0], subject.hit.score)
    return [first, *[c for c in cited if c.node != first.node]][:3]


def _words(label: str, owners: list[dict[str, Any]]) -> str:
    leads = _names(o for o in owners if o["role"] == "lead")
    partners = [n for n in _names(o for o in owners if o["role"] != "lead") if n not in leads]
    text = f"{label}：{'、'.join(leads)}牵头"
    if partners:
        text += f"，{'、'.join(partners)}配合"
    due = next((o["due_year"] for o in owners if o.get("due_year")), None)
    return text + (f"（{due}年前完成）" if due else "")


def _names(owners: Any) -> list[str]:
    return list(dict.fromkeys(o["department"] for o in owners))


def _unassigned(conn: Connection, subject: Subject) -> str:
    text = f"尚未分工：“{subject.title}”还没有记录牵头单位。"
    says = PLAN_SAYS.search(node_text(conn, subject.hit))
    if says:
        text += f"规划原文：{says.group(0)}。"
    return text


def _target_links(subject: Subject, groups: list[tuple[str, list[dict[str, Any]]]]) -> list[Link]:
    """The targets the answer is about: those the question names, else those found inside."""
    if subject.targets:
        return [Link("target", t.metric, subject.plan_id, t.id) for t in subject.targets]
    inside = {
        o["ref"]: label for label, owners in groups for o in owners if o.get("subject") == "target"
    }
    return [Link("target", label, subject.plan_id, ref) for ref, label in inside.items()]


def _department_links(plan_id: int, groups: list[tuple[str, list[dict[str, Any]]]]) -> list[Link]:
    seen: dict[int, str] = {}
    for _label, owners in groups:
        for owner in owners:
            seen.setdefault(owner["department_id"], owner["department"])
    return [Link("department", name, plan_id, dept) for dept, name in seen.items()]
