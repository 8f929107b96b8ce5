"""Report downloads: the annual monitoring report (年度监测报告), the mid-term evaluation
(中期评估报告) and the task breakdown workbook (任务分工方案), built by plantrack.report from the
same data as the CLI."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from starlette.responses import Response

from plantrack.errors import ValidationError
from plantrack.web.auth import require_reader
from plantrack.web.data import plan_choices, this_year
from plantrack.web.pages import workspace
from plantrack.web.params import Year
from plantrack.web.render import attachment, render

router = APIRouter(include_in_schema=False)
FORMATS = ("html", "pdf", "docx", "md")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/reports")
@router.get("/reports.json")
def reports(request: Request, plan: str | None = None) -> Response:
    require_reader(request)
    ws = workspace(request)
    the_plan = ws.plan(plan)
    start, end = the_plan.period_start or this_year(), the_plan.period_end or this_year()
    links = []
    for kind in ("annual", "midterm"):
        for fmt in FORMATS:
            links.append(
                {
                    "kind": kind,
                    "format": fmt,
                    "href": f"/reports/download?plan={the_plan.id}&kind={kind}&format={fmt}",
                }
            )
    data = {
        "page": "reports",
        "plan": the_plan.to_dict(),
        "plans": plan_choices(ws),
        "years": list(range(start, end + 1)),
        "downloads": links,
        "breakdown": f"/reports/breakdown.xlsx?plan={the_plan.id}",
    }
    return render(request, "reports.html", data)


@router.get("/reports/download")
def download(
    request: Request,
    kind: str = "annual",
    format: str = "pdf",
    plan: str | None = None,
    year: Year = None,
    preview: bool = False,
) -> Response:
    from plantrack.report import MEDIA_TYPES, render_bytes, report_filename
    from plantrack.report.charts import render_charts

    user = require_reader(request)
    preview = preview and user is not None  # no preview for anonymous readers
    if kind not in ("annual", "midterm"):
        raise ValidationError(f"kind {kind!r}: expected annual or midterm")
    if format not in FORMATS:
        raise ValidationError(f"format {format!r}: expected one of {', '.join(FORMATS)}")
    report = workspace(request).report(plan, kind=kind, year=year, include_submitted=preview)
    body = render_bytes(report, format, render_charts(report) if format != "md" else None)
    return Response(
        body,
        media_type=MEDIA_TYPES[format],
        headers={
            "content-disposition": attachment(
                report_filename(report, format), f"plantrack-{kind}-{report.year}.{format}"
            )
        },
    )


@router.get("/reports/breakdown.xlsx")
def breakdown(request: Request, plan: str | None = None) -> Response:
    require_reader(request)
    ws = workspace(request)
    the_plan = ws.plan(plan)
    with tempfile.TemporaryDirectory(prefix="plantrack-breakdown-") as tmp:
        path = Path(tmp) / "breakdown.xlsx"
        ws.export_breakdown(the_plan.id, path)
        body = path.read_bytes()
    name = f"{the_plan.title}-任务分工方案.xlsx"
    return Response(
        body,
        media_type=XLSX,
        headers={"content-disposition": attachment(name, "plantrack-breakdown.xlsx")},
    )
