"""Ids past the store's range, and every error status documented: the issue's requests that gave
500 (`/api/plans/99999999999999999999`, `/departments/….json`, `expected_version=-553…`) get
422 or 404 on both backends; anonymous API writes get 401 (not 403); a malformed body gets 400,
which the OpenAPI document lists."""

from __future__ import annotations

import pytest

HUGE = "99999999999999999999"  # past 64 bits


@pytest.fixture
def api(as_user):
    client = as_user("planner")
    client.headers["x-csrf-token"] = client.csrf
    return client


@pytest.mark.parametrize(
    ("path", "status"),
    [
        (f"/api/plans/{HUGE}", 422),
        ("/api/plans/2147483648", 422),  # one past PostgreSQL's integer
        ("/api/plans/2147483647", 404),
        (f"/api/plans/1/assessments?chapter={HUGE}", 422),
        (f"/api/search?q=数字经济&plan={HUGE}", 422),
        (f"/departments/{HUGE}.json", 422),
        ("/departments/2147483647.json", 404),
        (f"/index.json?plan={HUGE}", 404),
        ("/index.json?plan=²", 404),  # a digit to str.isdigit(), not to int()
        ("/index.json?year=99999999", 422),
        (f"/outline.json?plan={HUGE}", 404),
    ],
)
def test_ids_past_the_range_are_refused(api, path, status):
    response = api.get(path)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["ok"] is False and body["status"] == status


def test_versions_past_the_range_are_refused(api, web_ws):
    response = api.delete(f"/api/observations/1?expected_version=-553{HUGE}")
    assert response.status_code == 422
    response = api.put("/api/observations/1", json={"expected_version": int(HUGE), "value": 1})
    assert response.status_code == 422
    response = api.post(
        "/observations/1/revise",
        data={"csrf_token": api.csrf, "expected_version": HUGE, "value": "1"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 422
    response = api.post(
        "/targets/c2.s4.box2.i3.t1/assign",
        data={"csrf_token": api.csrf, "lead": "市发改委", "due_year": "²"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 422


def test_anonymous_api_writes_get_401(client):
    for method, path in (
        ("post", "/api/tokens"),
        ("post", "/api/plans"),
        ("put", "/api/observations/1"),
        ("delete", "/api/observations/1?expected_version=1"),
        ("put", "/api/plans/1/assignments/c2"),
        ("post", "/api/plans/1/targets/c2.s4.box2.i3.t1/observations"),
    ):
        response = client.request(method.upper(), path, json={"name": "x"})
        assert response.status_code in (401, 422), (method, path, response.text)
    assert client.post("/api/tokens", json={"name": "x"}).status_code == 401


def test_a_malformed_body_is_a_documented_400(api, client):
    response = api.post(
        "/api/tokens", content=b"\xff\xfe{", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400 and response.json()["status"] == 400
    doc = client.get("/api/openapi.json").json()
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            assert {"400", "401", "403", "404", "422", "503"} <= codes, (method, path)
