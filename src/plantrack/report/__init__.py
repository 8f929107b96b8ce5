"""plantrack.report: the breakdown workbook and the monitoring / evaluation reports.

data = workspace.report(plan, kind="annual", year=2026)   # ReportData (report/data.py)
write_report(data, "report.pdf")                            # html | pdf | docx | md
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from plantrack.errors import ValidationError

if TYPE_CHECKING:
    from plantrack.report.charts import Charts
    from plantrack.report.data import ReportData

FORMATS = ("html", "pdf", "docx", "md")
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
}


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """The format asked for, else the one the file name says (report.pdf -> pdf)."""
    if fmt:
        chosen = fmt.lower()
    else:
        chosen = Path(path).suffix.lower().lstrip(".")
        chosen = {"htm": "html", "markdown": "md"}.get(chosen, chosen)
    if chosen not in FORMATS:
        raise ValidationError(
            f"{Path(path).name}: unknown report format {chosen!r} "
            f"(use --format {'|'.join(FORMATS)})"
        )
    return chosen


def write_report(
    data: ReportData, path: str | Path, fmt: str | None = None, charts: Charts | None = None
) -> str:
    """Write `data` to `path` in `fmt` (default: from the suffix); returns the format used."""
    path = Path(path)
    chosen = format_for(path, fmt)
    if chosen == "html":
        from plantrack.report.html import write_html as writer
    elif chosen == "pdf":
        from plantrack.report.pdf import write_pdf as writer
    elif chosen == "docx":
        from plantrack.report.docx import write_docx as writer
    else:
        from plantrack.report.md import write_markdown as writer
    writer(data, path, charts)
    return chosen


def render_bytes(data: ReportData, fmt: str, charts: Charts | None = None) -> bytes:
    """The report as bytes, for a web download (Markdown without its chart files)."""
    if fmt == "html":
        from plantrack.report.html import render_html

        return render_html(data, charts).encode("utf-8")
    if fmt == "pdf":
        from plantrack.report.pdf import render_pdf

        return render_pdf(data, charts)
    if fmt == "docx":
        import io

        from plantrack.report.docx import build_docx

        buffer = io.BytesIO()
        build_docx(data, charts).save(buffer)
        return buffer.getvalue()
    if fmt == "md":
        from plantrack.report.md import render_markdown

        return render_markdown(data, charts)[0].encode("utf-8")
    raise ValidationError(f"unknown report format {fmt!r} (use {'|'.join(FORMATS)})")


def report_filename(data: ReportData, fmt: str) -> str:
    """A download name: 宁波市…纲要-2026年度监测报告.pdf (no path separators)."""
    name = f"{data.title}-{data.year}{'年度监测报告' if data.kind == 'annual' else '中期评估报告'}"
    return "".join("_" if ch in '/\\:*?"<>|' else ch for ch in name) + f".{fmt}"
