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
from plantrack.errors import PlantrackError, ValidationError
from plantrack.model import COUNTED_STATES
from plantrack.web import charts, data
from plantrack.web.auth import require_reader, require_user
from plantrack.web.cache import cached_async
from plantrack.web.i18n import status_label, translator
from plantrack.web.messages import field_of, localize
from plantrack.web.params import Id, VersionForm, Year
from plantrack.web.render import UTF8JSON, render, wants_json
from plantrack.web.uploads import PendingPlans, ingest_upload, preview, safe_name, save_upload
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
async def dashboard(
    request: Request, plan: str | None = None, year: Year = None, preview: bool = False
) -> Response:
    """The dashboard; `preview=1` counts the submitted figures too (预览; logged-in users only:
    an anonymous reader of a public app sees what counts)."""
    user = require_reader(request)
    preview = preview and user is not None
    year = year or data.this_year()
    key = ("dashboard", plan, year, preview)
    page = await cached_async(
        request, key, lambda: data.dashboard(workspace(request), plan, year, preview)
    )
    return render(request, "dashboard.html", page, cache_key=key)


@router.get("/outline")
@router.get("/outline.json")
async def outline(request: Request, plan: str | None = None) -> Response:
    require_reader(request)
    page = await cached_async(
        request, ("outline", plan), lambda: data.outline(workspace(request), plan)
    )
    return render(request, "outline.html", page, cache_key=("outline", plan))


def chart_labels(lang: str) -> dict[str, str]:
    """The words of a target chart (legend and text alternative) in `lang`."""
    t = translator(lang)
    return {
        "observed": t("observed"),
        "expected": t("expected_path"),
        "projection": t("projection"),
        "goal": t("target_line"),
        "empty": status_label("no_data", lang),
        "low": t("low_confidence"),
        "chart": t("chart_of"),
        "year": "" if lang == "en" else "年",
        "sep": "; " if lang == "en" else "；",
    }


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
    if user is None:  # an anonymous reader (public mode) sees only the figures that count
        page["observations"] = [o for o in page["observations"] if o["state"] in COUNTED_STATES]
    page = await run_in_threadpool(data.evidence_for, ws, page, user)
    if wants_json(request):
        return render(request, "target.html", page)
    lang, stamp = request.state.lang, request.state.data_stamp
    svg = request.app.state.cache.get(
        ("chart", target_id, plan, lang, stamp),
        lambda: charts.target_charts(page["chart"], chart_labels(lang)),
        stamp,
    )
    return render(request, "target.html", page, chart=svg, saved=_saved(request))


def _saved(request: Request) -> str | None:
    """What the `saved` query parameter after a redirect says was saved (rendered escaped)."""
    value = request.query_params.get("saved")
    return value[:100] if value else None


def refused_form(
    request: Request, exc: PlantrackError, form: str, values: dict[str, Any]
) -> dict[str, Any] | None:
    """The form error to re-show a form with (HTML posts of a refused value), or None when the
    request wants JSON or the error is not about the values (permission, not found …)."""
    if wants_json(request) or "application/json" in request.headers.get("accept", ""):
        return None
    if not isinstance(exc, ValidationError):
        return None
    message = str(exc)
    return {
        "form": form,
        "field": field_of(message) if field_of(message) in values else None,
        "message": localize(message, request.state.lang, exc.status),
        "values": values,
    }


def target_form_page(
    request: Request, target_id: str, plan: str | None, form_error: dict[str, Any]
) -> Response:
    """The target page again, with a refused form shown with its values and the error (422)."""
    ws = workspace(request)
    page = data.target_page(ws, target_id, plan, request.state.user)
    page = data.evidence_for(ws, page, request.state.user)
    svg = charts.target_charts(page["chart"], chart_labels(request.state.lang))
    return render(request, "target.html", page, status=422, chart=svg, form_error=form_error)


def _record(request: Request, target_id: str, plan: str | None, form: dict[str, Any]) -> Any:
    ws = acting(request)
    the_plan = ws.plan(plan)
    ws.require_target_edit(request.state.user, the_plan.id, target_id)
    version = form.pop("expected_version", None)
    return ws.record(
        target_id,
        plan=the_plan.id,
        expected_version=int(version) if version not in (None, "") else None,
        needs_review=permissions.department_scoped(request.state.user),
        **{k: (v if v != "" else None) for k, v in form.items()},
    )


FormText = Annotated[str, Form()]
FormOpt = Annotated[str | None, Form()]


@router.post("/targets/{target_id}/observations")
def target_record(
    request: Request,
    target_id: str,
    period: FormOpt = None,
    value: FormOpt = None,
    unit: FormOpt = None,
    source: FormOpt = None,
    vintage: FormOpt = None,
    note: FormOpt = None,
    plan: FormOpt = None,
    baseline: FormOpt = None,
) -> Response:
    """Record a figure; with `baseline=1` (设为基期值 next to a figure) record it as the baseline.
    A refused value re-shows the page with the form filled in and the error at its field."""
    values = {
        "period": period,
        "value": value,
        "unit": unit,
        "source": source,
        "vintage": vintage,
        "note": note,
    }
    try:
        obs = _record(request, target_id, plan, {**values, "baseline": baseline == "1"})
    except PlantrackError as exc:
        refused = refused_form(request, exc, "figure", values)
        if refused is None or baseline == "1":
            raise
        return target_form_page(request, target_id, plan, refused)
    query = f"?plan={obs.plan_id}&saved={obs.id}" if obs.plan_id else f"?saved={obs.id}"
    return done(
        request, f"/targets/{target_id}{query}#saved", {"observation": data.as_dict(obs)}, 201
    )


@router.post("/observations/{obs_id}/revise")
def observation_revise(
    request: Request,
    obs_id: Id,
    expected_version: VersionForm,
    value: FormOpt = None,
    source: FormOpt = None,
    note: FormOpt = None,
) -> Response:
    """Revise one figure from the target page; a stale version (someone else changed it since
    the page was loaded) is refused with 409 and the current figure is kept. A refused value
    re-shows the page with the error at the figure's row."""
    ws = acting(request)
    ws.require_observation_edit(request.state.user, obs_id)
    changes: dict[str, Any] = {"value": value}
    if source is not None:
        changes["source"] = source.strip() or None
    if note is not None:
        changes["note"] = note.strip() or None
    try:
        obs = ws.update_observation(
            obs_id,
            expected_version=expected_version,
            needs_review=permissions.department_scoped(request.state.user),
            **changes,
        )
    except PlantrackError as exc:
        refused = refused_form(request, exc, f"revise-{obs_id}", {"value": value, "source": source})
        if refused is None:
            raise
        current = ws.observation(obs_id)
        return target_form_page(request, current.target_id, str(current.plan_id), refused)
    return done(
        request,
        f"/targets/{obs.target_id}?plan={obs.plan_id}&saved={obs.id}#saved",
        {"observation": data.as_dict(obs)},
    )


@router.post("/targets/{target_id}/assign")
def target_assign(
    request: Request,
    target_id: str,
    lead: FormOpt = None,
    partners: FormOpt = None,
    due_year: FormOpt = None,
    plan: FormOpt = None,
) -> Response:
    """牵头单位/责任单位/完成时限 of a target (planners); several names: 市发改委、市经信局."""
    user = require_user(request)
    permissions.require(user, Action.ASSIGN, "assign departments")
    values = {"lead": lead, "partners": partners, "due_year": due_year}
    ws = acting(request)
    try:
        due = (due_year or "").strip()
        if not (lead or "").strip():
            raise ValidationError("lead: missing (a department, e.g. 市发改委)")
        if due and not (due.isascii() and due.isdigit()):
            raise ValidationError(f"due_year {due!r}: expected a year like 2027")
        the_plan = ws.plan(plan)
        result = ws.assign(
            the_plan.id,
            target_id,
            lead=lead or "",
            partners=partners or (),
            due_year=int(due) if due else None,
        )
    except PlantrackError as exc:
        refused = refused_form(request, exc, "assign", values)
        if refused is None:
            raise
        return target_form_page(request, target_id, plan, refused)
    return done(
        request,
        f"/targets/{target_id}?plan={the_plan.id}&saved=assign#saved",
        {"assignment": data.as_dict(result)},
    )


# -- search and ask ------------------------------------------------------------------------------
@router.get("/search")
@router.get("/search.json")
async def search(
    request: Request, q: str | None = None, plan: str | None = None, mode: str = "ask"
) -> Response:
    require_reader(request)
    mode = "search" if mode == "search" else "ask"
    key = ("search", None if q is None else q.strip(), plan, mode)
    page = await cached_async(
        request, key, lambda: data.search_page(workspace(request), q, plan, mode)
    )
    return render(request, "search.html", page, cache_key=key)


# -- departments ---------------------------------------------------------------------------------
@router.get("/departments")
@router.get("/departments.json")
def departments(request: Request, plan: str | None = None) -> Response:
    require_reader(request)
    return render(request, "departments.html", data.departments_page(workspace(request), plan))


@router.get("/departments/{department_id}")
@router.get("/departments/{department_id}.json")
def department(request: Request, department_id: Id, plan: str | None = None) -> Response:
    user = require_reader(request)
    return render(
        request,
        "department.html",
        data.department_page(workspace(request), department_id, plan, user),
        saved=_saved(request),
        chosen=request.query_params.get("target"),
    )


@router.get("/departments/{department_id}/template.{fmt}")
def department_template(
    request: Request, department_id: int, fmt: str, plan: str | None = None, year: int | None = None
) -> Response:
    """A figures workbook to fill in: the department's targets, their units, one year."""
    from plantrack.web.imports import TEMPLATE_TYPES, figures_template
    from plantrack.web.render import attachment

    require_reader(request)
    if fmt not in TEMPLATE_TYPES:
        raise ValidationError(f"format {fmt!r}: expected xlsx or csv")
    ws = workspace(request)
    page = data.department_page(ws, department_id, plan, request.state.user)
    year = year or data.this_year()
    body = figures_template(page["targets"], year, fmt, page["department"]["name"])
    name = f"{page['department']['name']}-{year}年填报模板.{fmt}"
    return Response(
        body,
        media_type=TEMPLATE_TYPES[fmt],
        headers={
            "content-disposition": attachment(name, f"plantrack-template-{year}.{fmt}"),
            "cache-control": "no-store",
        },
    )


@router.post("/departments/{department_id}/observations")
def department_record(
    request: Request,
    department_id: Id,
    target_id: FormText,
    period: FormOpt = None,
    value: FormOpt = None,
    unit: FormOpt = None,
    source: FormOpt = None,
    vintage: FormOpt = None,
    note: FormOpt = None,
    plan: FormOpt = None,
) -> Response:
    values = {
        "period": period,
        "value": value,
        "unit": unit,
        "source": source,
        "vintage": vintage,
        "note": note,
    }
    try:
        obs = _record(request, target_id.strip(), plan, dict(values))
    except PlantrackError as exc:
        refused = refused_form(request, exc, "figure", values)
        if refused is None:
            raise
        page = data.department_page(workspace(request), department_id, plan, request.state.user)
        return render(
            request,
            "department.html",
            page,
            status=422,
            form_error=refused,
            chosen=target_id.strip(),
        )
    return done(
        request,
        f"/departments/{department_id}?plan={obs.plan_id}&saved={obs.target_id}"
        f"&period={obs.period}#saved",
        {"observation": data.as_dict(obs)},
        201,
    )


@router.post("/departments/{department_id}/import")
def department_import(
    request: Request,
    department_id: Id,
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
    path, meta = store.get(token, user)
    result = ingest_upload(acting(request), path, meta["name"], (title or "").strip() or None)
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
