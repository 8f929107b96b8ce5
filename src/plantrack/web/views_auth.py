"""Log in, log out, and the account page where a user makes API tokens for scripts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from plantrack.access.accounts import User
from plantrack.model import Role
from plantrack.web.auth import SESSION_COOKIE, require_admin, require_user, set_session_cookie
from plantrack.web.i18n import translator
from plantrack.web.render import UTF8JSON, render, wants_json
from plantrack.workspace import Workspace

router = APIRouter(include_in_schema=False)


def _safe_next(value: str | None) -> str:
    """Only a local path: never `//evil.example` or `https://…` (open redirect)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def _ws(request: Request) -> Workspace:
    return request.app.state.workspace


def _audit_session(ws: Workspace, user: User, action: str, new: Any = None) -> None:
    """One audit row for a session event (login, logout) of `user`."""
    ws.audit_event(action, "session", user.username, actor=f"web:{user.username}", new=new)


def _user_done(request: Request, user: User, location: str, status: int = 200) -> Response:
    """After a post about a user: the user as JSON to a script, a redirect (303) for a browser."""
    if wants_json(request):
        return UTF8JSON({"ok": True, "user": user.to_dict()}, status_code=status)
    return RedirectResponse(location, status_code=303)


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", {}, next=_safe_next(next), error=None)


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str | None, Form()] = None,
) -> Response:
    app = request.app
    client = request.client.host if request.client else "?"
    key = app.state.limiter.key(username, client)  # this account from this address only
    app.state.limiter.check(key)
    ws = _ws(request)
    user = ws.authenticate(username.strip(), password)
    if user is None:
        app.state.limiter.failed(key)
        ws.audit_event("login_failed", "user", username.strip()[:100], actor=f"web:{client}")
        message = "用户名或密码错误 / wrong username or password"
        if wants_json(request):
            return UTF8JSON({"ok": False, "error": message, "status": 401}, status_code=401)
        shown = translator(request.state.lang)("wrong_login")
        return render(request, "login.html", {}, status=401, next=_safe_next(next), error=shown)
    app.state.limiter.succeeded(key)
    from datetime import timedelta

    raw = ws.create_session(user, timedelta(hours=float(app.state.config["session_ttl_hours"])))
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        ws.end_session(old)  # no session fixation: a login always starts afresh
    _audit_session(ws, user, "login", new={"client": client})
    response = _user_done(request, user, _safe_next(next))
    set_session_cookie(request, response, raw)
    request.state.session_set = True
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    raw = request.cookies.get(SESSION_COOKIE)
    user = request.state.user
    if raw:
        ws = _ws(request)
        ws.end_session(raw)
        if user is not None:
            _audit_session(ws, user, "logout")
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/account")
@router.get("/account.json")
def account(request: Request) -> Response:
    user = require_user(request)
    return render(request, "account.html", {"page": "account", "user": user.to_dict()})


@router.post("/account/tokens")
def new_token(request: Request, name: Annotated[str, Form()]) -> Response:
    user = require_user(request)
    token = _ws(request).create_token(user, name)
    return render(
        request,
        "account.html",
        {"page": "account", "user": user.to_dict(), "new_token": token},
        status=201,
    )


# -- user administration (admin role) -------------------------------------------------------------
@router.get("/admin/users")
@router.get("/admin/users.json")
def users_page(request: Request) -> Response:
    require_admin(request)
    ws = _ws(request)
    data = {
        "page": "users",
        "users": [u.to_dict() for u in ws.users()],
        "departments": [d["name"] for d in ws.departments()],
        "roles": [r.value for r in Role],
    }
    return render(request, "users.html", data)


@router.post("/admin/users")
def users_add(
    request: Request,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    role: Annotated[str, Form()],
    department: Annotated[str | None, Form()] = None,
) -> Response:
    admin = require_admin(request)
    user = _ws(request).add_user(
        username,
        password,
        role,
        department=(department or "").strip() or None,
        actor=f"web:{admin.username}",
    )
    return _user_done(request, user, "/admin/users", 201)


@router.post("/admin/users/{username}/disable")
def users_disable(
    request: Request, username: str, enable: Annotated[str | None, Form()] = None
) -> Response:
    admin = require_admin(request)
    if username == admin.username and not enable:
        from plantrack.errors import ValidationError

        raise ValidationError("you cannot disable your own account")
    user = _ws(request).set_user_disabled(username, not enable, actor=f"web:{admin.username}")
    return _user_done(request, user, "/admin/users")
