"""Commands load on demand (cli/catalog.py, cli/root.py): the table matches the commands the
modules define, `--help` lists them all unloaded, a command loads only its own module, and
piped tables are plain text without rich."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import click
from click.testing import CliRunner

import plantrack.cli
from plantrack.cli.catalog import COMMANDS, EXPORTS, IMPORTS
from plantrack.cli.output import plain_table
from plantrack.cli.root import main


def _all_loaded() -> None:
    for module in pkgutil.iter_modules(plantrack.cli.__path__):
        if module.name != "__main__":  # that one runs the command
            importlib.import_module(f"plantrack.cli.{module.name}")


def _check(group: click.Group, table: dict[str, tuple[str, str]]) -> None:
    assert sorted(group.commands) == sorted(table), "cli/catalog.py must list every command"
    for name, command in group.commands.items():
        module, first = table[name]
        assert command.callback is not None
        assert command.callback.__module__ == f"plantrack.cli.{module}", name
        stand_in = click.Command(name, help=first)
        for limit in (30, 45, 70, 120, 400):
            assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit), name


def test_the_table_is_the_commands():
    _all_loaded()
    _check(main, COMMANDS)
    _check(main.commands["import"], IMPORTS)  # type: ignore[arg-type]
    _check(main.commands["export"], EXPORTS)  # type: ignore[arg-type]


def test_help_lists_every_command_with_its_short_help():
    out = CliRunner().invoke(main, ["--help"], terminal_width=200).output
    listed = {line.split()[0] for line in out.split("Commands:")[1].splitlines() if line.strip()}
    assert listed == set(COMMANDS)
    assert "Progress of every target" in out and "List the stored plans" in out


def test_a_command_loads_only_its_own_module(tmp_path):
    """Run in a fresh interpreter: `plans` (piped) loads cli/plans.py, not the search, report,
    compare or web commands, nor rich."""
    code = (
        "import sys\n"
        "from plantrack.cli import main\n"
        f"main(['--db', {str(tmp_path / 'x.db')!r}, 'plans'], standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('plantrack.cli.', 'rich'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = out.strip().splitlines()[-1]
    assert "plantrack.cli.plans" in loaded
    for other in ("search", "reports", "compare", "web", "track", "evidence", "publish"):
        assert f"plantrack.cli.{other}'" not in loaded
    assert "'rich" not in loaded


def test_plain_table_aligns_wide_characters():
    text = plain_table("T", ["id", "指标"], [["a", "金融业"], ["bbbb", "x"]])
    lines = text.splitlines()
    assert lines[0] == "T"
    assert lines[1] == "id    指标"
    assert lines[2] == "----  ------"
    assert lines[3] == "a     金融业"
    assert lines[4] == "bbbb  x"
