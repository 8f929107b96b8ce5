"""Plans side by side: `compare` aligns the targets of two plans (a city and its province, two
cities) and flags inconsistencies; `diff` lists what changed between two versions of one plan.

A side is a stored plan (id or part of its title) or a document file (parsed, not stored):

    from plantrack.compare import load_side, compare_plans, diff_plans
    result = compare_plans(load_side(conn, "浙江省"), load_side(conn, "宁波市"))
"""

from __future__ import annotations

from plantrack.compare.align import Comparison, Flag, Pair, compare_plans
from plantrack.compare.diff import PlanDiff, diff_plans
from plantrack.compare.side import LEVELS, PlanSide, load_side, side_from_file, side_from_plan

__all__ = [
    "LEVELS",
    "Comparison",
    "Flag",
    "Pair",
    "PlanDiff",
    "PlanSide",
    "compare_plans",
    "diff_plans",
    "load_side",
    "side_from_file",
    "side_from_plan",
]
