"""Plans side by side: `compare` aligns the targets of two plans (a city and its province, two
cities) and flags inconsistencies; `diff` lists what changed between two versions of one plan.

A side is a stored plan (id or part of its title) or a document file (parsed, not stored):

    from plantrack.compare import load_side, compare_plans, diff_plans
    result = compare_plans(load_side(ws, "浙江省"), load_side(ws, "宁波市"))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrack.model import Node, Target

LEVELS = {"nation": 0, "province": 1, "city": 2, "district": 3, "county": 3}


@dataclass
class PlanSide:
    """What a comparison needs of one plan."""

    ref: str  # "plan 3" or the file name
    title: str
    region: str | None
    level: str | None
    period: tuple[int | None, int | None]
    targets: list[Target]
    nodes: list[Node] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "title": self.title,
            "region": self.region,
            "level": self.level,
            "period": list(self.period),
            "targets": len(self.targets),
        }


def load_side(ws: Any, ref: str) -> PlanSide:
    """A stored plan (id or title part) or, when `ref` is an existing file, that document."""
    path = Path(ref)
    if path.is_file():
        from plantrack.parse.plan import detect_region, parse_document
        from plantrack.read import read_document

        parsed = parse_document(read_document(path))
        region, level = detect_region(parsed.title)
        return PlanSide(
            ref=path.name,
            title=parsed.title,
            region=region,
            level=level,
            period=parsed.period or (None, None),
            targets=list(parsed.targets),
            nodes=list(parsed.nodes),
        )
    plan = ws.plan(ref)
    return PlanSide(
        ref=f"plan {plan.id}",
        title=plan.title,
        region=plan.region,
        level=plan.level,
        period=(plan.period_start, plan.period_end),
        targets=ws.targets(plan.id),
        nodes=ws.outline(plan.id),
    )


from plantrack.compare.align import Comparison, Flag, Pair, compare_plans  # noqa: E402
from plantrack.compare.diff import PlanDiff, diff_plans  # noqa: E402

__all__ = [
    "Comparison",
    "Flag",
    "Pair",
    "PlanDiff",
    "PlanSide",
    "compare_plans",
    "diff_plans",
    "load_side",
]
