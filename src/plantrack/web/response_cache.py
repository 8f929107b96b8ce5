"""The hot pages served as stored bytes: a cached dashboard is a dictionary look-up.

`ResponseCache` is the outermost middleware. A GET of a hot page (the dashboard, the outline, a
target page and their `.json` twins) whose answer it holds is answered with the stored status,
headers and body — security headers and all — without the session look-up, the thread pool, the
read gate or a template. Everything else, and every miss, goes through the app as before; a
miss's answer is stored when it is a 200 without `Set-Cookie` or `no-store`.

**Keyed by everything a page may depend on in the request**: path, query, the whole `Cookie`
header (the session: a signed-in user's page is only ever served to the same cookie),
`Authorization`, `Accept`, `Accept-Language`, host and scheme.

**Fresh while nothing was written.** An entry keeps the store's change stamp read *before* the
page was built, and is served only while the stamp is unchanged. Only pages built from exact
data are stored (not one the page data cache served a little stale after a write).

- SQLite: `Workspace.change_stamp()` (`PRAGMA data_version` on a connection of its own) moves at
  every commit of any connection of any process, and costs microseconds, so it is read on every
  request: a write — this process's or another's — is seen by the next request. No staleness.
- PostgreSQL: `max(audit.id)` is read in the thread pool at most every `poll` seconds (the
  app's `max_stale_ms`, 0.25 s; 0 = on every request); a write request through this process, or
  a write of its Workspace, moves a local counter at once. Another process's write is seen
  within `poll` seconds — so on PostgreSQL only anonymous pages are served from here: a signed-in
  user's page goes through the app, whose page cache keeps read-your-writes across workers
  (`Workspace.page_stamps`, web/cache.py).

Any write invalidates every entry (no guess at which tables a page reads). Entries also expire
after `max_age` seconds (5 s), which bounds what no write announces: a session that expired, the
year turning, a PostgreSQL write with no audit row (a logout in another process).

**A fresh CSRF mask on every response** (web/csrf.py: compressed pages must not repeat the
secret's bytes). A stored page is kept uncompressed, cut where its masked token stands; each
answer puts in a newly masked token and is then compressed (Brotli, else gzip, as
web/compress.py would). A page with no token in it (anonymous, JSON) is kept compressed too, per
encoding, and sent as it is. Hot pages are therefore compressed here: the app is asked for them
without `Accept-Encoding`.

Each stored page has an ETag of its own (weak: the token's mask differs between answers); a
request that sends it back in `If-None-Match` gets a 304. When many readers miss the same key at
once (just after a write), one of them builds the page and the others get its answer (when no
write came between), instead of all building it.
"""

from __future__ import annotations

import asyncio
import gzip
import re
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import brotli
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plantrack.web.auth import SESSION_COOKIE
from plantrack.web.compress import MINIMUM_SIZE, accepts
from plantrack.web.csrf import mask, unmask
from plantrack.workspace import Workspace

HOT = re.compile(r"^/(?:index\.json|outline(?:\.json)?|targets/[^/]+)?$")
VARY = frozenset(
    {b"cookie", b"authorization", b"accept", b"accept-language", b"host", b"x-forwarded-proto"}
)
SAFE = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
KEEP_ON_304 = frozenset({b"cache-control", b"etag", b"vary", b"content-location", b"expires"})
TOKEN = re.compile(rb'name="csrf_token" value="([0-9a-f]{128})"')
COMPRESSIBLE = (b"text/", b"application/json")
DROP = frozenset({b"content-length", b"content-encoding"})


@dataclass(slots=True)
class Stored:
    """One page: its body cut where the masked CSRF token stands (one part: no token)."""

    stamp: tuple[int, int, int]
    made: float  # time.monotonic()
    status: int
    headers: list[tuple[bytes, bytes]]  # without length and encoding
    parts: list[bytes]
    token: str  # the unmasked token, "" when the page holds none
    etag: bytes
    compressible: bool
    encoded: dict[str, bytes] = field(default_factory=dict)  # coding → body (no token only)

    @property
    def size(self) -> int:
        """The uncompressed body's size (a compressed copy, when kept, is smaller)."""
        return sum(map(len, self.parts))


def _coding(scope: Scope) -> str:
    """ "br", "gzip" or "" by the request's Accept-Encoding (as web/compress.py chooses)."""
    for name, value in scope["headers"]:
        if name == b"accept-encoding":
            header = value.decode("latin-1")
            return "br" if accepts(header, "br") else "gzip" if accepts(header, "gzip") else ""
    return ""


def _encode(body: bytes, coding: str) -> bytes:
    if coding == "br":
        return brotli.compress(body, quality=5)
    return gzip.compress(body, compresslevel=6, mtime=0)


def _storable(status: int, headers: list[tuple[bytes, bytes]]) -> bool:
    """A 200 that sets no cookie and does not forbid storing."""
    if status != 200:
        return False
    for name, value in headers:
        name = name.lower()
        if name == b"set-cookie" or (name == b"cache-control" and b"no-store" in value):
            return False
    return True


def _cut(body: bytes) -> tuple[list[bytes], str]:
    """The body cut at each copy of its masked CSRF token, and the token unmasked."""
    found = TOKEN.search(body)
    if found is None:
        return [body], ""
    masked = found.group(1)
    return body.split(masked), unmask(masked.decode())


class ResponseCache:
    """ASGI middleware: hot GETs answered from stored pages while the store is unchanged."""

    def __init__(
        self,
        app: ASGIApp,
        workspace: Workspace,
        *,
        max_age: float = 5.0,
        poll: float = 0.25,
        size: int = 256,
        max_bytes: int = 64 * 1024 * 1024,
    ) -> None:
        self.app, self.workspace = app, workspace
        self.max_age, self.poll, self.size, self.max_bytes = max_age, poll, size, max_bytes
        self._items: OrderedDict[tuple, Stored] = OrderedDict()
        self._bytes = 0
        self._pending: dict[tuple, asyncio.Future[Stored | None]] = {}
        self._local = 0  # moves with every write request through this process
        self._remote = 0  # the store's stamp as last read
        self._polled = -1e9  # when it was read (PostgreSQL)
        self._polling: asyncio.Future[None] | None = None
        self._cheap: bool | None = None  # the store has a per-request stamp (SQLite)
        self.hits = self.misses = 0

    # -- the stamp ---------------------------------------------------------------------------
    async def stamp(self) -> tuple[int, int, int]:
        """(write requests through this process, writes of its Workspace, the store's stamp)."""
        if self._cheap is not False:
            found = self.workspace.change_stamp()
            self._cheap = found is not None
            if found is not None:
                return self._local, 0, found
        if time.monotonic() - self._polled >= self.poll:
            if self._polling is None or self._polling.done():
                self._polling = asyncio.ensure_future(self._poll())
            if self.poll <= 0 or self._polled < 0:  # strict, or nothing read yet: wait
                await asyncio.shield(self._polling)
        return self._local, self.workspace.writes(), self._remote

    async def _poll(self) -> None:
        started = time.monotonic()
        self._remote = await run_in_threadpool(self.workspace.audit_stamp)
        self._polled = started

    # -- the middleware ----------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method not in SAFE:
            try:
                await self.app(scope, receive, send)
            finally:
                # once it is done (a page built meanwhile kept the stamp from before it);
                # on SQLite the commit itself already moved data_version
                self._local += 1
            return
        if method != "GET" or not HOT.match(scope["path"]):
            await self.app(scope, receive, send)
            return
        key = self._key(scope)
        stamp = await self.stamp()
        if self._cheap is False and _signed_in(scope):  # PostgreSQL: see the module's docstring
            await self.app(scope, receive, send)
            return
        found = self._fresh(key, stamp)
        if found is None and key in self._pending:  # another request is building it
            found = await asyncio.shield(self._pending[key])
            if found is not None and found.stamp != stamp:
                found = None
        if found is not None:
            self.hits += 1
            await self._answer(found, scope, send)
            return
        await self._build(key, stamp, scope, receive, send)

    @staticmethod
    def _key(scope: Scope) -> tuple:
        headers = tuple(sorted((k, v) for k, v in scope["headers"] if k in VARY))
        return scope["path"], scope.get("query_string", b""), scope.get("scheme"), headers

    def _fresh(self, key: tuple, stamp: tuple[int, int, int]) -> Stored | None:
        found = self._items.get(key)
        if found is None:
            return None
        if found.stamp != stamp or time.monotonic() - found.made > self.max_age:
            self._drop(key)
            return None
        self._items.move_to_end(key)
        return found

    async def _answer(self, page: Stored, scope: Scope, send: Send) -> None:
        """The stored page: a 304 when the client holds it, else the body with a fresh mask,
        compressed when the client accepts it."""
        match = dict(scope["headers"]).get(b"if-none-match", b"")
        if page.etag[2:] in match or match.strip() == b"*":  # the tag: 16 random hex digits
            headers = [(k, v) for k, v in page.headers if k in KEEP_ON_304]
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        coding = _coding(scope) if page.compressible else ""
        body = page.encoded.get(coding) if not page.token else None
        if body is None:
            body = mask(page.token).encode().join(page.parts) if page.token else page.parts[0]
            if coding and len(body) >= MINIMUM_SIZE:
                body = _encode(body, coding)
                if not page.token:
                    page.encoded[coding] = body
            else:
                coding = ""
        headers = [*page.headers, (b"content-length", str(len(body)).encode())]
        if coding:
            headers.append((b"content-encoding", coding.encode()))
        await send({"type": "http.response.start", "status": page.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _build(
        self, key: tuple, stamp: tuple[int, int, int], scope: Scope, receive: Receive, send: Send
    ) -> None:
        """Through the app (asked without Accept-Encoding); the answer stored if it may be, and
        sent as `_answer` sends a stored one."""
        self.misses += 1
        done: asyncio.Future[Stored | None] = asyncio.get_running_loop().create_future()
        self._pending[key] = done
        plain = {**scope, "headers": [h for h in scope["headers"] if h[0] != b"accept-encoding"]}
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            else:  # not a plain body: pass it on as it is
                if start:
                    await send(start)
                    start.clear()
                await send(message)

        shared: Stored | None = None  # for requests of the same key that waited for this one
        try:
            await self.app(plain, receive, keep)
            if start:
                page = self._page(stamp, start, b"".join(chunks))
                await self._answer(page, {**scope, "headers": _no_match(scope)}, send)
                if _storable(page.status, start.get("headers", [])):
                    # what the app answered this key now (a page the data cache served a
                    # little stale after a write included): good for those who came meanwhile
                    # while the stamp holds; kept only when exact and the stamp still holds
                    shared = page
                    if _exact(plain) and page.stamp == await self.stamp():
                        self._store(key, page)
        finally:
            if self._pending.get(key) is done:
                del self._pending[key]
            done.set_result(shared)

    def _page(self, stamp: tuple[int, int, int], start: Message, body: bytes) -> Stored:
        headers = [(k.lower(), v) for k, v in start.get("headers", []) if k.lower() not in DROP]
        kind = next((v for k, v in headers if k == b"content-type"), b"")
        storable = _storable(start["status"], headers)
        compressible = kind.startswith(COMPRESSIBLE)
        if compressible and not any(k == b"vary" for k, _ in headers):
            headers.append((b"vary", b"Accept-Encoding"))
        etag = f'W/"{secrets.token_hex(8)}"'.encode()
        if storable:
            headers.append((b"etag", etag))
            if not any(k == b"cache-control" for k, _ in headers):
                headers.append((b"cache-control", b"private, no-cache"))  # revalidate: ETag
        parts, token = _cut(body) if storable else ([body], "")
        return Stored(
            stamp,
            time.monotonic(),
            start["status"],
            headers,
            parts,
            token,
            etag,
            compressible,
        )

    def _store(self, key: tuple, page: Stored) -> None:
        self._drop(key)
        self._items[key] = page
        self._bytes += page.size
        while self._items and (len(self._items) > self.size or self._bytes > self.max_bytes):
            self._drop(next(iter(self._items)))

    def _drop(self, key: tuple) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self._bytes -= old.size


def _signed_in(scope: Scope) -> bool:
    """The request carries a session cookie."""
    cookie = SESSION_COOKIE.encode()
    return any(k == b"cookie" and cookie in v for k, v in scope["headers"])


def _exact(scope: Scope) -> bool:
    """Was the page built from the store as it is now? The page data cache (web/cache.py) may
    serve other users data up to `max_stale_ms` old after a write: such a page is sent, never
    stored (it would outlive that bound)."""
    state = scope.get("state") or {}
    built = state.get("data_stamp")
    return built is not None and built == state.get("stamp")


def _no_match(scope: Scope) -> list[tuple[bytes, bytes]]:
    """The request's headers without If-None-Match (a freshly built page is always sent)."""
    return [h for h in scope["headers"] if h[0] != b"if-none-match"]
