"""Commands on progress: record, observations, history, status, import/export, bulletin."""

from __future__ import annotations

import re
from pathlib import Path

import click

from plantrack.cli.output import fmt_number, print_json, print_table
from plantrack.cli.root import export_group, get_workspace, import_group, main
from plantrack.model import FIGURE_STATE_ZH, STATUS_ZH, STATUSES, shown_statuses
from plantrack.track.assess import fmt, pct
from plantrack.track.explain import explained

_TARGET_ID = re.compile(r"^c\d+(?:\.[a-z]+\d+)*\.[tr]\d+$")


@main.command()
@click.argument("target_id")
@click.option(
    "--period", help="Year (2026) or date (2026-06-30); default for --baseline: base year."
)
@click.option("--value", help="The figure, e.g. 2150.")
@click.option("--unit", help="Unit as written (亿元, 万元, %, 家); default: the target's unit.")
@click.option("--source", help="Where the figure comes from (document, URL, person).")
@click.option("--vintage", help="Statistical vintage, e.g. 初步核算 or 2027年公报.")
@click.option("--note")
@click.option(
    "--milestone",
    type=click.Choice(["not_started", "in_progress", "done"]),
    help="Qualitative targets: the state reached.",
)
@click.option(
    "--basis",
    type=click.Choice(["flow", "total"]),
    help="Cumulative targets: added this period (flow) or running total (total).",
)
@click.option(
    "--baseline",
    is_flag=True,
    help="Record the baseline (基期值) instead of a figure; with --period and no --value, the figure"
    " already recorded for that period becomes the baseline.",
)
@click.option("--plan", help="Plan id or title part (default: the latest plan with this target).")
@click.option(
    "--allow-implausible",
    is_flag=True,
    help="Store a figure beyond the plausible size of its unit (docs/tracking.md).",
)
@click.pass_context
def record(
    ctx: click.Context,
    target_id: str,
    period,
    value,
    unit,
    source,
    vintage,
    note,
    milestone,
    basis,
    baseline: bool,
    plan,
    allow_implausible: bool,
) -> None:
    """Record a figure for a target (plantrack record c2.s4.box2.i3.t1 --period 2026 --value 2150)."""
    obs, what = get_workspace(ctx).record_figure(
        target_id,
        period=period,
        value=value,
        unit=unit,
        plan=plan,
        source=source,
        vintage=vintage,
        note=note,
        milestone=milestone,
        baseline=baseline,
        basis=basis,
        allow_implausible=allow_implausible,
    )
    shown = obs.milestone if obs.value is None else f"{fmt_number(obs.value)} {obs.unit or ''}"
    label = "baseline" if obs.is_baseline else "observation"
    click.echo(
        f"{label} {obs.id} {what}: {obs.target_id} {obs.period} = {shown.strip()}"
        f" (version {obs.version})"
    )


@main.command("observations")
@click.argument("plan", required=False)
@click.option("--target", "target_id", help="Only this target.")
@click.option("--format", "fmt_", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def list_observations(ctx: click.Context, plan, target_id, fmt_: str) -> None:
    """List the recorded figures of a plan, with their evidence files (attachments)."""
    ws = get_workspace(ctx)
    items = ws.observations(plan, target_id)
    files: dict[int, list[dict]] = {}
    for found in ws.evidence(plan, target_id):
        files.setdefault(found.observation_id, []).append(found.to_dict())
    if fmt_ == "json":
        print_json([{**o.to_dict(), "attachments": files.get(o.id or 0, [])} for o in items])
        return
    print_table(
        "监测值 Observations",
        [
            "id",
            "指标 target",
            "期 period",
            "值 value",
            "单位",
            "来源 source",
            "录入 by",
            "版本",
            "附件 files",
            "状态 state",
        ],
        [
            (
                o.id,
                o.target_id,
                o.period + (" (基期)" if o.is_baseline else ""),
                fmt_number(o.value) if o.value is not None else o.milestone,
                o.unit,
                o.source,
                o.entered_by,
                o.version,
                "、".join(f"{f['id']}:{f['name']}" for f in files.get(o.id or 0, [])),
                FIGURE_STATE_ZH.get(o.state, o.state),
            )
            for o in items
        ],
    )


@main.command()
@click.argument("target_id", required=False)
@click.option("--plan")
@click.option("--format", "fmt_", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def history(ctx: click.Context, target_id, plan, fmt_: str) -> None:
    """Every change of observations (who, when, old, new)."""
    items = get_workspace(ctx).history(plan, target_id)
    if fmt_ == "json":
        print_json(items)
        return

    def show(data):
        if not data:
            return ""
        if "sha256" in data:  # an evidence file attached to / removed from a figure
            return f"{data.get('period', '')}: 附件 {data['name']}"
        if "lead" in data:  # an assignment: 牵头 / 配合 departments
            partners = "、".join(data.get("partners") or [])
            return f"牵头 {'、'.join(data['lead'])}" + (f"；配合 {partners}" if partners else "")
        value = data.get("value")
        value = data.get("milestone") if value is None else fmt_number(value)
        return f"{data.get('period', '')}: {value} {data.get('unit') or ''} v{data.get('version')}"

    print_table(
        "变更记录 History",
        ["时间 at", "人 actor", "操作", "指标 target", "原值 old", "新值 new", "变更字段 changed"],
        [
            (
                h["at"],
                h["actor"],
                h["action"],
                h["target_id"],
                show(h["old"]),
                show(h["new"]),
                _changed(h),
            )
            for h in items
        ],
    )


def _changed(h: dict) -> str:
    """The fields an update changed (value, unit, source ...)."""
    old, new = h["old"] or {}, h["new"] or {}
    if not (old and new):
        return ""
    return ", ".join(
        k for k in sorted(set(old) | set(new)) if k != "version" and old.get(k) != new.get(k)
    )


@main.command()
@click.argument("ref", required=False, metavar="[PLAN|TARGET_ID]")
@click.option("--chapter", type=int, help="Only targets of this chapter (第N章).")
@click.option(
    "--status",
    "status_",
    # the words, not the members: click would offer an enum's names (ON_TRACK)
    type=click.Choice([s.value for s in STATUSES]),
    help="Only this status.",
)
@click.option("--as-of", "as_of", type=int, help="Ignore figures after this year.")
@click.option("--explain", is_flag=True, help="Show the arithmetic (with a TARGET_ID).")
@click.option("--plan", help="The plan, when REF is a target id.")
@click.option(
    "--preview",
    is_flag=True,
    help="Count submitted figures too (预览; default: approved and published only).",
)
@click.option("--format", "fmt_", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def status(
    ctx: click.Context, ref, chapter, status_, as_of, explain: bool, plan, preview: bool, fmt_
) -> None:
    """Progress of every target (提前实现/快于预期/基本符合预期/滞后/暂无数据), or of one target."""
    ws = get_workspace(ctx)
    if ref and (_TARGET_ID.match(ref) or explain):
        found = ws.assess(ref, plan, as_of_year=as_of, include_submitted=preview)
        if fmt_ == "json":
            print_json(found.to_dict())
            return
        click.echo(f"{found.target_id}: {found.status_zh} {found.status}")
        lines = found.explain if explain else found.explain[-1:]
        for line in lines:
            click.echo(f"  {line}")
        return
    if fmt_ == "json":
        with explained():  # every explanation is in the JSON: written in the one run
            report = ws.status(
                ref, chapter=chapter, status=status_, as_of_year=as_of, include_submitted=preview
            )
        print_json(report.to_dict())
        return
    report = ws.status(
        ref, chapter=chapter, status=status_, as_of_year=as_of, include_submitted=preview
    )
    summary = report.summary()
    shown = shown_statuses(summary[-1])
    print_table(
        f"{report.plan_title}：进度概览 summary (基期 {report.base_year})",
        ["章 chapter", *[f"{STATUS_ZH[s]}" for s in shown], "合计"],
        [
            (
                f"第{s['chapter']}章"
                if isinstance(s["chapter"], int)
                else ("合计" if s["chapter"] == "total" else "—"),
                *[s[k] for k in shown],
                s["total"],
            )
            for s in summary
        ],
    )
    rows = []
    for row in report.rows:
        t, a = row.target, row.assessment
        goal = (
            f"{t.comparator or ''}{fmt_number(t.value)}{t.unit or ''}"
            if t.value is not None
            else (t.milestone or "")
        )
        pace = None
        if a.required_pace is not None:
            pace = (
                pct(a.required_pace)
                if a.method in ("compound", "multiple")
                else fmt(a.required_pace)
            )
        rows.append(
            (
                t.id,
                t.metric,
                f"{goal} ({t.deadline})",
                f"{fmt(a.actual)} ({a.as_of})" if a.actual is not None else (a.as_of or ""),
                fmt(a.expected) if a.expected is not None else "",
                fmt(a.ratio) if a.ratio is not None else "",
                fmt(a.projected) if a.projected is not None else "",
                pace or "",
                f"{a.status_zh} {a.status}",
            )
        )
    print_table(
        "指标 targets",
        [
            "id",
            "指标 metric",
            "目标 target",
            "实际 actual",
            "预期 expected",
            "比 ratio",
            "预测 projected",
            "尚需 pace/yr",
            "状态 status",
        ],
        rows,
    )


@import_group.command("observations")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--plan", help="Plan id or title part (default: the sheet name, else the latest).")
@click.option("--skip-invalid", is_flag=True, help="Import the valid rows, list the rejected ones.")
@click.option(
    "--allow-implausible",
    is_flag=True,
    help="Store figures beyond the plausible size of their unit (docs/tracking.md).",
)
@click.pass_context
def import_observations(
    ctx: click.Context, file: Path, plan, skip_invalid: bool, allow_implausible: bool
) -> None:
    """Import figures from a CSV (any encoding) or XLSX (one sheet per plan)."""
    from plantrack.errors import ImportRejected

    try:
        result = get_workspace(ctx).import_observations(
            file, plan, skip_invalid=skip_invalid, allow_implausible=allow_implausible
        )
    except ImportRejected as exc:
        for _row, reason in exc.rows:
            click.echo(f"  {reason}", err=True)
        raise
    click.echo(
        f"{file.name}: {result.recorded} recorded, {result.updated} updated,"
        f" {result.unchanged} unchanged, {len(result.rejected)} rejected"
    )
    for _row, reason in result.rejected:
        click.echo(f"  skipped {reason}")


@export_group.command("observations")
@click.argument("plan", required=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write (.xlsx or .csv).",
)
@click.pass_context
def export_observations(ctx: click.Context, plan, output: Path) -> None:
    """Export a plan's figures in the import format."""
    count = get_workspace(ctx).export_observations(plan, output)
    click.echo(f"{output}: {count} observations written")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--plan", help="Plan id or title part (default: the latest).")
@click.option("--year", type=int, help="The year the bulletin reports (default: from its title).")
@click.option("--apply", "apply_", is_flag=True, help="Record the confident matches.")
@click.option("--threshold", type=float, help="Confidence needed to apply (default 0.8).")
@click.option("--format", "fmt_", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def bulletin(ctx: click.Context, file: Path, plan, year, apply_: bool, threshold, fmt_) -> None:
    """Read a 统计公报, propose figures for the plan's targets (and record them with --apply)."""
    result = get_workspace(ctx).bulletin(file, plan, year=year, apply=apply_, threshold=threshold)
    if fmt_ == "json":
        print_json(result.to_dict())
        return
    print_table(
        f"{file.name}: {result.year}年 figures → targets (threshold {result.threshold})",
        ["置信 conf", "指标 target", "指标名 metric", "值 value", "期", "操作", "原句 sentence"],
        [
            (
                f"{p.confidence:.2f}",
                p.target_id,
                p.metric,
                f"{fmt_number(p.value)}{p.unit}",
                p.period,
                p.action,
                p.sentence,
            )
            for p in result.proposals
        ],
    )
    applied = sum(1 for p in result.proposals if p.action in ("recorded", "updated", "unchanged"))
    click.echo(
        f"{len(result.proposals)} proposals; {applied} applied"
        if apply_
        else f"{len(result.proposals)} proposals; run with --apply to record those ≥"
        f" {result.threshold}"
    )
