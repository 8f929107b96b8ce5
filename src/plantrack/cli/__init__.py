"""The `plantrack` command: parse arguments, call the Workspace, print, turn errors into messages.

Commands live in one module per topic and register themselves on `main` (cli/root.py); a
command's module is imported when that command runs (cli/catalog.py names them all).
"""

from plantrack.cli.root import export_group, fail, get_workspace, import_group, main

__all__ = ["export_group", "fail", "get_workspace", "import_group", "main"]
