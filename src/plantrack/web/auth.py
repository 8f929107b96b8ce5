"""Who is asking: a session cookie or an API bearer token, resolved once per request.

`resolve_user` runs first on every route (a global dependency); it sets `request.state.user`
(None = anonymous), `request.state.via` ("session" | "token" | None) and the cookie value the
CSRF token derives from. A session of a disabled user, an expired session and a session removed
from the `sessions` table all resolve to anonymous: the server, not the cookie, decides.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque

from starlette.requests import Request
from starlette.responses import Response

from plantrack.errors import PermissionDenied, PlantrackError
from plantrack.web import accounts
from plantrack.web.accounts import Unauthorized, User

SESSION_COOKIE = "pt_session"
ANON_COOKIE = "pt_anon"


class TooManyAttempts(PlantrackError):
    """Login rate limit reached."""

    status = 429


async def resolve_user(request: Request) -> None:
    """Global dependency: authenticate the request.

    Async on purpose: one indexed primary-key lookup is cheaper on the event loop than a hop to
    the thread pool (SQLite in WAL mode: readers never wait for writers).
    """
    engine = request.app.state.workspace.engine
    request.state.user = None
    request.state.via = None
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = accounts.token_user(engine, header[7:].strip())
        if user is None:
            raise Unauthorized("API token invalid, revoked, or its user is disabled")
        request.state.user, request.state.via = user, "token"
        request.state.cookie_secret = ""
        return
    raw = request.cookies.get(SESSION_COOKIE)
    if raw:
        user = accounts.session_user(engine, raw)
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
    if user.role != "admin":
        raise PermissionDenied("needs the admin role")
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
    """At most `limit` failed logins per `window` seconds per client address and per username."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        fails = self._fails.setdefault(key, deque())
        while fails and now - fails[0] > self.window:
            fails.popleft()
        return fails

    def check(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                if len(self._recent(key, now)) >= self.limit:
                    raise TooManyAttempts(
                        f"too many failed logins: wait {int(self.window // 60) or 1} min and retry"
                    )

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._fails.pop(key, None)
