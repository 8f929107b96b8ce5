"""Hostile uploads: the read limits in force for every request, the time budget of reading and
parsing one upload, and the upload folder's life (emptied on exit, swept on start).

The limits themselves are read/limits.py's; the app's are `limits.current()` (so
$PLANTRACK_LIMITS) with `config["limits"]` on top. A request's body arrives before the endpoint
runs, so the time budget starts with the reading (`limits.budget()` around it), never with the
upload.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from plantrack.read import limits
from plantrack.read.limits import Limits

TEMP_PREFIX = "plantrack-uploads-"
_OWNED = re.compile(rf"^{TEMP_PREFIX}(\d+)-")
STALE_WORK_SECONDS = 3600  # an import's work folder older than this was left by a crash


def app_limits(overrides: dict[str, Any] | None) -> Limits:
    """The limits of an app: those in force now ($PLANTRACK_LIMITS) with `overrides` on top."""
    return limits.current().with_overrides(**(overrides or {}))


class ReadLimits:
    """ASGI middleware: every request runs with the app's read limits in force (the context is
    copied into the thread pool where the endpoints read files)."""

    def __init__(self, app: ASGIApp, bounds: Limits) -> None:
        self.app, self.bounds = app, bounds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        with limits.using(self.bounds):
            await self.app(scope, receive, send)


def owned_temp_dir() -> Path:
    """A fresh upload folder of this process (its pid in the name, for `sweep_temp`)."""
    sweep_temp()
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"))


def sweep_temp(root: str | Path | None = None) -> list[Path]:
    """Remove upload folders of processes that are gone (a server killed before it could clean
    up); returns what was removed."""
    removed = []
    folder = Path(root or tempfile.gettempdir())
    for path in folder.glob(f"{TEMP_PREFIX}*"):
        match = _OWNED.match(path.name)
        if match and path.is_dir() and not _alive(int(match.group(1))):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def sweep_shared(upload_dir: str | Path) -> None:
    """On start, in a configured (shared, persistent) upload folder: forget plan uploads nobody
    confirmed within a day and import work folders a crash left behind. Other workers may be
    using the folder, so nothing recent is touched."""
    from plantrack.web.uploads import PendingPlans

    root = Path(upload_dir)
    PendingPlans(root / "plans").expire()
    cutoff = time.time() - STALE_WORK_SECONDS
    work = root / "imports"
    if work.is_dir():
        for path in work.iterdir():
            if path.stat().st_mtime < cutoff:
                shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, and not ours to judge
        return True
    return True
