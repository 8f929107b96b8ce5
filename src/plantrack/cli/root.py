"""The root of the `plantrack` command: the group every command registers on, the shared
`--db` option, the Workspace of one invocation, and errors turned into one line."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from plantrack.errors import PlantrackError


class _Group(click.Group):
    """Turns every PlantrackError into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PlantrackError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", code=130)
        except Exception as exc:
            from plantrack.workspace import is_retryable

            if not is_retryable(exc):
                raise
            # a deadlock / serialization failure / lock timeout that nobody retried
            fail(
                f"the database was busy ({str(getattr(exc, 'orig', exc)).splitlines()[0]});"
                " nothing was changed: run the command again"
            )


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"plantrack: error: {message}", err=True)
    sys.exit(code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="PLANTRACK_DB",
    metavar="PATH_OR_URL",
    help="SQLite file or postgresql:// URL (default: PLANTRACK_DB or the user data dir).",
)
@click.version_option(package_name="plantrack")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """plantrack: 规划纲要 → 大纲、指标、进度、问答与报告。

    Turn a Chinese development plan into its outline, targets, progress and reports.
    """
    ctx.obj = {"db": db}


def get_workspace(ctx: click.Context):
    """The Workspace for this invocation, opened once and closed when the command ends."""
    root = ctx.find_root()
    if "workspace" not in root.obj:
        from plantrack.workspace import Workspace

        root.obj["workspace"] = ctx.with_resource(Workspace(root.obj.get("db")))
    return root.obj["workspace"]


@main.group("import")
def import_group() -> None:
    """Import data from files (observations, breakdown workbook)."""


@main.group("export")
def export_group() -> None:
    """Export data to files (observations, breakdown workbook)."""
