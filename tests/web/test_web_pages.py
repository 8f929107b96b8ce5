"""Every page in HTML and as its .json twin, from the same data; language switch; escaping."""

from __future__ import annotations

import re

import pytest
from web_helpers import A_TARGETS, B_TARGETS, DEPT_A

FIN = A_TARGETS[0]  # 金融业增加值 ≥ 2000 亿元


@pytest.fixture
def viewer(as_user):
    return as_user("viewer")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/outline",
        f"/targets/{FIN}",
        "/departments",
        "/plans",
        "/search?q=算力规模",
        "/account",
    ],
)
def test_page_and_json_twin(viewer, path):
    html = viewer.get(path)
    assert html.status_code == 200, html.text[:300]
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    base, _, query = path.partition("?")
    twin = ("/index" if base == "/" else base) + ".json" + (f"?{query}" if query else "")
    data = viewer.get(twin)
    assert data.status_code == 200
    assert data.headers["content-type"] == "application/json; charset=utf-8"
    body = data.json()
    assert body["ok"] is True and body["page"]
    twin_path = ("/index" if base == "/" else base) + ".json"
    assert f'href="{twin_path}' in html.text  # the page links its twin


def test_dashboard_counts_and_lagging_first(viewer, web_ws):
    web_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="公报")
    web_ws.record(FIN, period=2026, value=1520, unit="亿元", source="公报")
    data = viewer.get("/index.json?year=2026").json()
    total = data["summary"][-1]
    assert total["chapter"] == "total" and total["lagging"] == 1
    assert total["total"] == len(web_ws.targets()) == data["freshness"]["total"]
    assert data["targets"][0]["id"] == FIN and data["targets"][0]["status"] == "lagging"
    assert data["freshness"]["without_figure"] == total["total"] - 1
    assert data["recent"][0]["action"] == "record" and data["recent"][0]["ref"] == FIN
    html = viewer.get("/").text
    first_row = re.search(r'<tr data-target="([^"]+)" data-status="([^"]+)"', html)
    assert first_row.groups() == (FIN, "lagging")
    assert "滞后" in html and "<svg" in html


def test_outline_highlights_targets_in_place(viewer):
    data = viewer.get("/outline.json").json()
    node = next(n for n in data["nodes"] if n["id"] == "c4.s1.p1")
    marked = [s for s in node["segments"] if s.get("target")]
    assert marked[0]["target"] == "c4.s1.p1.t1" and "10EFLOPS" in marked[0]["text"]
    assert "".join(s["text"] for s in node["segments"]).startswith(node["segments"][0]["text"])
    html = viewer.get("/outline").text
    assert re.search(r'<a class="tgt s-no_data" href="/targets/c4.s1.p1.t1\?plan=1"', html)
    assert 'id="c4.s1.p1"' in html


def test_target_page_shows_citation_chart_assessment_owners(viewer, web_ws):
    web_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="2025公报")
    web_ws.record(FIN, period=2026, value=1700, unit="亿元", source="2026公报")
    data = viewer.get(f"/targets/{FIN}.json").json()
    assert data["target"]["metric"] == "金融业增加值"
    assert data["owners"][0]["department"] == DEPT_A and data["owners"][0]["role"] == "lead"
    assert data["assessment"]["status"] == "ahead"
    assert any("=" in line for line in data["assessment"]["explain"])
    assert [o["value"] for o in data["observations"]] == [1500, 1700]
    assert data["chart"]["expected"][0] == [2025.0, 1500.0]
    assert data["chart"]["expected"][-1] == [2030.0, 2000.0]
    assert data["history"][0]["action"] == "record"
    assert data["can_edit"] is False  # a viewer
    html = viewer.get(f"/targets/{FIN}").text
    assert 'class="expected"' in html and 'class="projection' in html
    assert html.count('class="observed"') == 4  # two figures, in the wide and the phone chart
    assert "快于预期" in html and "<mark>" in html and "市发改委" in html


def test_english_switch_and_cookie(viewer):
    html = viewer.get("/?lang=en")
    assert "Dashboard" in html.text and "lagging" in html.text.lower()
    assert viewer.cookies.get("lang") == "en"
    assert "Outline" in viewer.get("/outline").text  # remembered
    assert "规划原文" in viewer.get("/outline?lang=zh").text


def test_departments_and_department_page(as_user):
    client = as_user("ed_a")
    data = client.get("/departments.json").json()
    by_name = {d["name"]: d for d in data["departments"]}
    assert by_name[DEPT_A]["targets"] == 2
    page = client.get(f"/departments/{by_name[DEPT_A]['id']}.json").json()
    assert sorted(t["id"] for t in page["targets"]) == sorted(A_TARGETS)
    assert page["can_edit"] is True
    other = client.get(f"/departments/{by_name['市科技局']['id']}.json").json()
    assert sorted(t["id"] for t in other["targets"]) == sorted(B_TARGETS)
    assert other["can_edit"] is False
    assert 'id="figure-form"' not in client.get(f"/departments/{by_name['市科技局']['id']}").text


def test_department_form_records_and_status_changes(as_user):
    client = as_user("ed_a")
    dept = next(
        d for d in client.get("/departments.json").json()["departments"] if d["name"] == DEPT_A
    )
    url = f"/departments/{dept['id']}/observations"
    base = {
        "csrf_token": client.csrf,
        "plan": "1",
        "target_id": FIN,
        "unit": "亿元",
        "source": "2025年统计公报",
    }
    response = client.post(url, data={**base, "period": "2025", "value": "1500"})
    assert response.status_code == 303
    before = client.get(f"/targets/{FIN}.json").json()["assessment"]["status"]
    client.post(url, data={**base, "period": "2026", "value": "1520"})
    # an editor's figures outside a round go to the planning office's review (已提交): the
    # status counts them in the preview only, and for everyone once a planner approves them
    # (docs/reporting-cycle.md; before the reporting cycle they counted at once)
    after = client.get("/index.json").json()
    row = next(t for t in after["targets"] if t["id"] == FIN)
    assert (before, row["status"]) == ("no_data", "no_data")
    assert after["recent"][0]["actor"] == "web:ed_a"
    preview = client.get("/index.json?preview=1").json()
    assert next(t for t in preview["targets"] if t["id"] == FIN)["status"] == "lagging"
    planner = as_user("planner")
    for obs in client.get(f"/targets/{FIN}.json").json()["observations"]:
        assert obs["state"] == "submitted"
        approved = planner.post(
            f"/observations/{obs['id']}/approve",
            data={"csrf_token": planner.csrf},
            headers={"accept": "application/json"},
        )
        assert approved.status_code == 200, approved.text
    row = next(t for t in planner.get("/index.json").json()["targets"] if t["id"] == FIN)
    assert row["status"] == "lagging"


def test_html_in_text_fields_is_escaped(as_user, web_ws):
    client = as_user("planner")
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    response = client.post(
        f"/targets/{FIN}/observations",
        data={
            "csrf_token": client.csrf,
            "period": "2026",
            "value": "1600",
            "unit": "亿元",
            "source": evil,
            "note": evil,
        },
    )
    assert response.status_code == 303
    for path in (f"/targets/{FIN}", "/"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in client.get(f"/targets/{FIN}").text
    # the JSON keeps the text as entered (it is data, not markup)
    obs = client.get(f"/targets/{FIN}.json").json()["observations"]
    assert obs[0]["source"] == evil
    # and a query string is escaped in the search page
    html = client.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E").text
    assert "<script>alert(1)" not in html


def test_unknown_target_is_404_in_both_forms(viewer):
    assert viewer.get("/targets/c99.t9").status_code == 404
    body = viewer.get("/targets/c99.t9.json").json()
    assert body["ok"] is False and body["status"] == 404 and "c99.t9" in body["error"]


def test_search_and_ask(viewer):
    data = viewer.get("/search.json?q=到2030年算力规模要达到多少").json()
    assert data["answer"]["citations"], data
    cite = data["answer"]["citations"][0]
    assert cite["node"] == "c4.s1.p1"
    html = viewer.get("/search?q=到2030年算力规模要达到多少").text
    assert 'href="/outline?plan=1#c4.s1.p1"' in html
    results = viewer.get("/search.json?q=低空经济&mode=search").json()
    assert results["mode"] == "search" and results["results"]
    first = results["results"][0]
    assert "".join(g["text"] for g in first["segments"]) == first["text"]
    assert any(g["hit"] and "低空经济" in g["text"] for g in first["segments"])
    assert "<mark>低空经济</mark>" in viewer.get("/search?q=低空经济&mode=search").text
    assert viewer.get("/search.json").json()["answer"] is None  # nothing asked yet
    assert viewer.get("/search").status_code == 200


def test_the_ask_page_shows_the_answer_type_and_links(viewer):
    html = viewer.get("/search?q=高性能算力规模由哪个部门牵头？").text
    assert "答案类型 <strong>责任部门</strong>" in html and "市发改委牵头" in html
    assert re.search(r'<a class="department" href="/departments/\d+\?plan=1">市发改委</a>', html)
    assert f'<a class="target" href="/targets/{A_TARGETS[1]}?plan=1">高性能算力规模</a>' in html
    value = viewer.get("/search?q=到2030年算力规模要达到多少").text
    assert "答案类型 <strong>数值目标</strong>" in value and "answer-links" not in value
    english = viewer.get("/search?q=哪些指标滞后？&lang=en").text
    assert "Answer type <strong>progress</strong>" in english
    missing = viewer.get("/search?q=东京奥运会的金牌数是多少？&lang=zh").text
    assert "答案类型 <strong>未找到</strong>" in missing


@pytest.mark.parametrize("blank", ["", "%20%20", "%E3%80%80"])
def test_the_ask_page_refuses_an_empty_question(viewer, blank):
    response = viewer.get(f"/search?q={blank}")
    assert response.status_code == 422
    assert "问题为空" in response.text
    assert viewer.get(f"/search.json?q={blank}").json()["error"].startswith("问题为空")


def test_security_headers(viewer):
    response = viewer.get("/")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert viewer.get("/static/app.js").status_code == 200


def test_a_figure_is_taken_as_the_baseline_from_the_target_page(as_user, web_ws):
    client = as_user("planner")
    form = {"csrf_token": client.csrf, "period": "2026", "value": "1600", "unit": "亿元"}
    client.post(f"/targets/{FIN}/observations", data={**form, "source": "公报"})
    page = client.get(f"/targets/{FIN}").text
    assert "设为基期值" in page and "待评估：缺基期值" in page
    taken = {"csrf_token": client.csrf, "period": "2026", "baseline": "1"}  # what the button sends
    response = client.post(f"/targets/{FIN}/observations", data=taken)
    assert response.status_code == 303
    obs = client.get(f"/targets/{FIN}.json").json()["observations"]
    assert any(o["is_baseline"] and o["period"] == "2026" for o in obs)
    # the form is protected like every other: no CSRF token, no write
    refused = client.post(f"/targets/{FIN}/observations", data={**form, "csrf_token": ""})
    assert refused.status_code == 403
