"""Headless Chromium (Debian's package, driven by Playwright) against a real uvicorn server.

Scenario: a department editor logs in, enters figures, sees the status change on the dashboard;
tries to edit another department's target and is refused; asks a question and follows the
citation to the outline. Screenshots go to artifacts/screenshots/.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from web_helpers import A_TARGETS, B_TARGETS, PASSWORD

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
FIN = A_TARGETS[0]


@pytest.fixture
def page(live_server):
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.fail("chromium missing: run `make system-deps` (scripts/system-deps.sh)")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        context = browser.new_context(
            base_url=live_server, locale="zh-CN", viewport={"width": 1280, "height": 900}
        )
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        context.close()
        browser.close()


def _login(page, username: str) -> None:
    page.goto("/")
    assert "/login" in page.url
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(re.compile(r"/(\?.*)?$"))


def _status_of(page, target_id: str) -> str:
    return page.get_attribute(f"tr[data-target='{target_id}']", "data-status") or ""


def test_editor_enters_a_figure_and_the_dashboard_changes(page):
    _login(page, "ed_a")
    assert _status_of(page, FIN) == "no_data"
    page.click("header nav a[href^='/departments']")
    page.click("main table a:has-text('市发改委')")
    form = page.locator("#figure-form")
    for period, value in (("2025", "1500"), ("2026", "1520")):
        form.locator("select[name=target_id]").select_option(FIN)
        form.locator("input[name=period]").fill(period)
        form.locator("input[name=value]").fill(value)
        form.locator("input[name=unit]").fill("亿元")
        form.locator("input[name=source]").fill(f"{period}年宁波市统计公报")
        form.locator("button[type=submit]").click()
        page.wait_for_selector("p.ok[role=status]")
    page.click("header nav a:has-text('总览')")
    assert _status_of(page, FIN) == "lagging"
    first = page.locator("table#targets tbody tr").first
    assert first.get_attribute("data-target") == FIN  # 滞后 first
    assert "滞后" in first.inner_text()
    changes = page.locator("ul.changes").inner_text()
    assert "ed_a · 填报监测值 金融业增加值 2026: 1,520" in changes and "web:" not in changes
    page.screenshot(path=str(SHOTS / "dashboard.png"), full_page=True)
    page.goto(f"/targets/{FIN}")
    assert page.locator("svg.chart.wide circle.observed").count() == 2
    page.screenshot(path=str(SHOTS / "target.png"), full_page=True)


def test_editor_is_refused_on_another_departments_target(page):
    _login(page, "ed_a")
    page.goto(f"/targets/{B_TARGETS[0]}")
    assert page.locator("#figure-form").count() == 0
    assert page.locator("#not-allowed").is_visible()
    # a hand-made post with the user's own valid CSRF token is still refused by the server
    page.goto(f"/targets/{FIN}")
    token = page.get_attribute("#figure-form input[name=csrf_token]", "value")
    response = page.request.post(
        f"/targets/{B_TARGETS[0]}/observations",
        form={"csrf_token": token, "period": "2026", "value": "9", "unit": "家", "source": "x"},
        headers={"accept": "application/json"},
        max_redirects=0,
    )
    assert response.status == 403
    assert "not assigned to your department" in response.json()["error"]
    page.goto(f"/targets/{B_TARGETS[0]}")
    assert page.locator("table.obs tbody").inner_text().strip() == "暂无数据"
    page.screenshot(path=str(SHOTS / "refused.png"), full_page=True)


def test_ask_and_follow_the_citation_to_the_outline(page):
    _login(page, "viewer")
    page.click("header nav a:has-text('检索与问答')")
    page.fill("input[name=q]", "到2030年算力规模要达到多少？")
    page.press("input[name=q]", "Enter")
    answer = page.locator("#answer")
    answer.wait_for()
    assert "10" in answer.inner_text()
    page.screenshot(path=str(SHOTS / "ask.png"), full_page=True)
    answer.locator("a.cite").first.click()
    page.wait_for_url(re.compile(r"/outline\?plan=1#c4\.s1\.p1$"))
    cited = page.locator("[id='c4.s1.p1']")
    assert cited.is_visible() and "10EFLOPS" in cited.inner_text()
    assert cited.locator("a.tgt").first.get_attribute("href").startswith("/targets/c4.s1.p1.t1")
    assert page.evaluate("document.querySelector(':target').id") == "c4.s1.p1"
    page.screenshot(path=str(SHOTS / "outline.png"))


def test_english_switch_in_the_browser(page):
    _login(page, "viewer")
    page.click("a.lang")
    assert page.locator("header nav").inner_text().startswith("Dashboard")
    page.goto("/outline")
    assert "Outline" in page.title()
