"""Evidence files of figures (佐证材料): attach, detach (read/evidence.py, track/evidence.py)."""

from __future__ import annotations

from pathlib import Path

import click

from plantrack.cli.output import print_json
from plantrack.cli.root import get_workspace, main


@main.command()
@click.argument("target_id")
@click.argument("period")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--plan", help="Plan id or title part (default: the latest plan with this target).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def attach(
    ctx: click.Context, target_id: str, period: str, file: Path, plan: str | None, fmt: str
) -> None:
    """Attach an evidence file (PDF, PNG, JPEG or XLSX) to the figure of a target for a period
    (plantrack attach c2.s4.box2.i3.t1 2026 公报.pdf)."""
    ws = get_workspace(ctx)
    obs = ws.figure_of(target_id, period, plan)
    assert obs.id is not None
    with file.open("rb") as stream:
        found, new = ws.attach_evidence(obs.id, stream, file.name)
    if fmt == "json":
        print_json({"created": new, **found.to_dict()})
        return
    verb = "attached" if new else "already attached"
    click.echo(
        f"evidence {found.id} {verb}: {found.target_id} {found.period} ← {found.name}"
        f" ({found.media_type}, {found.size:,} bytes, sha256 {found.sha256[:12]}…)"
    )


@main.command()
@click.argument("evidence_id", type=int)
@click.pass_context
def detach(ctx: click.Context, evidence_id: int) -> None:
    """Remove an evidence file from its figure (the audit row keeps its name and sha256)."""
    found = get_workspace(ctx).remove_evidence(evidence_id)
    click.echo(f"evidence {found.id} removed: {found.target_id} {found.period} {found.name}")
