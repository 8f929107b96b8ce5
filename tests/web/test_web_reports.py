"""Report downloads and the assignment form."""

from __future__ import annotations

import io
import zipfile
from urllib.parse import unquote

import pytest
from openpyxl import load_workbook
from web_helpers import A_TARGETS, UNASSIGNED


@pytest.fixture
def viewer(as_user):
    return as_user("viewer")


def test_reports_page_lists_downloads(viewer):
    data = viewer.get("/reports.json").json()
    assert data["years"] == [2026, 2027, 2028, 2029, 2030]
    assert {(d["kind"], d["format"]) for d in data["downloads"]} >= {
        ("annual", "pdf"),
        ("midterm", "docx"),
    }
    assert 'id="report-form"' in viewer.get("/reports").text


@pytest.mark.parametrize(
    ("fmt", "magic"), [("pdf", b"%PDF"), ("docx", b"PK"), ("md", b"#"), ("html", b"<!")]
)
def test_report_download(viewer, fmt, magic):
    response = viewer.get(f"/reports/download?kind=annual&year=2026&format={fmt}")
    assert response.status_code == 200, response.text[:300]
    assert response.content.lstrip()[: len(magic)] == magic
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="plantrack-annual-2026.')
    assert unquote(disposition.split("UTF-8''")[1]).endswith(f"2026年度监测报告.{fmt}")
    if fmt == "docx":
        assert "word/document.xml" in zipfile.ZipFile(io.BytesIO(response.content)).namelist()


def test_breakdown_workbook(viewer):
    response = viewer.get("/reports/breakdown.xlsx")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    cells = [c for s in book.worksheets for row in s.iter_rows(values_only=True) for c in row]
    assert "市发改委" in cells


def test_report_bad_parameters(viewer):
    for query in ("kind=weekly", "format=exe", "year=abc"):
        response = viewer.get(f"/reports/download?{query}", headers={"accept": "application/json"})
        assert response.status_code == 422
    assert viewer.get("/reports/download?kind=annual&format=pdf&plan=99").status_code == 404


def test_assign_form(as_user, web_ws):
    planner = as_user("planner")
    response = planner.post(
        f"/targets/{UNASSIGNED}/assign",
        data={
            "csrf_token": planner.csrf,
            "lead": "市经信局",
            "partners": "市科技局、市发改委",
            "due_year": "2028",
        },
    )
    assert response.status_code == 303
    owners = planner.get(f"/targets/{UNASSIGNED}.json").json()["owners"]
    assert [(o["department"], o["role"], o["due_year"]) for o in owners] == [
        ("市经信局", "lead", 2028),
        ("市发改委", "partner", 2028),
        ("市科技局", "partner", 2028),
    ]
    assert 'id="assign-form"' in planner.get(f"/targets/{UNASSIGNED}").text
    bad = planner.post(
        f"/targets/{UNASSIGNED}/assign",
        data={"csrf_token": planner.csrf, "lead": "市经信局", "due_year": "明年"},
    )
    assert bad.status_code == 422
    editor = as_user("ed_a")
    assert 'id="assign-form"' not in editor.get(f"/targets/{A_TARGETS[0]}").text
    refused = editor.post(
        f"/targets/{A_TARGETS[0]}/assign", data={"csrf_token": editor.csrf, "lead": "市发改委"}
    )
    assert refused.status_code == 403
    assert web_ws.assignment(A_TARGETS[0]).lead == ["市发改委"]
