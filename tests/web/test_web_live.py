"""Against a real uvicorn server on loopback: what a test client cannot show."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import httpx


def test_declared_100mb_upload_answered_before_the_body_is_sent(live_server):
    """413 arrives although not one byte of the 100 MB body was sent."""
    host, port = urlsplit(live_server).hostname, urlsplit(live_server).port
    with socket.create_connection((host, port), timeout=10) as conn:
        conn.sendall(
            b"POST /api/plans HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: multipart/form-data; boundary=zzz\r\n"
            b"Content-Length: 104857600\r\n\r\n"
        )
        chunks = []
        while chunk := conn.recv(65536):  # the server closes the connection after its answer
            chunks.append(chunk)
        reply = b"".join(chunks).decode("utf-8", "replace")
    status_line, _, rest = reply.partition("\r\n")
    assert " 413 " in status_line
    assert '"status":413' in rest and "too large" in rest


def test_live_server_pages_and_json(live_server):
    with httpx.Client(base_url=live_server) as client:
        assert client.get("/").status_code == 303
        body = client.get("/index.json").json()
        assert body == {
            "ok": False,
            "status": 401,
            "error": "login required (or an API token: Authorization: Bearer …)",
        }
        assert client.get("/static/style.css").status_code == 200
        assert client.get("/api/openapi.json").json()["info"]["title"] == "plantrack"
