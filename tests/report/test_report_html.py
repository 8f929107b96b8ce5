"""The HTML report: one self-contained file with every section, table and chart."""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

from PIL import Image
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from plantrack.report import write_report
from plantrack.report.charts import Charts, render_charts
from plantrack.workspace import Workspace


def test_html_report(tracked_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "监测报告.html"
    assert write_report(tracked_ws.report(None, "annual", 2026), path) == "html"
    text = path.read_text(encoding="utf-8")
    tree = HTMLParser(text)
    # self-contained: no stylesheet, script or image fetched from anywhere
    assert not tree.css("link, script")
    assert not re.search(r'(src|href)="(?!data:|#)', text)
    charts = tree.css("figure > svg")
    assert len(charts) == 2  # status bars + one trend chart for the lagging target, inline SVG
    assert not tree.css("img")
    for svg in charts:
        assert svg.attributes["role"] == "img" and svg.attributes["aria-label"]
    assert "目标 2030" in charts[1].text()  # the target in the trend chart's legend
    assert tree.css_first("h1").text() == "宁波市国民经济和社会发展的第十五个五年规划纲要"
    headings = [h.text() for h in tree.css("h2")]
    assert headings == [
        "一、总体情况",
        "二、分章节进展",
        "三、主要指标进展",
        "四、滞后指标及尚需进度",
        "五、重点工程（专栏）进展",
        "附录 指标原文出处",
        "说明",
    ]
    assert [a.text() for a in tree.css("nav.toc a")] == headings
    summary = [[td.text() for td in tr.css("td")] for tr in tree.css("table")[0].css("tbody tr")]
    n = len(tracked_ws.targets())
    assert summary[3] == ["滞后", "1", f"{1 / n:.1%}"] and summary[-1] == ["合计", str(n), "100%"]
    rows = {
        tr.css("td")[0].text(): [td.text() for td in tr.css("td")]
        for tr in tree.css("table")[2].css("tbody tr")
    }
    assert rows["c4.s1.p1.t1"] == [
        "c4.s1.p1.t1",
        "高性能算力规模",
        "—",
        "5EFLOPS（2025）",
        "5.2EFLOPS（2026）",
        ">10EFLOPS（2030年）",
        "6.08EFLOPS",
        "滞后",
        "市经信局",
    ]
    lagging_cell = next(td for td in tree.css("td.status") if td.text() == "滞后")
    assert "s-lagging" in lagging_cell.attributes["class"]
    assert "年均增长17.8%" in text and "专栏2 生产性服务业发展重点工程" in text
    assert "“推进普惠金融改革创新" in text  # appendix cites the plan


def test_midterm_html_has_progress_section(mini_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "mid.htm"
    write_report(mini_ws.report(None, "midterm", 2026), path)
    tree = HTMLParser(path.read_text(encoding="utf-8"))
    assert "三、时间进度与目标进度" in [h.text() for h in tree.css("h2")]
    assert "约束性指标（2项）" in [h.text() for h in tree.css("h3")]
    assert "时间进度为20%" in tree.body.text()


def test_html_report_takes_png_charts_without_svg(tracked_ws: Workspace, tmp_path: Path) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    charts = render_charts(data)
    png_only = Charts(charts.status_png, charts.trends)  # a caller with PNGs only
    path = tmp_path / "png.html"
    write_report(data, path, "html", png_only)
    images = HTMLParser(path.read_text(encoding="utf-8")).css("figure > img")
    assert len(images) == 2
    for img in images:
        src = img.attributes["src"]
        assert src.startswith("data:image/png;base64,")
        assert Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))).format == "PNG"
