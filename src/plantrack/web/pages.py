"""The pages: each a GET with a `.json` twin from the same data, plus the form posts.

Page routes are sync functions (FastAPI runs them in its thread pool; the Workspace is sync).
The few `async def` routes (the cached hot pages) do no database or file work on the event loop:
`cached_async` and `run_in_threadpool` take it to the thread pool.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from plantrack.access import permissions
from plantrack.access.permissions import Action
from plantrack.web import charts, data
from plantrack.web.auth import require_reader, require_user
from plantrack.web.cache import cached_async
from plantrack.web.i18n import status_label, translator
from plantrack.web.render import UTF8JSON, render, wants_json
from plantrack.web.uploads import PendingPlans, preview, safe_name, save_upload
from plantrack.workspace import Workspace

router = APIRouter(include_in_schema=False)


def workspace(request: Request) -> Workspace:
    return request.app.state.workspace


def acting(request: Request) -> Workspace:
    """The Workspace with this request's user as the actor of the audit rows it writes."""
    user = require_user(request)
    ws = copy.copy(workspace(request))
    ws.actor = f"web:{user.username}"
    return ws


def done(request: Request, location: str, payload: dict[str, Any], status: int = 200) -> Response:
    """After a form post: redirect a browser (303), answer JSON to a script."""
    if wants_json(request) or "application/json" in request.headers.get("accept", ""):
        return UTF8JSON({"ok": True, **payload}, status_code=status)
    return RedirectResponse(location, status_code=303)


# -- dashboard, outline, target ------------------------------------------------------------------
@router.get("/")
@router.get("/index.json")
async def dashboard(request: Request, plan: str | None = None, year: int | None = None) -> Response:
    require_reader(request)
    year = year or data.this_year()
    page = await cached_async(
        request, ("dashboard", plan, year), lambda: data.dashboard(workspace(request), plan, year)
    )
    return render(request, "dashboard.html", page, cache_key=("dashboard", plan, year))


@router.get("/outline")
@router.get("/outline.json")
async def outline(request: Request, plan: str | None = None) -> Response:
    require_reader(request)
    page = await cached_async(
        request, ("outline", plan), lambda: data.outline(workspace(request), plan)
    )
    return render(request, "outline.html", page, cache_key=("outline", plan))


@router.get("/targets/{target_id}")
@router.get("/targets/{target_id}.json")
async def target(request: Request, target_id: str, plan: str | None = None) -> Response:
    user = require_reader(request)
    ws = workspace(request)
    page = await cached_async(
        request, ("target", target_id, plan), lambda: data.target_page(ws, target_id, plan, None)
    )
    can_edit = await run_in_threadpool(ws.can_edit_target, user, page["plan"]["id"], target_id)
    page = {**page, "can_edit": can_edit}
    if wants_json(request):
        return render(request, "target.html", page)
    t = translator(request.state.lang)
    labels = {
        "observed": t("observed"),
        "expected": t("expected_path"),
        "projection": t("projection"),
        "goal": t("target"),
        "empty": status_label("no_data", request.state.lang),
    }
    lang, stamp = request.state.lang, request.state.data_stamp
    svg = request.app.state.cache.get(
        ("chart", target_id, plan, lang, stamp),
        lambda: charts.target_chart(page["chart"], labels),
        stamp,
    )
    return render(request, "target.html", page, chart=svg)


def _record(request: Request, target_id: str, plan: str | None, form: dict[str, Any]) -> Any:
    ws = acting(request)
    the_plan = ws.plan(plan)
    ws.require_target_edit(request.state.user, the_plan.id, target_id)
    version = form.pop("expected_version", None)
    return ws.record(
        target_id,
        plan=the_plan.id,
        expected_version=int(version) if version not in (None, "") else None,
        **{k: (v if v != "" else None) for k, v in form.items()},
    )


FormText = Annotated[str, Form()]
FormOpt = Annotated[str | None, Form()]


@router.post("/targets/{target_id}/observations")
def target_record(
    request: Request,
    target_id: str,
    period: FormText,
    value: FormOpt = None,
    unit: FormOpt = None,
    source: FormOpt = None,
    vintage: FormOpt = None,
    note: FormOpt = None,
    plan: FormOpt = None,
    baseline: FormOpt = None,
) -> Response:
    """Record a figure; with `baseline=1` (设为基期值 next to a figure) record it as the baseline."""
    obs = _record(
        request,
        target_id,
        plan,
        {
            "period": period,
            "value": value,
            "unit": unit,
            "source": source,
            "vintage": vintage,
            "note": note,
            "baseline": baseline == "1",
        },
    )
    query = f"?plan={obs.plan_id}&saved=1" if obs.plan_id else "?saved=1"
    return done(request, f"/targets/{target_id}{query}", {"observation": data.as_dict(obs)}, 201)


@router.post("/observations/{obs_id}/revise")
def observation_revise(
    request: Request,
    obs_id: int,
    expected_version: Annotated[int, Form()],
    value: FormText,
    source: FormOpt = None,
    note: FormOpt = None,
) -> Response:
    """Revise one figure from the target page; a stale version (someone else changed it since
    the page was loaded) is refused with 409 and the current figure is kept."""
    ws = acting(request)
    ws.require_observation_edit(request.state.user, obs_id)
    changes: dict[str, Any] = {"value": value}
    if source is not None:
        changes["source"] = source.strip() or None
    if note is not None:
        changes["note"] = note.strip() or None
    obs = ws.update_observation(obs_id, expected_version=expected_version, **changes)
    return done(
        request,
        f"/targets/{obs.target_id}?plan={obs.plan_id}&saved=1",
        {"observation": data.as_dict(obs)},
    )


@router.post("/targets/{target_id}/assign")
def target_assign(
    request: Request,
    target_id: str,
    lead: FormText,
    partners: FormOpt = None,
    due_year: FormOpt = None,
    plan: FormOpt = None,
) -> Response:
    """牵头单位/责任单位/完成时限 of a target (planners); several names: 市发改委、市经信局."""
    from plantrack.errors import ValidationError

    user = require_user(request)
    permissions.require(user, Action.ASSIGN, "assign departments")
    due = (due_year or "").strip()
    if due and not due.isdigit():
        raise ValidationError(f"due_year {due!r}: expected a year like 2027")
    ws = acting(request)
    the_plan = ws.plan(plan)
    result = ws.assign(
        the_plan.id,
        target_id,
        lead=lead,
        partners=partners or (),
        due_year=int(due) if due else None,
    )
    return done(
        request,
        f"/targets/{target_id}?plan={the_plan.id}&saved=1",
        {"assignment": data.as_dict(result)},
    )


# -- search and ask ------------------------------------------------------------------------------
@router.get("/search")
@router.get("/search.json")
async def search(
    request: Request, q: str = "", plan: str | None = None, mode: str = "ask"
) -> Response:
    require_reader(request)
    mode = "search" if mode == "search" else "ask"
    page = await cached_async(
        request,
        ("search", q.strip(), plan, mode),
        lambda: data.search_page(workspace(request), q, plan, mode),
    )
    return render(request, "search.html", page, cache_key=("search", q.strip(), plan, mode))


# -- departments ---------------------------------------------------------------------------------
@router.get("/departments")
@router.get("/departments.json")
def departments(request: Request, plan: str | None = None) -> Response:
    require_reader(request)
    return render(request, "departments.html", data.departments_page(workspace(request), plan))


@router.get("/departments/{department_id}")
@router.get("/departments/{department_id}.json")
def department(request: Request, department_id: int, plan: str | None = None) -> Response:
    user = require_reader(request)
    return render(
        request,
        "department.html",
        data.department_page(workspace(request), department_id, plan, user),
    )


@router.post("/departments/{department_id}/observations")
def department_record(
    request: Request,
    department_id: int,
    target_id: FormText,
    period: FormText,
    value: FormText,
    unit: FormOpt = None,
    source: FormOpt = None,
    vintage: FormOpt = None,
    note: FormOpt = None,
    plan: FormOpt = None,
) -> Response:
    obs = _record(
        request,
        target_id.strip(),
        plan,
        {
            "period": period,
            "value": value,
            "unit": unit,
            "source": source,
            "vintage": vintage,
            "note": note,
        },
    )
    return done(
        request,
        f"/departments/{department_id}?plan={obs.plan_id}&saved={target_id}",
        {"observation": data.as_dict(obs)},
        201,
    )


@router.post("/departments/{department_id}/import")
def department_import(
    request: Request,
    department_id: int,
    file: Annotated[UploadFile, File()],
    plan: FormOpt = None,
    skip_invalid: FormOpt = None,
) -> Response:
    from plantrack.web.imports import import_figures

    ws = acting(request)
    the_plan = ws.plan(plan)
    result = import_figures(
        ws,
        request.state.user,
        the_plan.id,
        file,
        Path(request.app.state.config["upload_dir"]),
        skip_invalid=bool(skip_invalid),
    )
    payload = {
        "page": "import",
        "plan": the_plan.to_dict(),
        "department": {"id": department_id},
        **result,
    }
    return render(request, "import.html", payload, status=result["status"])


# -- plans: list, upload, preview, confirm -------------------------------------------------------
@router.get("/plans")
@router.get("/plans.json")
def plans(request: Request) -> Response:
    require_reader(request)
    return render(request, "plans.html", data.plans_page(workspace(request)))


def pending_store(request: Request) -> PendingPlans:
    return PendingPlans(Path(request.app.state.config["upload_dir"]) / "plans")


@router.post("/plans/upload")
def plan_upload(request: Request, file: Annotated[UploadFile, File()]) -> Response:
    user = require_user(request)
    permissions.require(user, Action.UPLOAD_PLAN, "upload a plan")
    store = pending_store(request)
    safe_name(file.filename)  # refuse an unknown type before writing anything
    token, path = store.add(file.file, file.filename, user.id)
    try:
        info = preview(path, path.name)
    except Exception:
        store.drop(token)
        raise
    store.keep_preview(token, info)  # a scan is OCR'd once for the preview, not on every view
    return done(
        request,
        f"/plans/pending/{token}",
        {"token": token, "preview": info, "confirm": f"/plans/pending/{token}/confirm"},
        201,
    )


@router.get("/plans/pending/{token}")
@router.get("/plans/pending/{token}.json")
def plan_pending(request: Request, token: str) -> Response:
    user = require_user(request)
    permissions.require(user, Action.UPLOAD_PLAN, "upload a plan")
    path, meta = pending_store(request).get(token, user)
    return render(
        request,
        "plan_preview.html",
        {
            "page": "plan_preview",
            "token": token,
            "file": meta["name"],
            "preview": pending_store(request).kept_preview(token) or preview(path, meta["name"]),
        },
    )


@router.post("/plans/pending/{token}/confirm")
def plan_confirm(request: Request, token: str, title: FormOpt = None) -> Response:
    user = require_user(request)
    permissions.require(user, Action.UPLOAD_PLAN, "store a plan")
    store = pending_store(request)
    path, _meta = store.get(token, user)
    result = acting(request).ingest(path, title=(title or "").strip() or None)
    store.drop(token)
    return done(
        request,
        f"/?plan={result.plan.id}",
        {"plan": result.plan.to_dict(), "created": result.created},
        201,
    )


@router.post("/plans/pending/{token}/cancel")
def plan_cancel(request: Request, token: str) -> Response:
    user = require_user(request)
    permissions.require(user, Action.UPLOAD_PLAN, "upload a plan")
    store = pending_store(request)
    store.get(token, user)
    store.drop(token)
    return done(request, "/plans", {"dropped": token})


__all__ = ["router", "save_upload"]
