"""The reporting-cycle pages and forms (web/views_rounds.py) through the app: who may open,
submit, approve, return and close; the `.json` twins; refusals that change nothing; CSRF."""

from __future__ import annotations

import pytest
from web_helpers import A_TARGETS, B_TARGETS, DEPT_A, DEPT_B

FIN = A_TARGETS[0]
JSON = {"accept": "application/json"}


@pytest.fixture
def cycle(web_ws):
    """An open round with one submitted figure of each department."""
    web_ws.open_round(None, name="2026年度监测", year=2026, due="2027-02-28")
    ids = {}
    for tid, value, unit in ((FIN, 1520, "亿元"), (B_TARGETS[0], 1400, "家")):
        obs = web_ws.record(tid, period=2026, value=value, unit=unit, source="x", needs_review=True)
        ids[tid] = web_ws.submit_figure(obs.id).id
    return ids


def _dept(web_ws, name: str) -> int:
    return next(d["id"] for d in web_ws.departments() if d["name"] == name)


def test_the_round_pages_have_json_twins(as_user, cycle, web_ws):
    client = as_user("viewer")
    rounds = client.get("/rounds.json?plan=1").json()
    assert rounds["ok"] and [r["name"] for r in rounds["rounds"]] == ["2026年度监测"]
    assert rounds["can_run"] is False
    page = client.get(f"/rounds/{rounds['rounds'][0]['id']}.json").json()
    counts = {d["department"]: d["counts"] for d in page["departments"]}
    assert counts[DEPT_A]["submitted"] == 1 and counts[DEPT_A]["missing"] == 1
    assert {i["target_id"] for i in page["review"]} == {FIN, B_TARGETS[0]}
    assert page["can_review"] is False
    html = client.get(f"/rounds/{rounds['rounds'][0]['id']}").text
    assert "/approve" not in html and "close-form" not in html  # a viewer reads, no forms
    dept = client.get(f"/departments/{_dept(web_ws, DEPT_A)}.json?plan=1").json()
    todo = {i["target_id"]: i["state"] for i in dept["todo"][0]["items"]}
    assert todo == {FIN: "submitted", A_TARGETS[1]: "missing"}
    assert dept["email"] is None and dept["can_set_email"] is False
    missing = client.get("/rounds/999.json")
    assert missing.status_code == 404 and missing.json()["ok"] is False


OK, NO = "ok", 403
STEPS = {  # step: (planner, ed_a, ed_b, viewer)
    "approve A": (OK, NO, NO, NO),
    "return A": (OK, NO, NO, NO),
    "open round": (OK, NO, NO, NO),
    "close round": (OK, NO, NO, NO),
    "set email": (OK, NO, NO, NO),
}


def _step(name: str, client, web_ws, ids):
    token = {"csrf_token": client.csrf}
    if name == "approve A":
        return client.post(f"/observations/{ids[FIN]}/approve", data=token, headers=JSON)
    if name == "return A":
        data = {**token, "reason": "口径"}
        return client.post(f"/observations/{ids[FIN]}/return", data=data, headers=JSON)
    if name == "open round":
        data = {**token, "plan": "1", "name": "2027年度监测", "year": "2027", "due": "2028-02-28"}
        return client.post("/rounds", data=data, headers=JSON)
    if name == "close round":
        return client.post(f"/rounds/{web_ws.round().id}/close", data=token, headers=JSON)
    data = {**token, "email": "x@example.gov.cn"}
    return client.post(f"/departments/{_dept(web_ws, DEPT_A)}/email", data=data, headers=JSON)


@pytest.mark.parametrize("step", list(STEPS))
@pytest.mark.parametrize("role", ["planner", "ed_a", "ed_b", "viewer"])
def test_who_may_review_and_run_rounds(role, step, as_user, cycle, web_ws):
    before = [(o.id, o.state, o.version) for o in web_ws.observations(1)]
    rounds_before = [(r.id, r.state) for r in web_ws.rounds()]
    response = _step(step, as_user(role), web_ws, cycle)
    expected = STEPS[step][["planner", "ed_a", "ed_b", "viewer"].index(role)]
    if expected == OK:
        assert response.status_code in (200, 201), response.text
        return
    assert response.status_code == NO, response.text
    assert response.json() == {"ok": False, "error": response.json()["error"], "status": 403}
    assert [(o.id, o.state, o.version) for o in web_ws.observations(1)] == before
    assert [(r.id, r.state) for r in web_ws.rounds()] == rounds_before
    assert web_ws.departments()[0].get("email") is None


def test_an_editor_submits_only_its_own_departments_figures(as_user, web_ws):
    web_ws.open_round(None, name="2026年度监测", year=2026, due="2027-02-28")
    mine = web_ws.record(FIN, period=2026, value=1, unit="亿元", source="x", needs_review=True)
    theirs = web_ws.record(
        B_TARGETS[0], period=2026, value=1, unit="家", source="x", needs_review=True
    )
    client = as_user("ed_a")
    refused = client.post(
        f"/observations/{theirs.id}/submit", data={"csrf_token": client.csrf}, headers=JSON
    )
    assert refused.status_code == 403 and web_ws.observation(theirs.id).state == "draft"
    other = client.post(
        f"/departments/{_dept(web_ws, DEPT_B)}/submit",
        data={"csrf_token": client.csrf, "plan": "1"},
        headers=JSON,
    )
    assert other.status_code == 403 and web_ws.observation(theirs.id).state == "draft"
    done = client.post(
        f"/departments/{_dept(web_ws, DEPT_A)}/submit",
        data={"csrf_token": client.csrf, "plan": "1"},
    )
    assert done.status_code == 303 and done.headers["location"].endswith("saved=submit#todo")
    assert web_ws.observation(mine.id).state == "submitted"


def test_a_return_without_a_reason_is_refused_at_the_field(as_user, cycle, web_ws):
    client = as_user("planner")
    round_id = web_ws.round().id
    page = client.post(
        f"/observations/{cycle[FIN]}/return",
        data={"csrf_token": client.csrf, "reason": "  ", "round": str(round_id)},
    )
    assert page.status_code == 422
    assert f'id="return-{cycle[FIN]}-err-reason"' in page.text and "请填写退回原因" in page.text
    as_json = client.post(
        f"/observations/{cycle[FIN]}/return", data={"csrf_token": client.csrf}, headers=JSON
    )
    assert as_json.status_code == 422
    assert as_json.json()["error"].startswith("reason: missing")
    assert web_ws.observation(cycle[FIN]).state == "submitted"


def test_a_bad_round_is_refused_with_the_form_filled_in(as_user, web_ws):
    client = as_user("planner")
    page = client.post(
        "/rounds",
        data={"csrf_token": client.csrf, "plan": "1", "name": "<b>x</b>", "year": "2026"},
    )
    assert page.status_code == 422
    assert 'id="round-err-due"' in page.text and "截止日期" in page.text
    assert "&lt;b&gt;x&lt;/b&gt;" in page.text and "<b>x</b>" not in page.text
    assert web_ws.rounds() == []


def test_forms_need_the_csrf_token(as_user, cycle, web_ws):
    client = as_user("planner")
    response = client.post(f"/observations/{cycle[FIN]}/approve", headers=JSON)
    assert response.status_code == 403 and "CSRF" in response.json()["error"]
    assert web_ws.observation(cycle[FIN]).state == "submitted"


def test_a_returned_figure_shows_its_reason_escaped_to_the_department(as_user, cycle, web_ws):
    web_ws.return_figure(cycle[FIN], "<script>alert(1)</script>请核对")
    html = as_user("ed_a").get(f"/departments/{_dept(web_ws, DEPT_A)}?plan=1").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;请核对" in html and "<script>alert" not in html
    assert 'data-state="returned"' in html


def test_anonymous_readers_see_only_counted_figures(make_client, cycle, web_ws):
    public = make_client(public_read=True)
    page = public.get(f"/targets/{FIN}.json").json()
    assert page["observations"] == []
    web_ws.approve_figure(cycle[FIN])
    shown = make_client(public_read=True).get(f"/targets/{FIN}.json").json()["observations"]
    assert [o["state"] for o in shown] == ["approved"]
    api = make_client(public_read=True).get(f"/api/plans/1/targets/{FIN}/observations").json()
    assert [o["state"] for o in api["observations"]] == ["approved"]


def test_the_preview_is_for_logged_in_users(make_client, as_user, cycle):
    row = lambda page: next(t for t in page["targets"] if t["id"] == FIN)  # noqa: E731
    assert row(as_user("viewer").get("/index.json?preview=1").json())["status"] == "no_baseline"
    public = make_client(public_read=True).get("/index.json?preview=1").json()
    assert public["preview"] is False and row(public)["status"] == "no_data"
    for path in ("/index.json", "/index.json?preview=1"):
        assert make_client().get(path).status_code == 401  # the switch never skips the login
    for path in ("/?preview=1", "/reports/download?format=md", "/reports/download?preview=1"):
        response = make_client().get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/login")
