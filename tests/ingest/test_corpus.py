"""Corpus ingest (ingest/corpus.py) on SQLite and PostgreSQL: per-file failures, skipping,
resuming, the folder lock, worker processes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from plantrack.ingest.corpus import CorpusBusy, _folder_lock, find_documents, ingest_corpus
from plantrack.store.db import make_engine, resolve_url
from plantrack.store.schema import audit, plans
from plantrack.workspace import Workspace

CITIES = ["宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市"]


def make_corpus(folder: Path, sample: Path, cities: list[str] = CITIES) -> list[Path]:
    """One plan per city: the sample with its city name (and so its title) replaced."""
    text = sample.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, city in enumerate(cities):
        sub = folder / ("zj" if i % 2 else "")
        sub.mkdir(exist_ok=True)
        path = sub / f"plan{i:02d}.txt"
        path.write_text(text.replace("宁波", city.removesuffix("市")), encoding="utf-8")
        paths.append(path)
    return paths


def count(db_url: str, table=plans) -> int:
    engine = make_engine(resolve_url(db_url))
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()
    finally:
        engine.dispose()


def test_finds_supported_files_only(tmp_path: Path, sample_path: Path) -> None:
    make_corpus(tmp_path / "c", sample_path, CITIES[:2])
    (tmp_path / "c" / "notes.xyz").write_text("x")
    (tmp_path / "c" / ".hidden.txt").write_text("x")
    found = [p.relative_to(tmp_path / "c").as_posix() for p in find_documents(tmp_path / "c")]
    assert found == ["plan00.txt", "zj/plan01.txt"]


def test_failures_are_reported_per_file_and_the_rest_is_stored(
    db_url: str, tmp_path: Path, sample_path: Path
) -> None:
    folder = tmp_path / "corpus"
    make_corpus(folder, sample_path, CITIES[:3])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.docx").write_bytes(b"not a zip at all" * 10)
    result = ingest_corpus(db_url, folder, jobs=1, actor="test")
    assert (result.count("stored"), result.count("unchanged"), result.count("failed")) == (3, 0, 2)
    errors = {o.path: o.error for o in result.failed}
    assert set(errors) == {"empty.txt", "broken.docx"}
    assert "empty" in errors["empty.txt"] and "\n" not in errors["broken.docx"]
    assert count(db_url) == 3
    assert count(db_url, audit) == 3  # one audit row per stored plan


def test_second_run_skips_unchanged_files_and_resumes(
    db_url: str, tmp_path: Path, sample_path: Path
) -> None:
    folder = tmp_path / "corpus"
    paths = make_corpus(folder, sample_path, CITIES[:4])
    # an "interrupted" earlier run stored only the first file
    with Workspace(db_url, actor="test") as ws:
        first = ws.ingest(paths[0]).plan
    result = ingest_corpus(db_url, folder, actor="test")
    by_path = {o.path: o for o in result.outcomes}
    assert by_path["plan00.txt"].status == "unchanged"
    assert by_path["plan00.txt"].plan_id == first.id
    assert result.count("stored") == 3
    again = ingest_corpus(db_url, folder, actor="test")
    assert again.count("unchanged") == 4 and again.count("stored") == 0
    assert count(db_url) == 4


@pytest.mark.slow
def test_two_worker_processes(db_url: str, tmp_path: Path, sample_path: Path) -> None:
    folder = tmp_path / "corpus"
    make_corpus(folder, sample_path)
    seen = []
    result = ingest_corpus(db_url, folder, jobs=2, actor="test", on_file=seen.append)
    assert result.count("stored") == len(CITIES)
    assert len(seen) == len(CITIES)
    assert all(o.targets > 0 for o in result.outcomes)
    assert count(db_url) == len(CITIES)


def test_a_second_ingest_of_the_same_folder_refuses(
    db_url: str, tmp_path: Path, sample_path: Path
) -> None:
    folder = tmp_path / "corpus"
    make_corpus(folder, sample_path, CITIES[:1])
    url = resolve_url(db_url)
    engine = make_engine(url)
    try:
        with (
            _folder_lock(engine, url, folder.resolve(), wait_for_lock=False),
            pytest.raises(CorpusBusy, match="another plantrack ingest of this folder"),
        ):
            ingest_corpus(db_url, folder, actor="test")
    finally:
        engine.dispose()
    assert count(db_url) == 0
    assert ingest_corpus(db_url, folder, actor="test").count("stored") == 1


def test_concurrent_ingests_of_one_folder_with_wait_store_each_plan_once(
    db_url: str, tmp_path: Path, sample_path: Path
) -> None:
    folder = tmp_path / "corpus"
    make_corpus(folder, sample_path, CITIES[:3])
    results = []
    errors = []

    def run() -> None:
        try:
            results.append(ingest_corpus(db_url, folder, actor="test", wait_for_lock=True))
        except Exception as exc:  # surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(r.count("stored") for r in results) == [0, 3]
    assert count(db_url) == 3


def test_not_a_folder(db_url: str, tmp_path: Path) -> None:
    from plantrack.errors import ReadError

    with pytest.raises(ReadError, match="not a folder"):
        ingest_corpus(db_url, tmp_path / "missing", actor="test")


def test_workspace_ingest_folder(workspace: Workspace, tmp_path: Path, sample_path: Path) -> None:
    make_corpus(tmp_path / "c", sample_path, CITIES[:2])
    result = workspace.ingest_folder(tmp_path / "c")
    assert result.count("stored") == 2
    assert [p.region for p in workspace.plans()] == ["宁波市", "温州市"]
