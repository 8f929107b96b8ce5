"""Run every `<prefix>*.py` module's `main()` in a package, in name order (make eval / make bench).

python scripts/run_modules.py evaluation eval_ [names...]
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(package_name: str, prefix: str, only: list[str]) -> int:
    package = importlib.import_module(package_name)
    names = sorted(
        m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith(prefix)
    )
    for name in names:
        if only and name.removeprefix(prefix) not in only:
            continue
        print(f"\n===== {package_name}.{name} =====", flush=True)
        importlib.import_module(f"{package_name}.{name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
