"""The page cache: exact while the store stamp holds, read-your-writes, single flight."""

from __future__ import annotations

import threading

from web_helpers import A_TARGETS

from plantrack.web.cache import PageCache

FIN = A_TARGETS[0]


def test_exact_hit_and_rebuild_after_a_write(web_ws):
    cache = PageCache(web_ws, max_stale=0)
    calls = []
    build = lambda: calls.append(1) or len(calls)  # noqa: E731
    assert cache.get("k", build) == 1
    assert cache.get("k", build) == 1  # same stamp: no rebuild
    web_ws.record(FIN, period=2026, value=1, unit="亿元", source="t")
    assert cache.get("k", build) == 2  # the audit row moved the stamp


def test_a_page_older_than_the_callers_own_write_is_never_served(web_ws):
    cache = PageCache(web_ws, max_stale=3600)
    old = cache.entry("k", lambda: "old")
    web_ws.record(FIN, period=2026, value=1, unit="亿元", source="t")
    now = cache.stamp()
    assert cache.peek("k", now, need=0).value == "old"  # others may get it (bounded staleness)
    assert cache.peek("k", now, need=now) is None  # the writer may not
    assert cache.entry("k", lambda: "new", now, need=now).value == "new"
    assert old.stamp < now


def test_single_flight(web_ws):
    cache = PageCache(web_ws, max_stale=0)
    started, release, calls = threading.Event(), threading.Event(), []

    def slow():
        calls.append(1)
        started.set()
        release.wait(10)
        return "page"

    results = []
    first = threading.Thread(target=lambda: results.append(cache.get("k", slow)))
    first.start()
    started.wait(10)
    second = threading.Thread(target=lambda: results.append(cache.get("k", slow)))
    second.start()
    release.set()
    first.join(10)
    second.join(10)
    assert results == ["page", "page"] and calls == [1]


def test_writer_sees_own_figure_at_once_through_the_web(as_user):
    # a planner's figures count at once (an editor's wait for review: docs/reporting-cycle.md)
    client = as_user("planner")
    before = client.get("/").text
    assert f'data-target="{FIN}" data-status="no_data"' in before
    url = f"/targets/{FIN}/observations"
    for period, value in (("2025", "1500"), ("2026", "1520")):
        response = client.post(
            url,
            data={
                "csrf_token": client.csrf,
                "period": period,
                "value": value,
                "unit": "亿元",
                "source": "s",
            },
        )
        assert response.status_code == 303
    assert f'data-target="{FIN}" data-status="lagging"' in client.get("/").text


def test_strict_mode_shows_direct_writes_to_everyone(make_client, as_user, web_ws):
    viewer = as_user("viewer")
    strict = make_client(max_stale_ms=0)
    strict.cookies = viewer.cookies
    assert strict.get(f"/targets/{FIN}.json").json()["observations"] == []
    web_ws.record(FIN, period=2026, value=1600, unit="亿元", source="cli")
    assert len(strict.get(f"/targets/{FIN}.json").json()["observations"]) == 1
