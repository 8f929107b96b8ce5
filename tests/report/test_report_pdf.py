"""The PDF report as a reader sees it: text (pdftotext), pages as images (pdftoppm), A4, page
numbers, Chinese in an embedded font, table headers repeated on every page a table spans."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from plantrack.report import write_report
from plantrack.report.fonts import register_pdf_font
from plantrack.workspace import Workspace

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils missing: run scripts/system-deps.sh"
)


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def page_texts(path: Path) -> list[str]:
    pages = int(
        next(
            line.split()[-1]
            for line in run("pdfinfo", path).splitlines()
            if line.startswith("Pages:")
        )
    )
    return [run("pdftotext", "-layout", "-f", n, "-l", n, path, "-") for n in range(1, pages + 1)]


def test_pdf_report(tracked_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "监测报告.pdf"
    data = tracked_ws.report(None, "annual", 2026)
    assert write_report(data, path) == "pdf"
    info = run("pdfinfo", path)
    assert "A4" in info and "监测报告" in info  # page size and document title
    fonts = run("pdffonts", path).splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts)  # every font embedded
    assert all("Helvetica" not in row for row in fonts)  # no text fell back to a Latin font
    pages = page_texts(path)
    assert len(pages) >= 3
    first = pages[0]
    assert "宁波市国民经济和社会发展的第十五个五年规划纲要" in first
    assert "2026年度实施情况监测报告" in first
    assert "一、总体情况" in first and "提前实现" in first and "基本符合预期" in first
    for number, page in enumerate(pages, start=1):
        assert re.search(rf"第\s*{number}\s*页", page), f"page number {number}"
    text = "\n".join(pages)
    for expected in (
        "二、分章节进展",
        "三、主要指标进展",
        "四、滞后指标及尚需进度",
        "五、重点工程（专栏）进展",
        "附录 指标原文出处",
        "高性能算力规模",
        "5.2EFLOPS",
        "年均增长17.8%",
        "1580亿元",
        "市金融办",
    ):
        assert expected in text, expected
    # the targets table runs over pages: each of its pages starts with the header row again
    with_rows = [
        p for p in pages if "c3.s2.p1.t1" in p or "c3.s3.box4.i2.t1" in p or "c4.s2.box5.i5.t2" in p
    ]
    spanned = [p for p in pages if any(f"c{c}.s" in p for c in (2, 3, 4)) and "基期值" in p]
    assert len(with_rows) >= 2 and len(spanned) >= 2


def test_pdf_pages_render_with_chinese(tracked_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    data = tracked_ws.report(None, "annual", 2026)
    write_report(data, path)
    run("pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", path, tmp_path / "page")
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    assert 1.40 < image.height / image.width < 1.43  # A4 portrait
    dark = sum(count for value, count in enumerate(image.histogram()) if value < 128)
    assert dark / (image.width * image.height) > 0.01  # text and the chart are drawn
    # every character of the report is in the embedded font (no empty boxes instead of 汉字)
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(register_pdf_font())
    text = "".join(page_texts(path))
    missing = {ch for ch in text if ord(ch) > 0x2E80 and ord(ch) not in font.face.charToGlyph}
    assert not missing


def test_midterm_pdf(mini_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "mid.pdf"
    write_report(mini_ws.report(None, "midterm", 2026), path)
    text = "\n".join(page_texts(path))
    assert "实施情况中期评估报告（截至2026年）" in text
    assert "三、时间进度与目标进度" in text and "约束性指标（2项）" in text
    assert "18000亿元" in text and "19500亿元" in text


def test_reportlab_runs_with_its_accelerator() -> None:
    """rl-accel (a dependency) replaces reportlab's pure-Python string widths and ASCII85."""
    from reportlab.lib import rl_accel

    assert {"asciiBase85Encode", "instanceStringWidthTTF"} <= set(rl_accel._c_funcs)
