"""Accessibility (GB/T 37668-2019, WCAG 2.1 AA) and the phone layout, in a real Chromium.

axe-core (the npm package pinned in package-lock.json, installed by `make test`) is injected
into Debian's Chromium through Playwright and run on every page — as an anonymous reader (the
app in public read mode), a planner, a department editor and, for the user administration, an
admin — at 1280 px and at 390 px (a phone). A run fails on any serious or critical violation,
on a page that scrolls sideways at 390 px, and on a header taller than a quarter of the phone's
screen. Each page is loaded once per role and width. Screenshots of the dashboard, a target and
the department form at both widths go to artifacts/screenshots/.

The keyboard test walks login → target → save a wrong value → fix it, with the keyboard only.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_helpers import (
    A_TARGETS,
    B_TARGETS,
    DEPT_A,
    PASSWORD,
    SHOTS,
    axe_problems,
    chromium_browser,
)

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
FIN = A_TARGETS[0]  # 金融业增加值 ≥ 2000 亿元 (市发改委)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

LAYOUT = """() => {
  const header = document.querySelector('header.top').getBoundingClientRect();
  const wide = [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
              && !e.closest('.table-wrap, .chart-box, .skip'))
    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                          + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));
  return {scroll: document.documentElement.scrollWidth, width: window.innerWidth,
          header: header.height, height: window.innerHeight, wide};
}"""


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with chromium_browser(axe=True) as browser:
        yield browser


def _figures(ws) -> None:
    """Figures, owners and an evidence file that give the pages every block they can show."""
    ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="2025年公报")
    figure = ws.record(
        FIN, period=2026, value=1520, unit="亿元", source="2026年公报", note="初步核算"
    )
    ws.attach_evidence(int(figure.id or 0), io.BytesIO(b"%PDF-1.4\n%%EOF\n"), "2026年公报.pdf")
    ws.record(A_TARGETS[1], period=2026, value=12, unit="EFLOPS", source="市大数据局")
    ws.record(B_TARGETS[0], period=2026, value=1400, unit="家", source="市科技局")
    # an open round with a returned and a draft figure: the department's 待办 list and the
    # round's overview show every state and form (docs/reporting-cycle.md)
    ws.open_round(None, name="2026年度监测", year=2026, due="2027-02-28")
    sent = ws.record(FIN, period=2026, value=1530, unit="亿元", source="部门", needs_review=True)
    ws.submit_figure(sent.id)
    ws.return_figure(sent.id, "请按现价口径填报")
    ws.record(A_TARGETS[1], period=2026, value=13, unit="EFLOPS", source="部门", needs_review=True)
    done = ws.record(
        B_TARGETS[0], period=2026, value=1410, unit="家", source="部门", needs_review=True
    )
    ws.submit_figure(done.id)


def _session(base: str, raw: str) -> list[dict[str, Any]]:
    host = re.sub(r"^https?://", "", base).split(":")[0]
    return [{"name": "pt_session", "value": raw, "domain": host, "path": "/"}]


def _pages(role: str, dept_a: int) -> list[tuple[str, str]]:
    """(name, path) of every page this role can see."""
    common = [
        ("dashboard", "/"),
        ("outline", "/outline"),
        ("target", f"/targets/{FIN}"),
        ("ask", "/search?q=到2030年算力规模要达到多少"),
        ("search", "/search?q=低空经济&mode=search"),
        ("departments", "/departments"),
        ("department", f"/departments/{dept_a}"),
        ("plans", "/plans"),
        ("reports", "/reports"),
        ("rounds", "/rounds"),
        ("round", "/rounds/1"),
        ("not-found", "/no-such-page"),
    ]
    if role == "anonymous":
        return [*common, ("login", "/login")]
    if role == "admin":
        return [("users", "/admin/users"), ("account", "/account")]
    extra = [("account", "/account"), ("forbidden", "/admin/users")]
    if role == "editor":
        extra.append(("other-target", f"/targets/{B_TARGETS[0]}"))
    return common + extra


def _check(page: Any, label: str, phone: bool, problems: list[str]) -> None:
    problems.extend(axe_problems(page, label))
    if phone:
        box = page.evaluate(LAYOUT)
        if box["scroll"] > box["width"]:
            problems.append(f"{label}: scrolls sideways to {box['scroll']} px: {box['wide']}")
        if box["header"] > box["height"] / 4:
            problems.append(f"{label}: header {box['header']:.0f} px of {box['height']} px")


SCREENSHOTS = {"dashboard", "target", "department"}


def _visit(context: Any, base: str, role: str, dept_a: int, phone: bool) -> list[str]:
    problems: list[str] = []
    page = context.new_page()
    page.set_default_timeout(15000)
    width = "390" if phone else "1280"
    for name, path in _pages(role, dept_a):
        page.goto(base + path)
        label = f"{role} {width}px {name} ({path})"
        _check(page, label, phone, problems)
        if role == "editor" and name in SCREENSHOTS:
            page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    if role == "editor":
        problems += _posted_pages(page, base, dept_a, width, phone)
    if role == "planner":
        problems += _plan_preview(page, base, width, phone)
    page.close()
    return problems


def _posted_pages(page: Any, base: str, dept_a: int, width: str, phone: bool) -> list[str]:
    """Pages that answer a post: the form re-shown with its error, the import report."""
    problems: list[str] = []
    page.goto(f"{base}/departments/{dept_a}")
    form = page.locator("#figure-form")
    form.locator("input[name=period]").fill("2026")
    form.locator("input[name=value]").fill("abc")
    form.locator("input[name=source]").fill("公报")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#figure-err-value")
    _check(page, f"editor {width}px refused form", phone, problems)
    page.screenshot(path=str(SHOTS / f"department-error-{width}.png"), full_page=True)
    template = page.request.get(f"{base}/departments/{dept_a}/template.csv?plan=1").body()
    page.goto(f"{base}/departments/{dept_a}")
    page.set_input_files(
        "#import-file", files=[{"name": "模板.csv", "mimeType": "text/csv", "buffer": template}]
    )
    page.locator("form[action$='/import'] button[type=submit]").click()
    page.wait_for_selector("#import-result")
    _check(page, f"editor {width}px import report", phone, problems)
    return problems


def _plan_preview(page: Any, base: str, width: str, phone: bool) -> list[str]:
    problems: list[str] = []
    page.goto(f"{base}/plans")
    sample = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
    page.set_input_files("#plan-file", str(sample))
    page.locator("form[action='/plans/upload'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/plans/pending/"))
    _check(page, f"planner {width}px plan preview", phone, problems)
    return problems


@pytest.mark.parametrize("role", ["anonymous", "planner", "editor", "admin"])
def test_axe_and_phone_layout(role, chromium, serve, web_ws, _web_template):
    _figures(web_ws)
    dept_a = next(d["id"] for d in web_ws.departments() if d["name"] == DEPT_A)
    users = {"planner": "planner", "editor": "ed_a", "admin": "admin"}
    base = serve(public_read=True) if role == "anonymous" else serve()
    problems: list[str] = []
    for viewport in (DESKTOP, PHONE):
        context = chromium.new_context(
            base_url=base, locale="zh-CN", viewport=viewport, accept_downloads=False
        )
        if role in users:
            context.add_cookies(_session(base, _web_template[1][users[role]]))
        problems += _visit(context, base, role, dept_a, viewport is PHONE)
        context.close()
    assert not problems, "\n".join(problems)


def _focused(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => { const e = document.activeElement;
          return {tag: e.tagName.toLowerCase(), id: e.id, name: e.getAttribute('name'),
                  text: (e.innerText || '').trim().slice(0, 80), href: e.getAttribute('href'),
                  invalid: e.getAttribute('aria-invalid'),
                  described: e.getAttribute('aria-describedby')}; }"""
    )


def _tab_to(page: Any, match, limit: int) -> int:
    """Press Tab until the focused element matches; the number of presses."""
    for n in range(1, limit + 1):
        page.keyboard.press("Tab")
        if match(_focused(page)):
            return n
    raise AssertionError(f"not reached in {limit} Tabs; at {_focused(page)}")


def test_keyboard_login_target_save_error_fix(chromium, live_server):
    context = chromium.new_context(base_url=live_server, locale="zh-CN", viewport=DESKTOP)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto("/login")
    assert _focused(page)["name"] == "username"  # the login form starts focused
    page.keyboard.type("ed_a")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/(\?.*)?$"))
    # the first stop is the skip link; it jumps over the header
    page.keyboard.press("Tab")
    assert _focused(page)["text"] == "跳到正文"
    page.keyboard.press("Enter")
    assert _focused(page)["id"] == "main"
    n = _tab_to(page, lambda f: (f["href"] or "").startswith(f"/targets/{FIN}"), 12)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/targets/{re.escape(FIN)}"))
    # to the figure form: skip link, then Tab to the period field
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    steps = _tab_to(page, lambda f: f["id"] == "figure-period", 40)
    page.keyboard.type("2026")
    page.keyboard.press("Tab")
    page.keyboard.type("abc")
    page.keyboard.press("Tab")  # the unit, prefilled with the target's unit
    assert page.input_value("#figure-unit") == "亿元"
    page.keyboard.press("Tab")
    page.keyboard.type("2026年宁波市统计公报")
    page.keyboard.press("Enter")
    page.wait_for_selector("#figure-err-value")
    # the same page, the values kept, focus on the field in error, the message tied to it
    focused = _focused(page)
    assert (focused["id"], focused["invalid"]) == ("figure-value", "true")
    assert "figure-err-value" in focused["described"]
    assert page.inner_text("#figure-err-value") == "数值“abc”不是数字"
    assert page.input_value("#figure-source") == "2026年宁波市统计公报"
    page.keyboard.press("Control+A")
    page.keyboard.type("1520")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"saved="))
    focused = _focused(page)
    assert focused["id"] == "saved"
    assert focused["text"] == "已保存：金融业增加值，2026：1,520 亿元"
    assert page.get_attribute("#saved", "role") == "status"
    assert n <= 8 and steps <= 12, (n, steps)  # was 55 Tabs to the target before the skip link
    # on a phone the menu is a button: Enter opens it, Escape closes it and returns focus
    page.set_viewport_size(PHONE)
    page.goto("/")
    assert not page.is_visible("#site-nav")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert _focused(page)["text"] == "菜单"
    page.keyboard.press("Enter")
    assert page.is_visible("#site-nav") and _focused(page)["text"] == "总览"
    page.keyboard.press("Escape")
    assert not page.is_visible("#site-nav") and _focused(page)["text"] == "菜单"
    context.close()
