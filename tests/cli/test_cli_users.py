"""`plantrack users …` is a plain CLI over the Workspace: it loads no web framework, and its roles
are the permission matrix the web app enforces."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from plantrack.access.permissions import MATRIX, Action
from plantrack.cli import main
from plantrack.model import ROLE_ZH, Role

ROOT = Path(__file__).resolve().parents[2]
WEB_FRAMEWORKS = ("fastapi", "starlette", "uvicorn")


def test_users_list_loads_no_web_framework(tmp_path: Path):
    db = tmp_path / "x.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    for args in (["users", "add", "li", "--role", "viewer", "--password", "long-enough-1"], []):
        command = [sys.executable, "-X", "importtime", "-m", "plantrack", "--db", str(db)]
        done = subprocess.run(
            [*command, *(args or ["users", "list", "--format", "json"])],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        imported = [
            line.rsplit("|", 1)[-1].strip()
            for line in done.stderr.splitlines()
            if line.startswith("import time:")
        ]
        assert "plantrack.access.accounts" in imported  # the import log is real
        loaded = [m for m in imported if m.split(".")[0] in WEB_FRAMEWORKS]
        assert loaded == [], f"plantrack {' '.join(args) or 'users list'} loaded {loaded[:5]}"
    assert [u["username"] for u in json.loads(done.stdout)] == ["li"]


def test_users_roles_is_the_permission_matrix(tmp_path: Path):
    out = CliRunner().invoke(main, ["users", "roles", "--format", "json"])
    assert out.exit_code == 0, out.output
    table = {r["role"]: r for r in json.loads(out.output)}
    assert list(table) == [r.value for r in Role]
    for role in Role:
        assert table[role]["zh"] == ROLE_ZH[role] == role.zh
        assert table[role]["actions"] == [a.value for a in Action if role in MATRIX[a]]
    assert table["editor"]["department_only"] and not table["planner"]["department_only"]
    assert "manage_users" in table["admin"]["actions"]
    assert table["viewer"]["actions"] == ["create_token", "download_evidence"]
    shown = CliRunner().invoke(main, ["users", "roles"]).output
    assert "部门填报员" in shown and "own department" in shown


def test_users_add_offers_the_roles_of_the_model():
    out = CliRunner().invoke(main, ["users", "add", "--help"])
    assert "admin|planner|editor|viewer" in out.output
