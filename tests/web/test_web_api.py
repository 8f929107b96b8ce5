"""The REST API: every endpoint, the error shape, version conflicts, OpenAPI."""

from __future__ import annotations

import pytest
from web_helpers import A_TARGETS

FIN = A_TARGETS[0]


@pytest.fixture
def api(as_user):
    """A planner's client sending its CSRF header on every request."""
    client = as_user("planner")
    client.headers["x-csrf-token"] = client.csrf
    return client


def test_openapi_lists_every_endpoint(client):
    doc = client.get("/api/openapi.json").json()
    paths = doc["paths"]
    for path in (
        "/api/plans",
        "/api/plans/{plan_id}",
        "/api/plans/{plan_id}/nodes",
        "/api/plans/{plan_id}/nodes/{node_id}",
        "/api/plans/{plan_id}/targets",
        "/api/plans/{plan_id}/targets/{target_id}",
        "/api/plans/{plan_id}/targets/{target_id}/observations",
        "/api/observations/{obs_id}",
        "/api/plans/{plan_id}/assessments",
        "/api/plans/{plan_id}/targets/{target_id}/assessment",
        "/api/plans/{plan_id}/assignments/{ref}",
        "/api/search",
        "/api/ask",
        "/api/me",
        "/api/tokens",
    ):
        assert path in paths, path
    assert not any(p.startswith("/targets") for p in paths)  # pages are not API


def test_read_endpoints(api):
    plans = api.get("/api/plans").json()["plans"]
    assert plans[0]["id"] == 1 and plans[0]["target_count"] > 40
    assert api.get("/api/plans/1").json()["plan"]["title"].startswith("宁波市")
    nodes = api.get("/api/plans/1/nodes").json()["nodes"]
    assert nodes[0]["node_id"] and any(n["node_id"] == "c4.s1.p1" for n in nodes)
    node = api.get("/api/plans/1/nodes/c4.s1.p1").json()["node"]
    assert "10EFLOPS" in node["text"]
    targets = api.get("/api/plans/1/targets").json()["targets"]
    assert {"id", "metric", "value", "unit", "comparator", "deadline", "location"} <= set(
        targets[0]
    )
    target = api.get(f"/api/plans/1/targets/{FIN}").json()["target"]
    assert (target["metric"], target["value"], target["unit"]) == ("金融业增加值", 2000, "亿元")
    report = api.get("/api/plans/1/assessments").json()
    assert report["summary"][-1]["no_data"] == len(targets)
    lagging = api.get("/api/plans/1/assessments?status=lagging").json()
    assert lagging["targets"] == []
    one = api.get(f"/api/plans/1/targets/{FIN}/assessment").json()["assessment"]
    assert one["status"] == "no_data" and one["status_zh"] == "暂无数据"


def test_search_and_ask_endpoints(api):
    answer = api.get("/api/ask", params={"q": "到2030年算力规模要达到多少"}).json()
    assert answer["ok"] and answer["answer"]["citations"][0]["node"] == "c4.s1.p1"
    found = api.get("/api/search", params={"q": "算力", "limit": 3}).json()
    assert 1 <= len(found["results"]) <= 3
    assert api.get("/api/search", params={"q": "x" * 501}).status_code == 422
    assert api.get("/api/search").json()["status"] == 422


def test_ask_answers_owner_and_progress_from_what_is_recorded(api, web_ws):
    """The web fixture assigns 高性能算力规模 to 市发改委; a figure recorded here gives it a status."""
    owner = api.get("/api/ask", params={"q": "高性能算力规模由哪个部门牵头？"}).json()["answer"]
    assert owner["type"] == "owner" and "市发改委牵头" in owner["answer"]
    dept = next(d["id"] for d in web_ws.departments() if d["name"] == "市发改委")
    assert {"kind": "department", "label": "市发改委", "plan_id": 1, "id": dept,
            "href": f"/departments/{dept}?plan=1"} in owner["links"]  # fmt: skip
    web_ws.record(A_TARGETS[1], plan=1, period=2025, value=4.5, baseline=True)
    web_ws.record(A_TARGETS[1], plan=1, period=2026, value=6.2, source="2026年公报")
    progress = api.get("/api/ask", params={"q": "算力规模目前进展如何？"}).json()["answer"]
    assert progress["type"] == "progress"
    assert "快于预期，2026年6.2EFLOPS（2026年公报）" in progress["answer"]
    assert progress["links"][0]["href"] == f"/targets/{A_TARGETS[1]}?plan=1"
    assert progress["citations"][0]["node"] == "c4.s1.p1"


@pytest.mark.parametrize("blank", ["", "   "])
def test_ask_refuses_an_empty_question(api, blank):
    response = api.get("/api/ask", params={"q": blank})
    assert response.status_code == 422
    body = response.json()
    assert body["ok"] is False and body["error"] == "问题为空：请输入要问的内容 (empty question)"


def test_create_update_delete_observation_with_versions(api, web_ws):
    url = f"/api/plans/1/targets/{FIN}/observations"
    created = api.post(
        url, json={"period": 2026, "value": 1600, "unit": "亿元", "source": "2026年统计公报"}
    )
    assert created.status_code == 201, created.text
    obs = created.json()["observation"]
    assert obs["version"] == 1 and obs["entered_by"] == "web:planner"
    listed = api.get(url).json()["observations"]
    assert [o["value"] for o in listed] == [1600]
    updated = api.put(f"/api/observations/{obs['id']}", json={"expected_version": 1, "value": 1650})
    assert updated.status_code == 200, updated.text
    assert updated.json()["observation"]["version"] == 2
    # a second writer who read version 1 loses, and is told so
    stale = api.put(f"/api/observations/{obs['id']}", json={"expected_version": 1, "value": 1})
    assert stale.status_code == 409
    body = stale.json()
    assert body["ok"] is False and body["status"] == 409 and "version" in body["error"]
    assert web_ws.observations(1, FIN)[0].value == 1650
    assert api.delete(f"/api/observations/{obs['id']}?expected_version=1").status_code == 409
    assert api.delete(f"/api/observations/{obs['id']}?expected_version=2").status_code == 200
    assert api.get(url).json()["observations"] == []
    history = [h for h in web_ws.history(1, FIN) if h["subject"] == "observation"]
    assert [h["action"] for h in history] == ["record", "update", "delete"]
    assert {h["actor"] for h in history} == {"web:planner"}


def test_assignment_endpoint(api, web_ws):
    response = api.put(
        "/api/plans/1/assignments/c4.s1.p2.t1",
        json={"lead": ["市经信局"], "partners": ["市科技局"], "due_year": 2028},
    )
    assert response.status_code == 200, response.text
    assert response.json()["assignment"]["lead"] == ["市经信局"]
    stale = api.put(
        "/api/plans/1/assignments/c4.s1.p2.t1", json={"lead": ["市发改委"], "expected_version": 0}
    )
    assert stale.status_code == 409
    page = api.get("/targets/c4.s1.p2.t1.json").json()
    assert [o["department"] for o in page["owners"]] == ["市经信局", "市科技局"]


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("get", "/api/plans/99", None, 404),
        ("get", "/api/plans/1/nodes/c99", None, 404),
        ("get", "/api/plans/1/targets/nope", None, 404),
        ("get", "/api/plans/abc", None, 422),
        ("get", "/api/nothing-here", None, 404),
        ("post", f"/api/plans/1/targets/{FIN}/observations", {"period": 2026, "value": "abc"}, 422),
        ("post", f"/api/plans/1/targets/{FIN}/observations", {"value": 5}, 422),
        (
            "post",
            f"/api/plans/1/targets/{FIN}/observations",
            {"period": 2026, "value": 5, "unit": "%"},
            422,
        ),
        ("post", f"/api/plans/1/targets/{FIN}/observations", {"period": 1999, "value": 5}, 422),
        ("post", "/api/plans/1/targets/nope/observations", {"period": 2026, "value": 5}, 404),
        ("put", "/api/observations/12345", {"expected_version": 1, "value": 5}, 404),
        ("put", "/api/plans/1/assignments/c4.s1.p2.t1", {"lead": []}, 422),
        ("delete", "/api/plans/1", None, 405),
    ],
)
def test_one_error_shape(api, method, path, body, status):
    kwargs = {"json": body} if body is not None else {}
    response = getattr(api, method)(path, **kwargs)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    data = response.json()
    assert set(data) == {"ok", "error", "status"}
    assert data["ok"] is False and data["status"] == status and data["error"]


def test_malformed_json_body(api):
    response = api.post(
        f"/api/plans/1/targets/{FIN}/observations",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422 and response.json()["ok"] is False


def test_json_is_utf8_not_escaped(api):
    raw = api.get(f"/api/plans/1/targets/{FIN}").content
    assert "金融业增加值".encode() in raw and b"\\u" not in raw


def test_revise_form_with_version_check(as_user, web_ws):
    obs = web_ws.record(FIN, period=2026, value=1600, unit="亿元", source="公报")
    editor = as_user("ed_a")
    html = editor.get(f"/targets/{FIN}").text
    assert f'action="/observations/{obs.id}/revise"' in html
    form = {"csrf_token": editor.csrf, "expected_version": "1", "value": "1650", "source": "修订"}
    assert editor.post(f"/observations/{obs.id}/revise", data=form).status_code == 303
    # a second editor with the same stale page loses, and the first edit is kept
    planner = as_user("planner")
    stale = planner.post(
        f"/observations/{obs.id}/revise", data={**form, "csrf_token": planner.csrf, "value": "1"}
    )
    assert stale.status_code == 409 and "该数据在您打开页面后已被他人修改" in stale.text
    assert web_ws.observations(1, FIN)[0].value == 1650
    other = as_user("ed_b")
    refused = other.post(
        f"/observations/{obs.id}/revise",
        data={**form, "csrf_token": other.csrf, "expected_version": "2"},
    )
    assert refused.status_code == 403
    bad = editor.post(
        f"/observations/{obs.id}/revise", data={**form, "expected_version": "2", "value": "abc"}
    )
    assert bad.status_code == 422
