"""Who may write what: the permission matrix of docs/web.md in one place.

| write                          | admin | planner | editor                          | viewer |
|--------------------------------|-------|---------|---------------------------------|--------|
| record / update an observation | yes   | yes     | only targets of its department  | no     |
| import figures (XLSX)          | yes   | yes     | rows of its department's targets | no    |
| upload / confirm a plan        | yes   | yes     | no                              | no     |
| assign departments             | yes   | yes     | no                              | no     |
| create an API token (own)      | yes   | yes     | yes                             | yes    |
| manage users (CLI)             | yes   | no      | no                              | no     |

An editor's targets are those assigned to the department directly (subject "target") or through
a task node (subject "node") that contains the target.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

from plantrack.errors import PermissionDenied
from plantrack.store.schema import assignments, departments, targets
from plantrack.web.accounts import User

PLANNERS = ("admin", "planner")


def require_planner(user: User | None, action: str) -> None:
    if user is None or user.role not in PLANNERS:
        raise PermissionDenied(f"{action}: needs the admin or planner role")


def department_target_ids(engine: Engine, plan_id: int, department_id: int) -> set[str]:
    """Target ids of a plan assigned to a department, directly or through a task node."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(assignments.c.subject, assignments.c.ref).where(
                assignments.c.plan_id == plan_id, assignments.c.department_id == department_id
            )
        ).all()
        direct = {ref for subject, ref in rows if subject == "target"}
        node_refs = [ref for subject, ref in rows if subject == "node"]
        if node_refs:
            for target_id, node_id in conn.execute(
                select(targets.c.target_id, targets.c.node_id).where(targets.c.plan_id == plan_id)
            ):
                if any(node_id == ref or node_id.startswith(ref + ".") for ref in node_refs):
                    direct.add(target_id)
    return direct


def target_owners(
    engine: Engine, plan_id: int, target_id: str, node_id: str
) -> list[dict[str, object]]:
    """Departments assigned to a target or to a node containing it, lead first."""
    with engine.connect() as conn:
        rows = (
            conn.execute(
                select(
                    assignments.c.subject,
                    assignments.c.ref,
                    assignments.c.role,
                    assignments.c.due_year,
                    departments.c.id,
                    departments.c.name,
                )
                .join(departments, departments.c.id == assignments.c.department_id)
                .where(assignments.c.plan_id == plan_id)
            )
            .mappings()
            .all()
        )
    owners = []
    for row in rows:
        ref = row["ref"]
        hit = (
            (ref == target_id)
            if row["subject"] == "target"
            else (node_id == ref or node_id.startswith(ref + "."))
        )
        if hit:
            owners.append(
                {
                    "department_id": row["id"],
                    "department": row["name"],
                    "role": row["role"],
                    "due_year": row["due_year"],
                    "via": row["subject"],
                    "ref": ref,
                }
            )
    owners.sort(key=lambda o: (o["role"] != "lead", str(o["department"])))
    return owners


def can_edit_target(engine: Engine, user: User | None, plan_id: int, target_id: str) -> bool:
    if user is None or user.disabled:
        return False
    if user.role in PLANNERS:
        return True
    if user.role != "editor" or user.department_id is None:
        return False
    return target_id in department_target_ids(engine, plan_id, user.department_id)


def require_target_edit(engine: Engine, user: User | None, plan_id: int, target_id: str) -> None:
    if not can_edit_target(engine, user, plan_id, target_id):
        who = f"{user.username} ({user.role})" if user else "anonymous"
        raise PermissionDenied(
            f"target {target_id}: {who} may not edit it (not assigned to your department)"
        )
