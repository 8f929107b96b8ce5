"""The Word report re-opened with python-docx: heading styles (navigation pane), real tables with a
repeated header row, chart pictures, A4 with a page-number field."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm

from plantrack.report import write_report
from plantrack.workspace import Workspace


def table_by_header(document, first: str, second: str):
    return next(
        t for t in document.tables if [c.text for c in t.rows[0].cells][:2] == [first, second]
    )


def test_docx_report(tracked_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "监测报告.docx"
    assert write_report(tracked_ws.report(None, "annual", 2026), path) == "docx"
    document = docx.Document(str(path))
    n = len(tracked_ws.targets())
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", "宁波市国民经济和社会发展的第十五个五年规划纲要")
    assert ("Subtitle", "2026年度实施情况监测报告") in styles
    assert [text for name, text in styles if name == "Heading 1"] == [
        "一、总体情况",
        "二、分章节进展",
        "三、主要指标进展",
        "四、滞后指标及尚需进度",
        "五、重点工程（专栏）进展",
        "附录 指标原文出处",
        "说明",
    ]
    assert "专栏2 生产性服务业发展重点工程" in [t for n, t in styles if n == "Heading 2"]

    summary = table_by_header(document, "进展状态", "指标数（项）")
    assert [[c.text for c in row.cells] for row in summary.rows][4] == ["滞后", "1", f"{1 / n:.1%}"]
    targets = table_by_header(document, "编号", "指标")
    rows = {row.cells[0].text: [c.text for c in row.cells] for row in targets.rows[1:]}
    assert rows["c2.s4.box2.i3.t1"] == [
        "c2.s4.box2.i3.t1",
        "金融业增加值",
        "—",
        "1500亿元（2025）",
        "1580亿元（2026）",
        "≥2000亿元（2030年）",
        "1945亿元",
        "基本符合预期",
        "市金融办",
    ]
    assert len(rows) == n
    lag_row = next(r for r in targets.rows if r.cells[0].text == "c4.s1.p1.t1")
    assert lag_row.cells[7].paragraphs[0].runs[0].font.color.rgb == docx.shared.RGBColor(
        0xB2, 0x18, 0x2B
    )
    for table in document.tables:  # the header row repeats on each page
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    lagging = table_by_header(document, "指标", "最新值")
    assert [c.text for c in lagging.rows[1].cells][5] == "年均增长17.8%"

    assert len(document.inline_shapes) == 2  # status bars + one trend chart
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert "PAGE" in section.footer.paragraphs[0]._p.xml
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "宋体"
    assert document.core_properties.title.endswith("2026年度实施情况监测报告")
    assert document.inline_shapes[0].width <= Cm(17.01)


def test_midterm_docx(mini_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "mid.docx"
    write_report(mini_ws.report(None, "midterm", 2026), path)
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "三、时间进度与目标进度" in headings and "约束性指标（2项）" in headings
    progress = table_by_header(document, "指标", "目标完成进度")
    rows = {row.cells[0].text: [c.text for c in row.cells] for row in progress.rows[1:]}
    assert rows["森林覆盖率"] == ["森林覆盖率", "20%", "20%", "基本符合预期"]


def test_table_grid_widths_follow_the_layout(tracked_ws: Workspace, tmp_path: Path) -> None:
    """LibreOffice and WPS size columns by w:gridCol, Word by w:tcW: both are set."""
    path = tmp_path / "r.docx"
    write_report(tracked_ws.report(None, "annual", 2026), path)
    chapters = table_by_header(docx.Document(str(path)), "章节", "提前实现")
    grid = [int(col.get(qn("w:w"))) for col in chapters._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid[0] > 3 * grid[1]  # the chapter title column is the wide one
    assert chapters.rows[1].cells[0].width == chapters.columns[0].width


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_docx_opens_in_libreoffice(tracked_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    write_report(tracked_ws.report(None, "annual", 2026), path)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "report.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    flat = "".join(text.split())  # LibreOffice spaces 汉字 from digits and wraps narrow cells
    assert "一、总体情况" in flat and "五、重点工程（专栏）进展" in flat
    assert "高性能算力规模" in flat and "年均增长17.8%" in flat
