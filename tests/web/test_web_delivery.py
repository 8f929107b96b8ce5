"""How pages travel: Brotli or gzip for pages, files that are already compressed left alone,
fingerprinted static files cached for a year, the rest revalidated; /favicon.ico answered."""

from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path

import brotli
import pytest

from plantrack.web.compress import accepts, fingerprint

STATIC = Path(__file__).resolve().parents[2] / "src" / "plantrack" / "web" / "static"


@pytest.fixture
def viewer(as_user):
    return as_user("viewer")


def _raw(client, path: str, encoding: str):
    """The response with the body as sent (httpx would decode it)."""
    with client.stream("GET", path, headers={"accept-encoding": encoding}) as response:
        body = b"".join(response.iter_raw())
    return response, body


def test_pages_are_compressed_with_brotli_or_gzip(viewer):
    plain = viewer.get("/", headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers
    html = plain.content
    assert len(html) > 5000
    response, body = _raw(viewer, "/", "gzip, deflate, br")
    assert response.headers["content-encoding"] == "br"
    assert "accept-encoding" in response.headers["vary"].lower()
    assert len(body) < len(html) / 4
    assert brotli.decompress(body).startswith(b"<!doctype html>")
    response, body = _raw(viewer, "/outline", "gzip")
    assert response.headers["content-encoding"] == "gzip"
    assert gzip.decompress(body).decode("utf-8").startswith("<!doctype html>")
    # the JSON twin too; q=0 refuses a coding
    response, body = _raw(viewer, "/index.json", "br;q=0, gzip")
    assert response.headers["content-encoding"] == "gzip"


def test_downloads_that_are_zip_files_are_not_compressed_again(viewer):
    response, body = _raw(viewer, "/reports/breakdown.xlsx?plan=1", "br, gzip")
    assert response.status_code == 200
    assert "content-encoding" not in response.headers
    assert body[:2] == b"PK"


def test_static_files_are_fingerprinted_and_cached(viewer):
    html = viewer.get("/").text
    digest = hashlib.sha256((STATIC / "style.css").read_bytes()).hexdigest()[:12]
    assert f'href="/static/style.css?v={digest}"' in html
    assert re.search(r'src="/static/app.js\?v=[0-9a-f]{12}"', html)
    cached = viewer.get(f"/static/style.css?v={digest}")
    assert cached.headers["cache-control"] == "public, max-age=31536000, immutable"
    for stale in ("/static/style.css", "/static/style.css?v=000000000000"):
        assert viewer.get(stale).headers["cache-control"] == "no-cache"
    assert fingerprint(STATIC, "style.css") == digest
    assert viewer.get("/static/nothing.css").status_code == 404


def test_favicon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO header


@pytest.mark.parametrize(
    ("header", "coding", "ok"),
    [
        ("gzip, deflate, br", "br", True),
        ("gzip;q=1.0, br;q=0", "br", False),
        ("br;q=0.5", "br", True),
        ("identity", "gzip", False),
        ("", "gzip", False),
    ],
)
def test_accept_encoding(header, coding, ok):
    assert accepts(header, coding) is ok


def test_pages_carry_a_fresh_masked_csrf_token(as_user, web_ws):
    """Compressed pages must not repeat the same secret bytes (BREACH): each render masks it."""
    client = as_user("ed_a")
    pages = [client.get("/targets/c2.s4.box2.i3.t1").text for _ in range(2)]
    tokens = [re.search(r'name="csrf_token" value="([0-9a-f]+)"', p).group(1) for p in pages]
    assert len(tokens[0]) == 128 and tokens[0] != tokens[1]
    assert client.csrf not in pages[0]  # the plain token never appears
    for token in tokens:
        response = client.post(
            "/targets/c2.s4.box2.i3.t1/observations",
            data={"csrf_token": token, "period": "2026", "value": "1600", "unit": "亿元"},
        )
        assert response.status_code == 303
    flipped = tokens[0][:64] + ("0" if tokens[0][64] != "0" else "1") + tokens[0][65:]
    refused = client.post(
        "/targets/c2.s4.box2.i3.t1/observations",
        data={"csrf_token": flipped, "period": "2026", "value": "1700", "unit": "亿元"},
    )
    assert refused.status_code == 403
    assert [o.value for o in web_ws.observations(1)] == [1600]
