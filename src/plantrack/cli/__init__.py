"""The `plantrack` command: parse arguments, call the Workspace, print, turn errors into messages.

Commands live in one module per topic and register themselves on `main` (cli/root.py) when
imported here.
"""

from plantrack.cli import (  # noqa: F401  (imported to register their commands)
    compare,
    evidence,
    plans,
    publish,
    reports,
    rounds,
    search,
    track,
    web,
)
from plantrack.cli.root import export_group, fail, get_workspace, import_group, main

__all__ = ["export_group", "fail", "get_workspace", "import_group", "main"]
