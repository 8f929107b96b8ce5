"""The REST JSON API under /api (documented at /api/openapi.json).

Reads need a login or an API token (`Authorization: Bearer pt_…`) unless the app runs in public
read-only mode; writes follow the permission matrix in access/permissions.py. Bearer-token requests are
exempt from CSRF (no ambient cookie to ride on); cookie-authenticated writes need the
`X-CSRF-Token` header. Every error is `{"ok": false, "error": "...", "status": 4xx}`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, UploadFile
from pydantic import BaseModel, Field

from plantrack.access import permissions
from plantrack.access.permissions import Action
from plantrack.model import COUNTED_STATES, MAX_INT, Status
from plantrack.web import data
from plantrack.web.auth import require_reader, require_user
from plantrack.web.cache import cached_async
from plantrack.web.pages import acting, workspace
from plantrack.web.params import Id, IdQuery, Version
from plantrack.web.render import UTF8JSON
from plantrack.web.uploads import PendingPlans, ingest_upload, preview, safe_name

router = APIRouter(prefix="/api", tags=["api"], default_response_class=UTF8JSON)

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {
        "description": text,
        "content": {"application/json": {"example": {"ok": False, "error": text, "status": code}}},
    }
    for code, text in (
        (400, "bad request: a body that is not JSON or a form, a file that cannot be read"),
        (401, "login or API token required"),
        (403, "not allowed"),
        (404, "not found"),
        (409, "version conflict"),
        (413, "body too large"),
        (422, "invalid input"),
        (503, "the database is unavailable or busy: retry"),
    )
}


class ObservationIn(BaseModel):
    period: str | int = Field(description="a year (2026) or a date (2026-06-30)")
    value: float | None = Field(None, description="the figure (a number)")
    unit: str | None = Field(None, max_length=40)
    source: str | None = Field(
        None, max_length=2000, description="document, URL or person the figure comes from"
    )
    vintage: str | None = Field(None, max_length=100)
    note: str | None = Field(None, max_length=2000)
    milestone: str | None = Field(None, description="qualitative: not_started|in_progress|done")
    baseline: bool = False
    basis: str | None = Field(None, description="cumulative targets: flow | total")
    allow_implausible: bool = Field(
        False, description="store a figure beyond the plausible size of its unit (tracking.md)"
    )
    expected_version: int | None = Field(
        None,
        ge=0,
        le=MAX_INT,
        description="revising a period's figure: the version you read (409 if stale)",
    )


class ObservationUpdate(BaseModel):
    expected_version: int = Field(
        ge=0, le=MAX_INT, description="the version you read; 409 if it changed since"
    )
    value: float | None = None
    unit: str | None = Field(None, max_length=40)
    source: str | None = Field(None, max_length=2000)
    vintage: str | None = Field(None, max_length=100)
    note: str | None = Field(None, max_length=2000)
    milestone: str | None = None


class AssignmentIn(BaseModel):
    lead: list[str] = Field(min_length=1, description="牵头单位")
    partners: list[str] = Field(default_factory=list, description="责任单位")
    due_year: int | None = Field(None, ge=1900, le=2200)
    expected_version: int | None = Field(None, ge=0, le=MAX_INT)


class TokenIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)


def ok(**payload: Any) -> dict[str, Any]:
    return {"ok": True, **payload}


@router.get("/me", responses=ERRORS, summary="The user of this session or token")
def me(request: Request) -> dict[str, Any]:
    """With a session cookie, also the CSRF token scripts in the page send as X-CSRF-Token."""
    from plantrack.web.csrf import csrf_token

    user = require_user(request)
    extra = {"csrf_token": csrf_token(request)} if request.state.via == "session" else {}
    return ok(user=user.to_dict(), **extra)


@router.post("/tokens", status_code=201, responses=ERRORS, summary="Create an API token")
def create_token(request: Request, body: TokenIn) -> dict[str, Any]:
    user = require_user(request)
    token = workspace(request).create_token(user, body.name)
    return ok(token=token, name=body.name)


@router.get("/plans", responses=ERRORS, summary="Stored plans")
def list_plans(request: Request) -> dict[str, Any]:
    require_reader(request)
    return ok(plans=[p.to_dict() for p in workspace(request).plans()])


@router.post(
    "/plans",
    status_code=201,
    responses=ERRORS,
    summary="Upload a plan document (.txt .md .docx .pdf .html); confirm=true stores it",
)
def upload_plan(
    request: Request, file: Annotated[UploadFile, File()], confirm: bool = False
) -> dict[str, Any]:
    user = require_user(request)
    permissions.require(user, Action.UPLOAD_PLAN, "upload a plan")
    safe_name(file.filename)
    store = PendingPlans(Path(request.app.state.config["upload_dir"]) / "plans")
    token, path = store.add(file.file, file.filename, user.id)
    try:
        info = preview(path, path.name)
        if not confirm:
            return ok(token=token, preview=info, confirm=f"/plans/pending/{token}/confirm")
        result = ingest_upload(acting(request), path, path.name)
    except Exception:
        store.drop(token)
        raise
    store.drop(token)
    return ok(plan=result.plan.to_dict(), created=result.created)


@router.get("/plans/{plan_id}", responses=ERRORS, summary="One plan")
def get_plan(request: Request, plan_id: Id) -> dict[str, Any]:
    require_reader(request)
    return ok(plan=workspace(request).plan(plan_id).to_dict())


@router.get("/plans/{plan_id}/nodes", responses=ERRORS, summary="The outline of a plan")
def list_nodes(request: Request, plan_id: Id) -> dict[str, Any]:
    require_reader(request)
    return ok(nodes=[n.to_dict() for n in workspace(request).outline(plan_id)])


@router.get("/plans/{plan_id}/nodes/{node_id}", responses=ERRORS, summary="One node")
def get_node(request: Request, plan_id: Id, node_id: str) -> dict[str, Any]:
    require_reader(request)
    return ok(node=workspace(request).node(node_id, plan_id).to_dict())


@router.get("/plans/{plan_id}/targets", responses=ERRORS, summary="The targets of a plan")
def list_targets(request: Request, plan_id: Id) -> dict[str, Any]:
    require_reader(request)
    return ok(targets=[t.to_dict() for t in workspace(request).targets(plan_id)])


@router.get("/plans/{plan_id}/targets/{target_id}", responses=ERRORS, summary="One target")
def get_target(request: Request, plan_id: Id, target_id: str) -> dict[str, Any]:
    require_reader(request)
    return ok(target=workspace(request).target(target_id, plan_id).to_dict())


@router.get(
    "/plans/{plan_id}/targets/{target_id}/observations",
    responses=ERRORS,
    summary="Figures recorded for a target",
)
def list_observations(request: Request, plan_id: Id, target_id: str) -> dict[str, Any]:
    user = require_reader(request)
    ws = workspace(request)
    ws.target(target_id, plan_id)
    # an anonymous reader (public mode) sees only the figures that count
    found = ws.observations(plan_id, target_id, states=COUNTED_STATES if user is None else None)
    return ok(observations=[data.as_dict(o) for o in found])


@router.post(
    "/plans/{plan_id}/targets/{target_id}/observations",
    status_code=201,
    responses=ERRORS,
    summary="Record a figure (editors: their department's targets)",
)
def create_observation(
    request: Request, plan_id: Id, target_id: str, body: ObservationIn
) -> dict[str, Any]:
    ws = acting(request)
    ws.target(target_id, plan_id)
    ws.require_target_edit(request.state.user, plan_id, target_id)
    obs = ws.record(
        target_id,
        plan=plan_id,
        needs_review=permissions.department_scoped(request.state.user),
        **body.model_dump(),
    )
    return ok(observation=data.as_dict(obs))


@router.put(
    "/observations/{obs_id}",
    responses=ERRORS,
    summary="Revise a figure; expected_version must match (else 409)",
)
def update_observation(request: Request, obs_id: Id, body: ObservationUpdate) -> dict[str, Any]:
    ws = acting(request)
    ws.require_observation_edit(request.state.user, obs_id)
    changes = body.model_dump(exclude_unset=True)
    version = changes.pop("expected_version")
    obs = ws.update_observation(
        obs_id,
        expected_version=version,
        needs_review=permissions.department_scoped(request.state.user),
        **changes,
    )
    return ok(observation=data.as_dict(obs))


@router.delete(
    "/observations/{obs_id}",
    responses=ERRORS,
    summary="Delete a figure (kept in the history); expected_version must match",
)
def delete_observation(request: Request, obs_id: Id, expected_version: Version) -> dict[str, Any]:
    ws = acting(request)
    ws.require_observation_edit(request.state.user, obs_id)
    ws.delete_observation(obs_id, expected_version=expected_version)
    return ok(deleted=obs_id)


@router.get(
    "/plans/{plan_id}/assessments",
    responses=ERRORS,
    summary="Status of every target, with a summary by chapter",
)
def assessments(
    request: Request, plan_id: Id, chapter: IdQuery = None, status: Status | None = None
) -> dict[str, Any]:
    require_reader(request)
    report = workspace(request).status(plan_id, chapter=chapter, status=status)
    return ok(**report.to_dict())


@router.get(
    "/plans/{plan_id}/targets/{target_id}/assessment",
    responses=ERRORS,
    summary="Status of one target with its arithmetic",
)
def assessment(request: Request, plan_id: Id, target_id: str) -> dict[str, Any]:
    require_reader(request)
    ws = workspace(request)
    ws.target(target_id, plan_id)
    return ok(assessment=data.as_dict(ws.assess(target_id, plan_id)))


@router.put(
    "/plans/{plan_id}/assignments/{ref}",
    responses=ERRORS,
    summary="Set lead/partner departments of a task or target (admin, planner)",
)
def assign(request: Request, plan_id: Id, ref: str, body: AssignmentIn) -> dict[str, Any]:
    user = require_user(request)
    permissions.require(user, Action.ASSIGN, "assign departments")
    result = acting(request).assign(
        plan_id,
        ref,
        lead=body.lead,
        partners=body.partners,
        due_year=body.due_year,
        expected_version=body.expected_version,
    )
    return ok(assignment=data.as_dict(result))


@router.get("/search", responses=ERRORS, summary="Ranked passages for a query")
async def search(
    request: Request,
    q: Annotated[str, Query(max_length=500)],
    plan: IdQuery = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    require_reader(request)
    ref = str(plan) if plan else None
    page = await cached_async(
        request,
        ("search", q.strip(), ref, "search", limit),
        lambda: data.search_page(workspace(request), q, ref, "search", limit),
    )
    return ok(q=page["q"], results=page["results"])


@router.get("/ask", responses=ERRORS, summary="An answer with citations to the plan")
async def ask(
    request: Request, q: Annotated[str, Query(max_length=500)], plan: IdQuery = None
) -> dict[str, Any]:
    require_reader(request)
    ref = str(plan) if plan else None
    page = await cached_async(
        request,
        ("search", q.strip(), ref, "ask"),
        lambda: data.search_page(workspace(request), q, ref, "ask"),
    )
    return ok(q=page["q"], answer=page["answer"])
