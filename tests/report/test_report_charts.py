"""Charts: real PNGs drawn with the CJK font (a missing glyph would warn, and warnings fail)."""

from __future__ import annotations

import io
import warnings

from PIL import Image

from plantrack.report.charts import render_charts, status_bars, trend_chart
from plantrack.workspace import Workspace


def test_charts_are_pngs_without_missing_glyphs(tracked_ws: Workspace) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)"
        charts = render_charts(data)
    image = Image.open(io.BytesIO(charts.status_png))
    assert image.format == "PNG" and image.width > 800
    assert list(charts.trends) == ["c4.s1.p1.t1"]  # one small chart per lagging target
    trend = Image.open(io.BytesIO(charts.trends["c4.s1.p1.t1"]))
    assert trend.width < image.width
    colours = trend.convert("RGB").getcolors(maxcolors=1_000_000)
    assert any(
        abs(r - 0xD6) < 8 and abs(g - 0x60) < 8 and abs(b - 0x4D) < 8 for _, (r, g, b) in colours
    )  # the red line of the figures is drawn


def test_status_bars_grow_with_chapters(tracked_ws: Workspace, mini_ws: Workspace) -> None:
    big = Image.open(io.BytesIO(status_bars(tracked_ws.report(None, "annual", 2026))))
    small = Image.open(io.BytesIO(status_bars(mini_ws.report(None, "annual", 2026))))
    assert big.height > small.height  # three chapters against two


def test_no_trend_without_figures(tracked_ws: Workspace) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    empty = next(line for line in data.targets if line.status == "no_data")
    assert trend_chart(empty) is None
