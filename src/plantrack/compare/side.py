"""One side of a comparison: a stored plan (id or part of its title) or a document file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from plantrack.errors import NotFound
from plantrack.model import Node, Target
from plantrack.store import plans as plan_store

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


def load_side(conn: Connection | None, ref: str) -> PlanSide:
    """A stored plan (id or title part) or, when `ref` is an existing file, that document
    (parsed, not stored; no connection needed)."""
    path = Path(ref)
    if path.is_file():
        return side_from_file(path)
    if conn is None:
        raise NotFound(f"{ref}: no such file (and no database given to look for a plan)")
    return side_from_plan(conn, ref)


def side_from_file(path: Path) -> PlanSide:
    """A document file as a side, parsed but not stored."""
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


def side_from_plan(conn: Connection, ref: str) -> PlanSide:
    """A stored plan as a side."""
    plan = plan_store.get_plan(conn, ref)
    return PlanSide(
        ref=f"plan {plan.id}",
        title=plan.title,
        region=plan.region,
        level=plan.level,
        period=(plan.period_start, plan.period_end),
        targets=plan_store.list_targets(conn, plan.id),
        nodes=plan_store.list_nodes(conn, plan.id),
    )
