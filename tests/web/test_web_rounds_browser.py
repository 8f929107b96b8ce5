"""A reporting round end to end in headless Chromium (Debian's, driven by Playwright) against a
real uvicorn server: the planning office opens a round → the department's editor enters and
submits a figure → the office returns it with a reason → the editor sees the reason, fixes the
figure and submits again → the office approves → closes the round → the dashboard's status and
the annual report change. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import re

import pytest
from web_helpers import A_TARGETS, DEPT_A, PASSWORD, SHOTS, chromium_browser

pytestmark = pytest.mark.browser

FIN = A_TARGETS[0]  # 金融业增加值 ≥ 2000 亿元, led by 市发改委


@pytest.fixture
def browser(live_server):
    with chromium_browser() as chromium:
        yield chromium


def _login(browser, base: str, username: str):
    context = browser.new_context(
        base_url=base, locale="zh-CN", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto("/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(re.compile(r"/(\?.*)?$"))
    return page


def _status(page, target_id: str) -> str:
    page.goto("/?plan=1")
    return page.get_attribute(f"tr[data-target='{target_id}']", "data-status") or ""


def _report_row(page) -> str:
    """The target's row in the annual report (Markdown)."""
    response = page.request.get("/reports/download?plan=1&kind=annual&year=2026&format=md")
    assert response.ok, response.text()
    return next(line for line in response.text().splitlines() if f"| {FIN} |" in line)


def _todo_state(page, target_id: str) -> str:
    return page.get_attribute(f"#todo tr[data-target='{target_id}']", "data-state") or ""


def test_a_round_from_opening_to_publication(browser, live_server, web_ws):
    web_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="2025年公报")
    dept = next(d["id"] for d in web_ws.departments() if d["name"] == DEPT_A)
    office = _login(browser, live_server, "planner")
    assert _status(office, FIN) == "no_data"
    assert "暂无数据" in _report_row(office)

    # 1. the planning office opens the round
    office.click("header nav a:has-text('填报轮次')")
    form = office.locator("#round-form")
    form.locator("input[name=name]").fill("2026年度监测")
    form.locator("input[name=year]").fill("2026")
    form.locator("input[name=due]").fill("2027-02-28")
    form.locator("button[type=submit]").click()
    office.wait_for_url(re.compile(r"/rounds/\d+\?saved=open"))
    round_url = office.url.split("?")[0]
    row = office.locator(f"#overview tr[data-department='{dept}']")
    assert "2" in row.locator("td").nth(0).inner_text()  # two targets missing

    # 2. the department's editor enters the figure and submits it
    editor = _login(browser, live_server, "ed_a")
    editor.goto(f"/departments/{dept}?plan=1")
    assert _todo_state(editor, FIN) == "missing"
    entry = editor.locator("#figure-form")
    entry.locator("select[name=target_id]").select_option(FIN)
    entry.locator("input[name=period]").fill("2026")
    entry.locator("input[name=value]").fill("1520")
    entry.locator("input[name=source]").fill("2026年宁波市统计公报")
    entry.locator("button[type=submit]").click()
    editor.wait_for_selector("p.ok[role=status]")
    assert _todo_state(editor, FIN) == "draft"
    editor.click(f"#todo tr[data-target='{FIN}'] form.submit button")
    editor.wait_for_url(re.compile(r"saved=submit"))
    assert _todo_state(editor, FIN) == "submitted"
    assert _status(editor, FIN) == "no_data"  # a submitted figure is not counted yet

    # 3. the office returns it; a return without a reason is refused at the field
    office.goto(round_url)
    review = office.locator(f"#review-table tr[data-target='{FIN}']")
    assert review.get_attribute("data-state") == "submitted"
    review.locator("form.return button").click()
    office.wait_for_selector("[id$='-err-reason']")
    assert "请填写退回原因" in office.locator("[id$='-err-reason']").inner_text()
    review = office.locator(f"#review-table tr[data-target='{FIN}']")
    review.locator("input[name=reason]").fill("请按现价口径重新填报")
    review.locator("form.return button").click()
    office.wait_for_url(re.compile(r"saved=review"))
    assert office.locator(f"#review-table tr[data-target='{FIN}']").count() == 0

    # 4. the editor sees the reason, fixes the figure and submits again
    editor.goto(f"/departments/{dept}?plan=1")
    todo = editor.locator(f"#todo tr[data-target='{FIN}']")
    assert todo.get_attribute("data-state") == "returned"
    assert "请按现价口径重新填报" in todo.inner_text()
    editor.screenshot(path=str(SHOTS / "round-returned.png"), full_page=True)
    entry = editor.locator("#figure-form")
    entry.locator("select[name=target_id]").select_option(FIN)
    entry.locator("input[name=period]").fill("2026")
    entry.locator("input[name=value]").fill("1600")
    entry.locator("input[name=source]").fill("2026年宁波市统计公报（现价）")
    entry.locator("button[type=submit]").click()
    editor.wait_for_selector("p.ok[role=status]")
    editor.click(f"#todo tr[data-target='{FIN}'] form.submit button")
    editor.wait_for_url(re.compile(r"saved=submit"))
    assert _todo_state(editor, FIN) == "submitted"

    # 5. the office approves and closes the round
    office.goto(round_url)
    office.screenshot(path=str(SHOTS / "round-overview.png"), full_page=True)
    office.locator(f"#review-table tr[data-target='{FIN}'] form.approve button").click()
    office.wait_for_url(re.compile(r"saved=review"))
    assert (
        office.get_attribute(f"#review-table tr[data-target='{FIN}']", "data-state") == "approved"
    )
    office.locator("#close-form button").click()
    office.wait_for_url(re.compile(r"saved=close"))
    assert "已关闭" in office.locator("p.meta").inner_text()
    assert office.locator("#close-form").count() == 0

    # 6. status and reports now count the published figure
    status = _status(office, FIN)
    assert status not in ("no_data", "")
    row = _report_row(office)
    assert re.search(r"1,?600", row) and "暂无数据" not in row, row
    office.goto(f"/targets/{FIN}?plan=1")
    assert "已发布" in office.locator("table.obs").inner_text()
    editor.goto(f"/departments/{dept}?plan=1")
    assert editor.locator("#todo").count() == 0  # no open round: nothing to do
