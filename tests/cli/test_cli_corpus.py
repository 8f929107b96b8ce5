"""`plantrack ingest FOLDER --jobs N` end to end, through the real command in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from plantrack.ingest.corpus import _folder_lock
from plantrack.store.db import make_engine, resolve_url


def plantrack(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "plantrack.cli", *args], capture_output=True, text=True, check=False
    )


def corpus(folder: Path, sample: Path) -> Path:
    text = sample.read_text(encoding="utf-8")
    folder.mkdir()
    for city in ("温州", "嘉兴", "湖州"):
        (folder / f"{city}.txt").write_text(text.replace("宁波", city), encoding="utf-8")
    (folder / "损坏.docx").write_bytes(b"PK but not really a zip")
    return folder


@pytest.mark.slow
def test_ingest_a_folder_with_two_jobs(db_url: str, tmp_path: Path, sample_path: Path) -> None:
    folder = corpus(tmp_path / "plans", sample_path)
    first = plantrack("--db", db_url, "ingest", str(folder), "--jobs", "2")
    assert first.returncode == 1  # one file failed
    assert "3 stored, 0 unchanged, 1 failed" in first.stdout
    assert "failed 损坏.docx:" in first.stderr
    assert "1 file(s) failed (listed above); the others are stored" in first.stderr
    second = plantrack("--db", db_url, "ingest", str(folder))
    assert "0 stored, 3 unchanged, 1 failed" in second.stdout
    listed = plantrack("--db", db_url, "plans", "--format", "json")
    assert listed.stdout.count('"title"') == 3


def test_a_folder_being_ingested_is_refused(db_url: str, tmp_path: Path, sample_path: Path) -> None:
    folder = corpus(tmp_path / "plans", sample_path)
    url = resolve_url(db_url)
    engine = make_engine(url)
    try:
        with _folder_lock(engine, url, folder.resolve(), wait_for_lock=False):
            busy = plantrack("--db", db_url, "ingest", str(folder))
    finally:
        engine.dispose()
    assert busy.returncode == 1
    lines = busy.stderr.strip().splitlines()
    assert lines[-1].startswith("plantrack: error: ")
    assert "another plantrack ingest of this folder" in lines[-1] and "--wait" in lines[-1]


def test_title_cannot_name_a_folder(tmp_path: Path, db_url: str) -> None:
    result = plantrack("--db", db_url, "ingest", str(tmp_path), "--title", "x")
    assert result.returncode == 2 and "--title names one document" in result.stderr
