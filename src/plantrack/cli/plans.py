"""Commands on plan documents: ingest, plans, outline, show, targets."""

from __future__ import annotations

import os
from pathlib import Path

import click

from plantrack.cli.output import fmt_number, print_json, print_table
from plantrack.cli.root import get_workspace, main
from plantrack.model import Node


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--title", help="Plan title (default: the document's first line).")
@click.option("--region", help="Region, e.g. 宁波市 (default: from the title).")
@click.option(
    "--level",
    type=click.Choice(["nation", "province", "city", "district", "county"]),
    help="Level of government (default: from the title).",
)
@click.option("--period", metavar="2026-2030", help="Plan period (default: from the title).")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=None,
    help="A folder: ingest this many files at once (default 1). One scanned file: OCR this "
    "many pages at once (default: every core).",
)
@click.option(
    "--wait",
    "wait_for_lock",
    is_flag=True,
    help="FILE is a folder being ingested by another run: wait instead of refusing.",
)
@click.pass_context
def ingest(
    ctx: click.Context,
    file: Path,
    title: str | None,
    region: str | None,
    level: str | None,
    period: str | None,
    jobs: int | None,
    wait_for_lock: bool,
) -> None:
    """Read a plan document and store it; a folder: all its plans.

    Reads .txt .md .docx .pdf .html, Word 97 .doc and WPS .wps (with LibreOffice), and scans
    (image-only PDF pages, .png .jpg .tif) by OCR (with Tesseract's simplified-Chinese model).
    """
    if file.is_dir():
        from plantrack.cli.corpus import ingest_folder

        ingest_folder(
            ctx,
            file,
            title=title,
            region=region,
            level=level,
            period=period,
            jobs=jobs or 1,
            wait_for_lock=wait_for_lock,
        )
        return
    from plantrack.cli.progress import PageProgress

    ws = get_workspace(ctx)
    with PageProgress("OCR") as progress:
        result = ws.ingest(
            file,
            title=title,
            region=region,
            level=level,
            period=period,
            jobs=jobs or os.cpu_count() or 1,
            progress=progress,
        )
    plan = result.plan
    verb = "stored" if result.created else "already stored (same content)"
    period_text = f"{plan.period_start}–{plan.period_end}" if plan.period_start else "unknown"
    click.echo(f"plan {plan.id}: {plan.title} (version {plan.version}) {verb}")
    click.echo(f"  period {period_text}; {plan.node_count} nodes, {plan.target_count} targets")
    for repair in result.repairs:
        click.echo(f"  repaired: {repair}")
    for warning in result.warnings:
        click.echo(f"  warning: {warning}", err=True)


@main.command("plans")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def list_plans(ctx: click.Context, fmt: str) -> None:
    """List the stored plans and their versions."""
    items = get_workspace(ctx).plans()
    if fmt == "json":
        print_json([p.to_dict() for p in items])
        return
    print_table(
        "规划 Plans",
        ["id", "标题 title", "版本", "期限 period", "节点", "指标", "来源"],
        [
            (
                p.id,
                p.title,
                p.version,
                f"{p.period_start}–{p.period_end}" if p.period_start else "",
                p.node_count,
                p.target_count,
                p.source,
            )
            for p in items
        ],
    )


def outline_lines(nodes: list[Node]) -> list[str]:
    depth = {n.node_id: 0 for n in nodes}
    lines = []
    for node in nodes:
        if node.parent in depth:
            depth[node.node_id] = depth[node.parent] + 1
        indent = "  " * depth[node.node_id]
        if node.kind in ("part", "chapter", "section", "box", "heading"):
            label = node.text + ("  [inferred]" if node.inferred else "")
        else:
            label = node.title
        lines.append(f"{indent}{node.node_id:<18} {label}")
    return lines


@main.command()
@click.argument("plan", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def outline(ctx: click.Context, plan: str | None, fmt: str) -> None:
    """Print a plan's outline (PLAN: id or part of the title; default the latest)."""
    nodes = get_workspace(ctx).outline(plan)
    if fmt == "json":
        print_json([n.to_dict() for n in nodes])
        return
    for line in outline_lines(nodes):
        click.echo(line)


@main.command()
@click.argument("node_id")
@click.option("--plan", help="Plan id or part of its title (default: the latest).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def show(ctx: click.Context, node_id: str, plan: str | None, fmt: str) -> None:
    """Show one node of the outline (e.g. c3.s2.p1) with its text."""
    node = get_workspace(ctx).node(node_id, plan)
    if fmt == "json":
        print_json(node.to_dict())
        return
    click.echo(" › ".join(node.path) if node.path else "(root)")
    click.echo(f"{node.node_id} [{node.kind}] {node.title}")
    click.echo(f"span {node.span[0]}–{node.span[1]}" + ("  (inferred)" if node.inferred else ""))
    click.echo("")
    click.echo(node.text)


@main.command()
@click.argument("file_or_plan", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv", "xlsx"]), default="table"
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (required for xlsx).",
)
@click.option(
    "--explain", is_flag=True, help="Show, clause by clause, why a number was or was not taken."
)
@click.pass_context
def targets(
    ctx: click.Context, file_or_plan: str | None, fmt: str, output: Path | None, explain: bool
) -> None:
    """List the targets of a stored plan, or of a document file (parsed, not stored)."""
    from plantrack.report.targets_table import write_targets

    if file_or_plan and Path(file_or_plan).is_file():
        from plantrack.parse.plan import parse_document
        from plantrack.read import read_document

        parsed = parse_document(read_document(file_or_plan))
        items = parsed.targets
        if explain:
            _explain(parsed.nodes, parsed.period)
            return
    else:
        ws = get_workspace(ctx)
        items = ws.targets(file_or_plan)
        if explain:
            plan = ws.plan(file_or_plan)
            _explain(ws.outline(plan.id), (plan.period_start, plan.period_end))
            return
    if fmt == "json" and output is None:
        print_json([t.to_dict() for t in items])
    elif fmt == "table" and output is None:
        print_table(
            f"指标 Targets ({len(items)})",
            ["id", "指标 metric", "比较", "数值", "单位", "类型", "期限", "原文"],
            [
                (
                    t.id,
                    t.metric,
                    t.comparator,
                    fmt_number(t.value),
                    t.unit,
                    t.kind,
                    t.deadline,
                    t.text,
                )
                for t in items
            ],
        )
    else:
        if output is None:
            raise click.UsageError(f"--format {fmt} needs -o FILE")
        write_targets(items, output, fmt if fmt != "table" else "csv")
        click.echo(f"wrote {len(items)} targets to {output}")


def _explain(nodes: list[Node], period: tuple[int | None, int | None] | None) -> None:
    from plantrack.parse.targets import explain_targets

    end_year = (period[1] if period else None) or 0
    for node in nodes:
        if node.kind not in ("paragraph", "item"):
            continue
        for entry in explain_targets(node.text, end_year=end_year):
            taken = "taken  " if entry.get("taken") else "skipped"
            click.echo(
                f"{node.node_id:<18} {taken} {entry.get('text', '')}: {entry.get('reason', '')}"
            )
