"""Commands that line plans up: compare (two plans' targets side by side), diff (two versions)."""

from __future__ import annotations

from pathlib import Path

import click

from plantrack.cli.output import fmt_number, print_json, print_table
from plantrack.cli.root import get_workspace, main
from plantrack.model import Target


def _side(ctx: click.Context, ref: str):
    """A document file is parsed without opening the database; a plan reference needs it."""
    if Path(ref).is_file():
        from plantrack.compare import side_from_file

        return side_from_file(Path(ref))
    return get_workspace(ctx).plan_side(ref)


def _value(t: Target | None) -> str:
    if t is None:
        return ""
    if t.value is None:
        return t.milestone or ""
    return f"{t.comparator or ''}{fmt_number(t.value)}{t.unit or ''}"


@main.command()
@click.argument("plan_a")
@click.argument("plan_b")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "xlsx"]), default="table")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (required for xlsx).",
)
@click.option(
    "--parent",
    type=click.Choice(["auto", "a", "b", "none"]),
    default="auto",
    show_default=True,
    help="Which plan is the higher level (auto: from the plans' levels, e.g. 省 over 市).",
)
@click.option(
    "--share",
    type=click.FloatRange(0, 1, min_open=True),
    help="The lower plan's expected share of the higher one's totals, e.g. 0.15.",
)
@click.pass_context
def compare(
    ctx: click.Context,
    plan_a: str,
    plan_b: str,
    fmt: str,
    output: Path | None,
    parent: str,
    share: float | None,
) -> None:
    """Align the targets of two plans (ids, title parts or files) and flag inconsistencies."""
    from plantrack.compare import compare_plans

    result = compare_plans(
        _side(ctx, plan_a),
        _side(ctx, plan_b),
        parent=None if parent == "auto" else parent,
        share=share,
    )
    if fmt == "xlsx":
        if output is None:
            raise click.UsageError("--format xlsx needs -o FILE")
        from plantrack.compare.xlsx import write_comparison_xlsx

        write_comparison_xlsx(result, output)
        click.echo(f"wrote {len(result.pairs)} aligned targets to {output}")
        return
    if fmt == "json":
        if output:
            import json

            output.write_text(
                json.dumps(result.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
            )
            click.echo(f"wrote {output}")
        else:
            print_json(result.to_dict())
        return
    relation = {
        "a_parent": "A 为上级 A is the parent",
        "b_parent": "B 为上级 B is the parent",
        "peers": "同级 peers",
    }[result.relation]
    click.echo(f"A: {result.a.title} ({result.a.ref})")
    click.echo(f"B: {result.b.title} ({result.b.ref})")
    print_table(
        f"指标对照 Aligned targets ({len(result.pairs)}; {relation})",
        ["A 指标", "A 目标", "A 期限", "B 指标", "B 目标", "B 期限", "B/A", "提示 flags"],
        [
            (
                p.a.metric,
                _value(p.a),
                p.a.deadline,
                p.b.metric,
                _value(p.b),
                p.b.deadline,
                "" if p.ratio is None else f"{p.ratio:.2f}",
                "\n".join(f.message for f in p.flags),
            )
            for p in result.pairs
        ],
    )
    click.echo(
        f"{len(result.flags)} flag(s); only in A: {len(result.only_a)}, "
        f"only in B: {len(result.only_b)} (see --format json)"
    )


@main.command()
@click.argument("plan_v1")
@click.argument("plan_v2")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def diff(ctx: click.Context, plan_v1: str, plan_v2: str, fmt: str) -> None:
    """What changed from PLAN_V1 (a draft) to PLAN_V2 (the final): targets and tasks."""
    from plantrack.compare import diff_plans

    result = diff_plans(_side(ctx, plan_v1), _side(ctx, plan_v2))
    if fmt == "json":
        print_json(result.to_dict())
        return
    mark = {"added": "+ 新增", "removed": "- 删除", "changed": "~ 修改"}
    click.echo(f"old: {result.old.title} ({result.old.ref})")
    click.echo(f"new: {result.new.title} ({result.new.ref})")
    target_rows = []
    for c in result.targets:
        if c.change == "unchanged":
            continue
        shown = c.new or c.old
        detail = "; ".join(f"{k}: {_plain(v[0])} → {_plain(v[1])}" for k, v in c.fields.items())
        target_rows.append((mark[c.change], shown.metric, _value(c.old), _value(c.new), detail))
    print_table(
        "指标变化 Targets", ["变化", "指标 metric", "原 old", "新 new", "详情"], target_rows
    )
    task_rows = []
    for c in result.tasks:
        if c.change == "unchanged":
            continue
        node = c.new or c.old
        where = f"{c.old.node_id if c.old else ''} → {c.new.node_id if c.new else ''}"
        task_rows.append(
            (
                mark[c.change],
                node.title,
                where,
                f"{c.similarity:.2f}" if c.change == "changed" else "",
            )
        )
    print_table("任务变化 Tasks", ["变化", "任务 task", "位置 node", "相似度"], task_rows)
    summary = ", ".join(
        f"{name} {t}/{k}"
        for name, (t, k) in ((n, result.count(n)) for n in ("added", "removed", "changed"))
    )
    click.echo(f"targets/tasks: {summary}")


def _plain(value: object) -> str:
    if isinstance(value, float):
        return fmt_number(value)
    return "" if value is None else str(value)
