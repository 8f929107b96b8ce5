"""Charts for reports: drawn once as a list of shapes (report/canvas.py), rendered as PNG for
PDF, DOCX and Markdown and as inline SVG for HTML.

The look is that of the matplotlib charts they replace (the same colours, line styles, markers,
round ticks, the target in the legend and the legend put where it covers the fewest points), at
a few milliseconds a chart. Rendered charts are cached by what they show, so a report written in
several formats, or written again with the same figures, draws each chart once.
"""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict
from dataclasses import dataclass, field

from plantrack.model import STATUS_STYLE, TargetKind
from plantrack.report.canvas import Canvas, Line, Marker, Rect, Text, text_width
from plantrack.report.data import ReportData, TargetLine

DPI = 150  # the status chart: 7 in wide
TREND_DPI = 120  # small trend charts: enough for print at their 10.5 cm width
OBSERVED, PATH, GOAL, PROJECTED = "#d6604d", "#4393c3", "#1b7837", "#999999"
INK, SPINE = "#000000", "#000000"
_CACHE_SIZE = 2048


def pt(points: float, dpi: int) -> float:
    """Typographic points to pixels at `dpi`."""
    return points * dpi / 72


@dataclass(slots=True)
class Charts:
    """The report's charts: the status chart and one trend chart per lagging target (PNG),
    and their SVG twins for HTML (the same drawing)."""

    status_png: bytes
    trends: dict[str, bytes] = field(default_factory=dict)  # target id -> PNG
    status_svg: str = ""
    trend_svgs: dict[str, str] = field(default_factory=dict)  # target id -> SVG


def ticks(lo: float, hi: float, most: int = 6) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 × 10^k apart) inside [lo, hi], at most `most` + 1."""
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / most
    power = 10 ** math.floor(math.log10(raw))
    step = next((m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * 0.999), 10 * power)
    first = math.ceil(lo / step - 1e-9)
    return [round(k * step, 10) for k in range(first, math.floor(hi / step + 1e-9) + 1)]


def tick_label(value: float) -> str:
    """A tick's text: 2026, 150, 2.5 (no trailing .0, no thousands separators, as matplotlib)."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:g}"


# --- trend chart -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Series:
    """What a trend chart shows, in data units: a hashable key for the chart cache."""

    title: str
    unit: str
    observed: tuple[tuple[float, float], ...]
    path: tuple[tuple[float, float], ...] = ()
    annual_goal: float | None = None
    goal: tuple[float, float] | None = None
    projection: tuple[tuple[float, float], ...] = ()

    def key(self) -> tuple:
        return (self.title, self.unit, self.observed, self.path, self.annual_goal, self.goal,
                self.projection)  # fmt: skip


def _series(line: TargetLine) -> _Series | None:
    """The trend of one target: figures, path from the baseline, target, projection."""
    points = tuple((int(p[:4]) + (0.0 if len(p) == 4 else -0.5), v) for p, v in line.series)
    if not points:
        return None
    t = line.target
    title = t.metric if len(t.metric) <= 24 else t.metric[:23] + "…"
    series = _Series(title, line.series_unit or "", points)
    if not (line.series_unit == (t.unit or "") and t.value is not None and t.deadline):
        return series
    goal = float(t.value)
    if t.kind == TargetKind.MULTIPLE and line.baseline_point:
        goal = goal * line.baseline_point[1]
    if line.baseline_point and t.kind != TargetKind.ANNUAL:
        bx, bv = line.baseline_point
        xs = [bx + (t.deadline - bx) * i / 20 for i in range(21)]
        if line.assessment.method in ("compound", "multiple") and bv > 0 and goal > 0:
            series.path = tuple((x, bv * (goal / bv) ** ((x - bx) / (t.deadline - bx))) for x in xs)
        else:
            series.path = tuple((x, bv + (goal - bv) * (x - bx) / (t.deadline - bx)) for x in xs)
    elif t.kind == TargetKind.ANNUAL:
        series.annual_goal = goal
    series.goal = (float(t.deadline), goal)
    projected = line.assessment.projected
    if projected is not None and t.kind != TargetKind.ANNUAL:
        series.projection = (points[-1], (float(t.deadline), float(projected)))
    return series


def _legend(series: _Series, deadline: float | None) -> list[tuple[str, str]]:
    """(kind, label) of each legend entry, in drawing order."""
    entries = [("observed", "监测值")]
    if series.path:
        entries.append(("path", "规划路径"))
    if series.annual_goal is not None:
        entries.append(("annual", "年度目标"))
    if series.goal is not None:
        entries.append(("goal", f"目标 {deadline:.0f}"))
    if series.projection:
        entries.append(("projection", "趋势预测"))
    return entries


def _extent(values: list[float]) -> tuple[float, float]:
    """The axis range: the data with 5% margins (matplotlib's default)."""
    lo, hi = min(values), max(values)
    if hi == lo:
        pad = abs(lo) * 0.05 or 0.05
        return lo - pad, hi + pad
    pad = (hi - lo) * 0.05
    return lo - pad, hi + pad


def _place_legend(
    box: tuple[float, float, float, float], size: tuple[float, float], drawn: list[tuple]
) -> tuple[float, float]:
    """The top-left corner of the legend: the corner or edge of the axes (matplotlib's order
    for loc="best") whose box covers the fewest drawn points."""
    left, top, right, bottom = box
    w, h = size
    pad = 6
    xs = {"l": left + pad, "c": (left + right - w) / 2, "r": right - w - pad}
    ys = {"u": top + pad, "m": (top + bottom - h) / 2, "d": bottom - h - pad}
    order = ["ur", "ul", "dl", "dr", "mr", "ml", "dc", "uc", "mc"]
    best, best_score = (xs["r"], ys["u"]), None
    for place in order:
        x, y = xs[place[1]], ys[place[0]]
        score = sum(1 for px, py in drawn if x <= px <= x + w and y <= py <= y + h)
        if best_score is None or score < best_score:
            best, best_score = (x, y), score
            if score == 0:
                break
    return best


def _sample(points: list[tuple[float, float]], step: float = 4.0) -> list[tuple[float, float]]:
    """Points every `step` pixels along a polyline (what a legend must not cover)."""
    out = list(points[:1])
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / step))
        out += [(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n) for i in range(1, n + 1)]
    return out


def _handle(canvas: Canvas, kind: str, x: float, y: float, length: float, dpi: int) -> None:
    """One legend entry's sample of its line or marker, `length` wide from (x, y)."""
    lw = pt(1, dpi)
    if kind == "observed":
        canvas.add(Line([(x, y), (x + length, y)], OBSERVED, pt(1.6, dpi)))
        canvas.add(Marker(x + length / 2, y, "o", pt(4, dpi), OBSERVED))
    elif kind in ("path", "annual"):
        canvas.add(Line([(x, y), (x + length, y)], PATH, lw, "dashed"))
    elif kind == "goal":
        canvas.add(Marker(x + length / 2, y, "*", pt(10, dpi), GOAL))
    else:
        canvas.add(Line([(x, y), (x + length, y)], PROJECTED, lw, "dotted"))


def _trend_canvas(series: _Series) -> Canvas:
    dpi = TREND_DPI
    width, height = round(4.2 * dpi), round(2.4 * dpi)
    canvas = Canvas(width, height)
    left, right, top, bottom = 0.15 * width, 0.97 * width, 0.12 * height, 0.88 * height
    data = list(series.observed) + list(series.path) + list(series.projection)
    if series.goal:
        data.append(series.goal)
    x_lo, x_hi = _extent([x for x, _ in data])
    y_values = [y for _, y in data] + (
        [series.annual_goal] if series.annual_goal is not None else []
    )
    y_lo, y_hi = _extent(y_values)

    def sx(x: float) -> float:
        return left + (x - x_lo) / (x_hi - x_lo) * (right - left)

    def sy(y: float) -> float:
        return bottom - (y - y_lo) / (y_hi - y_lo) * (bottom - top)

    lw, tick_size, tick_len = pt(1, dpi), pt(7, dpi), pt(3.5, dpi)
    drawn: list[tuple[float, float]] = []
    if series.path:
        path = [(sx(x), sy(y)) for x, y in series.path]
        canvas.add(Line(path, PATH, lw, "dashed"))
        drawn += _sample(path)
    if series.annual_goal is not None:
        goal_line = [(left, sy(series.annual_goal)), (right, sy(series.annual_goal))]
        canvas.add(Line(goal_line, PATH, lw, "dashed"))
        drawn += _sample(goal_line)
    observed = [(sx(x), sy(y)) for x, y in series.observed]
    canvas.add(Line(observed, OBSERVED, pt(1.6, dpi)))
    for x, y in observed:
        canvas.add(Marker(x, y, "o", pt(4, dpi), OBSERVED))
    drawn += _sample(observed)
    if series.goal:
        canvas.add(Marker(sx(series.goal[0]), sy(series.goal[1]), "*", pt(10, dpi), GOAL))
        drawn.append((sx(series.goal[0]), sy(series.goal[1])))
    if series.projection:
        projection = [(sx(x), sy(y)) for x, y in series.projection]
        canvas.add(Line(projection, PROJECTED, lw, "dotted"))
        drawn += _sample(projection)
    # axes: the left and bottom spines with outward ticks, as matplotlib draws them
    spine = pt(0.8, dpi)
    canvas.add(Line([(left, top), (left, bottom), (right, bottom)], SPINE, spine))
    x_ticks = [x for x in ticks(x_lo, x_hi) if float(x).is_integer()]
    for x in x_ticks:
        canvas.add(Line([(sx(x), bottom), (sx(x), bottom + tick_len)], SPINE, spine))
        canvas.add(Text(sx(x), bottom + tick_len + 2, tick_label(x), tick_size, INK, "ma"))
    widest = 0.0
    for y in ticks(y_lo, y_hi, max(3, int((bottom - top) / (2.5 * tick_size)))):
        label = tick_label(y)
        widest = max(widest, text_width(label, tick_size))
        canvas.add(Line([(left - tick_len, sy(y)), (left, sy(y))], SPINE, spine))
        canvas.add(Text(left - tick_len - 3, sy(y), label, tick_size, INK, "rm"))
    canvas.add(Text((left + right) / 2, top - pt(6, dpi), series.title, pt(9, dpi), INK, "ms"))
    if series.unit:
        x = left - tick_len - 3 - widest - pt(8, dpi) * 0.75
        canvas.add(Text(x, (top + bottom) / 2, series.unit, pt(8, dpi), INK, "mm", rotate=True))
    _draw_legend(canvas, series, (left, top, right, bottom), drawn)
    return canvas


def _draw_legend(
    canvas: Canvas, series: _Series, box: tuple[float, float, float, float], drawn: list
) -> None:
    dpi = TREND_DPI
    size = pt(6, dpi)
    entries = _legend(series, series.goal[0] if series.goal else None)
    handle, gap, row = 2 * size, 0.8 * size, 1.5 * size
    w = handle + gap + max(text_width(label, size) for _, label in entries)
    h = row * len(entries)
    x, y = _place_legend(box, (w, h), drawn)
    for i, (kind, label) in enumerate(entries):
        middle = y + row * (i + 0.5)
        _handle(canvas, kind, x, middle, handle, dpi)
        canvas.add(Text(x + handle + gap, middle, label, size, INK, "lm"))


@dataclass(slots=True)
class _Chart:
    """A drawing and its renderings, made when first asked for."""

    canvas: Canvas
    png: bytes | None = None
    svg: str | None = None

    def as_png(self) -> bytes:
        if self.png is None:
            self.png = self.canvas.png()
        return self.png

    def as_svg(self, label: str) -> str:
        if self.svg is None:
            self.svg = self.canvas.svg(label)
        return self.svg


_trend_cache: OrderedDict[tuple, _Chart] = OrderedDict()


def _trend(line: TargetLine) -> _Chart | None:
    """The trend chart of a target, from the cache when the same figures were drawn before
    (the key is everything the chart shows, so a changed figure draws it anew)."""
    series = _series(line)
    if series is None:
        return None
    key = series.key()
    chart = _trend_cache.get(key)
    if chart is None:
        chart = _Chart(_trend_canvas(series))
        _trend_cache[key] = chart
        if len(_trend_cache) > _CACHE_SIZE:
            _trend_cache.popitem(last=False)
    else:
        _trend_cache.move_to_end(key)
    return chart


def trend_chart(line: TargetLine) -> bytes | None:
    """Figures so far, the path from the baseline to the target, and the projection (PNG)."""
    chart = _trend(line)
    return None if chart is None else chart.as_png()


def trend_svg(line: TargetLine) -> str | None:
    """The same trend chart as inline SVG."""
    chart = _trend(line)
    return (
        None if chart is None else chart.as_svg(f"{line.target.metric}：监测值、规划路径与趋势预测")
    )


# --- status chart ------------------------------------------------------------------------------


def _status_canvas(data: ReportData) -> Canvas:
    """Stacked horizontal bars: targets by status, one bar per chapter and one for all."""
    dpi = DPI
    labels = ["全部指标"] + [c.title for c in data.chapters]
    rows = [{s.status: s.count for s in data.summary}] + [c.counts for c in data.chapters]
    labels = [label if len(label) <= 16 else label[:15] + "…" for label in labels]
    statuses = [c.status for c in data.summary]
    size, small = pt(9, dpi), pt(8, dpi)
    tick_len, spine = pt(3.5, dpi), pt(0.8, dpi)
    # the axes of a 7 in figure (0.5 in a bar + 1.1 in) with matplotlib's default margins, and
    # the labels around them as a tight bounding box would leave them: the proportions of the
    # chart this replaced, so the report's pages break where they did
    plot_w, plot_h = 0.775 * 7.0 * dpi, 0.77 * (0.5 * len(labels) + 1.1) * dpi
    left = 15 + max(text_width(label, size) for label in labels) + tick_len + 4
    top = pt(9, dpi) * 1.6 + pt(24, dpi) + 4
    right, bottom = left + plot_w, top + plot_h
    width, height = round(right + 17), round(bottom + size * 3 + tick_len + 13)
    canvas = Canvas(width, height)
    totals = [sum(row.get(s, 0) for s in statuses) for row in rows]
    x_hi = max([*totals, 1]) * 1.02
    band = (bottom - top) / len(labels)  # one row of the chart per bar, bars 0.6 of it

    def sx(x: float) -> float:
        return left + x / x_hi * (right - left)

    for index, (label, row) in enumerate(zip(labels, rows, strict=True)):
        middle = top + band * (index + 0.5)
        start = 0
        for status in statuses:
            value = row.get(status, 0)
            if not value:
                continue
            x0, x1 = sx(start), sx(start + value)
            canvas.add(Rect(x0, middle - 0.3 * band, x1, middle + 0.3 * band,
                            STATUS_STYLE[status].fill, "#ffffff"))  # fmt: skip
            colour = STATUS_STYLE[status].on_fill
            canvas.add(Text((x0 + x1) / 2, middle, str(value), small, colour, "mm"))
            start += value
        canvas.add(Line([(left - tick_len, middle), (left, middle)], SPINE, spine))
        canvas.add(Text(left - tick_len - 4, middle, label, size, INK, "rm"))
    canvas.add(Line([(left, top), (left, bottom), (right, bottom)], SPINE, spine))
    for x in ticks(0, x_hi):
        canvas.add(Line([(sx(x), bottom), (sx(x), bottom + tick_len)], SPINE, spine))
        canvas.add(Text(sx(x), bottom + tick_len + 3, tick_label(x), size, INK, "ma"))
    canvas.add(Text((left + right) / 2, height - 6, "指标数（项）", size, INK, "md"))
    # the legend: one row of colour boxes above the bars, the title above it
    entries = [(STATUS_STYLE[s].fill, STATUS_STYLE[s].zh) for s in statuses]
    box, gap = small * 1.4, small * 0.8
    widths = [box + gap + text_width(word, small) for _, word in entries]
    x = (left + right) / 2 - (sum(widths) + 2 * gap * (len(entries) - 1)) / 2
    y = top - small * 1.2
    for (fill, word), w in zip(entries, widths, strict=True):
        canvas.add(Rect(x, y - small * 0.35, x + box, y + small * 0.35, fill))
        canvas.add(Text(x + box + gap, y, word, small, INK, "lm"))
        x += w + 2 * gap
    title = pt(9 * 1.2, dpi)  # matplotlib's "large" title
    canvas.add(Text((left + right) / 2, 8, "指标进展状态（按章节）", title, INK, "ma"))
    return canvas


def status_bars(data: ReportData) -> bytes:
    """The status chart as PNG."""
    return _status_canvas(data).png()


def render_charts(data: ReportData) -> Charts:
    """Every chart of a report, as PNG and SVG."""
    status = _Chart(_status_canvas(data))
    charts = Charts(status.as_png(), status_svg=status.as_svg("指标进展状态（按章节）"))
    for line in data.lagging:
        chart = _trend(line)
        if chart is not None:
            charts.trends[line.target.id] = chart.as_png()
            charts.trend_svgs[line.target.id] = chart.as_svg(
                f"{line.target.metric}：监测值、规划路径与趋势预测"
            )
    return charts
