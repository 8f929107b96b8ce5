"""CSRF protection: a per-session token checked on every unsafe method.

The token is HMAC-SHA256, keyed with a server secret kept in the store (`server_secrets`, made on
first use, replaced by `plantrack rotate-secret`), of "csrf:" + the session cookie value — or of
the anonymous cookie before login, so the login form is protected too. It cannot be computed
from the cookie alone, changes with every login, and every token stops working when the secret
is rotated. Requests authenticated by an API bearer token carry no cookie an attacker's page
could ride on, so they are exempt; so are anonymous API requests (no session to ride on, and
every API write answers 401 to them).

Pages are compressed (web/compress.py), and a compressed page that holds a secret next to text
an attacker can put in the URL leaks the secret bit by bit through its size (BREACH). So a page
never carries the token itself: `masked_token` writes a fresh random mask and token XOR mask on
every render (128 hex digits); `verify_csrf` unmasks it, and still accepts the plain 64 digits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.requests import Request

from plantrack.errors import PermissionDenied

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
FIELD = "csrf_token"
HEADER = "x-csrf-token"


class CsrfError(PermissionDenied):
    """A form or request without the right CSRF token."""


def token_for(secret: str, cookie_value: str) -> str:
    """The token of a cookie under a server secret (64 hex digits)."""
    return hmac.new(secret.encode(), f"csrf:{cookie_value}".encode(), hashlib.sha256).hexdigest()


def csrf_token(request: Request) -> str:
    """The token to put in this request's forms ("" when the request has no cookie to bind it
    to, e.g. a bearer-token request). Needs no database: `auth.resolve_user` read the secret."""
    state = request.scope.get("state", {})
    key, cookie = state.get("csrf_key"), state.get("cookie_secret")
    return token_for(key, cookie) if key and cookie else ""


def masked_token(request: Request) -> str:
    """The token for a page: a fresh random mask followed by token XOR mask, in hex (so no two
    pages carry the same bytes); "" when there is no token."""
    token = csrf_token(request)
    return mask(token) if token else ""


def mask(token: str) -> str:
    """A token (64 hex digits) under a fresh random mask: mask + token XOR mask, in hex."""
    digits = len(token)
    pad = secrets.randbits(4 * digits)
    return f"{pad:0{digits}x}{int(token, 16) ^ pad:0{digits}x}"


def unmask(sent: str) -> str:
    """The token inside a masked one (128 hex digits); a plain token (64) as it is."""
    if len(sent) != 128:
        return sent
    try:
        both = bytes.fromhex(sent)
    except ValueError:
        return sent
    return bytes(a ^ b for a, b in zip(both[:32], both[32:], strict=True)).hex()


async def verify_csrf(request: Request) -> None:
    """FastAPI dependency applied to every route: refuse unsafe requests without the token.

    Async only to read a form body; the comparison needs no database (see csrf_token)."""
    if request.method in SAFE_METHODS or getattr(request.state, "via", None) == "token":
        return
    if getattr(request.state, "user", None) is None and request.url.path.startswith("/api/"):
        return  # no session to ride on, and every API write needs a user: the route says 401
    sent = request.headers.get(HEADER)
    content_type = request.headers.get("content-type", "")
    if not sent and content_type.startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(FIELD)
        sent = value if isinstance(value, str) else None
    expected = csrf_token(request)
    if (
        not sent
        or not expected
        or not hmac.compare_digest(unmask(sent).encode(), expected.encode())
    ):
        raise CsrfError("CSRF token missing or wrong: reload the page and submit the form again")
