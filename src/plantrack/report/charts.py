"""Charts for reports as PNG bytes (matplotlib, Agg, the CJK font set explicitly).

No pyplot: figures are built with the object API and saved through Agg, so rendering is safe in the web server's
threads and leaves no global state behind.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from matplotlib import rc_context
from matplotlib.figure import Figure

from plantrack.model import STATUS_STYLE, TargetKind
from plantrack.report.data import ReportData, TargetLine
from plantrack.report.fonts import matplotlib_font

DPI = 150
TREND_DPI = 120  # small trend charts: enough for print at their 10.5 cm width


@dataclass(slots=True)
class Charts:
    status_png: bytes
    trends: dict[str, bytes] = field(default_factory=dict)  # target id -> PNG


def _rc() -> dict:
    return {
        "font.family": [matplotlib_font()],
        "axes.unicode_minus": False,
        "font.size": 9,
        "svg.fonttype": "none",
    }


def _png(fig: Figure, *, tight: bool = True, dpi: int = DPI) -> bytes:
    """PNG bytes; `tight` fits the margins to the labels (one extra draw: ~40% slower)."""
    buffer = io.BytesIO()
    fig.savefig(
        buffer,
        format="png",
        dpi=dpi,
        bbox_inches="tight" if tight else None,
        metadata={"Software": "plantrack"},
    )
    return buffer.getvalue()


def status_bars(data: ReportData) -> bytes:
    """Stacked horizontal bars: targets by status, one bar per chapter and one for all."""
    labels = ["全部指标"] + [c.title for c in data.chapters]
    rows = [{s.status: s.count for s in data.summary}] + [c.counts for c in data.chapters]
    labels = [label if len(label) <= 16 else label[:15] + "…" for label in labels]
    with rc_context(_rc()):
        fig = Figure(figsize=(7.0, 0.5 * len(labels) + 1.1))
        ax = fig.add_subplot()
        y = list(range(len(labels)))[::-1]
        left = [0] * len(labels)
        for status in (c.status for c in data.summary):
            values = [row.get(status, 0) for row in rows]
            ax.barh(
                y,
                values,
                left=left,
                color=STATUS_STYLE[status].fill,
                label=STATUS_STYLE[status].zh,
                height=0.6,
                edgecolor="white",
                linewidth=0.5,
            )
            for yi, li, v in zip(y, left, values, strict=True):
                if v:
                    ax.text(
                        li + v / 2,
                        yi,
                        str(v),
                        ha="center",
                        va="center",
                        fontsize=8,
                        color=STATUS_STYLE[status].on_fill,
                    )
            left = [a + b for a, b in zip(left, values, strict=True)]
        ax.set_yticks(y, labels)
        ax.set_xlabel("指标数（项）")
        ax.set_xlim(0, max([*left, 1]) * 1.02)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(ncols=5, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False, fontsize=8)
        ax.set_title("指标进展状态（按章节）", pad=24)
        return _png(fig)


def trend_chart(line: TargetLine) -> bytes | None:
    """Figures so far, the path from the baseline to the target, and the projection."""
    points = [(int(p[:4]) + (0.0 if len(p) == 4 else -0.5), v) for p, v in line.series]
    t = line.target
    if not points:
        return None
    with rc_context(_rc()):
        fig = Figure(figsize=(4.2, 2.4))
        # fixed margins instead of a tight bounding box: a report may hold hundreds of these
        fig.subplots_adjust(left=0.15, right=0.97, top=0.88, bottom=0.12)
        ax = fig.add_subplot()
        xs, ys = zip(*points, strict=True)
        ax.plot(xs, ys, marker="o", color="#d6604d", label="监测值", linewidth=1.6, markersize=4)
        comparable = line.series_unit == (t.unit or "") and t.value is not None
        if comparable and t.deadline:
            goal = float(t.value)
            if t.kind == TargetKind.MULTIPLE and line.baseline_point:
                goal = goal * line.baseline_point[1]
            if line.baseline_point and t.kind != TargetKind.ANNUAL:
                bx, bv = line.baseline_point
                path_x = [bx + (t.deadline - bx) * i / 20 for i in range(21)]
                if line.assessment.method in ("compound", "multiple") and bv > 0 and goal > 0:
                    path_y = [bv * (goal / bv) ** ((x - bx) / (t.deadline - bx)) for x in path_x]
                else:
                    path_y = [bv + (goal - bv) * (x - bx) / (t.deadline - bx) for x in path_x]
                ax.plot(
                    path_x, path_y, linestyle="--", color="#4393c3", linewidth=1, label="规划路径"
                )
            elif t.kind == TargetKind.ANNUAL:
                ax.axhline(goal, linestyle="--", color="#4393c3", linewidth=1, label="年度目标")
            ax.plot(
                [t.deadline],
                [goal],
                marker="*",
                markersize=10,
                color="#1b7837",
                linestyle="none",
                label=f"目标 {t.deadline}",
            )
            projected = line.assessment.projected
            if projected is not None and t.kind != TargetKind.ANNUAL:
                ax.plot(
                    [xs[-1], t.deadline],
                    [ys[-1], projected],
                    linestyle=":",
                    color="#999999",
                    linewidth=1,
                    label="趋势预测",
                )
        title = t.metric if len(t.metric) <= 24 else t.metric[:23] + "…"
        ax.set_title(title, fontsize=9)
        ax.set_ylabel(line.series_unit or "", fontsize=8)
        ax.tick_params(labelsize=7)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(fontsize=6, frameon=False, loc="best")
        return _png(fig, tight=False, dpi=TREND_DPI)


def render_charts(data: ReportData) -> Charts:
    charts = Charts(status_bars(data))
    for line in data.lagging:
        png = trend_chart(line)
        if png is not None:
            charts.trends[line.target.id] = png
    return charts
