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
    counts: dict[str, Any],
    width: int = 240,
    height: int = 14,
    labels: dict[str, str] | None = None,
    sep: str = ", ",
) -> str:
    """A stacked horizontal bar of counts by status (an inline SVG string); its text
    alternative (`aria-label`) lists the counts in the words of `labels`."""
    total = sum(int(counts.get(s, 0) or 0) for s in STATUSES)
    words = sep.join(
        f"{(labels or {}).get(s, s)} {int(counts.get(s, 0) or 0)}"
        for s in STATUSES
        if counts.get(s)
    )
    parts = [
        f'<svg class="bar" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(words or "0", {chr(34): "&quot;"})}" '
        'xmlns="http://www.w3.org/2000/svg">'
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


# Series colours: each keeps 3:1 against white (WCAG 1.4.11, graphics).
OBSERVED, EXPECTED, PROJECTED, GOAL = "#2166ac", "#6b7280", "#b35806", "#1b7837"


def nice_step(span: float, ticks: int = 5) -> float:
    """The smallest round step (1, 2, 2.5 or 5 × 10^k) giving at most `ticks` intervals."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw * 0.999:
            return m * power
    return 10 * power


def y_ticks(lo: float, hi: float) -> list[float]:
    """Round tick values covering [lo, hi] (0, 500, 1,000 … rather than 189, 378 …)."""
    step = nice_step(hi - lo)
    first = math.floor(lo / step + 1e-9) * step
    last = math.ceil(hi / step - 1e-9) * step
    count = round((last - first) / step)
    return [round(first + i * step, 10) for i in range(count + 1)]


def _tick(v: float) -> str:
    if float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:,.10g}"


def target_charts(series: dict[str, Any], labels: dict[str, str]) -> str:
    """The chart twice: 640 px wide for screens, 360 px for phones (style.css shows one), so
    a phone gets legible text instead of a scaled-down picture."""
    return target_chart(series, labels, css="chart wide") + target_chart(
        series, labels, width=360, height=260, css="chart narrow"
    )


def target_chart(
    series: dict[str, Any],
    labels: dict[str, str],
    width: int = 640,
    height: int = 300,
    css: str = "chart",
) -> str:
    """The chart of one target from `series` (see data.chart_series): an inline SVG string
    whose `aria-label` says what it shows, in the words of `labels` (the page's language)."""
    observed: list[tuple[float, float]] = series.get("observed", [])
    path: list[tuple[float, float]] = series.get("expected", [])
    projection: list[tuple[float, float]] = series.get("projection", [])
    goal = series.get("target")
    deadline = series.get("deadline")
    unit = series.get("unit") or ""
    xs, ys = _extent(observed + path + projection, goal, deadline)
    if not xs or not ys:
        empty = escape(labels.get("empty", "no data"))
        return (
            f'<svg class="{css}" width="{width}" height="60" viewBox="0 0 {width} 60" '
            f'role="img" aria-label="{empty}" xmlns="http://www.w3.org/2000/svg">'
            f'<text x="10" y="35" fill="#555">{empty}</text></svg>'
        )
    legend = _legend_items(labels, path, projection, goal, series.get("low_confidence", False))
    rows = _legend_rows(legend, width - 16)
    left, right, top = 64, 16, 30
    bottom = 36 + 18 * len(rows)
    x0, x1, _, _ = _axis_ranges(xs, ys)
    lo = min(0.0, min(ys))
    hi = max(ys) if max(ys) > lo else lo + 1.0
    ticks = y_ticks(lo, hi + (hi - lo) * 0.03)  # a little room above the highest point
    y_lo, y_hi = ticks[0], ticks[-1]

    def sx(t: float) -> float:
        return left + (t - x0) / (x1 - x0) * (width - left - right)

    def sy(v: float) -> float:
        return height - bottom - (v - y_lo) / (y_hi - y_lo) * (height - top - bottom)

    summary = escape(chart_summary(series, labels), {'"': "&quot;"})
    out = [
        f'<svg class="{css}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{summary}" xmlns="http://www.w3.org/2000/svg" font-size="12" '
        'font-family="sans-serif">',
        f"<title>{escape(series.get('title', ''))}</title>",
    ]
    for v in ticks:  # horizontal grid with round values
        y = sy(v)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e7eb"/>'
        )
        out.append(
            f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#374151">'
            f"{escape(_tick(v))}</text>"
        )
    out.extend(_x_axis(x0, x1, sx, left, width - right, height - bottom))
    if unit:  # above the plot, clear of the top tick
        out.append(f'<text class="unit" x="{left - 6}" y="14" text-anchor="end" fill="#374151">')
        out.append(f"{escape(unit)}</text>")
    if goal is not None:
        y = sy(goal)
        out.append(
            f'<line class="goal" x1="{left}" x2="{width - right}" y1="{y:.1f}" '
            f'y2="{y:.1f}" stroke="{GOAL}" stroke-width="1.5" stroke-dasharray="2 3"/>'
        )

    def polyline(points: list[tuple[float, float]], css: str, style: str) -> None:
        if len(points) >= 2:
            pts = " ".join(f"{sx(t):.1f},{sy(v):.1f}" for t, v in points)
            out.append(f'<polyline class="{css}" points="{pts}" fill="none" {style}/>')

    polyline(path, "expected", f'stroke="{EXPECTED}" stroke-width="2"')
    if series.get("low_confidence"):
        style = f'stroke="{PROJECTED}" stroke-width="1.5" stroke-dasharray="2 4" opacity="0.8"'
        polyline(projection, "projection low-confidence", style)
    else:
        polyline(
            projection,
            "projection",
            f'stroke="{PROJECTED}" stroke-width="2" stroke-dasharray="6 4"',
        )
    polyline(observed, "observed-line", f'stroke="{OBSERVED}" stroke-width="1.5"')
    for t, v in observed:
        out.append(
            f'<circle class="observed" cx="{sx(t):.1f}" cy="{sy(v):.1f}" r="4" '
            f'fill="{OBSERVED}"><title>{escape(f"{t:g}: {_num(v)} {unit}")}</title></circle>'
        )
    out.extend(_legend(rows, 8, height - bottom + 40))
    out.append("</svg>")
    return "".join(out)


def chart_summary(series: dict[str, Any], labels: dict[str, str]) -> str:
    """The chart in one sentence, for screen readers: what was observed, the target, the
    projection (marked low-confidence when it is)."""
    unit = series.get("unit") or ""
    sep, year = labels.get("sep", "; "), labels.get("year", "")
    parts = [f"{labels.get('chart', 'Chart')}: {series.get('title', '')}"]
    observed = series.get("observed", [])
    if observed:
        seen = ", ".join(f"{t:g}{year} {_num(v)}" for t, v in observed)
        parts.append(f"{labels.get('observed', 'observed')} {seen} {unit}".strip())
    goal = series.get("target")
    if goal is not None:
        when = f" ({series['deadline']}{year})" if series.get("deadline") else ""
        parts.append(f"{labels.get('goal', 'target')} {_num(goal)} {unit}{when}".strip())
    projection = series.get("projection", [])
    if projection:
        t, v = projection[-1]
        low = f" ({labels.get('low', 'indicative')})" if series.get("low_confidence") else ""
        parts.append(f"{labels.get('projection', 'projection')} {t:g}{year} {_num(v)} {unit}{low}")
    return sep.join(parts)


def _x_axis(x0: int, x1: int, sx: Any, left: float, right: float, base: float) -> list[str]:
    out = []
    step = max(1, (x1 - x0) // 8)
    for year in range(x0, x1 + 1, step):
        x = sx(year)
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{base}" y2="{base + 4}" stroke="#6b7280"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{base + 17}" text-anchor="middle" fill="#374151">{year}</text>'
        )
    out.append(f'<line x1="{left}" x2="{right}" y1="{base}" y2="{base}" stroke="#6b7280"/>')
    return out


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


LegendItem = tuple[str, str, str]  # (colour, extra line attributes, words)


def _legend_items(
    labels: dict[str, str],
    path: list[Any],
    projection: list[Any],
    goal: float | None,
    low_confidence: bool,
) -> list[LegendItem]:
    """What the chart draws, in the order a reader meets it (only what is drawn)."""
    items: list[LegendItem] = [(OBSERVED, "", labels.get("observed", "observed"))]
    if path:
        items.append((EXPECTED, "", labels.get("expected", "expected path")))
    if projection:
        words = labels.get("projection", "projection")
        if low_confidence:
            words += f" ({labels.get('low', 'indicative')})"
            items.append((PROJECTED, 'stroke-dasharray="2 4"', words))
        else:
            items.append((PROJECTED, 'stroke-dasharray="6 4"', words))
    if goal is not None:
        items.append((GOAL, 'stroke-dasharray="2 3"', labels.get("goal", "target")))
    return items


def _text_width(text: str) -> float:
    """Rough width in px at 12 px: CJK characters are square, others about half."""
    return sum(12 if ord(ch) > 0x2E80 else 6.6 for ch in text)


def _legend_rows(items: list[LegendItem], width: float) -> list[list[tuple[float, LegendItem]]]:
    """The legend items placed left to right, wrapped into rows that fit `width`."""
    rows: list[list[tuple[float, LegendItem]]] = [[]]
    x = 0.0
    for item in items:
        w = 26 + _text_width(item[2]) + 16
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, item))
        x += w
    return rows


def _legend(rows: list[list[tuple[float, LegendItem]]], left: float, top: float) -> list[str]:
    """The SVG lines and labels of the legend, under the x axis."""
    out: list[str] = ['<g class="legend">']
    for r, row in enumerate(rows):
        y = top + 18 * r
        for x, (colour, dash, text) in row:
            lx = left + x
            out.append(
                f'<line x1="{lx}" x2="{lx + 20}" y1="{y - 4}" y2="{y - 4}" '
                f'stroke="{colour}" stroke-width="2" {dash}/>'
            )
            out.append(f'<text x="{lx + 26}" y="{y}" fill="#1f2937">{escape(text)}</text>')
    out.append("</g>")
    return out
