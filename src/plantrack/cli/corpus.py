"""`plantrack ingest FOLDER --jobs N`: the folder branch of the ingest command (see ingest/corpus)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from plantrack.cli.root import fail, get_workspace


def ingest_folder(
    ctx: click.Context,
    folder: Path,
    *,
    title: str | None,
    region: str | None,
    level: str | None,
    period: str | None,
    jobs: int,
    wait_for_lock: bool,
) -> None:
    if title:
        raise click.UsageError("--title names one document; it cannot be used with a folder")
    ws = get_workspace(ctx)
    console = Console(stderr=True)
    failures: list[str] = []
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[last]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task("ingest", total=None, last="")

        def on_start(total: int, unchanged: int) -> None:
            progress.update(task, total=total)

        def on_file(outcome) -> None:
            progress.update(task, advance=1, last=outcome.path[-40:])
            if outcome.status == "failed":
                failures.append(outcome.error or outcome.path)
                progress.console.print(Text.assemble(("failed ", "red"), outcome.error or ""))

        result = ws.ingest_folder(
            folder,
            jobs=jobs,
            wait=wait_for_lock,
            region=region,
            level=level,
            period=period,
            on_start=on_start,
            on_file=on_file,
        )
    click.echo(result.summary())
    if failures:
        fail(f"{len(failures)} file(s) failed (listed above); the others are stored")
    sys.stdout.flush()
