"""Commands of the reporting cycle (填报 → 审核 → 发布; docs/reporting-cycle.md): rounds,
submit / approve / return, remind, and the departments' e-mail addresses."""

from __future__ import annotations

import click

from plantrack.cli.output import fmt_number, print_json, print_table
from plantrack.cli.root import get_workspace, main

FORMAT = click.option(
    "--format", "fmt_", type=click.Choice(["table", "json"]), default="table", show_default=True
)
ROUND = click.option("--round", "round_", metavar="ID|NAME", help="Default: the open round.")


@main.group()
def rounds() -> None:
    """Reporting rounds (填报轮次): open one, see who has reported, close it (publishes)."""


@rounds.command("open")
@click.argument("name")
@click.option("--year", required=True, help="The year the figures are for, e.g. 2026.")
@click.option("--due", required=True, help="Due date, e.g. 2027-02-28.")
@click.option("--plan", help="Plan id or title part (default: the latest plan).")
@FORMAT
@click.pass_context
def rounds_open(ctx: click.Context, name: str, year: str, due: str, plan, fmt_: str) -> None:
    """Open a round: plantrack rounds open 2026年度监测 --year 2026 --due 2027-02-28."""
    made = get_workspace(ctx).open_round(plan, name=name, year=year, due=due)
    if fmt_ == "json":
        print_json(made.to_dict())
        return
    click.echo(f"round {made.id} opened: {made.name} (figures for {made.year}, due {made.due})")


@rounds.command("list")
@click.argument("plan", required=False)
@FORMAT
@click.pass_context
def rounds_list(ctx: click.Context, plan, fmt_: str) -> None:
    """The rounds of a plan, newest first."""
    found = get_workspace(ctx).rounds(plan)
    if fmt_ == "json":
        print_json([r.to_dict() for r in found])
        return
    print_table(
        "填报轮次 Rounds",
        ["id", "名称 name", "年度 year", "截止 due", "状态 state", "开启 opened", "关闭 closed"],
        [
            (r.id, r.name, r.year, r.due, r.state, r.opened_at[:10], (r.closed_at or "")[:10])
            for r in found
        ],
    )


@rounds.command("show")
@click.argument("plan", required=False)
@ROUND
@FORMAT
@click.pass_context
def rounds_show(ctx: click.Context, plan, round_, fmt_: str) -> None:
    """Who has reported in a round: per department, its targets and their state."""
    found, progress = get_workspace(ctx).round_progress(plan, round_)
    if fmt_ == "json":
        print_json({"round": found.to_dict(), "departments": [d.to_dict(found) for d in progress]})
        return
    click.echo(f"{found.name}（{found.year}年，截止 {found.due}，{found.state}）")
    rows = []
    for dept in progress:
        late = "逾期 late" if found.late() and dept.owed else ""
        for item in dept.items:
            shown = fmt_number(item.value) if item.value is not None else (item.milestone or "")
            rows.append(
                (
                    dept.department,
                    item.target_id,
                    item.metric,
                    f"{shown} {item.unit or ''}".strip() if shown else "",
                    item.to_dict()["state_zh"],
                    item.observation_id or "",
                    item.review_note or "",
                    late,
                )
            )
    print_table(
        "部门填报 Departments",
        ["部门", "指标 target", "指标名称", "值 value", "状态", "obs id", "退回原因", ""],
        rows,
    )


@rounds.command("close")
@click.argument("plan", required=False)
@ROUND
@FORMAT
@click.pass_context
def rounds_close(ctx: click.Context, plan, round_, fmt_: str) -> None:
    """Close a round: its approved figures are published (发布)."""
    closed, published = get_workspace(ctx).close_round(plan, round_)
    if fmt_ == "json":
        print_json({"round": closed.to_dict(), "published": published})
        return
    click.echo(f"round {closed.id} closed: {closed.name}, {len(published)} figures published")


def _steps(ctx: click.Context, ids: tuple[int, ...], step, fmt_: str, verb: str) -> None:
    """Run one step (submit, approve, return) on each figure: all of them or none."""
    ws = get_workspace(ctx)
    with ws.transaction():
        done = [step(ws, obs_id) for obs_id in ids]
    if fmt_ == "json":
        print_json([o.to_dict() for o in done])
        return
    for o in done:
        click.echo(f"observation {o.id} {verb}: {o.target_id} {o.period} (version {o.version})")


OBS_IDS = click.argument("obs_ids", nargs=-1, required=True, type=int, metavar="OBS_ID...")


@main.command()
@OBS_IDS
@FORMAT
@click.pass_context
def submit(ctx: click.Context, obs_ids: tuple[int, ...], fmt_: str) -> None:
    """Submit figures (草稿/退回 → 已提交) to the planning office."""
    _steps(ctx, obs_ids, lambda ws, i: ws.submit_figure(i), fmt_, "submitted")


@main.command()
@OBS_IDS
@FORMAT
@click.pass_context
def approve(ctx: click.Context, obs_ids: tuple[int, ...], fmt_: str) -> None:
    """Approve submitted figures (已提交 → 已审核): they count from now on."""
    _steps(ctx, obs_ids, lambda ws, i: ws.approve_figure(i), fmt_, "approved")


@main.command("return")
@OBS_IDS
@click.option("--reason", required=True, help="What the department should fix (required).")
@FORMAT
@click.pass_context
def return_(ctx: click.Context, obs_ids: tuple[int, ...], reason: str, fmt_: str) -> None:
    """Return figures to their department (→ 退回) with a reason it sees."""
    _steps(ctx, obs_ids, lambda ws, i: ws.return_figure(i, reason), fmt_, "returned")


@main.command()
@click.argument("plan", required=False)
@ROUND
@click.option("--dry-run", is_flag=True, help="List what is owed; send nothing.")
@FORMAT
@click.pass_context
def remind(ctx: click.Context, plan, round_, dry_run: bool, fmt_: str) -> None:
    """Per department, the round's targets still missing or returned; one e-mail each through
    SMTP when PLANTRACK_SMTP_HOST is set (docs/reporting-cycle.md), else nothing is sent."""
    from plantrack.track.remind import SmtpConfig

    smtp = None if dry_run else SmtpConfig.from_env()
    result = get_workspace(ctx).remind(plan, round_, dry_run=dry_run, smtp=smtp)
    if fmt_ == "json":
        print_json(result.to_dict())
        return
    r = result.round
    click.echo(f"{r.name}（{r.year}年，截止 {r.due}）")
    for dept in result.reminders:
        sent = "sent" if dept.sent else ("no e-mail" if not dept.email else "not sent")
        click.echo(f"{dept.department} <{dept.email or '-'}> [{sent}]")
        for item in dept.missing:
            state = "草稿未提交 draft" if item["state"] == "draft" else "未填报 missing"
            click.echo(f"  {state}: {item['target_id']} {item['metric']}")
        for item in dept.returned:
            click.echo(f"  退回 returned: {item['target_id']} {item['metric']}: {item['reason']}")
    if not result.reminders:
        click.echo("nothing owed: every department has submitted")
    elif dry_run:
        click.echo(f"dry run: {len(result.reminders)} departments owe figures; nothing sent")
    elif not result.configured:
        click.echo("SMTP not configured (PLANTRACK_SMTP_HOST): nothing sent")
    else:
        click.echo(f"{result.sent} of {len(result.reminders)} departments reminded by e-mail")


@main.group()
def departments() -> None:
    """Departments (部门) and the e-mail addresses their reminders go to."""


@departments.command("list")
@FORMAT
@click.pass_context
def departments_list(ctx: click.Context, fmt_: str) -> None:
    found = get_workspace(ctx).departments()
    if fmt_ == "json":
        print_json(found)
        return
    print_table(
        "部门 Departments",
        ["id", "名称 name", "邮箱 e-mail"],
        [(d["id"], d["name"], d.get("email")) for d in found],
    )


@departments.command("email")
@click.argument("department")
@click.argument("address", required=False)
@click.option("--clear", is_flag=True, help="Remove the address.")
@click.pass_context
def departments_email(ctx: click.Context, department: str, address, clear: bool) -> None:
    """Set the address a department's reminders go to (DEPARTMENT: name or id)."""
    if not clear and not address:
        raise click.UsageError("give ADDRESS, or --clear to remove it")
    found = get_workspace(ctx).set_department_email(department, None if clear else address)
    click.echo(f"department {found['name']}: e-mail {found['email'] or '(none)'}")
