"""The app factory: `create_app(workspace_or_db, config=...)` (Flask-tutorial style; tests pass
a test config). FastAPI for the OpenAPI document, Jinja2 for server-rendered pages.
"""

from __future__ import annotations

import atexit
import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plantrack.access import permissions
from plantrack.errors import PlantrackError
from plantrack.web import bounds
from plantrack.web.auth import (
    LoginLimiter,
    LoginRule,
    TooManyAttempts,
    finish_cookies,
    resolve_user,
)
from plantrack.web.cache import PageCache
from plantrack.web.compress import Compress, StaticCache, fingerprint
from plantrack.web.csrf import SAFE_METHODS, verify_csrf
from plantrack.web.gate import ReadGate
from plantrack.web.i18n import pick_lang
from plantrack.web.messages import request_errors
from plantrack.web.render import error_response, lang_of, wants_json
from plantrack.web.response_cache import ResponseCache
from plantrack.workspace import Workspace

HERE = Path(__file__).parent

DEFAULT_CONFIG: dict[str, Any] = {
    "public_read": False,  # True: anyone may read pages and GET the API without logging in
    "session_ttl_hours": 12.0,
    "secure_cookies": "auto",  # "auto": Secure when the request came over https
    "trust_proxy": False,  # honour X-Forwarded-Proto (behind a TLS-terminating proxy)
    "max_upload_mb": 20.0,
    "upload_dir": None,  # pending plan uploads; default a temp dir per app, removed on exit
    "limits": {},  # read limits over $PLANTRACK_LIMITS, e.g. {"characters": 2e6} (reading.md)
    # failed logins of one account from one address before each further attempt waits 1 s,
    # 2 s, 4 s … (login_base_delay_seconds doubled, at most login_max_delay_seconds); failures
    # older than the window are forgotten
    "login_limit": 5,
    "login_base_delay_seconds": 1.0,
    "login_window_seconds": 3600,
    "login_max_delay_seconds": 900,
    "default_lang": "zh",
    # reads inside the app at once (more wait at the door; writes never do: web/gate.py);
    # 0 = no gate; None = $PLANTRACK_READ_CONCURRENCY, else 4
    "read_concurrency": None,
    # Other users may see a page up to this old after a write (never the writer): see cache.py
    "max_stale_ms": 250,
    # hot pages (dashboard, outline, target) answered from stored bytes while nothing was
    # written (web/response_cache.py); False: every request goes through the app
    "response_cache": True,
}

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        b"script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    ),
]


class LimitBody:
    """Refuse bodies over the limit: at once from Content-Length, else while they stream in."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        message = f"request body too large (limit {limit // (1024 * 1024)} MB)"
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            response = error_response(Request(scope), 413, message)
            response.headers["connection"] = "close"
            await response(scope, receive, send)
            return
        seen = 0
        too_big = False
        started = False

        async def limited() -> Message:
            nonlocal seen, too_big
            if too_big:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    # Stop reading: the app sees a disconnect, and its answer is replaced by 413.
                    too_big = True
                    return {"type": "http.disconnect"}
            return msg

        async def guarded_send(msg: Message) -> None:
            nonlocal started
            if too_big:
                return
            started = True
            await send(msg)

        try:
            await self.app(scope, limited, guarded_send)
        except Exception:
            if not too_big:
                raise
        if too_big and not started:
            response = error_response(Request(scope), 413, message)
            response.headers["connection"] = "close"
            await response(scope, receive, send)


class Context:
    """Language choice, security headers, and the cookies `auth` decided on."""

    def __init__(self, app: ASGIApp, default_lang: str) -> None:
        self.app, self.default_lang = app, default_lang

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        lang, remember = pick_lang(request, self.default_lang)
        scope.setdefault("state", {})["lang"] = lang

        async def send_with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                await _remember_write(request, msg["status"])
                extra = Response()
                finish_cookies(request, extra)
                if remember:
                    extra.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax")
                headers = list(msg.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [h for h in SECURITY_HEADERS if h[0] not in names]
                headers += [(k, v) for k, v in extra.raw_headers if k == b"set-cookie"]
                msg = {**msg, "headers": headers}
            await send(msg)

        await self.app(scope, receive, send_with_headers)


async def _remember_write(request: Request, status: int) -> None:
    """After a user's successful write, pages older than it are never served to that user (the
    stamp goes to the store, in the thread pool: every worker process honours it)."""
    state = request.scope.get("state", {})
    user = state.get("user")
    if user is not None and request.method not in SAFE_METHODS and status < 400:
        await run_in_threadpool(request.app.state.workspace.note_write, user.id)


def create_app(
    workspace_or_db: Workspace | str | None = None, *, config: dict[str, Any] | None = None
) -> FastAPI:
    """The web app over a Workspace (or a database path/URL to open one on)."""
    if isinstance(workspace_or_db, Workspace):
        workspace = workspace_or_db
    else:
        workspace = Workspace(workspace_or_db, actor="web")
    cfg = {**DEFAULT_CONFIG, **(config or {})}
    unknown = set(cfg) - set(DEFAULT_CONFIG)
    if unknown:
        raise ValueError(f"create_app: unknown config keys {sorted(unknown)}")
    owned = cfg["upload_dir"] is None
    if owned:
        cfg["upload_dir"] = str(bounds.owned_temp_dir())
        atexit.register(shutil.rmtree, cfg["upload_dir"], True)  # also when lifespan never ran
    else:
        Path(cfg["upload_dir"]).mkdir(parents=True, exist_ok=True)
        bounds.sweep_shared(cfg["upload_dir"])

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            shutil.rmtree(cfg["upload_dir"], ignore_errors=True)

    app = FastAPI(
        title="plantrack",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        description="规划跟踪 plantrack: plans, targets, observations, assessments, "
        "search and ask. Errors: {ok: false, error, status}.",
        dependencies=[Depends(resolve_user), Depends(verify_csrf)],
        lifespan=lifespan,
    )
    app.state.workspace = workspace
    app.state.config = cfg
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.auto_reload = False  # templates ship with the package
    app.state.cache = PageCache(workspace, max_stale=cfg["max_stale_ms"] / 1000)
    rule = LoginRule(
        free=int(cfg["login_limit"]),
        base=float(cfg["login_base_delay_seconds"]),
        cap=float(cfg["login_max_delay_seconds"]),
        window=float(cfg["login_window_seconds"]),
    )
    app.state.limiter = LoginLimiter(workspace, rule)

    from plantrack.web import (
        api,
        charts,
        pages,
        views_auth,
        views_evidence,
        views_reports,
        views_rounds,
    )

    app.state.templates.env.globals["status_bar"] = charts.status_bar
    app.state.templates.env.globals["can"] = permissions.can  # the one permission rule
    static = HERE / "static"
    app.state.templates.env.globals["static_url"] = lambda name: (
        f"/static/{name}?v={fingerprint(static, name)}"
    )
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        """Browsers ask for it on every site; answer with the icon, cached for a day."""
        return FileResponse(
            static / "favicon.ico",
            media_type="image/x-icon",
            headers={"cache-control": "public, max-age=86400"},
        )

    app.include_router(api.router)
    app.include_router(views_auth.router)
    app.include_router(views_reports.router)
    app.include_router(views_evidence.router)
    app.include_router(views_rounds.router)
    app.include_router(pages.router)

    async def plantrack_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, PlantrackError)
        response = error_response(request, exc.status, str(exc))
        if isinstance(exc, TooManyAttempts):
            response.headers["retry-after"] = str(exc.retry_after)
        return response

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"{request.url.path}: no such page"
        return error_response(request, exc.status_code, detail)

    async def validation_error(request: Request, exc: Exception) -> Response:
        """FastAPI's own refusals (a missing or malformed parameter): the JSON error names the
        parameter in English; a page says it in the page's language."""
        assert isinstance(exc, RequestValidationError)
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        if not wants_json(request):
            return error_response(
                request, 422, request_errors(list(exc.errors()), lang_of(request))[0]
            )
        return error_response(request, 422, "; ".join(parts) or "invalid input")

    async def server_error(request: Request, exc: Exception) -> Response:
        response = error_response(request, 500, f"internal error ({type(exc).__name__})")
        response.headers["connection"] = "close"  # the server drops the connection after a 500
        return response

    app.add_exception_handler(PlantrackError, plantrack_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, server_error)
    _middleware(app, cfg, static)
    return app


def _middleware(app: FastAPI, cfg: dict[str, Any], static: Path) -> None:
    """The middleware stack, innermost first."""
    app.add_middleware(Context, default_lang=cfg["default_lang"])
    app.add_middleware(StaticCache, folder=static)
    app.add_middleware(LimitBody, max_bytes=int(cfg["max_upload_mb"] * 1024 * 1024))
    app.add_middleware(Compress)
    app.add_middleware(bounds.ReadLimits, bounds=bounds.app_limits(cfg["limits"]))
    gate = cfg["read_concurrency"]
    gate = os.environ.get("PLANTRACK_READ_CONCURRENCY", "4") if gate is None else gate
    app.add_middleware(ReadGate, limit=int(gate))
    if cfg["response_cache"]:  # outermost: a stored page skips everything above
        poll = cfg["max_stale_ms"] / 1000  # PostgreSQL: how often the store's stamp is read
        app.add_middleware(ResponseCache, workspace=app.state.workspace, poll=poll)
