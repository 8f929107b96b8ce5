"""Who is asking: a session cookie or an API bearer token, resolved once per request.

`resolve_user` runs first on every route (a global dependency); it sets `request.state.user`
(None = anonymous), `request.state.via` ("session" | "token" | None), the cookie value the
CSRF token is bound to and the server secret it is signed with. A session of a disabled user, an
expired session and a session removed from the `sessions` table all resolve to anonymous: the
server, not the cookie, decides.
"""

from __future__ import annotations

import secrets

from starlette.requests import Request
from starlette.responses import Response

from plantrack.access import permissions
from plantrack.access.accounts import Unauthorized, User
from plantrack.access.permissions import Action
from plantrack.access.state import LoginRule, TooManyAttempts, login_key
from plantrack.workspace import Workspace

__all__ = ["LoginRule", "TooManyAttempts", "Unauthorized", "User"]

SESSION_COOKIE = "pt_session"
ANON_COOKIE = "pt_anon"


def resolve_user(request: Request) -> None:
    """Global dependency: authenticate the request.

    A plain `def`: FastAPI runs it in its thread pool, so the session or token lookup and the
    read of the CSRF secret never block the event loop.
    """
    ws: Workspace = request.app.state.workspace
    request.state.user = None
    request.state.via = None
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = ws.token_user(header[7:].strip())
        if user is None:
            raise Unauthorized("API token invalid, revoked, or its user is disabled")
        request.state.user, request.state.via = user, "token"
        request.state.cookie_secret = ""  # no cookie: exempt from CSRF, no token to sign
        return
    request.state.csrf_key = ws.server_secret()
    raw = request.cookies.get(SESSION_COOKIE)
    if raw:
        user = ws.session_user(raw)
        if user is not None:
            request.state.user, request.state.via = user, "session"
            request.state.cookie_secret = raw
            return
        request.state.clear_session = True
    anon = request.cookies.get(ANON_COOKIE)
    if not anon or len(anon) < 20:
        anon = secrets.token_urlsafe(24)
        request.state.new_anon = anon
    request.state.cookie_secret = anon


def current_user(request: Request) -> User | None:
    return getattr(request.state, "user", None)


def require_reader(request: Request) -> User | None:
    """Reading needs a login unless the app runs in public read-only mode."""
    user = current_user(request)
    if user is None and not request.app.state.config["public_read"]:
        raise Unauthorized("login required (or an API token: Authorization: Bearer …)")
    return user


def require_user(request: Request) -> User:
    user = current_user(request)
    if user is None:
        raise Unauthorized("login required (or an API token: Authorization: Bearer …)")
    return user


def require_admin(request: Request) -> User:
    user = require_user(request)
    permissions.require(user, Action.MANAGE_USERS)
    return user


def is_secure(request: Request) -> bool:
    setting = request.app.state.config["secure_cookies"]
    if setting == "auto":
        proto = (
            request.headers.get("x-forwarded-proto")
            if request.app.state.config["trust_proxy"]
            else None
        )
        return (proto or request.url.scheme) == "https"
    return bool(setting)


def set_session_cookie(request: Request, response: Response, raw: str) -> None:
    ttl = int(request.app.state.config["session_ttl_hours"] * 3600)
    response.set_cookie(
        SESSION_COOKIE,
        raw,
        max_age=ttl,
        httponly=True,
        samesite="lax",
        secure=is_secure(request),
        path="/",
    )


def finish_cookies(request: Request, response: Response) -> None:
    """Set the anonymous CSRF cookie and clear a dead session cookie (called by middleware)."""
    anon = getattr(request.state, "new_anon", None)
    if anon:
        response.set_cookie(
            ANON_COOKIE, anon, httponly=True, samesite="lax", secure=is_secure(request), path="/"
        )
    if getattr(request.state, "clear_session", False) and not getattr(
        request.state, "session_set", False
    ):
        response.delete_cookie(SESSION_COOKIE, path="/")


class LoginLimiter:
    """Failed logins of one account from one client address delay that pair's next attempt,
    exponentially (access/state.py `LoginRule`): no lock, and nobody else is slowed down.

    The failures are rows of the store's `login_attempts` table (through the Workspace), so
    every worker process of the app counts the same failures. Call from a `def` endpoint.
    """

    def __init__(self, workspace: Workspace, rule: LoginRule) -> None:
        self.workspace, self.rule = workspace, rule

    @staticmethod
    def key(username: str, address: str) -> str:
        return login_key(username, address)

    def check(self, key: str) -> None:
        self.workspace.check_login(key, self.rule)

    def failed(self, key: str) -> None:
        self.workspace.login_failed(key, self.rule)

    def succeeded(self, key: str) -> None:
        self.workspace.login_succeeded(key)
