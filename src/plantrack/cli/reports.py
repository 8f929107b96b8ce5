"""Commands for owners and documents: assign, assignments, export/import breakdown, report."""

from __future__ import annotations

from pathlib import Path

import click

from plantrack.cli.output import print_json, print_table
from plantrack.cli.root import export_group, fail, get_workspace, import_group, main
from plantrack.report import FORMATS


@main.command()
@click.argument("plan")
@click.argument("ref")
@click.option(
    "--lead",
    required=True,
    metavar="单位",
    help="牵头单位 lead department (several: 市发改委、市经信局).",
)
@click.option(
    "--partner",
    "partners",
    multiple=True,
    metavar="单位",
    help="责任单位 partner department; repeat for several.",
)
@click.option(
    "--due",
    "due_year",
    type=click.IntRange(1949, 2100),
    metavar="YEAR",
    help="完成时限 due year, e.g. 2027.",
)
@click.option(
    "--expect-version",
    type=int,
    metavar="N",
    help="Only write if the assignment is still at version N (else: conflict).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def assign(
    ctx: click.Context,
    plan: str,
    ref: str,
    lead: str,
    partners: tuple[str, ...],
    due_year: int | None,
    expect_version: int | None,
    fmt: str,
) -> None:
    """Set the lead and partner departments of a task (node id) or target (target id)."""
    result = get_workspace(ctx).assign(
        plan, ref, lead=lead, partners=partners, due_year=due_year, expected_version=expect_version
    )
    if fmt == "json":
        print_json(result.to_dict())
        return
    kind = "target" if result.subject == "target" else "task"
    click.echo(
        f"{kind} {result.ref}: 牵头 {'、'.join(result.lead)}"
        + (f"; 责任 {'、'.join(result.partners)}" if result.partners else "")
        + (f"; 完成时限 {result.due_year}" if result.due_year else "")
        + f" (version {result.version})"
    )


@main.command("assignments")
@click.argument("plan", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def list_assignments(ctx: click.Context, plan: str | None, fmt: str) -> None:
    """List who leads each task and target of a plan."""
    items = get_workspace(ctx).assignments(plan)
    if fmt == "json":
        print_json([a.to_dict() for a in items.values()])
        return
    print_table(
        f"分工 Assignments ({len(items)})",
        ["编号 ref", "类型", "牵头单位 lead", "责任单位 partners", "完成时限", "版本"],
        [
            (
                a.ref,
                "指标" if a.subject == "target" else "任务",
                "、".join(a.lead),
                "、".join(a.partners),
                a.due_year,
                a.version,
            )
            for a in items.values()
        ],
    )


@export_group.command("breakdown")
@click.argument("plan", required=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The workbook to write, e.g. 分工方案.xlsx.",
)
@click.pass_context
def export_breakdown(ctx: click.Context, plan: str | None, output: Path) -> None:
    """Write the 任务分工方案 workbook (one sheet per chapter and a 汇总 sheet)."""
    if output.suffix.lower() != ".xlsx":
        raise click.UsageError(f"{output.name}: the breakdown is an .xlsx workbook")
    count = get_workspace(ctx).export_breakdown(plan, output)
    click.echo(f"{output}: {count} task and target rows written")


@import_group.command("breakdown")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--plan", help="Plan id or title part (default: the plan the workbook came from).")
@click.option("--dry-run", is_flag=True, help="Check every row, write nothing.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def import_breakdown(
    ctx: click.Context, file: Path, plan: str | None, dry_run: bool, fmt: str
) -> None:
    """Read a filled-in breakdown workbook back: every row checked, all rows or none written."""
    from plantrack.report.breakdown import BreakdownRejected

    try:
        result = get_workspace(ctx).import_breakdown(file, plan, dry_run=dry_run)
    except BreakdownRejected as exc:
        if fmt == "json":
            print_json({"ok": False, "error": str(exc), **exc.report.to_dict()})
        else:
            for row in exc.report.errors:
                click.echo(f"  {row.sheet}!{row.row} {row.ref or '—'}: {row.message}", err=True)
        fail(str(exc))
    if fmt == "json":
        print_json({"ok": True, **result.to_dict()})
        return
    for warning in result.warnings:
        click.echo(f"  warning: {warning}", err=True)
    for row in result.rows:
        if row.outcome in ("changed", "duplicate") or row.message:
            click.echo(
                f"  {row.sheet}!{row.row} {row.ref}: {row.outcome}"
                + (f" ({row.message})" if row.message else "")
            )
    verb = "would change" if dry_run else "changed"
    click.echo(
        f"{file.name}: {result.count('changed')} {verb}, {result.count('unchanged')} "
        f"unchanged, {result.count('empty')} without 牵头单位, "
        f"{result.count('duplicate')} duplicate rows ignored"
    )


@main.command()
@click.argument("plan", required=False)
@click.option(
    "--kind",
    type=click.Choice(["annual", "midterm"]),
    default="annual",
    help="annual = 年度监测报告, midterm = 中期评估报告.",
)
@click.option(
    "--year",
    type=click.IntRange(1949, 2100),
    help="Report year (default: annual = latest year with figures; midterm = mid-period).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*FORMATS, "json"]),
    help="Output format (default: from the -o suffix; json prints the report data).",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write."
)
@click.option(
    "--preview",
    is_flag=True,
    help="Count submitted figures too (预览; default: approved and published only).",
)
@click.pass_context
def report(
    ctx: click.Context,
    plan: str | None,
    kind: str,
    year: int | None,
    fmt: str | None,
    output: Path | None,
    preview: bool,
) -> None:
    """Write the annual monitoring or mid-term evaluation report (HTML, PDF, Word, Markdown)."""
    from plantrack.report import format_for, write_report

    if fmt == "json" and output is None:
        print_json(get_workspace(ctx).report(plan, kind, year, include_submitted=preview).to_dict())
        return
    if output is None:
        raise click.UsageError("give -o FILE (e.g. -o 监测报告.pdf), or --format json")
    if fmt == "json":
        import json

        data = get_workspace(ctx).report(plan, kind, year, include_submitted=preview)
        output.write_text(
            json.dumps(data.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        click.echo(f"{output}: report data written")
        return
    chosen = format_for(output, fmt)  # fail on a bad suffix before the work
    data = get_workspace(ctx).report(plan, kind, year, include_submitted=preview)
    write_report(data, output, chosen)
    click.echo(
        f"{output}: {data.subtitle}, {data.total} targets "
        f"({data.count('lagging')} 滞后, {data.count('no_data')} 暂无数据)"
    )
