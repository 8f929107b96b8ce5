"""`plantrack publish`: a plan's progress as a static public site (web/publish.py)."""

from __future__ import annotations

from pathlib import Path

import click

from plantrack.cli.root import get_workspace, main


@main.command()
@click.argument("plan", required=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    metavar="DIR",
    help="The folder to write the site into (new or empty; an earlier site only with --force).",
)
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
    help="The site's language (en: the English twin).",
)
@click.option("--force", is_flag=True, help="Replace an earlier site published into DIR.")
@click.pass_context
def publish(ctx: click.Context, plan: str | None, output: Path, lang: str, force: bool) -> None:
    """Write a static public site: status by chapter, a page per target, CSV/JSON, search."""
    from plantrack.web.publish import write_site

    result = write_site(get_workspace(ctx), plan, output, lang=lang, force=force)
    verb = "replaced" if result.replaced else "written"
    click.echo(
        f"{result.folder}: site {verb} ({result.targets} targets, {result.figures} figures);"
        f" open {result.folder / 'index.html'}"
    )
