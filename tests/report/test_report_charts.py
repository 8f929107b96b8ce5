"""Charts: real PNGs (and their SVG twins) drawn with the CJK font; the drawing list they come
from (report/canvas.py); the cache that draws a chart once per set of figures."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import docx
from PIL import Image

from plantrack.report import write_report
from plantrack.report.canvas import dash_segments
from plantrack.report.charts import render_charts, status_bars, ticks, trend_chart, trend_svg
from plantrack.workspace import Workspace

GOAL = (0x1B, 0x78, 0x37)  # the target's star
OBSERVED = (0xD6, 0x60, 0x4D)  # the line of the figures


def near(colour: tuple[int, int, int], want: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 10 for a, b in zip(colour, want, strict=True))


def pixels(png: bytes, box: tuple[int, int, int, int] | None = None) -> list[tuple]:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if box:
        image = image.crop(box)
    return [c for _, c in image.getcolors(maxcolors=1_000_000)]


def test_charts_are_pngs_with_their_lines(tracked_ws: Workspace) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    charts = render_charts(data)
    image = Image.open(io.BytesIO(charts.status_png))
    assert image.format == "PNG" and image.width > 800
    assert list(charts.trends) == ["c4.s1.p1.t1"]  # one small chart per lagging target
    png = charts.trends["c4.s1.p1.t1"]
    trend = Image.open(io.BytesIO(png))
    assert trend.format == "PNG" and trend.size == (504, 288) and trend.width < image.width
    assert any(near(c, OBSERVED) for c in pixels(png))  # the red line of the figures
    # the target is a green star at the deadline, far right, and again in the legend
    assert any(near(c, GOAL) for c in pixels(png, (440, 0, 504, 288)))
    assert sum(1 for c in pixels(png) if near(c, GOAL)) > 0


def test_trend_svg_is_the_same_chart(tracked_ws: Workspace) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    line = next(line for line in data.lagging if line.target.id == "c4.s1.p1.t1")
    svg = trend_svg(line)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    words = re.findall(r"<text[^>]*>([^<]+)</text>", svg)
    assert {"监测值", "规划路径", "目标 2030", "趋势预测"} <= set(words)  # the legend
    assert line.target.metric in words  # the title
    assert "#1b7837" in svg and "stroke-dasharray" in svg  # the star, the dashed path
    ticks_text = [w for w in words if re.fullmatch(r"[\d.]+", w)]
    assert "2026" in ticks_text and "2030" in ticks_text


def test_status_bars_grow_with_chapters(tracked_ws: Workspace, mini_ws: Workspace) -> None:
    big = Image.open(io.BytesIO(status_bars(tracked_ws.report(None, "annual", 2026))))
    small = Image.open(io.BytesIO(status_bars(mini_ws.report(None, "annual", 2026))))
    assert big.height > small.height  # three chapters against two


def test_no_trend_without_figures(tracked_ws: Workspace) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    empty = next(line for line in data.targets if line.status == "no_data")
    assert trend_chart(empty) is None


def test_a_chart_is_drawn_again_only_when_its_figures_change(tracked_ws: Workspace) -> None:
    line = next(iter(tracked_ws.report(None, "annual", 2026).lagging))
    first = trend_chart(line)
    assert trend_chart(line) is first  # cached: the same bytes object
    tracked_ws.record(line.target.id, period=2027, value=5.3, unit="EFLOPS")
    line = next(
        lt
        for lt in tracked_ws.report(None, "annual", 2027).lagging
        if lt.target.id == line.target.id
    )
    assert trend_chart(line) != first  # a new figure: a new chart


def test_round_ticks() -> None:
    assert ticks(104.5, 164.7, 8) == [110, 120, 130, 140, 150, 160]
    assert ticks(0, 510) == [0, 100, 200, 300, 400, 500]
    assert ticks(2024.8, 2030.3) == [2025, 2026, 2027, 2028, 2029, 2030]


def test_dashes_keep_the_pattern_along_a_polyline() -> None:
    pieces = dash_segments([(0, 0), (10, 0), (10, 10)], 3, 1)
    assert pieces[:2] == [[(0, 0), (3.0, 0.0)], [(4.0, 0.0), (7.0, 0.0)]]
    assert pieces[2] == [(8.0, 0.0), (10, 0), (10.0, 1.0)]  # a dash bends round the corner
    assert pieces[3:] == [[(10.0, 2.0), (10.0, 5.0)], [(10.0, 6.0), (10.0, 9.0)]]  # gap to the end
    assert dash_segments([(0, 0), (5, 0)], 3, 1)[-1] == [(4.0, 0.0), (5, 0)]  # a cut last dash


def test_pdf_and_docx_hold_every_chart(tracked_ws: Workspace, tmp_path: Path) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    charts = render_charts(data)
    write_report(data, tmp_path / "r.pdf", "pdf", charts)
    listing = subprocess.run(
        ["pdfimages", "-list", tmp_path / "r.pdf"], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    sizes = sorted((int(row.split()[3]), int(row.split()[4])) for row in listing)
    assert sizes == sorted(
        Image.open(io.BytesIO(p)).size for p in [charts.status_png, *charts.trends.values()]
    )
    write_report(data, tmp_path / "r.docx", "docx", charts)
    document = docx.Document(str(tmp_path / "r.docx"))
    assert len(document.inline_shapes) == 1 + len(charts.trends)
    ids = [int(v) for v in document.element.xpath("//wp:docPr/@id")]
    assert len(ids) == len(set(ids))  # picture ids unique, as Word requires
    blobs = {
        document.part.related_parts[r].blob for r in document.element.xpath("//a:blip/@r:embed")
    }
    assert blobs == {charts.status_png, *charts.trends.values()}
