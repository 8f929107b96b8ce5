"""`plantrack ingest DIR --jobs 2` killed with `kill -9`: its workers and multiprocessing's
resource tracker end too (they used to run on indefinitely, 131 MB each, with the store open), and
the folder lock is free for the next run — on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from plantrack.ingest.corpus import _folder_lock
from plantrack.store.db import make_engine, resolve_url

ROOT = Path(__file__).resolve().parents[2]


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a live process, None when it is gone or a zombie."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    state, ppid = raw.rpartition(")")[2].split()[:2]
    return None if state in ("Z", "X") else (state, int(ppid))


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            info = _stat(int(entry.name))
            if info and info[1] == parent:
                found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_killing_the_parent_ends_its_workers_and_frees_the_lock(
    db_url: str, tmp_path: Path, sample_path: Path
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    body = sample_path.read_text(encoding="utf-8")
    for i in range(40):  # enough work to still be running when it is killed
        (folder / f"plan{i:02d}.txt").write_text(
            body.replace("宁波", f"第{i}号城"), encoding="utf-8"
        )
    code = (
        "import sys; from plantrack.ingest.corpus import ingest_corpus; "
        "ingest_corpus(sys.argv[1], sys.argv[2], jobs=2, actor='test')"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    parent = subprocess.Popen([sys.executable, "-c", code, db_url, str(folder)], env=env)
    try:
        workers: list[int] = []

        def started() -> bool:
            workers[:] = [p for p in _children(parent.pid) if "spawn_main" in _cmdline(p)]
            return len(workers) == 2

        assert _until(started, 60), "the workers did not start"
        children = _children(parent.pid)  # the workers and the resource tracker
        time.sleep(1.0)  # let them get into their files
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        assert _until(lambda: not any(_stat(p) for p in children), 15), [
            _cmdline(p) for p in children if _stat(p)
        ]
    finally:
        if parent.poll() is None:
            parent.kill()
    engine = make_engine(resolve_url(db_url))
    try:
        if engine.dialect.name == "postgresql":  # no connection of the dead run is left open
            others = text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid()"
            )

            def closed() -> bool:
                with engine.connect() as conn:
                    return conn.execute(others).scalar() == 0

            assert _until(closed, 15)
        with _folder_lock(engine, resolve_url(db_url), folder.resolve(), False):
            pass  # not CorpusBusy: the lock went with the parent
    finally:
        engine.dispose()
