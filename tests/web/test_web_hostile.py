"""Hostile uploads through the web app: the far-cell workbook, an oversized text and a zip bomb
are refused with one line naming the limit (nothing stored, no server path shown), the limits
follow the app's config, untitled plans are titled by the file's own name, and the upload folder
is emptied on exit and swept on start."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import A_TARGETS

from hostile import far_cell_xlsx, many_paragraphs_docx
from plantrack.web import create_app
from plantrack.web.bounds import TEMP_PREFIX, sweep_temp

UNTITLED = "第一章 总体要求\n\n到2030年，数字经济核心产业增加值达到1000亿元。\n"


@pytest.fixture
def planner(as_user):
    client = as_user("planner")
    client.headers["x-csrf-token"] = client.csrf
    return client


def _import(client, name: str, content: bytes):
    return client.post(
        "/departments/1/import",
        files={"file": (name, content, "application/octet-stream")},
        data={"csrf_token": client.csrf, "plan": "1"},
        headers={"accept": "application/json"},
    )


def test_the_far_cell_workbook_is_refused_on_the_import_form(as_user, web_ws, tmp_path):
    """The issue's 4.9 KB workbook took 60 s and 2.5 GB from a department editor's form."""
    content = far_cell_xlsx(tmp_path / "figures.xlsx").read_bytes()
    response = _import(as_user("ed_a"), "figures.xlsx", content)
    assert response.status_code == 400
    assert response.json()["error"] == (
        'figures.xlsx sheet Sheet: a value in row 200,000; the limit is 20,000 (limit "rows")'
    )
    assert web_ws.observations(1) == []


def test_text_and_word_beyond_the_limits_are_refused(planner, web_ws, tmp_path):
    big = ("第一章 总体要求\n" + "推动高质量发展。" * 10).encode() * 30_000  # 7.9 MB
    response = planner.post("/api/plans", files={"file": ("big.txt", big, "text/plain")})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error.startswith("big.txt: at least ") and error.endswith('(limit "characters")')
    assert tempfile.gettempdir() not in error and str(tmp_path) not in error
    dense = many_paragraphs_docx(150_000)
    response = planner.post("/api/plans", files={"file": ("dense.docx", dense, "application/x")})
    assert response.status_code == 400 and '(limit "xml_tags")' in response.json()["error"]
    assert len(web_ws.plans()) == 1
    assert list((tmp_path / "uploads" / "plans").iterdir()) == []  # refused uploads are dropped


def test_the_limits_follow_the_app_config(make_client, as_user, web_ws):
    client = make_client(limits={"rows": 3})
    editor = as_user("ed_a")
    client.cookies, client.csrf = editor.cookies, editor.csrf
    rows = "".join(f"{A_TARGETS[0]},{year},1,亿元,统计局\n" for year in range(2020, 2026))
    response = _import(client, "f.csv", ("指标编号,年份,数值,单位,来源\n" + rows).encode())
    assert response.status_code == 400
    assert response.json()["error"] == 'f.csv: more than 3 rows; the limit is 3 (limit "rows")'
    with pytest.raises(ValueError, match="unknown limit"):
        make_client(limits={"rowz": 3})


def test_a_plan_without_a_title_line_is_titled_by_its_file_name(planner, web_ws):
    response = planner.post(
        "/api/plans?confirm=true", files={"file": ("数字经济规划.txt", UNTITLED, "text/plain")}
    )
    assert response.status_code == 201, response.text
    plan = response.json()["plan"]
    assert plan["title"] == "数字经济规划"
    assert "/" not in plan["title"] and TEMP_PREFIX not in plan["title"]
    again = planner.post(
        "/api/plans?confirm=true",
        files={"file": ("数字经济规划.txt", UNTITLED + "新增数据中心5个。\n", "text/plain")},
    )
    assert again.status_code == 201
    second = again.json()["plan"]
    assert second["title"] == plan["title"] and second["version"] == plan["version"] + 1


def test_the_upload_folder_is_removed_on_exit(web_ws):
    app = create_app(web_ws)
    folder = Path(app.state.config["upload_dir"])
    assert folder.is_dir() and folder.name.startswith(f"{TEMP_PREFIX}{os.getpid()}-")
    with TestClient(app):  # runs the lifespan: startup, then shutdown
        (folder / "plans").mkdir()
    assert not folder.exists()


def test_upload_folders_of_dead_servers_are_swept_on_start(tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    ).stdout.strip()
    left = tmp_path / f"{TEMP_PREFIX}{dead}-abc"
    (left / "plans").mkdir(parents=True)
    mine = tmp_path / f"{TEMP_PREFIX}{os.getpid()}-xyz"
    mine.mkdir()
    other = tmp_path / "plantrack-uploads-legacy"
    other.mkdir()
    assert sweep_temp(tmp_path) == [left]
    assert not left.exists() and mine.exists() and other.exists()


def test_stale_work_in_a_shared_upload_folder_is_swept_on_start(make_client, tmp_path):
    work = tmp_path / "uploads" / "imports" / "crashed"
    work.mkdir(parents=True)
    os.utime(work, (0, 0))
    fresh = tmp_path / "uploads" / "imports" / "running"
    fresh.mkdir()
    make_client()
    assert not work.exists() and fresh.exists()  # another worker's import is left alone


def test_a_server_error_closes_the_connection(make_client, monkeypatch):
    """After a 500 the server drops the keep-alive connection: it must say so."""
    client = TestClient(make_client(public_read=True).app, raise_server_exceptions=False)

    def broken(self):
        raise ZeroDivisionError

    monkeypatch.setattr("plantrack.workspace.Workspace.plans", broken)
    response = client.get("/api/plans")
    assert response.status_code == 500
    assert response.headers["connection"] == "close"
    assert response.json()["error"] == "internal error (ZeroDivisionError)"


def test_an_implausible_figure_is_refused_by_the_api_unless_allowed(planner, web_ws):
    url = "/api/plans/1/targets/c4.s1.p1.t1/observations"
    figure = {"period": 2026, "value": 1.7e308, "unit": "EFLOPS", "source": "x"}
    response = planner.post(url, json=figure)
    assert response.status_code == 422 and "implausible" in response.json()["error"]
    assert web_ws.observations(1, "c4.s1.p1.t1") == []
    response = planner.post(url, json={**figure, "value": 2e6, "allow_implausible": True})
    assert response.status_code == 201, response.text
