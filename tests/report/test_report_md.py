"""The Markdown report: headings, pipe tables, chart files beside it."""

from __future__ import annotations

import re
from pathlib import Path

from plantrack.report import render_bytes, write_report
from plantrack.workspace import Workspace


def test_markdown_report(tracked_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    data = tracked_ws.report(None, "annual", 2026)
    assert write_report(data, path) == "md"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# 宁波市国民经济和社会发展的第十五个五年规划纲要"
    assert "## 四、滞后指标及尚需进度" in lines
    share = f"{1 / len(tracked_ws.targets()):.1%}"
    assert f"| 滞后 | 1 | {share} |" not in lines and f"| **滞后** | 1 | {share} |" in lines
    row = next(line for line in lines if line.startswith("| c4.s1.p1.t1 |"))
    assert row.split(" | ")[7] == "**滞后**"
    assert "![图1 指标进展状态（按章节）](report_files/chart-01.png)" in lines
    charts = sorted(p.name for p in (tmp_path / "report_files").iterdir())
    assert charts == ["chart-01.png", "chart-02.png"]
    assert (tmp_path / "report_files" / "chart-02.png").read_bytes()[:4] == b"\x89PNG"
    assert "![" not in render_bytes(data, "md").decode("utf-8")  # a download has no chart files


def test_pipes_and_line_breaks_in_cells_keep_the_table() -> None:
    from plantrack.report.layout import Table
    from plantrack.report.md import _table

    lines = _table(Table(["指标", "说明"], [["A|B", "一\n二"]], [1, 1]))
    assert lines[2] == "| A\\|B | 一 二 |"


def test_download_name(tracked_ws: Workspace) -> None:
    from plantrack.report import report_filename

    data = tracked_ws.report(None, "midterm", 2028)
    assert (
        report_filename(data, "pdf")
        == "宁波市国民经济和社会发展的第十五个五年规划纲要-2028中期评估报告.pdf"
    )


def test_html_and_links_in_plan_text_are_escaped(workspace: Workspace, tmp_path: Path) -> None:
    """Plan text is user input: in the Markdown report it must read as text, never as HTML."""
    plan = tmp_path / "plan.txt"
    plan.write_text(
        '测试市<script>alert("t")</script>[点击](javascript:alert(1))规划（2026—2030年）\n\n'
        "第一章 总体要求\n\n到2030年，<img src=x onerror=alert(1)>数字经济核心产业增加值达到1000亿元。\n",
        encoding="utf-8",
    )
    workspace.ingest(plan)
    text = render_bytes(workspace.report(None, "annual", 2026), "md").decode("utf-8")
    assert "<script" not in text and "<img" not in text
    assert not re.search(r"(?<!\\)\]\(javascript:", text)  # `\]` is a bracket, not a link
    title = '测试市&lt;script>alert("t")&lt;/script>\\[点击\\](javascript:alert(1))规划'
    assert f"# {title}（2026—2030年）" in text
