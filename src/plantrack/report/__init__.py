"""plantrack.report: the breakdown workbook and the monitoring / evaluation reports.

data = workspace.report(plan, kind="annual", year=2026)   # ReportData (report/data.py)
write_report(data, "report.pdf")                            # html | pdf | docx | md

A format is one `REPORT_FORMATS` entry: its media type, file writer and bytes renderer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from plantrack.errors import ValidationError

if TYPE_CHECKING:
    from plantrack.report.charts import Charts
    from plantrack.report.data import ReportData


def _write_html(data: ReportData, path: Path, charts: Charts | None) -> None:
    """Write the HTML report (charts inline)."""
    from plantrack.report.html import write_html

    write_html(data, path, charts)


def _html_bytes(data: ReportData, charts: Charts | None) -> bytes:
    """The HTML report as UTF-8 bytes."""
    from plantrack.report.html import render_html

    return render_html(data, charts).encode("utf-8")


def _write_pdf(data: ReportData, path: Path, charts: Charts | None) -> None:
    """Write the PDF report."""
    from plantrack.report.pdf import write_pdf

    write_pdf(data, path, charts)


def _pdf_bytes(data: ReportData, charts: Charts | None) -> bytes:
    """The PDF report as bytes."""
    from plantrack.report.pdf import render_pdf

    return render_pdf(data, charts)


def _write_docx(data: ReportData, path: Path, charts: Charts | None) -> None:
    """Write the Word (.docx) report."""
    from plantrack.report.docx import write_docx

    write_docx(data, path, charts)


def _docx_bytes(data: ReportData, charts: Charts | None) -> bytes:
    """The Word (.docx) report as bytes."""
    import io

    from plantrack.report.docx import build_docx

    buffer = io.BytesIO()
    build_docx(data, charts).save(buffer)
    return buffer.getvalue()


def _write_markdown(data: ReportData, path: Path, charts: Charts | None) -> None:
    """Write the Markdown report (with its chart files)."""
    from plantrack.report.md import write_markdown

    write_markdown(data, path, charts)


def _markdown_bytes(data: ReportData, charts: Charts | None) -> bytes:
    """The Markdown report as UTF-8 bytes, without its chart files."""
    from plantrack.report.md import render_markdown

    return render_markdown(data, charts)[0].encode("utf-8")


@dataclass(frozen=True, slots=True)
class ReportFormat:
    """One report format: its media type, its file writer and its bytes renderer."""

    media_type: str
    write: Callable[[ReportData, Path, Charts | None], None]
    render: Callable[[ReportData, Charts | None], bytes]


# format name -> how it is written; each writer imports its library when used (fpdf2, python-docx)
REPORT_FORMATS: dict[str, ReportFormat] = {
    "html": ReportFormat("text/html; charset=utf-8", _write_html, _html_bytes),
    "pdf": ReportFormat("application/pdf", _write_pdf, _pdf_bytes),
    "docx": ReportFormat(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _write_docx,
        _docx_bytes,
    ),
    "md": ReportFormat("text/markdown; charset=utf-8", _write_markdown, _markdown_bytes),
}
FORMATS = tuple(REPORT_FORMATS)
MEDIA_TYPES = {name: report_format.media_type for name, report_format in REPORT_FORMATS.items()}


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
    REPORT_FORMATS[chosen].write(data, path, charts)
    return chosen


def render_bytes(data: ReportData, fmt: str, charts: Charts | None = None) -> bytes:
    """The report as bytes, for a web download (Markdown without its chart files)."""
    report_format = REPORT_FORMATS.get(fmt)
    if report_format is None:
        raise ValidationError(f"unknown report format {fmt!r} (use {'|'.join(FORMATS)})")
    return report_format.render(data, charts)


def report_filename(data: ReportData, fmt: str) -> str:
    """A download name: 宁波市…纲要-2026年度监测报告.pdf (no path separators)."""
    name = f"{data.title}-{data.year}{'年度监测报告' if data.kind == 'annual' else '中期评估报告'}"
    return "".join("_" if ch in '/\\:*?"<>|' else ch for ch in name) + f".{fmt}"
