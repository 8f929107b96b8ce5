"""The backup recipes of docs/deploy.md, run for real: SQLite's online backup of a database in
use, and pg_dump -Fc / pg_restore into a fresh PostgreSQL database."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from plantrack.workspace import Workspace


def test_sqlite_online_backup(tmp_path: Path, sample_path: Path) -> None:
    live = tmp_path / "plantrack.db"
    with Workspace(f"sqlite:///{live}", actor="test") as ws:
        plan = ws.ingest(sample_path).plan
        # the backup is taken while the workspace holds the database open (WAL mode)
        source = sqlite3.connect(live)
        target = sqlite3.connect(tmp_path / "backup.db")
        source.backup(target)
        source.close()
        target.close()
    with Workspace(f"sqlite:///{tmp_path / 'backup.db'}", actor="test") as restored:
        assert [p.title for p in restored.plans()] == [plan.title]
        assert len(restored.targets()) == plan.target_count


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump not installed")
def test_pg_dump_and_restore(pg_databases, sample_path: Path) -> None:
    source = pg_databases.create()
    with Workspace(pg_databases.url(source), actor="test") as ws:
        plan = ws.ingest(sample_path).plan
        ws.record(ws.targets()[1].id, period=2026, value=1500, unit="亿元")
    dump = subprocess.run(
        ["pg_dump", "-Fc", "-d", pg_databases.url(source)], capture_output=True, check=True
    ).stdout
    restored = pg_databases.create()
    subprocess.run(
        ["pg_restore", "--no-owner", "-d", pg_databases.url(restored)],
        input=dump,
        capture_output=True,
        check=True,
    )
    with Workspace(pg_databases.url(restored), actor="test") as ws:
        assert [(p.title, p.target_count) for p in ws.plans()] == [(plan.title, plan.target_count)]
        assert [o.value for o in ws.observations()] == [1500]
        # ids continue after the restored rows (sequences are part of the dump)
        assert (
            ws.ingest(Path(__file__).parent.parent / "compare_docs" / "city.txt").plan.id
            == plan.id + 1
        )
