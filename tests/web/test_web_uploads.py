"""Uploads and bad input: plan preview/confirm, huge bodies, non-documents, unparseable plans,
"abc" for a number, path traversal in file names, workbook imports with a per-row report."""

from __future__ import annotations

import asyncio
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from web_helpers import A_TARGETS

from plantrack.web.uploads import safe_name

FIN = A_TARGETS[0]
PLAN_TEXT = (
    "测试市数字经济发展规划（2026—2030年）\n\n第一章 总体要求\n\n"
    "到2030年，数字经济核心产业增加值达到1000亿元。\n\n第二章 重点任务\n\n"
    "第一节 建设算力设施\n\n新增数据中心5个。\n"
)


@pytest.fixture
def planner(as_user):
    client = as_user("planner")
    client.headers["x-csrf-token"] = client.csrf
    return client


def _upload(client, name, content, path="/plans/upload"):
    return client.post(
        path,
        files={"file": (name, content, "application/octet-stream")},
        data={"csrf_token": client.csrf},
    )


def test_upload_preview_then_confirm(planner, web_ws, tmp_path):
    response = _upload(planner, "新规划.txt", PLAN_TEXT.encode("gbk"))
    assert response.status_code == 303
    pending = response.headers["location"]
    assert len(web_ws.plans()) == 1  # nothing stored before confirming
    preview = planner.get(pending + ".json").json()["preview"]
    assert preview["title"] == "测试市数字经济发展规划（2026—2030年）"
    assert [n["id"] for n in preview["nodes"]][:2] == ["c1", "c2"]
    assert preview["target_count"] >= 1 and preview["encoding"]
    html = planner.get(pending).text
    assert "第一章 总体要求" in html and "确认入库" in html
    done = planner.post(pending + "/confirm", data={"csrf_token": planner.csrf, "title": ""})
    assert done.status_code == 303
    plans = web_ws.plans()
    assert len(plans) == 2 and plans[-1].source == "新规划.txt"
    assert planner.get(pending + ".json").status_code == 404  # confirmed once only


def test_cancel_drops_the_upload(planner, web_ws, tmp_path):
    pending = _upload(planner, "p.md", PLAN_TEXT.encode()).headers["location"]
    assert planner.post(pending + "/cancel", data={"csrf_token": planner.csrf}).status_code == 303
    assert planner.get(pending + ".json").status_code == 404
    assert len(web_ws.plans()) == 1
    assert list((tmp_path / "uploads" / "plans").iterdir()) == []


def test_path_traversal_in_file_name(planner, web_ws, tmp_path):
    for name in ("../../../../tmp/evil.txt", "..\\..\\evil.txt", "/etc/passwd.txt"):
        response = planner.post(
            "/api/plans?confirm=true",
            files={"file": (name, PLAN_TEXT.encode() + name.encode(), "text/plain")},
        )
        assert response.status_code == 201, response.text
        assert "/" not in response.json()["plan"]["source"]
        assert "\\" not in response.json()["plan"]["source"]
    assert not Path("/tmp/evil.txt").exists()
    assert list((tmp_path / "uploads" / "plans").iterdir()) == []
    assert safe_name("../../a/b/计划 (1).TXT") == "计划_(1).txt"
    assert safe_name("....txt") == "upload.txt"
    # a token is a name, never a path
    assert planner.get("/plans/pending/..%2F..%2Fetc.json").status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.gif", b"GIF89a" + bytes(200), "unsupported file type"),
        ("plan.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "plan.png"),
        ("plan.exe", b"MZ" + bytes(100), "unsupported file type"),
        ("plan", b"hello", "unsupported file type"),
        ("plan.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "plan.txt"),
        ("plan.docx", b"PK\x03\x04 this is not really a zip", "plan.docx"),
        ("plan.txt", b"", "plan.txt"),
    ],
)
def test_non_documents_are_refused(planner, web_ws, tmp_path, name, content, message):
    response = planner.post("/api/plans", files={"file": (name, content, "text/plain")})
    assert 400 <= response.status_code < 500, response.text
    body = response.json()
    assert body["ok"] is False and message in body["error"]
    assert str(tmp_path) not in body["error"]  # no server paths in messages
    assert len(web_ws.plans()) == 1
    folder = tmp_path / "uploads" / "plans"
    assert not folder.exists() or not any(folder.iterdir())


def test_docx_that_fails_to_parse(planner, web_ws):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<not-closed")
    response = _upload(planner, "broken.docx", buf.getvalue())
    assert 400 <= response.status_code < 500
    assert "broken.docx" in response.text
    assert len(web_ws.plans()) == 1


def test_huge_body_is_refused_while_streaming(make_client, as_user):
    client = as_user("planner")
    sent = 0

    def body():
        nonlocal sent
        for _ in range(100):
            sent += 1
            yield b"x" * (1024 * 1024)

    response = client.post(
        "/api/plans",
        content=body(),
        headers={"content-type": "multipart/form-data; boundary=zzz", "x-csrf-token": client.csrf},
    )
    assert response.status_code == 413
    assert response.json() == {
        "ok": False,
        "status": 413,
        "error": "request body too large (limit 20 MB)",
    }


def test_huge_body_is_not_read_to_the_end(make_client):
    """At the ASGI level (the test client buffers whole bodies): 100 MB offered, ~20 MB read."""
    app = make_client().app
    chunks_read = 0
    sent: list[dict] = []

    async def receive():
        nonlocal chunks_read
        chunks_read += 1
        head = (
            b'--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
            if chunks_read == 1
            else b""
        )
        return {
            "type": "http.request",
            "body": head + b"x" * (1024 * 1024),
            "more_body": chunks_read < 100,
        }

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/plans",
        "raw_path": b"/api/plans",
        "query_string": b"",
        "root_path": "",
        "server": ("testserver", 80),
        "client": ("127.0.0.1", 5000),
        "headers": [
            (b"host", b"testserver"),
            (b"content-type", b"multipart/form-data; boundary=zzz"),
        ],
    }
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert chunks_read <= 22


def test_declared_huge_body_is_refused_before_reading(make_client):
    client = make_client(max_upload_mb=1)
    response = client.post(
        "/api/plans", content=b"x" * (2 * 1024 * 1024), headers={"content-type": "text/plain"}
    )
    assert response.status_code == 413 and response.json()["status"] == 413


def test_abc_for_a_number(as_user, web_ws):
    client = as_user("ed_a")
    response = client.post(
        f"/targets/{FIN}/observations",
        data={
            "csrf_token": client.csrf,
            "period": "2026",
            "value": "abc",
            "unit": "亿元",
            "source": "x",
        },
    )
    # the page again, the form filled in as sent, the message at the field, in Chinese
    assert response.status_code == 422
    html = response.text
    assert 'id="figure-value" name="value" type="text" value="abc"' in html
    assert 'aria-invalid="true" autofocus' in html
    assert 'aria-describedby="figure-err-value"' in html
    assert '<p class="field-error" id="figure-err-value">数值“abc”不是数字</p>' in html
    assert 'name="source" type="text" value="x"' in html
    response = client.post(
        f"/targets/{FIN}/observations.json",
        data={"csrf_token": client.csrf, "period": "二〇二六", "value": "12", "source": "x"},
        headers={"accept": "application/json"},
    )
    assert response.status_code in (404, 405, 422)
    assert web_ws.observations(1) == []


def _workbook(rows) -> bytes:
    wb = Workbook()
    sheet = wb.active
    sheet.append(["指标编号", "年份", "数值", "单位", "来源"])
    for row in rows:
        sheet.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_import_per_row_report(as_user, web_ws):
    client = as_user("ed_a")
    content = _workbook(
        [
            [FIN, 2025, 1500, "亿元", "公报"],
            [FIN, 2026, "abc", "亿元", "公报"],
            ["c3.s2.p1.t3", 2026, 10, "家", "公报"],
        ]
    )
    url = "/departments/1/import"
    response = client.post(
        url,
        files={"file": ("figures.xlsx", content, "application/x")},
        data={"csrf_token": client.csrf, "plan": "1"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 403
    report = response.json()
    assert [r["ok"] for r in report["rows"]] == [False, False, False]
    assert "not assigned to 市发改委" in report["rows"][2]["message"]
    assert web_ws.observations(1) == []
    response = client.post(
        url,
        files={"file": ("figures.xlsx", content, "application/x")},
        data={"csrf_token": client.csrf, "plan": "1", "skip_invalid": "1"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert [(r["row"], r["ok"]) for r in report["rows"]] == [(2, True), (3, False), (4, False)]
    assert "abc" in report["rows"][1]["message"] and report["recorded"] == 1
    assert [o.value for o in web_ws.observations(1)] == [1500]
    html = client.post(
        url,
        files={"file": ("figures.xlsx", content, "application/x")},
        data={"csrf_token": client.csrf, "plan": "1"},
    ).text
    assert "导入被拒绝" in html and "未分配给市发改委" in html


def test_xlsx_import_all_or_nothing_for_planner(as_user, web_ws):
    client = as_user("planner")
    content = _workbook([[FIN, 2025, 1500, "亿元", "公报"], [FIN, 2026, "约1600", "亿元", "x"]])
    response = client.post(
        "/departments/1/import",
        files={"file": ("f.xlsx", content, "application/x")},
        data={"csrf_token": client.csrf, "plan": "1"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 422
    body = response.json()
    assert body["ok"] is False and "nothing imported" in body["error"]
    assert web_ws.observations(1) == []
    bad = client.post(
        "/departments/1/import",
        files={"file": ("f.pdf", b"%PDF-1.4", "application/pdf")},
        data={"csrf_token": client.csrf, "plan": "1"},
        headers={"accept": "application/json"},
    )
    assert bad.status_code == 400 and "unsupported file type" in bad.json()["error"]


def test_script_in_a_plan_title_is_escaped_everywhere(planner, web_ws):
    evil = '<script>alert("t")</script>测试市规划（2026—2030年）'
    text = evil + "\n\n第一章 总体要求\n\n到2030年，数字经济核心产业增加值达到1000亿元。\n"
    response = planner.post(
        "/api/plans?confirm=true", files={"file": ("evil<b>.txt", text.encode(), "text/plain")}
    )
    assert response.status_code == 201, response.text
    plan = response.json()["plan"]
    assert plan["source"] == "evil_b.txt"
    for path in (
        f"/?plan={plan['id']}",
        f"/outline?plan={plan['id']}",
        "/plans",
        f"/reports?plan={plan['id']}",
    ):
        html = planner.get(path).text
        assert "<script>alert" not in html, path
        assert "&lt;script&gt;" in html, path


def test_unconfirmed_uploads_expire(planner, tmp_path):
    import os

    first = _upload(planner, "a.txt", PLAN_TEXT.encode()).headers["location"].rsplit("/", 1)[1]
    folder = tmp_path / "uploads" / "plans" / first
    os.utime(folder, (0, 0))  # as if uploaded long ago
    _upload(planner, "b.txt", PLAN_TEXT.encode())
    assert not folder.exists()
    assert len(list((tmp_path / "uploads" / "plans").iterdir())) == 1


def test_a_scanned_page_uploaded_as_a_photo(planner, web_ws):
    """A photo of a plan page: OCR'd once for the preview (kept for the next view), targets
    carry their OCR confidence; confirmed, it is stored like any plan."""
    from evaluation.scans import FONT, ScanStyle, render_pages, sample_lines

    from plantrack.read import ocr

    if ocr.tessdata_dir() is None or not FONT.exists():
        pytest.skip("needs apt packages tesseract-ocr-chi-sim and fonts-wqy-microhei")
    page = render_pages(sample_lines()[10:14], ScanStyle(header=False))[0]
    buffer = io.BytesIO()
    page.crop((0, 0, page.width, page.height // 2)).save(buffer, "PNG", dpi=(150, 150))
    response = _upload(planner, "扫描件.png", buffer.getvalue())
    assert response.status_code == 303, response.text
    pending = response.headers["location"]
    preview = planner.get(pending + ".json").json()["preview"]
    assert preview["format"] == "png"
    assert preview["warnings"][0].startswith("read 1 of 1 page(s) by OCR")
    assert any(t["value"] == 2000 and t["unit"] == "亿元" for t in preview["targets"])
    assert all("ocr_confidence" in t and t["page"] == 1 for t in preview["targets"])
    done = planner.post(pending + "/confirm", data={"csrf_token": planner.csrf, "title": "扫描件"})
    assert done.status_code == 303
    stored = web_ws.targets(web_ws.plans()[-1].id)
    assert stored and all(t.ocr_confidence is not None for t in stored)


def test_review_note_for_a_doubtful_target() -> None:
    from plantrack.model import Location, Target
    from plantrack.web.data import review_note

    target = Target(
        "c1.p1.t1", "金融业增加值", 2000, "亿元", ">=", "level", 2030, "…", Location("c1.p1")
    )
    assert review_note(target) is None  # not read by OCR
    target.ocr_confidence, target.page = 75.0, 3
    assert review_note(target) is None  # sure enough
    target.ocr_confidence = 42.0
    note = review_note(target) or ""
    assert note.startswith("⚠ 待核对：本指标由扫描件识别（OCR），第3页原文识别置信度 42%")


def test_xls_figures_from_a_department_page(as_user, web_ws):
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    for r, row in enumerate(
        [["指标编号", "年份", "数值", "单位", "来源"], [FIN, 2026, 2150, "亿元", "公报"]]
    ):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    buffer = io.BytesIO()
    book.save(buffer)
    client = as_user("planner")
    response = client.post(
        "/departments/1/import",
        files={"file": ("figures.xls", buffer.getvalue(), "application/vnd.ms-excel")},
        data={"csrf_token": client.csrf, "plan": "1"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["recorded"] == 1
    assert [o.value for o in web_ws.observations(1)] == [2150]
