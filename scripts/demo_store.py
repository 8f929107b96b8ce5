"""Choose the store `make demo` fills, and clear it: called by scripts/demo.sh.

    .venv/bin/python scripts/demo_store.py [DEMO_DB] [--fallback demo/plantrack.db]

Prints one line, `MODE<TAB>PATH`, and says on stderr why when the demo cannot use the default:

- `default`: the store `plantrack` uses with no --db and no PLANTRACK_DB (in the user data
  directory), when it does not exist yet, is empty, or holds only the demo (the sample plan and
  the demo's accounts). Then the next command a newcomer types, `.venv/bin/plantrack status`,
  shows the demo.
- `fallback`: the default store holds other plans or accounts (never overwritten), or
  PLANTRACK_DB is set (the user chose a store: the demo does not write there); the demo goes to
  the fallback file and the commands to try need `--db PATH`.
- `explicit`: `make demo DEMO_DB=PATH`, used when it is empty or holds only the demo.

A store that is used is cleared (its SQLite files deleted) so the demo starts afresh. A fallback
or explicit store holding other plans is refused in one line, exit status 1.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plantrack.errors import PlantrackError  # noqa: E402
from plantrack.workspace import Workspace, default_db_path  # noqa: E402

SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
DEMO_USERS = frozenset({"admin", "planner", "jingxin", "keji", "viewer"})  # scripts/demo.sh


def other_contents(path: Path) -> str | None:
    """What the store at `path` holds besides the demo ("2 other plans" …), or None."""
    if not path.exists():
        return None
    sample = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    with Workspace(str(path), actor="make-demo") as ws:
        plans = [p for p in ws.plans() if p.content_hash != sample]
        users = [u.username for u in ws.users() if u.username not in DEMO_USERS]
    found = []
    if plans:
        found.append(f"{len(plans)} other plan(s), e.g. {plans[0].title}")
    if users:
        found.append(f"{len(users)} other account(s), e.g. {users[0]}")
    return "; ".join(found) or None


def clear(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def choose(explicit: str | None, fallback: Path) -> tuple[str, Path]:
    """(mode, path) of the store the demo fills; raises PlantrackError when none may be used."""
    if explicit:
        if "://" in explicit:
            raise PlantrackError(f"DEMO_DB={explicit}: the demo fills a SQLite file, not a server")
        return "explicit", usable(Path(explicit).expanduser())
    if os.environ.get("PLANTRACK_DB"):
        why = "PLANTRACK_DB is set, so the demo leaves that store alone"
        return "fallback", usable(fallback, why)
    default = default_db_path()
    try:
        others = other_contents(default)
    except PlantrackError as exc:
        return "fallback", usable(fallback, f"the default store cannot be used ({exc})")
    if others:
        why = f"the default store {default} holds {others}: left as it is"
        return "fallback", usable(fallback, why)
    clear(default)
    return "default", default


def usable(path: Path, why: str = "") -> Path:
    """`path` (resolved) cleared for the demo, unless it holds something else; `why` the demo
    does not use the default store, said on stderr (or in the error)."""
    others = other_contents(path)
    if others:
        also = f" ({why})" if why else ""
        raise PlantrackError(
            f"{path} holds {others}: not overwritten{also}; move it away or run"
            " make demo DEMO_DB=another.db"
        )
    if why:
        note(f"{why}; the demo uses {path}")
    clear(path)
    return path.resolve()


def note(message: str) -> None:
    print(f"make demo: {message}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("demo_db", nargs="?", default="")
    parser.add_argument("--fallback", default="demo/plantrack.db")
    args = parser.parse_args()
    try:
        mode, path = choose(args.demo_db or None, Path(args.fallback))
    except PlantrackError as exc:
        print(f"plantrack: error: {exc}", file=sys.stderr)
        return 1
    print(f"{mode}\t{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
