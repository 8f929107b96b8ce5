"""The compiled build of the hot parse modules (mypyc), used only when it matches the sources.

`scripts/build_fast.py` (run by `make`) compiles `COMPILED` with mypyc into `build/fast/`, and
writes the digest of the sources it compiled. `use_build` puts that build first on the
package's path when the digest still matches the sources on disk, so an edited rule is never
shadowed by an old build: a stale or missing build, or `PLANTRACK_PURE=1`, means plain Python.
The two give the same targets (tests/parse/test_compiled.py); the build is about twice as fast.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent  # src/plantrack/parse
BUILD = PACKAGE.parents[2] / "build" / "fast"  # the checkout's build/fast
MANIFEST = "SOURCES.json"
COMPILED = (
    "aside_rules",
    "aspiration",
    "baselines",
    "clause",
    "context",
    "count_rules",
    "deadline_scan",
    "found",
    "found_from",
    "kind_rules",
    "listed_after",
    "listed_metrics",
    "marks",
    "metric_rules",
    "milestones",
    "money",
    "not_targets",
    "number_names",
    "numbers",
    "past_scan",
    "phrases",
    "quantity",
    "reading",
    "reject",
    "review",
    "row_variants",
    "rules",
    "sentence_steps",
    "share_rules",
    "shared_values",
    "squeeze",
    "subject_rules",
    "table_cells",
    "table_columns",
    "table_kind",
    "tables",
    "targets",
)


def sources(package: Path = PACKAGE) -> list[Path]:
    """The files whose change makes a build stale: every module of `parse` and `read`, and the
    model (the compiled modules lay out their classes from what these declare)."""
    root = package.parent
    files = [*package.glob("*.py"), *(root / "read").glob("*.py"), root / "model.py"]
    return sorted(f for f in files if f.is_file())


def digest(package: Path = PACKAGE) -> str:
    """sha256 over the names and contents of `sources`, and the interpreter's cache tag."""
    h = hashlib.sha256(sys.implementation.cache_tag.encode())
    for f in sources(package):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def fresh(build: Path = BUILD, package: Path = PACKAGE) -> bool:
    """Whether `build` holds every compiled module, built from the sources as they are now."""
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if manifest.get("digest") != digest(package):
        return False
    parse_dir = build / "plantrack" / "parse"
    return all(any(parse_dir.glob(f"{name}.*.so")) for name in COMPILED)


def use_build(path: list[str], build: Path = BUILD, package: Path = PACKAGE) -> bool:
    """Put a fresh build first on the package `path` (and its shared library on `sys.path`);
    True when it is in use."""
    if os.environ.get("PLANTRACK_PURE") or not fresh(build, package):
        return False
    path.insert(0, str(build / "plantrack" / "parse"))
    if str(build) not in sys.path:
        sys.path.append(str(build))  # the compiled modules share one library, a top-level module
    return True


def in_use() -> bool:
    """Whether the targets module running now is the compiled one."""
    from plantrack.parse import targets

    return not targets.__file__.endswith(".py")
