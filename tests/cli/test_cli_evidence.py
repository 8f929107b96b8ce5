"""`plantrack attach` / `detach`, and the attachments in `observations` and `history` JSON,
with real PDF, PNG and XLSX files made here."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF
from openpyxl import Workbook
from PIL import Image

from plantrack.cli import main

FIN = "c2.s4.box2.i3.t1"


@pytest.fixture
def run(db_url: str, sample_path: Path):
    runner = CliRunner()

    def invoke(*args: str | Path):
        return runner.invoke(main, ["--db", db_url, *map(str, args)])

    assert invoke("ingest", sample_path).exit_code == 0
    assert invoke("record", FIN, "--period", "2026", "--value", "1620").exit_code == 0
    return invoke


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="bulletin")
    (tmp_path / "公报.pdf").write_bytes(bytes(pdf.output()))
    image = io.BytesIO()
    Image.new("RGB", (4, 4), (0, 0, 0)).save(image, format="PNG")
    (tmp_path / "photo.jpg").write_bytes(image.getvalue())  # a PNG under a JPEG name
    book = Workbook()
    book.active.append(["金融业增加值", 1620])
    book.save(tmp_path / "台账.xlsx")
    (tmp_path / "notes.pdf").write_text("plain text, not a PDF", encoding="utf-8")
    return {p.name: p for p in tmp_path.iterdir() if p.is_file()}


def test_attach_list_and_detach(run, files) -> None:
    out = run("attach", FIN, "2026", files["公报.pdf"])
    assert out.exit_code == 0, out.output
    assert out.output.startswith(f"evidence 1 attached: {FIN} 2026 ← 公报.pdf (application/pdf, ")
    made = json.loads(run("attach", FIN, "2026年", files["photo.jpg"], "--format", "json").output)
    assert (made["name"], made["media_type"], made["created"]) == ("photo.png", "image/png", True)
    assert run("attach", FIN, "2026", files["台账.xlsx"]).exit_code == 0
    listed = json.loads(run("observations", "--target", FIN, "--format", "json").output)
    names = [a["name"] for a in listed[0]["attachments"]]
    assert names == ["公报.pdf", "photo.png", "台账.xlsx"]
    assert "1:公报.pdf" in run("observations", "--target", FIN).output
    out = run("detach", "2")
    assert out.output == f"evidence 2 removed: {FIN} 2026 photo.png\n"
    history = json.loads(run("history", FIN, "--format", "json").output)
    evidence = [
        (h["action"], (h["new"] or h["old"])["name"]) for h in history if h["subject"] == "evidence"
    ]
    assert evidence == [
        ("attach", "公报.pdf"),
        ("attach", "photo.png"),
        ("attach", "台账.xlsx"),
        ("remove", "photo.png"),
    ]


def test_bad_attachments_are_one_line(run, files, monkeypatch) -> None:
    out = run("attach", FIN, "2026", files["notes.pdf"])
    assert out.exit_code == 1
    assert out.output == (
        "plantrack: error: notes.pdf: not a PDF, PNG, JPEG or XLSX file (judged by its bytes,"
        " not its name)\n"
    )
    out = run("attach", FIN, "2027", files["公报.pdf"])
    assert out.exit_code == 1 and "no figure for period 2027; record it first" in out.output
    monkeypatch.setenv("PLANTRACK_LIMITS", "evidence_mb=0.0001")
    out = run("attach", FIN, "2026", files["公报.pdf"])
    assert out.exit_code == 1 and 'limit "evidence_mb"' in out.output
    assert run("detach", "9").output == (
        "plantrack: error: evidence 9: no such file (see plantrack observations)\n"
    )
    listed = json.loads(run("observations", "--target", FIN, "--format", "json").output)
    assert listed[0]["attachments"] == []


def test_download_writes_the_bytes_whole_and_refuses_to_overwrite(run, files, tmp_path) -> None:
    assert run("attach", FIN, "2026", files["台账.xlsx"]).exit_code == 0
    folder = tmp_path / "out"
    folder.mkdir()
    saved = run("download", "1", "-o", folder)
    assert saved.exit_code == 0, saved.output
    assert (folder / "台账.xlsx").read_bytes() == files["台账.xlsx"].read_bytes()
    again = run("download", "1", "-o", folder / "台账.xlsx")
    assert again.exit_code == 1 and "already exists (give --force" in again.output
    assert run("download", "1", "-o", folder / "台账.xlsx", "--force").exit_code == 0
    missing = run("download", "1", "-o", tmp_path / "no-such-folder" / "a.xlsx")
    assert missing.exit_code == 1 and "no such folder" in missing.output
    unknown = run("download", "99", "-o", folder)
    assert unknown.exit_code != 0 and "99" in unknown.output
    assert sorted(p.name for p in folder.iterdir()) == ["台账.xlsx"]  # no temporary file left
