"""Web fixtures: the sample plan with users, departments and assignments in a real SQLite file
(built once per session, copied per test), an app on it, and a login helper."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import A_TARGETS, B_TARGETS, DEPT_A, DEPT_B, PASSWORD, USERS, login

from plantrack.web import accounts, create_app
from plantrack.workspace import Workspace


@pytest.fixture(scope="session")
def _web_template(_sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.db"
    shutil.copyfile(_sample_template, path)
    with Workspace(f"sqlite:///{path}", actor="test") as ws:
        for name, (role, dept) in USERS.items():
            accounts.add_user(ws.engine, name, PASSWORD, role, department=dept)
        for tid in A_TARGETS:
            ws.assign(None, tid, lead=DEPT_A)
        for tid in B_TARGETS:
            ws.assign(None, tid, lead=DEPT_B)
    return path


@pytest.fixture
def web_ws(_web_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "web.db"
    shutil.copyfile(_web_template, path)
    ws = Workspace(f"sqlite:///{path}", actor="test")
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
def as_user(make_client):
    """A logged-in client for a user name of USERS; `.csrf` holds its CSRF token."""

    def make(username: str) -> TestClient:
        c = make_client()
        c.csrf = login(c, username)  # type: ignore[attr-defined]
        return c

    return make
