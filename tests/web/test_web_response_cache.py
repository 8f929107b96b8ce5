"""Hot pages answered from stored bytes (web/response_cache.py): stored, revalidated with an
ETag, invalidated by any write (this process, its Workspace, another process), never served to
another cookie, and always with a freshly masked CSRF token."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time

import httpx
import pytest
from web_helpers import A_TARGETS

from plantrack.web.auth import SESSION_COOKIE
from plantrack.web.csrf import token_for, unmask
from plantrack.web.response_cache import ResponseCache

FIN = A_TARGETS[0]
FIGURE = ["--period", "2026", "--value", "1600", "--unit", "亿元", "--source", "cli"]
TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')


def _get(client, path: str, raw: str, **headers: str):
    """GET as the session `raw` (one app, several users: the cookie is sent per request)."""
    client.cookies.clear()
    return client.get(path, headers={"cookie": f"{SESSION_COOKIE}={raw}", **headers})


def _sessions(_web_template) -> dict[str, str]:
    return _web_template[1]


@pytest.mark.sqlite_only  # signed-in pages; on PostgreSQL see the next test
def test_a_hot_page_is_stored_revalidated_and_masked_afresh(make_client, _web_template):
    client, raw = make_client(), _sessions(_web_template)["viewer"]
    first, second = _get(client, "/", raw), _get(client, "/", raw)
    assert first.status_code == second.status_code == 200
    etag = first.headers["etag"]
    assert second.headers["etag"] == etag  # the stored page (a build makes a new tag)
    assert "no-cache" in first.headers["cache-control"]
    tokens = [TOKEN.search(r.text).group(1) for r in (first, second)]
    assert tokens[0] != tokens[1] and unmask(tokens[0]) == unmask(tokens[1])
    assert TOKEN.sub("", first.text) == TOKEN.sub("", second.text)
    again = _get(client, "/", raw, **{"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    other = _get(client, "/", raw, **{"if-none-match": 'W/"0123456789abcdef"'})
    assert other.status_code == 200


def test_compressed_variants_decode_to_the_page(make_client, _web_template):
    client, raw = make_client(), _sessions(_web_template)["viewer"]
    plain = _get(client, f"/targets/{FIN}.json", raw, **{"accept-encoding": "identity"})
    for _ in range(2):  # built, then stored
        response = client.get(
            f"/targets/{FIN}.json",
            headers={"cookie": f"{SESSION_COOKIE}={raw}", "accept-encoding": "br"},
        )
        assert response.headers["content-encoding"] == "br"
        assert "accept-encoding" in response.headers["vary"].lower()
        assert response.json() == plain.json()
    page = client.get("/", headers={"cookie": f"{SESSION_COOKIE}={raw}", "accept-encoding": "gzip"})
    assert page.headers["content-encoding"] == "gzip" and TOKEN.search(page.text)


def test_a_write_through_the_web_invalidates_the_dashboard_and_target_page(
    make_client, _web_template, web_ws
):
    sessions = _sessions(_web_template)
    client = make_client(max_stale_ms=0)  # strict: others see a write at once too
    # the planner writes: a department editor's figure would wait for approval (docs/reporting-cycle.md)
    viewer, editor = sessions["viewer"], sessions["planner"]
    assert f'data-target="{FIN}" data-status="no_data"' in _get(client, "/", viewer).text
    assert _get(client, f"/targets/{FIN}.json", viewer).json()["observations"] == []
    _get(client, f"/targets/{FIN}.json", viewer)  # stored
    csrf = token_for(web_ws.server_secret(), editor)
    for period, value in (("2025", "1500"), ("2026", "1520")):
        client.cookies.clear()
        posted = client.post(
            f"/targets/{FIN}/observations",
            headers={"cookie": f"{SESSION_COOKIE}={editor}"},
            data={"csrf_token": csrf, "period": period, "value": value, "unit": "亿元"},
        )
        assert posted.status_code == 303
    assert f'data-target="{FIN}" data-status="lagging"' in _get(client, "/", viewer).text
    assert len(_get(client, f"/targets/{FIN}.json", viewer).json()["observations"]) == 2


def test_a_write_of_the_workspace_is_seen_by_the_next_request(make_client, _web_template, web_ws):
    client, raw = make_client(max_stale_ms=0), _sessions(_web_template)["viewer"]
    assert _get(client, f"/targets/{FIN}", raw).status_code == 200
    # "1,600" as the page prints the figure: a bare 1600 may turn up inside a random token
    assert "1,600" not in _get(client, f"/targets/{FIN}", raw).text
    web_ws.record(FIN, period=2026, value=1600, unit="亿元", source="direct")
    assert "1,600" in _get(client, f"/targets/{FIN}", raw).text


def test_a_write_of_another_process_is_seen_within_the_bound(make_client, _web_template, web_ws):
    """Another process's write: at once on SQLite (data_version), within max_stale_ms (the
    poll) on PostgreSQL; here strict (0), so at once on both."""
    client, raw = make_client(max_stale_ms=0), _sessions(_web_template)["viewer"]
    path = f"/targets/{FIN}.json"
    assert _get(client, path, raw).json()["observations"] == []
    assert _get(client, path, raw).json()["observations"] == []  # from the store of pages
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run(
        [sys.executable, "-m", "plantrack", "--db", web_ws.url, "record", FIN, *FIGURE],
        check=True,
        capture_output=True,
        env=env,
    )
    assert len(_get(client, path, raw).json()["observations"]) == 1


def test_a_page_served_stale_is_not_stored(make_client, _web_template, web_ws):
    """With the default bound, other users may get the page data of just before a write for
    max_stale_ms; the response store must not keep such a page beyond that bound."""
    client, raw = make_client(max_stale_ms=200), _sessions(_web_template)["viewer"]
    path = f"/targets/{FIN}.json"
    assert _get(client, path, raw).json()["observations"] == []
    web_ws.record(FIN, period=2026, value=1600, unit="亿元", source="direct")
    _get(client, path, raw)  # may be the old data (bounded staleness)
    time.sleep(0.3)
    _get(client, path, raw)  # the rebuild started by the stale answer may still run
    deadline = time.monotonic() + 5
    while True:
        seen = _get(client, path, raw).json()["observations"]
        if seen or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert len(seen) == 1


@pytest.mark.sqlite_only  # signed-in pages; on PostgreSQL see the next test
def test_pages_are_never_served_to_another_cookie(make_client, _web_template, web_ws):
    sessions = _sessions(_web_template)
    client = make_client()
    secret = web_ws.server_secret()
    pages = {}
    for name in ("ed_a", "ed_b", "ed_a", "ed_b"):
        response = _get(client, f"/targets/{FIN}", sessions[name])
        assert response.status_code == 200
        pages.setdefault(name, []).append(response)
    for name, other in (("ed_a", "ed_b"), ("ed_b", "ed_a")):
        for response in pages[name]:
            assert f">{name}" in response.text and f">{other}" not in response.text
            token = TOKEN.search(response.text).group(1)
            assert unmask(token) == token_for(secret, sessions[name])
    # ed_a leads the target: the figure form is on ed_a's page only
    assert all('name="value"' in r.text for r in pages["ed_a"])
    assert not any('name="value"' in r.text for r in pages["ed_b"])
    assert pages["ed_a"][0].headers["etag"] != pages["ed_b"][0].headers["etag"]
    client.cookies.clear()
    anonymous = client.get(f"/targets/{FIN}")
    assert anonymous.status_code == 303  # login required: never a stored page


@pytest.mark.postgresql_only
def test_on_postgresql_only_anonymous_pages_are_stored(make_client, _web_template):
    """PostgreSQL has no per-request stamp: a signed-in page goes through the app, whose page
    cache keeps read-your-writes across workers; an anonymous reader's page is stored."""
    client, raw = make_client(public_read=True), _sessions(_web_template)["viewer"]
    assert all("etag" not in _get(client, "/", raw).headers for _ in range(2))
    client.cookies.clear()
    assert client.get("/").status_code == 200  # sets the anonymous CSRF cookie: not stored
    first, second = client.get("/"), client.get("/")
    assert first.status_code == second.status_code == 200
    assert second.headers["etag"] == first.headers["etag"]


def test_off_switch(make_client, _web_template):
    client, raw = make_client(response_cache=False), _sessions(_web_template)["viewer"]
    assert "etag" not in _get(client, "/", raw).headers


def _response_cache(app) -> ResponseCache:
    """The app's ResponseCache middleware (the stack is built on the first request)."""
    layer = app.middleware_stack
    while not isinstance(layer, ResponseCache):
        layer = layer.app
    return layer


@pytest.mark.sqlite_only  # signed-in pages; on PostgreSQL see the next test
def test_readers_of_one_key_share_one_build(make_client, _web_template):
    """Twelve requests of the same page at once, nothing stored yet: one goes through the app,
    the others get its answer; then each is a hit from the store."""
    client, raw = make_client(), _sessions(_web_template)["viewer"]
    app = client.app
    assert _get(client, "/outline", raw).status_code == 200  # builds the middleware stack
    cache = _response_cache(app)
    cache._items.clear()

    async def burst() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            headers = {"cookie": f"{SESSION_COOKIE}={raw}"}
            return await asyncio.gather(*(c.get("/", headers=headers) for _ in range(12)))

    misses, hits = cache.misses, cache.hits
    answers = asyncio.run(burst())
    assert [r.status_code for r in answers] == [200] * 12
    assert len({r.headers["etag"] for r in answers}) == 1
    assert cache.misses - misses == 1 and cache.hits - hits == 11
    asyncio.run(burst())
    assert cache.misses - misses == 1 and cache.hits - hits == 23
