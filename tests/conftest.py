"""Shared fixtures: real SQLite files in tmp dirs, the sample plan, a workspace with it ingested.

`sample_ws` ingests the sample once per session into a template file and copies that file per
test, so tests that need a populated store stay fast and independent.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from plantrack.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test touches the user's real database."""
    monkeypatch.delenv("PLANTRACK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'plantrack.db'}"


@pytest.fixture
def workspace(db_url: str) -> Iterator[Workspace]:
    ws = Workspace(db_url, actor="test")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sample.db"
    with Workspace(f"sqlite:///{path}", actor="test") as ws:
        ws.ingest(SAMPLE)
    return path


@pytest.fixture
def sample_ws(_sample_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "sample.db"
    shutil.copyfile(_sample_template, path)
    ws = Workspace(f"sqlite:///{path}", actor="test")
    yield ws
    ws.close()


def pytest_report_header(config: pytest.Config) -> str:
    pg = os.environ.get("PLANTRACK_TEST_PG")
    return f"plantrack: PostgreSQL tests {'ON: ' + pg if pg else 'off (set PLANTRACK_TEST_PG)'}"
