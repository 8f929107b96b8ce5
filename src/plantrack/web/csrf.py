"""CSRF protection: a per-session token checked on every unsafe method.

The token is sha256("csrf:" + the session cookie value) — or of the anonymous cookie before
login, so the login form is protected too. It is unguessable without the cookie, needs no
storage, and changes with every login. Requests authenticated by an API bearer token carry no
cookie an attacker's page could ride on, so they are exempt.
"""

from __future__ import annotations

import hashlib
import hmac

from starlette.requests import Request

from plantrack.errors import PermissionDenied

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
FIELD = "csrf_token"
HEADER = "x-csrf-token"


class CsrfError(PermissionDenied):
    """A form or request without the right CSRF token."""


def token_for(cookie_value: str) -> str:
    return hashlib.sha256(f"csrf:{cookie_value}".encode()).hexdigest()


def csrf_token(request: Request) -> str:
    """The token to put in this request's forms."""
    return token_for(request.state.cookie_secret)


async def verify_csrf(request: Request) -> None:
    """FastAPI dependency applied to every route: refuse unsafe requests without the token."""
    if request.method in SAFE_METHODS or getattr(request.state, "via", None) == "token":
        return
    sent = request.headers.get(HEADER)
    content_type = request.headers.get("content-type", "")
    if not sent and content_type.startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(FIELD)
        sent = value if isinstance(value, str) else None
    expected = csrf_token(request)
    if not sent or not hmac.compare_digest(sent, expected):
        raise CsrfError("CSRF token missing or wrong: reload the page and submit the form again")
