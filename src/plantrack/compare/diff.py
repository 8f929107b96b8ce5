"""What changed between two versions of one plan (征求意见稿 → 正式稿): targets and tasks.

Targets are matched by metric (same normalised name first, then similar names, units that
measure the same thing); a matched target is `changed` when its value, unit, comparator, kind,
deadline, aspiration, binding or milestone differs. Tasks (paragraphs and box items, titled by
their lead sentence) are matched by title, then by text similarity ≥ TASK_SIMILARITY; a matched
task is `changed` when its text differs. Node ids are not used to match: they shift when a
paragraph is inserted.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from plantrack.compare.align import metric_pairs
from plantrack.compare.side import PlanSide
from plantrack.model import Node, Target

TARGET_FIELDS = (
    "value",
    "unit",
    "comparator",
    "kind",
    "deadline",
    "aspiration",
    "binding",
    "milestone",
)
TASK_SIMILARITY = 0.6
MIN_METRIC_SIMILARITY = 0.75


@dataclass
class TargetChange:
    change: str  # added | removed | changed | unchanged
    old: Target | None
    new: Target | None
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict() if self.new else None,
            "fields": {k: list(v) for k, v in self.fields.items()},
        }


@dataclass
class TaskChange:
    change: str  # added | removed | changed | unchanged
    old: Node | None
    new: Node | None
    similarity: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        def node(n: Node | None) -> dict[str, Any] | None:
            return None if n is None else {"node": n.node_id, "title": n.title, "text": n.text}

        return {
            "change": self.change,
            "old": node(self.old),
            "new": node(self.new),
            "similarity": round(self.similarity, 3),
        }


@dataclass
class PlanDiff:
    old: PlanSide
    new: PlanSide
    targets: list[TargetChange]
    tasks: list[TaskChange]

    def count(self, change: str) -> tuple[int, int]:
        """(targets, tasks) with this change."""
        return (
            sum(c.change == change for c in self.targets),
            sum(c.change == change for c in self.tasks),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old.to_dict(),
            "new": self.new.to_dict(),
            "summary": {
                c: dict(zip(("targets", "tasks"), self.count(c), strict=True))
                for c in ("added", "removed", "changed", "unchanged")
            },
            "targets": [c.to_dict() for c in self.targets if c.change != "unchanged"],
            "tasks": [c.to_dict() for c in self.tasks if c.change != "unchanged"],
        }


def diff_plans(old: PlanSide, new: PlanSide) -> PlanDiff:
    return PlanDiff(
        old=old, new=new, targets=_diff_targets(old, new), tasks=_diff_tasks(old.nodes, new.nodes)
    )


def _same(x: Any, y: Any) -> bool:
    if isinstance(x, float) and isinstance(y, float):
        return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))
    return x == y


def _diff_targets(old: PlanSide, new: PlanSide) -> list[TargetChange]:
    candidates = [
        (score, old.targets[i].kind == new.targets[j].kind, -abs(i - j), i, j)
        for score, i, j in metric_pairs(old, new, MIN_METRIC_SIMILARITY)
    ]
    candidates.sort(reverse=True)
    matched: dict[int, int] = {}
    for _score, _kind, _dist, i, j in candidates:
        if i not in matched and j not in matched.values():
            matched[i] = j
    changes: list[TargetChange] = []
    for i, to in enumerate(old.targets):
        if i not in matched:
            changes.append(TargetChange("removed", to, None))
            continue
        tn = new.targets[matched[i]]
        fields = {
            f: (getattr(to, f), getattr(tn, f))
            for f in TARGET_FIELDS
            if not _same(getattr(to, f), getattr(tn, f))
        }
        changes.append(TargetChange("changed" if fields else "unchanged", to, tn, fields))
    for j, tn in enumerate(new.targets):
        if j not in matched.values():
            changes.append(TargetChange("added", None, tn))
    return changes


def _tasks(nodes: list[Node]) -> list[Node]:
    return [n for n in nodes if n.kind in ("paragraph", "item")]


def _text_ratio(x: str, y: str) -> float:
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()


def _diff_tasks(old_nodes: list[Node], new_nodes: list[Node]) -> list[TaskChange]:
    old, new = _tasks(old_nodes), _tasks(new_nodes)
    matched: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    by_title: dict[str, list[int]] = {}
    for j, node in enumerate(new):
        by_title.setdefault(node.title, []).append(j)
    for i, node in enumerate(old):  # same lead sentence: the same task
        for j in by_title.get(node.title, []):
            if j not in taken:
                matched[i] = (j, _text_ratio(node.text, new[j].text))
                taken.add(j)
                break
    candidates = []
    for i, node in enumerate(old):  # else the most similar text
        if i in matched:
            continue
        for j, other in enumerate(new):
            if j not in taken:
                ratio = _text_ratio(node.text, other.text)
                if ratio >= TASK_SIMILARITY:
                    candidates.append((ratio, i, j))
    for ratio, i, j in sorted(candidates, reverse=True):
        if i not in matched and j not in taken:
            matched[i] = (j, ratio)
            taken.add(j)
    changes = []
    for i, node in enumerate(old):
        if i not in matched:
            changes.append(TaskChange("removed", node, None))
            continue
        j, ratio = matched[i]
        same = node.text == new[j].text
        changes.append(
            TaskChange("unchanged" if same else "changed", node, new[j], 1.0 if same else ratio)
        )
    changes.extend(TaskChange("added", None, node) for j, node in enumerate(new) if j not in taken)
    return changes
