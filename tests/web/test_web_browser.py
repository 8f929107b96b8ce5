"""Headless Chromium (Debian's package, driven by Playwright) against a real uvicorn server.

Scenario: a department editor logs in, enters figures, sees the status change on the dashboard;
tries to edit another department's target and is refused; asks a question and follows the
citation to the outline. Screenshots go to artifacts/screenshots/.
"""

from __future__ import annotations

import re

import pytest
from web_helpers import A_TARGETS, B_TARGETS, PASSWORD, SHOTS, chromium_browser

pytestmark = pytest.mark.browser

FIN = A_TARGETS[0]


@pytest.fixture
def page(live_server):
    with chromium_browser() as browser:
        context = browser.new_context(
            base_url=live_server, locale="zh-CN", viewport={"width": 1280, "height": 900}
        )
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        context.close()


def _login(page, username: str) -> None:
    page.goto("/")
    assert "/login" in page.url
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(re.compile(r"/(\?.*)?$"))


def _status_of(page, target_id: str) -> str:
    return page.get_attribute(f"tr[data-target='{target_id}']", "data-status") or ""


def test_editor_enters_a_figure_and_the_dashboard_changes(page, web_ws):
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
    # the department's figures wait for the planning office's review (docs/reporting-cycle.md):
    # the preview counts them at once, the status once they are approved
    assert _status_of(page, FIN) == "no_data"
    page.click("#preview-on")
    assert _status_of(page, FIN) == "lagging"
    for obs in web_ws.observations(1, FIN):
        web_ws.approve_figure(obs.id)
    page.wait_for_timeout(400)  # another user's write: pages may be up to 250 ms stale (cache.py)
    page.goto("/")
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


def test_owner_and_progress_answers_link_to_their_pages(page, web_ws):
    """In the browser: an owner question names the department recorded for the target and links
    to its page; a progress question gives the status of the recorded figures and links to the
    target's page."""
    compute = A_TARGETS[1]  # 高性能算力规模, assigned to 市发改委 by the web fixture
    web_ws.record(compute, plan=1, period=2025, value=4.5, baseline=True)
    web_ws.record(compute, plan=1, period=2026, value=6.2, source="2026年公报")
    _login(page, "viewer")
    page.goto("/search")
    page.fill("input[name=q]", "高性能算力规模由哪个部门牵头？")
    page.press("input[name=q]", "Enter")
    answer = page.locator("#answer")
    answer.wait_for()
    assert "责任部门" in answer.locator(".answer-type").inner_text()
    assert "市发改委牵头" in answer.locator(".big").inner_text()
    page.screenshot(path=str(SHOTS / "ask-owner.png"), full_page=True)
    answer.locator("a.department:has-text('市发改委')").click()
    page.wait_for_url(re.compile(r"/departments/\d+\?plan=1$"))
    assert "市发改委" in page.locator("h1").inner_text()

    page.goto("/search")
    page.fill("input[name=q]", "算力规模目前进展如何？")
    page.press("input[name=q]", "Enter")
    answer = page.locator("#answer")
    answer.wait_for()
    assert "进展" in answer.locator(".answer-type").inner_text()
    assert "快于预期，2026年6.2EFLOPS" in answer.locator(".big").inner_text()
    page.screenshot(path=str(SHOTS / "ask-progress.png"), full_page=True)
    answer.locator(f"a.target[href^='/targets/{compute}']").click()
    page.wait_for_url(re.compile(rf"/targets/{re.escape(compute)}\?plan=1$"))
    assert "高性能算力规模" in page.locator("h1").inner_text()


def test_an_empty_question_is_refused_in_the_browser(page):
    _login(page, "viewer")
    page.goto("/search")
    page.fill("input[name=q]", "   ")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?"))
    assert "问题为空" in page.locator("body").inner_text()


def test_english_switch_in_the_browser(page):
    _login(page, "viewer")
    page.click("a.lang")
    assert page.locator("header nav").inner_text().startswith("Dashboard")
    page.goto("/outline")
    assert "Outline" in page.title()
