"""The permission matrix: each role × each write, plus anonymous; refused writes store nothing."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook
from web_helpers import A_TARGETS, B_TARGETS, UNASSIGNED, page_csrf

ROLES = ("admin", "planner", "ed_a", "ed_b", "viewer", "anonymous")


def _plan_bytes() -> bytes:
    return (
        "测试市数字经济发展规划（2026—2030年）\n\n第一章 总体要求\n\n"
        "到2030年，数字经济核心产业增加值达到1000亿元。\n\n第二章 重点任务\n\n"
        "建设算力设施，新增数据中心5个。\n"
    ).encode()


def _xlsx(target_id: str) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["指标编号", "年份", "数值", "单位", "来源"])
    ws.append([target_id, 2026, 1234, "亿元" if target_id == A_TARGETS[0] else None, "表格"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _client(role, as_user, make_client):
    if role == "anonymous":
        client = make_client()
        client.csrf = page_csrf(client)  # a real anonymous CSRF token: refusals are 401, not 403
    else:
        client = as_user(role)
    client.headers["x-csrf-token"] = client.csrf
    return client


def _record(client, target_id):
    unit = {
        "c2.s4.box2.i3.t1": "亿元",
        "c4.s1.p1.t1": "EFLOPS",
        "c3.s2.p1.t3": "家",
        "c3.s4.p1.t1": "亿元",
        UNASSIGNED: "个",
    }[target_id]
    return client.post(
        f"/api/plans/1/targets/{target_id}/observations",
        json={"period": 2026, "value": 7, "unit": unit, "source": "m"},
    )


WRITES = {
    "record own (A) target": lambda c, ws: _record(c, A_TARGETS[0]),
    "record B target": lambda c, ws: _record(c, B_TARGETS[0]),
    "record unassigned target": lambda c, ws: _record(c, UNASSIGNED),
    "record by form": lambda c, ws: c.post(
        f"/targets/{A_TARGETS[1]}/observations",
        data={
            "csrf_token": c.csrf,
            "period": "2026",
            "value": "3",
            "unit": "EFLOPS",
            "source": "form",
        },
    ),
    "update A observation": lambda c, ws: c.put(
        f"/api/observations/{ws.record(A_TARGETS[0], period=2027, value=1, unit='亿元').id}",
        json={"expected_version": 1, "value": 2},
    ),
    "import A figures": lambda c, ws: c.post(
        "/departments/1/import",
        data={"csrf_token": c.csrf, "plan": "1"},
        files={"file": ("figures.xlsx", _xlsx(A_TARGETS[0]), "application/octet-stream")},
        headers={"accept": "application/json"},
    ),
    "upload plan": lambda c, ws: c.post(
        "/api/plans?confirm=true", files={"file": ("plan.txt", _plan_bytes(), "text/plain")}
    ),
    "assign": lambda c, ws: c.put(
        "/api/plans/1/assignments/c4.s1.p2.t1", json={"lead": ["市经信局"]}
    ),
    "assign by form": lambda c, ws: c.post(
        "/targets/c4.s1.p2.t1/assign", data={"csrf_token": c.csrf, "lead": "市经信局"}
    ),
    "create token": lambda c, ws: c.post("/api/tokens", json={"name": "t"}),
}
OK, NO, ANON = "ok", 403, 401
MATRIX = {  # write: (admin, planner, ed_a, ed_b, viewer, anonymous)
    "record own (A) target": (OK, OK, OK, NO, NO, ANON),
    "record B target": (OK, OK, NO, OK, NO, ANON),
    "record unassigned target": (OK, OK, NO, NO, NO, ANON),
    "record by form": (OK, OK, OK, NO, NO, ANON),
    "update A observation": (OK, OK, OK, NO, NO, ANON),
    "import A figures": (OK, OK, OK, NO, NO, ANON),
    "upload plan": (OK, OK, NO, NO, NO, ANON),
    "assign": (OK, OK, NO, NO, NO, ANON),
    "assign by form": (OK, OK, NO, NO, NO, ANON),
    "create token": (OK, OK, OK, OK, OK, ANON),
}


@pytest.mark.parametrize("write", list(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(role, write, as_user, make_client, web_ws):
    expected = MATRIX[write][ROLES.index(role)]
    client = _client(role, as_user, make_client)
    plans_before = len(web_ws.plans())
    obs_before = len(web_ws.observations(1))
    response = WRITES[write](client, web_ws)
    if expected == OK:
        assert response.status_code in (200, 201, 303), (role, write, response.text[:300])
        return
    assert response.status_code == expected, (role, write, response.text[:300])
    if "application/json" in response.headers["content-type"]:
        body = response.json()
        assert body["ok"] is False and body["status"] == expected
    assert len(web_ws.plans()) == plans_before
    extra = 1 if write == "update A observation" else 0  # the fixture's own figure
    assert len(web_ws.observations(1)) == obs_before + extra


def test_editor_sees_no_form_on_other_departments_target(as_user):
    client = as_user("ed_a")
    assert 'id="figure-form"' in client.get(f"/targets/{A_TARGETS[0]}").text
    html = client.get(f"/targets/{B_TARGETS[0]}").text
    assert 'id="figure-form"' not in html and 'id="not-allowed"' in html
