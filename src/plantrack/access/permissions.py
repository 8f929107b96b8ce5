"""Who may do what: the permission matrix of docs/web.md, in one place. The web pages, the JSON
API, the templates and the CLI (`plantrack users roles`) all ask this module.

| action                                  | admin | planner | editor                     | viewer |
|-----------------------------------------|-------|---------|----------------------------|--------|
| record / revise an observation          | yes   | yes     | its department's targets   | no     |
| attach / remove a figure's evidence     | yes   | yes     | its department's targets   | no     |
| download a figure's evidence            | yes   | yes     | yes                        | yes    |
| submit a figure (填报 → 审核)            | yes   | yes     | its department's targets   | no     |
| approve / return a figure (审核)         | yes   | yes     | no                         | no     |
| open / close a round, send reminders     | yes   | yes     | no                         | no     |
| set a department's e-mail                | yes   | yes     | no                         | no     |
| import figures (XLSX)                   | yes   | yes     | its department's targets   | no     |
| upload / confirm a plan                 | yes   | yes     | no                         | no     |
| assign departments                      | yes   | yes     | no                         | no     |
| create an API token (own)               | yes   | yes     | yes                        | yes    |
| manage users                            | yes   | no      | no                         | no     |
| see another user's pending upload       | yes   | no      | no                         | no     |

An editor's targets are those its department *leads* (牵头), assigned directly (subject
"target") or through a task node (subject "node") that contains the target; the Workspace looks
them up (`Workspace.department_target_ids(…, roles=RECORDING_ROLES)`) and passes them in, so
this module needs no database. A disabled or missing user may do nothing.

Partner departments (配合单位 / 责任单位): a target usually has one lead and several partners.
The rule (`RECORDING_ROLES`): only the lead department's editors record and import its figures —
one department answers for each figure, as the 任务分工方案 says who leads; partners read the
target, its figures and their history like every reader (and will comment on them once
comments exist), and send their numbers to the lead. Planners and admins record any target.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from enum import StrEnum
from typing import Any

from plantrack.errors import PermissionDenied
from plantrack.model import ROLE_ZH, Role


class Action(StrEnum):
    RECORD = "record"
    SUBMIT = "submit"
    REVIEW = "review"
    RUN_ROUNDS = "run_rounds"
    SET_DEPARTMENT_EMAIL = "set_department_email"
    IMPORT_FIGURES = "import_figures"
    UPLOAD_PLAN = "upload_plan"
    ASSIGN = "assign"
    CREATE_TOKEN = "create_token"
    MANAGE_USERS = "manage_users"
    OTHERS_UPLOADS = "others_uploads"
    ATTACH_EVIDENCE = "attach_evidence"
    DOWNLOAD_EVIDENCE = "download_evidence"


_PLANNERS = frozenset({Role.ADMIN, Role.PLANNER})
MATRIX: dict[Action, frozenset[Role]] = {
    Action.RECORD: _PLANNERS | {Role.EDITOR},
    Action.SUBMIT: _PLANNERS | {Role.EDITOR},
    Action.REVIEW: _PLANNERS,
    Action.RUN_ROUNDS: _PLANNERS,
    Action.SET_DEPARTMENT_EMAIL: _PLANNERS,
    Action.IMPORT_FIGURES: _PLANNERS | {Role.EDITOR},
    Action.UPLOAD_PLAN: _PLANNERS,
    Action.ASSIGN: _PLANNERS,
    Action.CREATE_TOKEN: frozenset(Role),
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    Action.OTHERS_UPLOADS: frozenset({Role.ADMIN}),
    Action.ATTACH_EVIDENCE: _PLANNERS | {Role.EDITOR},
    # every signed-in role reads the figures, so it may open their evidence; an anonymous
    # reader of a public app (public_read) sees the figures but not the files
    Action.DOWNLOAD_EVIDENCE: frozenset(Role),
}
# Roles whose RECORD, IMPORT_FIGURES and ATTACH_EVIDENCE are limited to their own department's targets.
DEPARTMENT_SCOPED = frozenset({Role.EDITOR})
# The assignment roles (store/assignments.py) that make a target the department's to record.
RECORDING_ROLES = frozenset({"lead"})

DESCRIPTIONS: dict[Action, str] = {
    Action.RECORD: "record / revise an observation",
    Action.SUBMIT: "submit a figure",
    Action.REVIEW: "approve / return a figure",
    Action.RUN_ROUNDS: "open / close a round, send reminders",
    Action.SET_DEPARTMENT_EMAIL: "set a department's e-mail",
    Action.IMPORT_FIGURES: "import figures (XLSX)",
    Action.UPLOAD_PLAN: "upload / confirm a plan",
    Action.ASSIGN: "assign departments",
    Action.CREATE_TOKEN: "create an API token (own)",
    Action.MANAGE_USERS: "manage users",
    Action.OTHERS_UPLOADS: "see another user's pending upload",
    Action.ATTACH_EVIDENCE: "attach / remove a figure's evidence",
    Action.DOWNLOAD_EVIDENCE: "download a figure's evidence",
}


def _role(user: Any) -> Role | None:
    if user is None or getattr(user, "disabled", False):
        return None
    try:
        return Role(user.role)
    except ValueError:  # a role this build does not know may do nothing
        return None


def can(user: Any, action: Action | str) -> bool:
    """True when `user`'s role may do `action` at all (an editor: within its department)."""
    role = _role(user)
    return role is not None and role in MATRIX[Action(action)]


def department_scoped(user: Any) -> bool:
    """True when the user's writes are limited to its department's targets."""
    return _role(user) in DEPARTMENT_SCOPED


def require(user: Any, action: Action | str, doing: str | None = None) -> None:
    """Raise PermissionDenied unless `can(user, action)`; `doing` names it in the message."""
    if can(user, action):
        return
    roles = [r.value for r in Role if r in MATRIX[Action(action)]]
    needed = roles[0] if len(roles) == 1 else f"{', '.join(roles[:-1])} or {roles[-1]}"
    raise PermissionDenied(f"{doing or DESCRIPTIONS[Action(action)]}: needs the {needed} role")


def can_edit_target(
    user: Any,
    target_id: str,
    department_targets: Callable[[int], Collection[str]],
    action: Action = Action.RECORD,
) -> bool:
    """May `user` record figures for `target_id` (or do another department-scoped `action` on
    it, such as attaching evidence)? `department_targets(department_id)` gives a department's
    target ids (called only for department-scoped roles)."""
    if not can(user, action):
        return False
    if not department_scoped(user):
        return True
    return user.department_id is not None and target_id in department_targets(user.department_id)


def require_target_edit(
    user: Any,
    target_id: str,
    department_targets: Callable[[int], Collection[str]],
    action: Action = Action.RECORD,
) -> None:
    if not can_edit_target(user, target_id, department_targets, action):
        who = f"{user.username} ({user.role})" if user else "anonymous"
        raise PermissionDenied(
            f"target {target_id}: {who} may not edit it (not assigned to your department as"
            " its lead: only the lead department records its figures)"
        )


def can_edit_department(user: Any, department_id: int) -> bool:
    """May `user` enter figures on the page of department `department_id`?"""
    if not can(user, Action.RECORD):
        return False
    return not department_scoped(user) or user.department_id == department_id


def role_table() -> list[dict[str, Any]]:
    """Each role with its Chinese name and the actions it may do (for `plantrack users roles`)."""
    return [
        {
            "role": role.value,
            "zh": ROLE_ZH[role],
            "actions": [a.value for a in Action if role in MATRIX[a]],
            "department_only": role in DEPARTMENT_SCOPED,
        }
        for role in Role
    ]
