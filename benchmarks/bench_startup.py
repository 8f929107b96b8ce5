"""CLI start-up: `plantrack status`, `plans` and `users list` against `import sqlalchemy, click`.

Each command runs in a fresh interpreter on a store holding the sample plan (already migrated);
best of seven of its CPU time (user + system of the child, steadier than wall time on a shared
machine) and wall time. The comparator is the floor any command of ours pays: the interpreter
and the two libraries every command needs.

    make bench ONLY=startup      or      .venv/bin/python -m benchmarks.bench_startup
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
RUNS = 7


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU, wall) seconds of one child process."""
    wall = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(args)} failed: {proc.stderr.read().decode()[-500:]}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - wall


def measure(python: str = sys.executable, src: Path = ROOT / "src") -> dict[str, tuple]:
    """Best-of times of the comparator and each command, run alternately in one loop (and
    `status` of the checkout PLANTRACK_BENCH_BASE names, when set: the code before)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    base = os.environ.get("PLANTRACK_BENCH_BASE")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "startup.db")
        cli = [python, "-m", "plantrack", "--db", db]
        subprocess.run([*cli, "ingest", str(SAMPLE)], env=env, check=True, capture_output=True)
        commands = {
            "import sqlalchemy, click": [python, "-c", "import sqlalchemy, click"],
            "plantrack status": [*cli, "status"],
            "plantrack plans": [*cli, "plans"],
            "plantrack users list": [*cli, "users", "list"],
        }
        envs = {name: env for name in commands}
        if base:
            commands["status (before)"] = [*cli, "status"]
            envs["status (before)"] = {**env, "PYTHONPATH": str(Path(base) / "src")}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(RUNS):  # alternate, so a burst of load hits every command alike
            for name, args in commands.items():
                times[name].append(run(args, envs[name]))
    return {n: (min(c for c, _ in t), min(w for _, w in t)) for n, t in times.items()}


def main() -> None:
    results = measure()
    floor_cpu, _ = results["import sqlalchemy, click"]
    print(f"{'command':<28} {'cpu s':>7} {'wall s':>7} {'× floor (cpu)':>14}")
    for name, (cpu, wall) in results.items():
        print(f"{name:<28} {cpu:7.3f} {wall:7.3f} {cpu / floor_cpu:13.2f}×")
    print(f"goal: status ≤ 1.6 × the floor ({1.6 * floor_cpu:.3f} s cpu); plans, users ≤ status")


if __name__ == "__main__":
    main()
