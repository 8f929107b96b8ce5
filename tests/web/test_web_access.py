"""Access state in the store, shared by every worker: login throttling, write stamps and the CSRF
secret (signed tokens, rotation); and no database work on the event loop."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import inspect
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import event
from web_helpers import A_TARGETS, PASSWORD, page_csrf

from plantrack.access import permissions
from plantrack.access.accounts import User
from plantrack.access.permissions import Action
from plantrack.access.state import LoginRule, TooManyAttempts, login_key
from plantrack.cli import main
from plantrack.errors import PermissionDenied
from plantrack.model import Role
from plantrack.web import create_app
from plantrack.web.auth import SESSION_COOKIE, resolve_user
from plantrack.web.csrf import token_for, unmask
from plantrack.workspace import Workspace

FIN = A_TARGETS[0]  # 金融业增加值, department A
CSRF_REFUSAL = "CSRF token missing or wrong: reload the page and submit the form again"


def _record(client: TestClient, token: str, value: float = 1650):
    return client.post(
        f"/api/plans/1/targets/{FIN}/observations",
        json={"period": 2026, "value": value, "unit": "亿元", "source": "t"},
        headers={"x-csrf-token": token},
    )


# -- CSRF: signed with a server secret kept in the store ----------------------------------------
def test_csrf_token_is_signed_with_the_server_secret(as_user, web_ws):
    client = as_user("ed_a")
    raw = client.cookies[SESSION_COOKIE]
    served = client.get("/api/me").json()["csrf_token"]
    assert served == client.csrf
    assert served != hashlib.sha256(f"csrf:{raw}".encode()).hexdigest()  # not the cookie alone
    secret = web_ws.server_secret()
    assert len(secret) == 64 and secret == web_ws.server_secret()  # made once, then kept
    expected = hmac.new(secret.encode(), f"csrf:{raw}".encode(), hashlib.sha256).hexdigest()
    assert served == expected


def test_a_token_signed_with_another_secret_is_refused(as_user):
    client = as_user("ed_a")
    raw = client.cookies[SESSION_COOKIE]
    forged = token_for("0" * 64, raw)  # the right cookie, the wrong key
    response = _record(client, forged)
    assert response.status_code == 403
    assert response.json() == {"ok": False, "error": CSRF_REFUSAL, "status": 403}
    legacy = hashlib.sha256(f"csrf:{raw}".encode()).hexdigest()  # the old unsigned scheme
    assert _record(client, legacy).status_code == 403
    assert _record(client, client.csrf).status_code == 201


def test_rotating_the_secret_invalidates_old_tokens(as_user, web_ws):
    client = as_user("ed_a")
    old = client.csrf
    out = CliRunner().invoke(main, ["--db", web_ws.url, "rotate-secret"], catch_exceptions=False)
    assert out.exit_code == 0 and "rotated" in out.output
    response = _record(client, old)
    assert response.status_code == 403
    assert response.json() == {"ok": False, "error": CSRF_REFUSAL, "status": 403}
    assert web_ws.observations(1, FIN) == []
    new = client.get("/api/me").json()["csrf_token"]  # the page reloaded: a new token
    assert new != old
    assert _record(client, new).status_code == 201
    # the login form of an anonymous visitor too: its old token dies with the secret
    visitor = client.__class__(client.app, follow_redirects=False)
    stale = page_csrf(visitor)
    web_ws.rotate_secret()
    form = {"username": "viewer", "password": PASSWORD, "csrf_token": stale}
    assert visitor.post("/login", data=form).status_code == 403
    form["csrf_token"] = page_csrf(visitor)
    assert visitor.post("/login", data=form).status_code == 303


# -- the one permission rule -------------------------------------------------------------------
def test_permission_rule_units():
    editor = User(1, "e", Role.EDITOR, 7, "市发改委", False, "")
    planner = User(2, "p", Role.PLANNER, None, None, False, "")
    mine = {7: {"t1"}}.get
    assert permissions.can(planner, Action.ASSIGN) and not permissions.can(editor, "assign")
    assert not permissions.can(None, Action.CREATE_TOKEN)
    assert not permissions.can(replace(planner, disabled=True), Action.ASSIGN)
    assert not permissions.can(replace(planner, role="superuser"), Action.ASSIGN)
    assert permissions.can_edit_target(editor, "t1", lambda d: mine(d) or set())
    assert not permissions.can_edit_target(editor, "t2", lambda d: mine(d) or set())
    assert permissions.can_edit_target(planner, "t2", lambda d: pytest.fail("not asked"))
    assert permissions.can_edit_department(editor, 7)
    assert not permissions.can_edit_department(editor, 8)
    with pytest.raises(PermissionDenied, match="upload a plan: needs the admin or planner role"):
        permissions.require(editor, Action.UPLOAD_PLAN, "upload a plan")
    with pytest.raises(PermissionDenied, match="manage users: needs the admin role"):
        permissions.require(planner, Action.MANAGE_USERS)


# -- throttling and write stamps: shared by every worker ----------------------------------------
def test_two_workspaces_on_one_sqlite_file_share_login_throttling(tmp_path: Path):
    db = str(tmp_path / "shared.db")
    rule = LoginRule(free=3, window=300)
    key = login_key("Viewer", "10.0.0.9")
    with Workspace(db, actor="worker1") as one, Workspace(db, actor="worker2") as two:
        for _ in range(3):
            one.check_login(key, rule)
            one.login_failed(key, rule)
        with pytest.raises(TooManyAttempts, match="too many failed logins"):
            two.check_login(login_key("viewer", "10.0.0.9"), rule)  # user names case-folded
        two.check_login(login_key("viewer", "10.0.0.10"), rule)  # the same account elsewhere
        two.check_login(login_key("planner", "10.0.0.9"), rule)  # another account here
        two.check_login(key, LoginRule(free=4, window=300))  # a higher limit is not reached yet
        two.login_succeeded(key)
        one.check_login(key, rule)  # a success clears them for every worker


def test_failures_older_than_the_window_do_not_count(workspace: Workspace):
    key = login_key("old", "10.0.0.1")
    for _ in range(3):
        workspace.login_failed(key, LoginRule(free=3, window=300))
    with pytest.raises(TooManyAttempts):
        workspace.check_login(key, LoginRule(free=3, window=300))
    workspace.check_login(key, LoginRule(free=3, window=0))  # nothing within the last 0 s


def test_two_app_workers_share_the_login_limit(web_ws, tmp_path: Path):
    """Two apps (two workers) on one database: failures at one are refused at the other."""
    other = Workspace(web_ws.url, actor="web")
    try:
        workers = [
            TestClient(
                create_app(
                    ws,
                    config={
                        "upload_dir": str(tmp_path / "up"),
                        "login_limit": 3,
                        "login_base_delay_seconds": 60,  # however slow the machine
                    },
                ),
                follow_redirects=False,
            )
            for ws in (web_ws, other)
        ]
        tokens = [page_csrf(c) for c in workers]
        bad = {"username": "viewer", "password": "bad-bad-bad"}
        codes = [
            workers[i % 2].post("/login", data={**bad, "csrf_token": tokens[i % 2]}).status_code
            for i in range(4)
        ]
        assert codes == [401, 401, 401, 429]
        good = {"username": "viewer", "password": PASSWORD, "csrf_token": tokens[1]}
        assert workers[1].post("/login", data=good).status_code == 429
    finally:
        other.close()


def test_read_your_writes_holds_across_workers(web_ws, _web_template, tmp_path: Path):
    """A write through one worker: another worker never serves that user an older page, even
    while it may still serve others the previous one (max_stale)."""
    other = Workspace(web_ws.url, actor="web")
    try:
        config = {"upload_dir": str(tmp_path / "up"), "max_stale_ms": 3_600_000}
        # a planner's figure counts at once (an editor's waits for review: reporting-cycle.md)
        raw = _web_template[1]["planner"]
        writer, reader = (
            TestClient(create_app(ws, config=config), follow_redirects=False)
            for ws in (web_ws, other)
        )
        for c in (writer, reader):
            c.cookies.set(SESSION_COOKIE, raw)
        marker = f'data-target="{FIN}" data-status="no_data"'
        assert marker in reader.get("/").text  # the reader worker caches the dashboard
        assert _record(writer, token_for(web_ws.server_secret(), raw)).status_code == 201
        user_id = web_ws.user("planner").id
        assert other.page_stamps(user_id) == (web_ws.audit_stamp(), web_ws.audit_stamp())
        assert marker not in reader.get("/").text  # its own write, seen at the other worker
    finally:
        other.close()


# -- no blocking database work on the event loop ------------------------------------------------
def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def test_no_database_query_runs_on_the_event_loop(as_user, web_ws):
    assert not inspect.iscoroutinefunction(resolve_user)  # FastAPI runs it in the thread pool
    on_loop: list[str] = []

    def check(conn, cursor, statement, *args) -> None:
        if _on_event_loop():
            on_loop.append(statement.split("\n")[0][:80])

    event.listen(web_ws.engine, "before_cursor_execute", check)
    try:
        client = as_user("ed_a")
        for path in (
            "/",
            "/index.json",
            "/outline",
            f"/targets/{FIN}",
            f"/targets/{FIN}.json",
            "/search?q=算力&mode=search",
            "/api/ask?q=算力规模",
            "/api/search?q=算力",
            "/departments",
            "/api/me",
        ):
            assert client.get(path).status_code == 200, path
        assert _record(client, client.csrf).status_code == 201  # and the write stamp after it
        assert client.get("/").status_code == 200
        anonymous = client.__class__(client.app, follow_redirects=False)
        token = page_csrf(anonymous)
        form = {"username": "viewer", "password": "bad-bad-bad", "csrf_token": token}
        assert anonymous.post("/login", data=form).status_code == 401
    finally:
        event.remove(web_ws.engine, "before_cursor_execute", check)
    assert on_loop == []


@pytest.mark.postgresql_only
def test_public_app_on_a_read_only_database_serves_pages(backend, pg_databases, sample_path):
    """The public app on a replica never writes: its CSRF secret is the one the migration made."""
    import psycopg

    name = pg_databases.create()
    url = pg_databases.url(name)
    with Workspace(url, actor="test") as ws:
        ws.ingest(sample_path)
        secret = ws.server_secret()
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    with Workspace(url, actor="web") as ws:
        client = TestClient(create_app(ws, config={"public_read": True}), follow_redirects=False)
        assert client.get("/").status_code == 200
        assert client.get("/api/plans").json()["ok"] is True
        token = page_csrf(client)
        assert unmask(token) == token_for(secret, client.cookies["pt_anon"])
