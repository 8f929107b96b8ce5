"""Evidence files of figures (佐证材料) on the target page: real PDF, PNG and XLSX bytes made
here; the type told by the bytes, not the name; the size limit; who may attach, see, download
and remove (the permission matrix); every write audited; refusals one line, 4xx, nothing stored."""

from __future__ import annotations

import io
import zipfile

import pytest
from fpdf import FPDF
from openpyxl import Workbook
from PIL import Image
from web_helpers import A_TARGETS, B_TARGETS

FIN = A_TARGETS[0]  # 金融业增加值, led by 市发改委 (ed_a)
JSON = {"accept": "application/json"}


def pdf_bytes() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="2026 statistical bulletin, p. 3")
    return bytes(pdf.output())


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (33, 102, 172)).save(out, format="PNG")
    return out.getvalue()


def xlsx_bytes() -> bytes:
    book = Workbook()
    book.active.append(["指标", "2026"])
    book.active.append(["金融业增加值", 1620])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return out.getvalue()


@pytest.fixture
def figure(web_ws) -> int:
    web_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True)
    return int(web_ws.record(FIN, period=2026, value=1620, unit="亿元").id or 0)


def attach(client, obs_id: int, name: str, body: bytes, target: str = FIN, csrf: bool = True):
    data = {"observation": str(obs_id)}
    if csrf:
        data["csrf_token"] = client.csrf
    return client.post(
        f"/targets/{target}/evidence",
        files={"file": (name, body, "application/octet-stream")},
        data=data,
        headers=JSON,
    )


def test_editor_attaches_a_pdf_and_a_viewer_downloads_it(as_user, web_ws, figure):
    editor = as_user("ed_a")
    body = pdf_bytes()
    response = attach(editor, figure, "../../2026年 统计公报.pdf", body)
    assert response.status_code == 201, response.text
    found = response.json()["evidence"]
    assert (found["name"], found["media_type"], found["size"]) == (
        "2026年_统计公报.pdf",
        "application/pdf",
        len(body),
    )
    assert found["attached_by"] == "web:ed_a" and found["period"] == "2026"
    again = attach(editor, figure, "copy.pdf", body)  # the same bytes on the same figure: kept once
    assert again.status_code == 200 and again.json()["created"] is False
    viewer = as_user("viewer")
    page = viewer.get(f"/targets/{FIN}")
    assert f'href="/evidence/{found["id"]}" download>2026年_统计公报.pdf</a>' in page.text
    assert "<td>ed_a</td>" in page.text  # who attached it
    assert 'id="evidence-form"' not in page.text  # a viewer does not attach
    download = viewer.get(f"/evidence/{found['id']}")
    assert download.status_code == 200 and download.content == body
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["content-disposition"] == (
        "attachment; filename=\"evidence-1.pdf\"; filename*=UTF-8''2026%E5%B9%B4_"
        "%E7%BB%9F%E8%AE%A1%E5%85%AC%E6%8A%A5.pdf"
    )
    assert download.headers["x-content-type-options"] == "nosniff"
    events = [(h["action"], h["subject"], h["actor"]) for h in web_ws.history(None, FIN)]
    assert events[-1] == ("attach", "evidence", "web:ed_a")  # attached once, audited once
    assert [e for e in events if e[1] == "evidence"] == [("attach", "evidence", "web:ed_a")]


def test_the_type_comes_from_the_bytes(as_user, web_ws, figure):
    planner = as_user("planner")
    png = attach(planner, figure, "scan.pdf", png_bytes())  # a PNG named .pdf is a PNG
    assert png.status_code == 201
    assert (png.json()["evidence"]["name"], png.json()["evidence"]["media_type"]) == (
        "scan.png",
        "image/png",
    )
    xlsx = attach(planner, figure, "报表", xlsx_bytes())
    assert xlsx.json()["evidence"]["media_type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert xlsx.json()["evidence"]["name"] == "报表.xlsx"
    for name, body, words in [
        ("bulletin.pdf", b"MZ\x90\x00 an executable", "not a PDF, PNG, JPEG or XLSX file"),
        ("bulletin.xlsx", zip_bytes(), "a zip file but not an XLSX workbook"),
        ("empty.pdf", b"", "empty file"),
    ]:
        response = attach(planner, figure, name, body)
        assert response.status_code == 415, name
        error = response.json()["error"]
        assert error.startswith(f"{name}: {words}") and "\n" not in error
    assert [e.name for e in web_ws.evidence(None, FIN)] == ["scan.png", "报表.xlsx"]


def test_a_file_beyond_the_limit_is_refused(as_user, web_ws, figure, monkeypatch):
    monkeypatch.setenv("PLANTRACK_LIMITS", "evidence_mb=0.01")  # 10 KB, read by the new app
    editor = as_user("ed_a")
    response = attach(editor, figure, "big.pdf", b"%PDF-1.4\n" + b"0" * 20_000)
    assert response.status_code == 413
    assert response.json()["error"] == (
        'big.pdf: more than 0.01 MB; the limit for an evidence file is 0.01 MB (limit "evidence_mb")'
    )
    assert web_ws.evidence(None, FIN) == []


def test_who_may_attach_see_and_remove(as_user, make_client, web_ws, figure):
    other = as_user("ed_b")  # an editor of another department
    refused = attach(other, figure, "b.pdf", pdf_bytes())
    assert refused.status_code == 403 and "may not edit it" in refused.json()["error"]
    assert attach(as_user("viewer"), figure, "v.pdf", pdf_bytes()).status_code == 403
    assert attach(as_user("ed_a"), figure, "x.pdf", pdf_bytes(), csrf=False).status_code == 403
    assert web_ws.evidence(None, FIN) == []
    found = attach(as_user("ed_a"), figure, "a.pdf", pdf_bytes()).json()["evidence"]
    # a figure of another target cannot be reached through this one's form
    b_obs = web_ws.record(B_TARGETS[0], period=2026, value=1400, unit="家")
    assert attach(as_user("ed_a"), int(b_obs.id or 0), "a.pdf", pdf_bytes()).status_code == 404
    # an anonymous reader of a public app sees the figures, not the files
    public = make_client(public_read=True)
    assert public.get(f"/targets/{FIN}.json").json()["evidence"] == []
    assert public.get(f"/evidence/{found['id']}", headers=JSON).status_code == 401
    assert as_user("viewer").get(f"/targets/{FIN}.json").json()["evidence"][0]["id"] == found["id"]
    # removing: the lead department's editor (and planners), audited
    other = as_user("ed_b")
    no = other.post(
        f"/evidence/{found['id']}/remove", data={"csrf_token": other.csrf}, headers=JSON
    )
    assert no.status_code == 403
    editor = as_user("ed_a")
    gone = editor.post(
        f"/evidence/{found['id']}/remove", data={"csrf_token": editor.csrf}, headers=JSON
    )
    assert gone.status_code == 200 and gone.json()["removed"]["name"] == "a.pdf"
    assert web_ws.evidence(None, FIN) == []
    assert as_user("viewer").get(f"/evidence/{found['id']}", headers=JSON).status_code == 404
    last = web_ws.history(None, FIN)[-1]
    assert (last["action"], last["actor"], last["old"]["name"]) == ("remove", "web:ed_a", "a.pdf")


def test_the_target_page_offers_the_form_to_those_who_may_attach(as_user, figure):
    page = as_user("ed_a").get(f"/targets/{FIN}")
    assert 'id="evidence-form"' in page.text and 'enctype="multipart/form-data"' in page.text
    assert f'<option value="{figure}">2026</option>' in page.text
    assert 'id="evidence-form"' not in as_user("ed_b").get(f"/targets/{FIN}").text
