"""The root of the `plantrack` command: the group every command registers on, the shared
`--db` option, the Workspace of one invocation, and errors turned into one line."""

from __future__ import annotations

import importlib
import sys
from typing import Any, NoReturn

import click

from plantrack.cli.catalog import COMMANDS, EXPORTS, IMPORTS
from plantrack.errors import NoPlan, PlantrackError


class _Lazy(click.Group):
    """A group whose commands are imported when they run: `table` names each command's module
    (under plantrack.cli) and its help's first paragraph, which `--help` lists unimported."""

    def __init__(self, *args: Any, table: dict[str, tuple[str, str]] | None = None, **kw: Any):
        super().__init__(*args, **kw)
        self.table = table or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.table) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.table:
            importlib.import_module(f"plantrack.cli.{self.table[cmd_name][0]}")  # registers it
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click lists commands, with the help of unimported ones from the table."""
        names = [
            n for n in self.list_commands(ctx) if not getattr(self.commands.get(n), "hidden", 0)
        ]
        if not names:
            return
        limit = formatter.width - 6 - max(map(len, names))
        rows = []
        for name in names:
            command = self.commands.get(name) or click.Command(name, help=self.table[name][1])
            rows.append((name, command.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


class _Group(_Lazy):
    """Every error becomes one line on stderr and a non-zero exit: a PlantrackError (status 1),
    a usage error (status 2, with where to find --help), an interrupt (130). A failed command
    leaves no new, empty store behind."""

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.ClickException as exc:
            raise _one_line(exc) from exc

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BaseException as exc:
            if not (isinstance(exc, SystemExit) and not exc.code):
                _discard_new_store(ctx)
            _reraise_in_one_line(ctx, exc)


class _OneLine(click.ClickException):
    """A click error shown as one plantrack line (click's usage block is left out)."""

    def show(self, file=None) -> None:
        click.echo(f"plantrack: error: {self.format_message()}", err=True)


def _one_line(exc: click.ClickException) -> click.ClickException:
    if isinstance(exc, _OneLine):
        return exc
    message = " ".join(line.strip() for line in exc.format_message().splitlines())
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        command = ctx.command_path[len(ctx.find_root().command_path) :].strip()
        where = f"{command}: " if command else ""
        message = f"{where}{message} (see {ctx.command_path} --help)"
    error = _OneLine(message)
    error.exit_code = exc.exit_code
    return error


def _reraise_in_one_line(ctx: click.Context, exc: BaseException) -> NoReturn:
    if isinstance(exc, NoPlan):
        workspace = ctx.obj.get("workspace") if ctx.obj else None
        where = f" {workspace.location}" if workspace is not None else ""
        fail(
            f"no plan in the database{where}: ingest one first (plantrack ingest FILE)"
            " or name another store with --db PATH"
        )
    if isinstance(exc, PlantrackError):
        fail(str(exc))
    if isinstance(exc, KeyboardInterrupt):
        fail("interrupted", code=130)
    if isinstance(exc, click.ClickException):
        raise _one_line(exc) from exc
    from plantrack.workspace import is_retryable

    if isinstance(exc, Exception) and is_retryable(exc):
        # a deadlock / serialization failure / lock timeout that nobody retried
        fail(
            f"the database was busy ({str(getattr(exc, 'orig', exc)).splitlines()[0]});"
            " nothing was changed: run the command again"
        )
    raise exc


def _discard_new_store(ctx: click.Context) -> None:
    """After a failed command: delete the SQLite file it created if nothing was stored in it."""
    workspace = ctx.obj.get("workspace") if ctx.obj else None
    if workspace is not None:
        workspace.discard_if_new()


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr (`plantrack: error: …`) and exit status `code`."""
    line = " ".join(part.strip() for part in str(message).splitlines() if part.strip())
    click.echo(f"plantrack: error: {line}", err=True)
    sys.exit(code)


@click.group(cls=_Group, table=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
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


@main.group("import", cls=_Lazy, table=IMPORTS)
def import_group() -> None:
    """Import data from files (observations, breakdown workbook)."""


@main.group("export", cls=_Lazy, table=EXPORTS)
def export_group() -> None:
    """Export data to files (observations, breakdown workbook)."""
