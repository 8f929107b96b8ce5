"""Web fixtures: the sample plan with users, departments and assignments (built once per backend
per session via tests/conftest.py's `db_template`, cloned per test), an app on it, and a login
helper. Every test using them runs on SQLite and, with PLANTRACK_TEST_PG, on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import A_TARGETS, B_TARGETS, DEPT_A, DEPT_B, PASSWORD, USERS

from plantrack.web import create_app
from plantrack.web.auth import SESSION_COOKIE
from plantrack.web.csrf import token_for
from plantrack.workspace import Workspace


def _populate(ws: Workspace) -> dict[str, str]:
    """Users, assignments and a live session per user (so tests skip the argon2 login)."""
    for name, (role, dept) in USERS.items():
        ws.add_user(name, PASSWORD, role, department=dept)
    for tid in A_TARGETS:
        ws.assign(None, tid, lead=DEPT_A)
    for tid in B_TARGETS:
        ws.assign(None, tid, lead=DEPT_B)
    return {name: ws.create_session(ws.user(name), timedelta(hours=1)) for name in USERS}


@pytest.fixture
def _web_template(backend: str, db_template) -> tuple[str, dict[str, str]]:
    """This backend's web template (a SQLite path or a PostgreSQL database name) and the raw
    session token of each user in it."""
    return db_template(backend, "web", _populate)


@pytest.fixture
def web_ws(_web_template: tuple[str, dict[str, str]], clone_template) -> Iterator[Workspace]:
    ws = Workspace(clone_template(_web_template[0]), actor="test")
    yield ws
    ws.close()


@pytest.fixture
def make_client(web_ws: Workspace, tmp_path: Path):
    def make(**config) -> TestClient:
        cfg = {"upload_dir": str(tmp_path / "uploads"), **config}
        return TestClient(create_app(web_ws, config=cfg), follow_redirects=False)

    return make


@pytest.fixture
def client(make_client) -> TestClient:
    return make_client()


@pytest.fixture
def as_user(make_client, _web_template, web_ws):
    """A logged-in client for a user name of USERS; `.csrf` holds its CSRF token.

    Uses the session made in the template (the login form itself is tested in test_web_auth).
    """

    def make(username: str) -> TestClient:
        c = make_client()
        raw = _web_template[1][username]
        c.cookies.set(SESSION_COOKIE, raw)
        c.csrf = token_for(web_ws.server_secret(), raw)  # type: ignore[attr-defined]
        return c

    return make


@pytest.fixture
def serve(web_ws: Workspace, tmp_path: Path) -> Iterator[Callable[..., str]]:
    """`serve(**config) -> base URL`: a real uvicorn server over web_ws on a free loopback
    port, in a thread (stopped after the test)."""
    import socket
    import threading
    import time

    import uvicorn

    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(**config) -> str:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        cfg = {"upload_dir": str(tmp_path / "uploads"), **config}
        app = create_app(web_ws, config=cfg)
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def live_server(serve) -> str:
    """A real uvicorn server on a free loopback port, in a thread; its base URL."""
    return serve()
