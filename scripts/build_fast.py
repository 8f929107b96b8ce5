"""Compile the hot parse modules with mypyc into build/fast/ (see plantrack.parse.compiled).

python scripts/build_fast.py          # build when stale; a failed build leaves plain Python
python scripts/build_fast.py --check  # exit 1 unless a fresh build is present (make test)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from plantrack.parse import compiled


def build() -> str | None:
    """Compile `compiled.COMPILED` into `compiled.BUILD`; the reason when it could not."""
    target = compiled.BUILD
    with tempfile.TemporaryDirectory(prefix="plantrack-fast-") as tmp:
        work = Path(tmp)
        shutil.copytree(compiled.PACKAGE.parent, work / "plantrack",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so"))  # fmt: skip
        files = [f"plantrack/parse/{name}.py" for name in compiled.COMPILED]
        run = subprocess.run(
            [sys.executable, "-m", "mypyc", "--ignore-missing-imports",
             "--follow-imports=silent", *files],
            cwd=work, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if run.returncode != 0:
            lines = (run.stdout + run.stderr).strip().splitlines()
            return lines[-1] if lines else f"mypyc exited with {run.returncode}"
        shutil.rmtree(target, ignore_errors=True)
        (target / "plantrack" / "parse").mkdir(parents=True)
        for lib in work.glob("*.so"):  # the library the modules share
            shutil.copy2(lib, target / lib.name)
        for name in compiled.COMPILED:
            for module in (work / "plantrack" / "parse").glob(f"{name}.*.so"):
                shutil.copy2(module, target / "plantrack" / "parse" / module.name)
    manifest = {"digest": compiled.digest(), "modules": list(compiled.COMPILED)}
    (target / compiled.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return None


def main(argv: list[str]) -> int:
    if compiled.fresh():
        return 0
    if "--check" in argv:
        print("plantrack: the compiled extractor (build/fast) is missing or stale; "
              "run `python scripts/build_fast.py` and fix what it reports", file=sys.stderr)  # fmt: skip
        return 1
    print("plantrack: compiling the target extractor with mypyc (about a minute) …", flush=True)
    reason = build()
    if reason:
        print(f"plantrack: the compiled extractor was not built ({reason}); "
              "extraction runs as plain Python", file=sys.stderr)  # fmt: skip
        return 2 if "--strict" in argv else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
