"""The data behind the reporting-cycle pages (docs/reporting-cycle.md): the rounds of a plan, a
round's overview for the planning office, and a department's 待办 list. The HTML page and its
`.json` twin render the same dict; nothing here knows about HTTP. (web/data.py's department page
imports this module, so this one does not import it back.)"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from plantrack.access import permissions
from plantrack.access.permissions import Action
from plantrack.workspace import Workspace


def rounds_page(ws: Workspace, plan_ref: str | None, user: Any = None) -> dict[str, Any]:
    """Every round of a plan, newest first, with the form to open one (planners)."""
    plan = ws.plan(plan_ref)
    last_year = datetime.now(UTC).year - 1  # the figures a round usually collects
    return {
        "page": "rounds",
        "plan": plan.to_dict(),
        "plans": [{"id": p.id, "title": p.title, "version": p.version} for p in ws.plans()],
        "rounds": [
            {**r.to_dict(), "late": r.late(), "href": f"/rounds/{r.id}"} for r in ws.rounds(plan.id)
        ],
        "can_run": permissions.can(user, Action.RUN_ROUNDS),
        "suggested": {"year": last_year, "name": f"{last_year}年度监测"},
    }


def round_page(ws: Workspace, round_id: int, user: Any = None) -> dict[str, Any]:
    """A round for the planning office: per department what is owed, late or submitted, and the
    figures waiting for review."""
    found = ws.round_by_id(round_id)
    plan = ws.plan(found.plan_id)
    _, progress = ws.round_progress(plan.id, found.id)
    departments = [d.to_dict(found) for d in progress]
    review = [
        item
        for d in departments
        for item in d["items"]
        if item["state"] in ("submitted", "approved")
    ]
    return {
        "page": "round",
        "plan": plan.to_dict(),
        "round": {**found.to_dict(), "late": found.late()},
        "departments": departments,
        "review": review,
        "totals": {
            "departments": len(departments),
            "done": sum(1 for d in departments if d["done"]),
            "late": sum(1 for d in departments if d["late"]),
        },
        "can_review": permissions.can(user, Action.REVIEW),
        "can_run": permissions.can(user, Action.RUN_ROUNDS),
    }


def department_todo(
    ws: Workspace, plan_id: int, department_id: int, user: Any = None
) -> list[dict[str, Any]]:
    """The open rounds of a plan with this department's targets in each: what is missing, in
    draft, returned (with the reason) or already sent."""
    out = []
    for r in ws.rounds(plan_id):
        if r.state != "open":
            continue
        _, progress = ws.round_progress(plan_id, r.id, department_id=department_id)
        mine = progress[0].to_dict(r) if progress else {"items": [], "owed": 0, "late": False}
        out.append(
            {
                "round": {**r.to_dict(), "late": r.late()},
                "items": mine["items"],
                "owed": mine["owed"],
                "late": mine["late"],
                "drafts": sum(1 for i in mine["items"] if i["state"] == "draft"),
            }
        )
    return out


def department_extras(
    ws: Workspace, plan_id: int, department: dict[str, Any], user: Any = None
) -> dict[str, Any]:
    """What the department page adds for the cycle: the 待办 list, who may submit, and the
    reminder address (shown to the planning office only)."""
    can_email = permissions.can(user, Action.SET_DEPARTMENT_EMAIL)
    return {
        "todo": department_todo(ws, plan_id, department["id"], user),
        "can_submit": permissions.can(user, Action.SUBMIT)
        and permissions.can_edit_department(user, department["id"]),
        "can_set_email": can_email,
        "email": department.get("email") if can_email else None,
    }
