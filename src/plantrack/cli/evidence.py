"""Evidence files of figures (佐证材料): attach, detach, download (read/evidence.py,
track/evidence.py)."""

from __future__ import annotations

from pathlib import Path

import click

from plantrack.cli.output import print_json
from plantrack.cli.root import fail, get_workspace, main


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


@main.command()
@click.argument("evidence_id", type=int)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=True, path_type=Path),
    help="File or folder to write to (default: its stored name in the current folder).",
)
@click.option("--force", is_flag=True, help="Replace a file that is already there.")
@click.pass_context
def download(ctx: click.Context, evidence_id: int, output: Path | None, force: bool) -> None:
    """Save an evidence file to disk (plantrack download 3 -o 公报.pdf); its sha256 is checked."""
    import hashlib

    from plantrack.report.common import atomic_path

    found, data = get_workspace(ctx).evidence_file(evidence_id)
    target = output if output is not None else Path(found.name)
    if target.is_dir():
        target = target / found.name
    if target.exists() and not force:
        fail(f"{target}: already exists (give --force to replace it)")
    if hashlib.sha256(data).hexdigest() != found.sha256:
        fail(f"evidence {evidence_id}: stored bytes do not match their sha256; not written")
    if not target.parent.is_dir():
        fail(f"{target.parent}: no such folder")
    with atomic_path(target) as temp:  # whole or not at all: a reader never sees half a file
        temp.write_bytes(data)
    click.echo(f"evidence {found.id} → {target} ({found.media_type}, {found.size:,} bytes)")
