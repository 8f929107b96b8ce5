"""Constants and helpers shared by the web tests (imported by name: conftest is ambiguous)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

PASSWORD = "correct-horse-9"
DEPT_A, DEPT_B = "市发改委", "市科技局"
# Targets of the sample plan: two for each department, one left unassigned.
A_TARGETS = ("c2.s4.box2.i3.t1", "c4.s1.p1.t1")  # 金融业增加值 ≥2000亿元, 高性能算力规模 >10EFLOPS
B_TARGETS = ("c3.s2.p1.t3", "c3.s4.p1.t1")  # 省级以上企业研发机构 ≥1500家, 科技型中小企业贷款余额
UNASSIGNED = "c4.s1.p2.t1"
USERS = {
    "admin": ("admin", None),
    "planner": ("planner", None),
    "ed_a": ("editor", DEPT_A),
    "ed_b": ("editor", DEPT_B),
    "viewer": ("viewer", None),
}


def page_csrf(client: TestClient, path: str = "/login") -> str:
    """The CSRF token of a page's forms, as a browser would read it."""
    response = client.get(path)
    found = re.search(r'name="csrf_token" value="([0-9a-f]{128})"', response.text)
    assert found, f"no CSRF field on {path} ({response.status_code})"
    return found.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    token = page_csrf(client)
    response = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token, "next": "/"},
    )
    assert response.status_code == 303, response.text
    return client.get("/api/me").json()["csrf_token"]


# the system Chromium the browser tests drive, and the flags that keep it quiet in a container
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)
  }));
}"""


@contextmanager
def chromium_browser(*, axe: bool = False) -> Iterator[Any]:
    """Debian's Chromium through Playwright (a clear failure when it, or axe-core, is missing)."""
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.fail("chromium missing: run `make system-deps` (scripts/system-deps.sh)")
    if axe and not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(ROOT)} missing: run `make test` (npm ci installs axe-core)")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def axe_problems(page: Any, label: str) -> list[str]:
    """axe-core's serious and critical violations on the page, one line each."""
    page.evaluate(AXE.read_text("utf-8"))
    return [
        f"{label}: axe {v['impact']} {v['id']} ({v['help']}): {v['nodes']}"
        for v in page.evaluate(AXE_RUN)
        if v["impact"] in ("serious", "critical")
    ]
