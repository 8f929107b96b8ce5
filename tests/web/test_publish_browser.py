"""The published site (`plantrack publish`) opened from disk in a real Chromium: no request
leaves file://, the pages pass the app's axe-core check (serious and critical violations), the
chart is drawn, and the search page finds targets without a server — in Chinese and in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from web_helpers import axe_problems, chromium_browser

from plantrack.cli import main

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
FIN = "c2.s4.box2.i3.t1"  # 金融业增加值 ≥ 2000 亿元


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with chromium_browser(axe=True) as browser:
        yield browser


def _publish(ws: Any, folder: Path, lang: str) -> Path:
    ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="2025年公报")
    ws.record(FIN, period=2026, value=1620, unit="亿元", source="2026年<b>公报</b>")
    ws.record("c4.s1.p1.t1", period=2026, value=12, unit="EFLOPS", source="市大数据局")
    out = folder / f"site-{lang}"
    result = CliRunner().invoke(
        main, ["--db", ws.url, "publish", "-o", str(out), "--lang", lang], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return out


def _offline_context(chromium: Any, attempted: list[str]) -> Any:
    """A context that lets file:// through and blocks (and records) every other request."""
    context = chromium.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            _note(r.request.url, attempted)
            r.abort()

    context.route("**/*", route)
    context.on("request", lambda req: _note(req.url, attempted))
    return context


def _note(url: str, attempted: list[str]) -> None:
    if not url.startswith("file://") and url not in attempted:
        attempted.append(url)


def _axe(page: Any, label: str, problems: list[str]) -> None:
    problems.extend(axe_problems(page, label))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_published_site_opens_offline_and_passes_axe(lang, chromium, sample_ws, tmp_path):
    site = _publish(sample_ws, tmp_path, lang)
    attempted: list[str] = []
    errors: list[str] = []
    context = _offline_context(chromium, attempted)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_default_timeout(15000)
    problems: list[str] = []

    page.goto((site / "index.html").as_uri())
    assert page.locator("table.summary").count() == 1
    _axe(page, "index", problems)
    page.locator(f"tr[data-target='{FIN}'] a").click()  # a relative link, from disk
    page.wait_for_url(f"**/targets/{FIN}.html")
    assert page.locator("svg.chart").count() == 2  # the app's chart, wide and narrow
    assert "<b>" in page.inner_text("table.obs")  # a source is shown as text, not markup
    assert page.locator("blockquote.citation mark").inner_text() == "金融业增加值达到2000亿元"
    _axe(page, "target", problems)
    page.goto((site / "search.html").as_uri() + "?q=" + ("金融" if lang == "zh" else "EFLOPS"))
    page.wait_for_selector("#results li")
    first = page.locator("#results li a").first
    assert first.inner_text() == ("金融业增加值" if lang == "zh" else "高性能算力规模")
    _axe(page, "search", problems)
    page.fill("#q", "没有这个词")
    assert page.locator("#results li").count() == 0
    assert page.inner_text("#search-status") == (
        "没有找到匹配的内容" if lang == "zh" else "No match"
    )
    page.fill("#q", "算力")
    page.wait_for_selector("#results li")
    page.locator("#results li a").first.click()
    page.wait_for_url("**/targets/c4.s1.p1.t1.html")
    page.set_viewport_size({"width": 390, "height": 844})
    _axe(page, "target 390px", problems)
    blocked_before = list(attempted)
    page.evaluate("() => { const i = new Image(); i.src = 'http://127.0.0.1:9/probe.png'; }")
    page.wait_for_timeout(300)
    context.close()

    assert attempted == [*blocked_before, "http://127.0.0.1:9/probe.png"]  # the blocker sees them
    assert blocked_before == []
    assert errors == []
    assert not problems, "\n".join(problems)
    assert page.url.startswith("file://")
