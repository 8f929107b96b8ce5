"""`plantrack users add/list/disable/token` and `plantrack serve --help`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from plantrack.cli import main
from plantrack.workspace import Workspace


def run(db: str, *args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["--db", db, *args], env=env, catch_exceptions=False)


def test_users_add_list_disable_token(db_url):
    db = db_url
    out = run(
        db,
        "users",
        "add",
        "li",
        "--role",
        "editor",
        "--department",
        "市经信局",
        env={"PLANTRACK_PASSWORD": "long-enough-1"},
    )
    assert out.exit_code == 0 and "li: editor (市经信局) created" in out.output
    out = run(db, "users", "add", "wang", "--role", "viewer", "--password", "long-enough-2")
    assert out.exit_code == 0
    listed = json.loads(run(db, "users", "list", "--format", "json").output)
    assert [(u["username"], u["role"], u["department"]) for u in listed] == [
        ("li", "editor", "市经信局"),
        ("wang", "viewer", None),
    ]
    token = run(db, "users", "token", "li").output.strip()
    assert token.startswith("pt_")
    assert run(db, "users", "disable", "li").output.strip() == "user li: disabled"
    with Workspace(db) as ws:
        assert ws.token_user(token) is None
        assert ws.authenticate("li", "long-enough-1") is None
        assert ws.authenticate("wang", "long-enough-2").role == "viewer"
        stored = ws.users()[0]
        assert stored.disabled
    assert "enabled" in run(db, "users", "disable", "li", "--enable").output


def test_users_add_refuses_bad_input(db_url):
    db = db_url
    cases = [
        (["x", "--role", "editor", "--password", "long-enough-1"], "needs a department"),
        (["x", "--role", "viewer", "--password", "short"], "at least 8 characters"),
        (["../x", "--role", "viewer", "--password", "long-enough-1"], "username"),
    ]
    for args, message in cases:
        out = CliRunner().invoke(main, ["--db", db, "users", "add", *args])
        assert out.exit_code == 1 and message in out.output, out.output
    run(db, "users", "add", "x", "--role", "viewer", "--password", "long-enough-1")
    out = CliRunner().invoke(
        main, ["--db", db, "users", "add", "x", "--role", "viewer", "--password", "long-enough-1"]
    )
    assert out.exit_code == 1 and "already exists" in out.output
    out = CliRunner().invoke(main, ["--db", db, "users", "disable", "nobody"])
    assert out.exit_code == 1 and "no such user" in out.output


def test_serve_help():
    out = CliRunner().invoke(main, ["serve", "--help"])
    assert out.exit_code == 0
    assert "--host" in out.output and "--port" in out.output and "--public-read" in out.output
