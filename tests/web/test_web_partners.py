"""The partner-department rule (access/permissions.py RECORDING_ROLES): a target's lead
department (牵头) records its figures; a partner department (配合/责任单位) reads it — target page,
figures, department page — but its editors may not record or import figures for it."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook
from web_helpers import DEPT_A, DEPT_B, UNASSIGNED

from plantrack.access import permissions


@pytest.fixture
def shared(web_ws):
    """UNASSIGNED led by B with A as a partner; the plan's id and A's department id."""
    web_ws.assign(None, UNASSIGNED, lead=DEPT_B, partners=[DEPT_A])
    plan = web_ws.plan().id
    dept_a = next(d["id"] for d in web_ws.departments() if d["name"] == DEPT_A)
    return plan, dept_a


def _figure(client, plan):
    return client.post(
        f"/api/plans/{plan}/targets/{UNASSIGNED}/observations",
        json={"period": 2026, "value": 5, "source": "x"},
        headers={"x-csrf-token": client.csrf},
    )


def test_partners_read_but_only_the_lead_records(as_user, web_ws, shared):
    plan, dept_a = shared
    partner, lead = as_user("ed_a"), as_user("ed_b")
    assert partner.get(f"/targets/{UNASSIGNED}.json?plan={plan}").status_code == 200
    assert partner.get(f"/api/plans/{plan}/targets/{UNASSIGNED}/observations").status_code == 200
    refused = _figure(partner, plan)
    assert refused.status_code == 403
    assert "only the lead department records its figures" in refused.json()["error"]
    assert web_ws.observations(plan, UNASSIGNED) == []
    assert _figure(lead, plan).status_code == 201
    page = partner.get(f"/departments/{dept_a}.json?plan={plan}").json()
    rows = {row["id"]: row for row in page["targets"]}
    assert rows[UNASSIGNED]["records"] is False  # listed for reading, not in the figure form
    assert page["can_edit"] is True  # A still leads targets of its own
    html = partner.get(f"/departments/{dept_a}?plan={plan}").text
    assert f'<option value="{UNASSIGNED}"' not in html


def test_a_partner_cannot_import_the_leads_figures(as_user, web_ws, shared):
    plan, dept_a = shared
    book = Workbook()
    book.active.append(["指标编号", "年份", "数值", "来源"])
    book.active.append([UNASSIGNED, 2026, 5, "x"])
    content = io.BytesIO()
    book.save(content)
    client = as_user("ed_a")
    response = client.post(
        f"/departments/{dept_a}/import",
        files={"file": ("f.xlsx", content.getvalue(), "application/x")},
        data={"csrf_token": client.csrf, "plan": str(plan)},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 403
    assert f"not assigned to {DEPT_A} as its lead" in response.json()["rows"][0]["message"]
    assert web_ws.observations(plan, UNASSIGNED) == []


def test_the_rule_through_a_task_node(web_ws):
    """A partner of a task (a node) is a partner of every target under it."""
    plan = web_ws.plan().id
    web_ws.assign(plan, "c4.s1", lead=DEPT_B, partners=[DEPT_A])
    ed_a, ed_b = web_ws.user("ed_a"), web_ws.user("ed_b")
    assert not web_ws.can_edit_target(ed_a, plan, UNASSIGNED)
    assert web_ws.can_edit_target(ed_b, plan, UNASSIGNED)
    assert web_ws.can_edit_target(web_ws.user("planner"), plan, UNASSIGNED)
    a = ed_a.department_id
    assert UNASSIGNED in web_ws.department_target_ids(plan, a)  # still A's to read
    assert UNASSIGNED not in web_ws.department_target_ids(
        plan, a, roles=permissions.RECORDING_ROLES
    )
