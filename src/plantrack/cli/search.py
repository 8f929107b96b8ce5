"""Commands on the search index: search, ask, entities, reindex."""

from __future__ import annotations

import click
from rich.console import Console
from rich.markup import escape

from plantrack.cli.output import print_json, print_table
from plantrack.cli.root import get_workspace, main

ENTITY_ZH = {
    "place": "地点",
    "institution": "机构",
    "sector": "产业",
    "track": "赛道",
    "programme": "计划/工程",
}


def marked(text: str, spans: list[tuple[int, int]]) -> str:
    """Rich markup with the highlighted spans in bold yellow (the rest escaped)."""
    out, pos = [], 0
    for start, end in spans:
        out.append(escape(text[pos:start]))
        out.append(f"[bold yellow]{escape(text[start:end])}[/bold yellow]")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


@main.command("search")
@click.argument("query")
@click.option("--plan", help="Plan id or part of its title (default: every plan).")
@click.option("--chapter", type=int, help="Only chapter N (第N章).")
@click.option("--place", help="Only passages that name this place, e.g. 鄞州.")
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def search_cmd(
    ctx: click.Context,
    query: str,
    plan: str | None,
    chapter: int | None,
    place: str | None,
    limit: int,
    fmt: str,
) -> None:
    """Ranked passages for QUERY, with the matching words highlighted and their location."""
    from plantrack.workspace import ALL_PLANS

    hits = get_workspace(ctx).search(
        query, plan=plan or ALL_PLANS, chapter=chapter, place=place, limit=limit
    )
    if fmt == "json":
        print_json([h.to_dict() for h in hits])
        return
    if not hits:
        click.echo("未找到匹配的段落 (no match)")
        return
    console = Console(soft_wrap=True, highlight=False)
    for rank, hit in enumerate(hits, 1):
        where = " › ".join(hit.path)
        console.print(
            f"[bold]{rank}. {hit.node}[/bold] ({hit.kind}, score {hit.score:.3f}) "
            f"[dim]{escape(hit.plan_title)} · {escape(where)}[/dim]"
        )
        console.print("   " + marked(hit.text.strip(), hit.highlights))


@main.command("ask")
@click.argument("question")
@click.option("--plan", help="Plan id or part of its title (default: every plan).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def ask_cmd(ctx: click.Context, question: str, plan: str | None, fmt: str) -> None:
    """Answer QUESTION in plain Chinese from the plan, citing where it says so; owner and
    progress questions answer from the recorded assignments and figures."""
    from plantrack.search.question import TYPE_LABELS
    from plantrack.workspace import ALL_PLANS

    answer = get_workspace(ctx).ask(question, plan=plan or ALL_PLANS)
    if fmt == "json":
        print_json(answer.to_dict())
        return
    click.echo(answer.answer)
    shown = "none" if answer.kind == "none" else answer.type
    zh, en = TYPE_LABELS.get(shown, (shown, shown))
    click.echo(f"  类型 type: {zh} ({en})")
    for cite in answer.citations:
        click.echo(f"  [{cite.node}] {' › '.join(cite.path)}")
        click.echo(f"      {cite.text.strip()}")
    for link in answer.links:
        what = "指标 target" if link.kind == "target" else "部门 department"
        click.echo(f"  → {what}: {link.label} ({link.id})")


@main.command("entities")
@click.argument("plan", required=False)
@click.option(
    "--type",
    "entity_type",
    type=click.Choice(["place", "institution", "sector", "track", "programme"]),
    help="Only entities of this type.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def entities_cmd(ctx: click.Context, plan: str | None, entity_type: str | None, fmt: str) -> None:
    """Places, institutions, sectors, tracks and programmes a plan names (default: latest plan)."""
    items = get_workspace(ctx).entities(plan, type=entity_type)
    if fmt == "json":
        print_json([e.to_dict() for e in items])
        return
    print_table(
        f"实体 Entities ({len(items)})",
        ["名称 name", "类型 type", "提及", "位置 nodes"],
        [
            (
                e.name,
                f"{e.type} {ENTITY_ZH.get(e.type, '')}",
                len(e.mentions),
                ", ".join(dict.fromkeys(n for n, _s, _e in e.mentions)),
            )
            for e in items
        ],
    )


@main.command("reindex")
@click.argument("plan", required=False)
@click.pass_context
def reindex_cmd(ctx: click.Context, plan: str | None) -> None:
    """Rebuild the search index of PLAN (default: every plan)."""
    from plantrack.workspace import ALL_PLANS

    done = get_workspace(ctx).reindex(plan or ALL_PLANS)
    for plan_id, count in done.items():
        click.echo(f"plan {plan_id}: {count} passages indexed")
