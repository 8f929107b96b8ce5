"""Server-side SVG charts: no JavaScript, no CDN, readable at a glance, print well.

`target_chart` draws observations (dots), the expected path from the baseline to the target
(solid grey), the projection from the latest figure to the deadline (dashed) and the target
(dotted). `status_bar` draws one stacked bar of target counts by status.
"""

from __future__ import annotations

import math
from typing import Any
from xml.sax.saxutils import escape

from plantrack.model import STATUS_STYLE, STATUSES


def _num(x: float) -> str:
    if abs(x) >= 100 or float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:.3g}"


def status_bar(
    counts: dict[str, Any], width: int = 240, height: int = 14, labels: dict[str, str] | None = None
) -> str:
    """A stacked horizontal bar of counts by status (an inline SVG string)."""
    total = sum(int(counts.get(s, 0) or 0) for s in STATUSES)
    parts = [
        f'<svg class="bar" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" xmlns="http://www.w3.org/2000/svg">'
    ]
    if total == 0:
        parts.append(f'<rect width="{width}" height="{height}" fill="#eee"/>')
    x = 0.0
    for status in STATUSES:
        n = int(counts.get(status, 0) or 0)
        if not n:
            continue
        w = width * n / total
        title = escape(f"{(labels or {}).get(status, status)}: {n}")
        parts.append(
            f'<rect x="{x:.1f}" width="{w:.1f}" height="{height}" '
            f'fill="{STATUS_STYLE[status].fill}"><title>{title}</title></rect>'
        )
        x += w
    parts.append("</svg>")
    return "".join(parts)


def expected_path(
    t0: float, v0: float, t1: float, v1: float, compound: bool, steps: int = 24
) -> list[tuple[float, float]]:
    """Points on the path from (t0, v0) to (t1, v1): compound growth or a straight line."""
    if t1 <= t0:
        return [(t0, v0), (t1, v1)]
    use_compound = compound and v0 > 0 and v1 > 0
    points = []
    for i in range(steps + 1):
        t = t0 + (t1 - t0) * i / steps
        f = (t - t0) / (t1 - t0)
        points.append((t, v0 * (v1 / v0) ** f if use_compound else v0 + (v1 - v0) * f))
    return points


def target_chart(
    series: dict[str, Any], labels: dict[str, str], width: int = 640, height: int = 280
) -> str:
    """The chart of one target from `series` (see data.chart_series): an inline SVG string."""
    observed: list[tuple[float, float]] = series.get("observed", [])
    path: list[tuple[float, float]] = series.get("expected", [])
    projection: list[tuple[float, float]] = series.get("projection", [])
    goal = series.get("target")
    deadline = series.get("deadline")
    unit = series.get("unit") or ""
    xs, ys = _extent(observed + path + projection, goal, deadline)
    if not xs or not ys:
        return (
            f'<svg class="chart" width="{width}" height="60" xmlns="http://www.w3.org/2000/svg">'
            f'<text x="10" y="35" fill="#666">{escape(labels.get("empty", "no data"))}'
            "</text></svg>"
        )
    left, right, top, bottom = 64, 16, 16, 40
    x0, x1, y_lo, y_hi = _axis_ranges(xs, ys)

    def sx(t: float) -> float:
        return left + (t - x0) / (x1 - x0) * (width - left - right)

    def sy(v: float) -> float:
        return height - bottom - (v - y_lo) / (y_hi - y_lo) * (height - top - bottom)

    out = [
        f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'role="img" xmlns="http://www.w3.org/2000/svg" font-size="11" font-family="sans-serif">',
        f"<title>{escape(series.get('title', ''))}</title>",
    ]
    for i in range(5):  # horizontal grid with values
        v = y_lo + (y_hi - y_lo) * i / 4
        y = sy(v)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eee"/>'
        )
        out.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#555">'
            f"{escape(_num(v))}</text>"
        )
    step = max(1, (x1 - x0) // 8)
    for year in range(x0, x1 + 1, step):
        x = sx(year)
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{height - bottom}" '
            f'y2="{height - bottom + 4}" stroke="#888"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
            f'fill="#555">{year}</text>'
        )
    out.append(
        f'<line x1="{left}" x2="{width - right}" y1="{height - bottom}" '
        f'y2="{height - bottom}" stroke="#888"/>'
    )
    if unit:
        out.append(f'<text x="4" y="{top}" fill="#555">{escape(unit)}</text>')
    if goal is not None:
        y = sy(goal)
        out.append(
            f'<line class="goal" x1="{left}" x2="{width - right}" y1="{y:.1f}" '
            f'y2="{y:.1f}" stroke="#1b7f3b" stroke-dasharray="2 3"/>'
        )

    def polyline(points: list[tuple[float, float]], css: str, style: str) -> None:
        if len(points) >= 2:
            pts = " ".join(f"{sx(t):.1f},{sy(v):.1f}" for t, v in points)
            out.append(f'<polyline class="{css}" points="{pts}" fill="none" {style}/>')

    polyline(path, "expected", 'stroke="#8a8f98" stroke-width="2"')
    polyline(projection, "projection", 'stroke="#d9822b" stroke-width="2" stroke-dasharray="6 4"')
    polyline(observed, "observed-line", 'stroke="#2f7fd1" stroke-width="1.5"')
    for t, v in observed:
        out.append(
            f'<circle class="observed" cx="{sx(t):.1f}" cy="{sy(v):.1f}" r="4" '
            f'fill="#2f7fd1"><title>{escape(f"{t:g}: {_num(v)} {unit}")}</title></circle>'
        )
    out.extend(_legend(labels, left, height))
    out.append("</svg>")
    return "".join(out)


def _extent(
    points: list[tuple[float, float]], goal: float | None, deadline: Any
) -> tuple[list[float], list[float]]:
    """The x (years) and y (values) a chart must show: its points, the goal and the deadline."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    if goal is not None:
        ys.append(goal)
    if deadline:
        xs.append(float(deadline))
    return xs, ys


def _axis_ranges(xs: list[float], ys: list[float]) -> tuple[int, int, float, float]:
    """(x0, x1, y_lo, y_hi): whole years around the xs; from 0 (or below) to 8% above the ys."""
    x0, x1 = math.floor(min(xs)), math.ceil(max(xs))
    if x1 == x0:
        x1 = x0 + 1
    y_lo, y_hi = min(0.0, min(ys)), max(ys)
    if y_hi == y_lo:
        y_hi = y_lo + 1
    y_hi += (y_hi - y_lo) * 0.08
    return x0, x1, y_lo, y_hi


def _legend(labels: dict[str, str], left: int, height: int) -> list[str]:
    """The SVG lines and labels of the legend along the bottom of a chart."""
    legend = [
        ("#2f7fd1", "", labels.get("observed", "observed")),
        ("#8a8f98", "", labels.get("expected", "expected path")),
        ("#d9822b", 'stroke-dasharray="6 4"', labels.get("projection", "projection")),
    ]
    out: list[str] = []
    lx = left
    for color, dash, text in legend:
        out.append(
            f'<line x1="{lx}" x2="{lx + 18}" y1="{height - 8}" y2="{height - 8}" '
            f'stroke="{color}" stroke-width="2" {dash}/>'
        )
        out.append(f'<text x="{lx + 22}" y="{height - 4}" fill="#333">{escape(text)}</text>')
        lx += 34 + 12 * len(text)
    return out
