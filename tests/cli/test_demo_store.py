"""`make demo` fills the store `plantrack` uses with no --db, unless that store holds something
else (scripts/demo_store.py), and a taken port stops it at once in one line (scripts/demo.sh)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from plantrack.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path: Path) -> dict[str, Path]:
    """An empty home: the default store is <data>/plantrack/plantrack.db; the checkout (cwd)
    is where the fallback demo/plantrack.db goes."""
    data, checkout = tmp_path / "data", tmp_path / "checkout"
    checkout.mkdir()
    return {"data": data, "checkout": checkout, "default": data / "plantrack" / "plantrack.db"}


def choose(home: dict[str, Path], *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PLANTRACK_DB"}
    environment.update(XDG_DATA_HOME=str(home["data"]), **env)
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo_store.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=home["checkout"],
        timeout=120,
    )


def store_with(
    path: Path, sample_template: Path, *, other_plan: bool = False, user: str = ""
) -> Path:
    """A copy of the sample store, with one more plan and/or one more account."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(sample_template, path)
    with Workspace(str(path), actor="test") as ws:
        if other_plan:
            plan = path.parent / "other.txt"
            plan.write_text("某市行动方案\n一、目标\n到2027年产值达到100亿元。\n", encoding="utf-8")
            ws.ingest(plan)
        if user:
            ws.add_user(user, "long-enough-1", "viewer")
    return path


def test_an_empty_home_gets_the_demo_in_the_default_store(home) -> None:
    done = choose(home)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"default\t{home['default']}\n" and done.stderr == ""


def test_a_default_store_holding_only_the_demo_is_used_afresh(home, _sample_template) -> None:
    store_with(home["default"], _sample_template, user="admin")  # admin: a demo account
    done = choose(home)
    assert done.stdout == f"default\t{home['default']}\n", done.stderr
    assert not home["default"].exists()  # cleared: the demo starts again from nothing


@pytest.mark.parametrize("extra", [{"other_plan": True}, {"user": "zhang"}])
def test_a_default_store_holding_anything_else_is_left_alone(home, _sample_template, extra) -> None:
    default = store_with(home["default"], _sample_template, **extra)
    before = default.read_bytes()
    done = choose(home)
    fallback = home["checkout"] / "demo" / "plantrack.db"
    assert done.returncode == 0 and done.stdout == f"fallback\t{fallback}\n"
    assert done.stderr.splitlines() == [
        f"make demo: the default store {default} holds "
        + (
            "1 other plan(s), e.g. 某市行动方案"
            if extra.get("other_plan")
            else "1 other account(s), e.g. zhang"
        )
        + ": left as it is; the demo uses demo/plantrack.db"
    ]
    assert default.read_bytes() == before


def test_plantrack_db_set_means_the_demo_keeps_out_of_it(home, tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.db"
    done = choose(home, PLANTRACK_DB=str(chosen))
    assert done.stdout == f"fallback\t{home['checkout'] / 'demo' / 'plantrack.db'}\n"
    assert "PLANTRACK_DB is set" in done.stderr and not chosen.exists()


def test_a_fallback_holding_other_plans_is_refused_in_one_line(home, _sample_template) -> None:
    default = store_with(home["default"], _sample_template, other_plan=True)
    fallback = store_with(
        home["checkout"] / "demo" / "plantrack.db", _sample_template, other_plan=True
    )
    before = (default.read_bytes(), fallback.read_bytes())
    done = choose(home)
    assert done.returncode == 1 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("plantrack: error: demo/plantrack.db holds 1 other plan(s)")
    assert "not overwritten" in line and "DEMO_DB=" in line
    assert (default.read_bytes(), fallback.read_bytes()) == before


def test_an_explicit_demo_db_is_used_only_when_it_holds_just_the_demo(
    home, _sample_template, tmp_path: Path
) -> None:
    mine = store_with(tmp_path / "mine.db", _sample_template, user="zhang")
    done = choose(home, str(mine))
    assert done.returncode == 1 and "1 other account(s), e.g. zhang" in done.stderr
    assert mine.exists()
    fresh = tmp_path / "fresh.db"
    done = choose(home, str(fresh))
    assert done.stdout == f"explicit\t{fresh}\n"


def test_a_taken_port_stops_the_demo_before_it_starts(tmp_path: Path) -> None:
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").symlink_to(sys.executable)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            ["bash", str(ROOT / "scripts" / "demo.sh")],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "DEMO_PORT": str(port)},
            timeout=60,
        )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"plantrack: error: port {port} on 127.0.0.1 is already in use (another plantrack or"
        f" program): stop it, or choose another port with DEMO_PORT={port + 1} make demo"
        f" (plantrack serve --port {port + 1})"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".venv"]  # nothing done yet
