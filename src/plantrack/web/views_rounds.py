"""The reporting-cycle pages and forms (docs/reporting-cycle.md): the rounds of a plan, a round's
overview with approve / return / close for the planning office, and the department's submit
buttons. Every page has its `.json` twin; every form carries the CSRF token (web/csrf.py), and
every write is audited by the Workspace."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import Response

from plantrack.access import permissions
from plantrack.access.permissions import Action
from plantrack.errors import PermissionDenied, PlantrackError
from plantrack.web import data, rounds_data
from plantrack.web.auth import require_reader, require_user
from plantrack.web.pages import acting, done, refused_form, workspace
from plantrack.web.params import Id
from plantrack.web.render import render

router = APIRouter(include_in_schema=False)
FormOpt = Annotated[str | None, Form()]
VersionOpt = Annotated[int | None, Form(ge=0, le=2**31 - 1)]


@router.get("/rounds")
@router.get("/rounds.json")
def rounds(request: Request, plan: str | None = None) -> Response:
    user = require_reader(request)
    return render(request, "rounds.html", rounds_data.rounds_page(workspace(request), plan, user))


@router.post("/rounds")
def round_open(
    request: Request,
    plan: FormOpt = None,
    name: FormOpt = None,
    year: FormOpt = None,
    due: FormOpt = None,
) -> Response:
    """Open a round (planning office); a refused value re-shows the form with its error."""
    user = require_user(request)
    permissions.require(user, Action.RUN_ROUNDS, "open a round")
    ws = acting(request)
    values = {"name": name, "year": year, "due": due}
    try:
        made = ws.open_round(plan, name=name or "", year=year, due=due)
    except PlantrackError as exc:
        refused = refused_form(request, exc, "round", values)
        if refused is None:
            raise
        page = rounds_data.rounds_page(workspace(request), plan, user)
        return render(request, "rounds.html", page, status=422, form_error=refused)
    return done(request, f"/rounds/{made.id}?saved=open", {"round": made.to_dict()}, 201)


@router.get("/rounds/{round_id}")
@router.get("/rounds/{round_id}.json")
def round_overview(request: Request, round_id: Id) -> Response:
    user = require_reader(request)
    page = rounds_data.round_page(workspace(request), round_id, user)
    return render(request, "round.html", page, saved=request.query_params.get("saved"))


@router.post("/rounds/{round_id}/close")
def round_close(request: Request, round_id: Id) -> Response:
    """Close the round: its approved figures are published."""
    user = require_user(request)
    permissions.require(user, Action.RUN_ROUNDS, "close a round")
    ws = acting(request)
    found = ws.round_by_id(round_id)
    closed, published = ws.close_round(found.plan_id, found.id)
    return done(
        request,
        f"/rounds/{round_id}?saved=close",
        {"round": closed.to_dict(), "published": published},
    )


def _obs_step(request: Request, obs_id: int, step: str, reason: str | None, version: int | None):
    ws = acting(request)
    if step == "submit":
        ws.require_observation_edit(request.state.user, obs_id)
        return ws.submit_figure(obs_id, expected_version=version)
    permissions.require(request.state.user, Action.REVIEW, f"{step} a figure")
    if step == "approve":
        return ws.approve_figure(obs_id, expected_version=version)
    return ws.return_figure(obs_id, reason or "", expected_version=version)


def _back(round_id: str | None, department: str | None, plan_id: int | None) -> str:
    """Where a step's form returns to: the round's overview, or the department's 待办 list."""
    if department and department.isdigit():
        return f"/departments/{int(department)}?plan={plan_id}&saved=submit#todo"
    if round_id and round_id.isdigit():
        return f"/rounds/{int(round_id)}?saved=review#review"
    return f"/?plan={plan_id}"


@router.post("/observations/{obs_id}/submit")
def observation_submit(
    request: Request,
    obs_id: Id,
    expected_version: VersionOpt = None,
    department: FormOpt = None,
    round: FormOpt = None,
) -> Response:
    """草稿/退回 → 已提交 (the lead department's editors, or the planning office)."""
    require_user(request)
    obs = _obs_step(request, obs_id, "submit", None, expected_version)
    return done(request, _back(round, department, obs.plan_id), {"observation": obs.to_dict()})


@router.post("/observations/{obs_id}/approve")
def observation_approve(
    request: Request,
    obs_id: Id,
    expected_version: VersionOpt = None,
    round: FormOpt = None,
) -> Response:
    """已提交 → 已审核 (the planning office)."""
    require_user(request)
    obs = _obs_step(request, obs_id, "approve", None, expected_version)
    return done(request, _back(round, None, obs.plan_id), {"observation": obs.to_dict()})


@router.post("/observations/{obs_id}/return")
def observation_return(
    request: Request,
    obs_id: Id,
    expected_version: VersionOpt = None,
    reason: FormOpt = None,
    round: FormOpt = None,
) -> Response:
    """已提交/已审核 → 退回 with a reason (required; a missing one re-shows the round page)."""
    user = require_user(request)
    try:
        obs = _obs_step(request, obs_id, "return", reason, expected_version)
    except PlantrackError as exc:
        refused = refused_form(request, exc, f"return-{obs_id}", {"reason": reason})
        if refused is None or not (round or "").isdigit():
            raise
        page = rounds_data.round_page(workspace(request), int(round or 0), user)
        return render(request, "round.html", page, status=422, form_error=refused)
    return done(request, _back(round, None, obs.plan_id), {"observation": obs.to_dict()})


@router.post("/departments/{department_id}/submit")
def department_submit(request: Request, department_id: Id, plan: FormOpt = None) -> Response:
    """Submit every draft the department has in the plan's open round."""
    user = require_user(request)
    permissions.require(user, Action.SUBMIT, "submit figures")
    if not permissions.can_edit_department(user, department_id):
        raise PermissionDenied(
            f"department {department_id}: {user.username} may not submit its figures"
        )
    ws = acting(request)
    the_plan = ws.plan(plan)
    ws.department(department_id)
    sent = ws.submit_department(the_plan.id, department_id)
    return done(
        request,
        f"/departments/{department_id}?plan={the_plan.id}&saved=submit#todo",
        {"submitted": [o.to_dict() for o in sent]},
    )


@router.post("/departments/{department_id}/email")
def department_email(
    request: Request, department_id: Id, email: FormOpt = None, plan: FormOpt = None
) -> Response:
    """The address a department's reminders go to (the planning office)."""
    user = require_user(request)
    permissions.require(user, Action.SET_DEPARTMENT_EMAIL, "set a department's e-mail")
    ws = acting(request)
    try:
        found = ws.set_department_email(department_id, email)
    except PlantrackError as exc:
        refused = refused_form(request, exc, "email", {"email": email})
        if refused is None:
            raise
        page = data.department_page(workspace(request), department_id, plan, user)
        return render(request, "department.html", page, status=422, form_error=refused)
    suffix = f"?plan={plan}&saved=email" if (plan or "").isdigit() else "?saved=email"
    return done(request, f"/departments/{department_id}{suffix}", {"department": found})
