"""Ingest a folder of plans (a corpus) in parallel: `plantrack ingest DIR --jobs N`.

- Every file is its own transaction (ingest/document.py), so an interrupted run keeps what it
  stored and a second run skips those files by content hash: resuming is just running again.
- Files whose content hash is already stored are skipped before any worker reads them.
- A failing file (unreadable, corrupt, unsupported) is reported and the rest carry on; a lost
  database connection stops the run with one line (nothing half-written: the open file's
  transaction is rolled back by the server).
- Two ingests of the same folder into the same database at once: the second refuses (or, with
  `wait=True`, waits) — a PostgreSQL advisory lock held for the run, or an flock next to the
  SQLite file. Both are released by the operating system / server if the process dies.
- Workers are processes (spawned, so nothing inherits the parent's database connections), each
  with its own engine. They die with their parent: killed with it (`kill -9` included), they
  neither go on ingesting nor keep the store open (Linux: the kernel's parent-death signal;
  elsewhere a thread that watches the parent), and the folder lock — held by the parent — is
  released by the operating system.

This module sits beside ingest/document.py, below the Workspace: it takes a database URL, not
a Workspace.
"""

from __future__ import annotations

import fcntl
import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url

from plantrack.errors import PlantrackError, ReadError
from plantrack.ingest.document import ingest_document
from plantrack.read import SUPPORTED
from plantrack.store.db import DatabaseError, make_engine, migrate, resolve_url
from plantrack.store.plans import file_hash
from plantrack.store.schema import plans

if TYPE_CHECKING:
    from plantrack.search.index import SearchIndex


class CorpusError(PlantrackError):
    """The corpus run had to stop (a worker died)."""


class CorpusBusy(PlantrackError):
    """Another ingest of the same folder into the same database is running."""

    status = 409


@dataclass
class FileOutcome:
    path: str  # relative to the corpus folder
    status: str  # stored | unchanged | failed
    plan_id: int | None = None
    title: str | None = None
    targets: int = 0
    error: str | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class CorpusResult:
    folder: str
    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary(self) -> str:
        return (
            f"{self.folder}: {self.count('stored')} stored, {self.count('unchanged')} unchanged,"
            f" {self.count('failed')} failed in {self.seconds:.1f} s"
        )


def find_documents(folder: Path) -> list[Path]:
    """Supported plan files under `folder` (recursively, hidden files skipped), in name order."""
    found = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.suffix.lower() in SUPPORTED and not path.is_dir():
            found.append(path)
    return found


def ingest_corpus(
    db: str,
    folder: str | Path,
    *,
    jobs: int = 1,
    actor: str = "cli",
    wait_for_lock: bool = False,
    region: str | None = None,
    level: str | None = None,
    period: str | None = None,
    on_start: Callable[[int, int], None] | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> CorpusResult:
    """Ingest every supported file under `folder` into database `db` with `jobs` processes.

    `on_start(total, unchanged)` is called once the work is known, `on_file(outcome)` after each
    file (for a progress bar).
    """
    folder = Path(folder).expanduser().resolve()
    if not folder.is_dir():
        raise ReadError(f"{folder}: not a folder")
    url = resolve_url(db)
    started = time.perf_counter()
    result = CorpusResult(folder=str(folder))
    engine = make_engine(url)
    try:
        migrate(engine)  # once here, so workers never race to create tables
        with _folder_lock(engine, url, folder, wait_for_lock):
            files = find_documents(folder)
            todo: list[tuple[Path, str]] = []
            hashes: dict[Path, str] = {}
            for path in files:
                try:
                    hashes[path] = file_hash(path)
                except OSError as exc:
                    outcome = FileOutcome(
                        _rel(path, folder),
                        "failed",
                        error=f"{_rel(path, folder)}: cannot read ({exc.strerror})",
                    )
                    result.outcomes.append(outcome)
            stored = _stored_hashes(engine, list(hashes.values()))
            for path, digest in hashes.items():
                if digest in stored:
                    plan_id, title = stored[digest]
                    result.outcomes.append(
                        FileOutcome(_rel(path, folder), "unchanged", plan_id=plan_id, title=title)
                    )
                else:
                    todo.append((path, digest))
            if on_start:
                on_start(len(files), len(files) - len(todo))
            for outcome in result.outcomes:
                if on_file:
                    on_file(outcome)
            options = {"region": region, "level": level, "period": period}
            for outcome in _run(url, folder, [p for p, _ in todo], jobs, actor, options):
                result.outcomes.append(outcome)
                if on_file:
                    on_file(outcome)
    finally:
        engine.dispose()
    result.outcomes.sort(key=lambda o: o.path)
    result.seconds = time.perf_counter() - started
    return result


def _rel(path: Path, folder: Path) -> str:
    return str(path.relative_to(folder))


def _stored_hashes(engine, digests: list[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    with engine.connect() as conn:
        for start in range(0, len(digests), 500):
            chunk = digests[start : start + 500]
            rows = conn.execute(
                select(plans.c.content_hash, plans.c.id, plans.c.title).where(
                    plans.c.content_hash.in_(chunk)
                )
            )
            for digest, plan_id, title in rows:
                found[digest] = (plan_id, title)
    return found


def _run(
    url: str, folder: Path, paths: list[Path], jobs: int, actor: str, options: dict[str, Any]
) -> Iterator[FileOutcome]:
    if not paths:
        return
    if jobs <= 1:
        _worker_init(url, actor)
        try:
            for path in paths:
                yield _outcome(_ingest_one(str(path), options), folder)
        finally:
            _worker_close()
        return
    context = get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_worker_init,
        initargs=(url, actor, os.getpid()),
    ) as pool:
        pending: dict[Future, Path] = {}
        queue = list(reversed(paths))
        try:
            # keep at most 2 files per worker in flight, so an abort leaves little queued
            while queue or pending:
                while queue and len(pending) < jobs * 2:
                    path = queue.pop()
                    pending[pool.submit(_ingest_one, str(path), options)] = path
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    path = pending.pop(future)
                    try:
                        raw = future.result()
                    except BrokenProcessPool:
                        raise CorpusError(
                            f"{_rel(path, folder)}: a worker process died while ingesting it"
                            " (out of memory?); files stored so far are kept: run again to resume"
                        ) from None
                    yield _outcome(raw, folder)
        except BaseException:
            # Ctrl-C or a lost database: queued files are dropped, running ones finish or roll
            # back; what is stored stays stored, so running again resumes.
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _outcome(raw: dict[str, Any], folder: Path) -> FileOutcome:
    if raw.get("fatal"):
        raise DatabaseError(raw["error"] + " (files stored so far are kept: run again to resume)")
    raw["path"] = _rel(Path(raw["path"]), folder)
    if raw.get("error"):
        raw["error"] = raw["error"].replace(str(folder) + os.sep, "")
    return FileOutcome(**{k: v for k, v in raw.items() if k != "fatal"})


# -- worker side (one engine per process) ------------------------------------------------------
@dataclass
class _Worker:
    engine: Engine
    actor: str
    index: SearchIndex  # one tokenizer per process, not one per file


_WORKER: _Worker | None = None  # one per worker process, made by the pool's initializer


def _worker_init(url: str, actor: str, parent: int | None = None) -> None:
    global _WORKER
    if multiprocessing.parent_process() is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
        if parent is not None:
            _die_with_parent(parent)
    from plantrack.search.index import SearchIndex

    engine = make_engine(url)  # the parent migrated the schema already
    _WORKER = _Worker(engine, actor, SearchIndex(engine))


def _die_with_parent(parent: int) -> None:
    """End this worker when process `parent` dies, however it dies (SIGKILL included)."""
    try:  # Linux: the kernel sends us SIGKILL when the parent exits
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl (macOS): the watcher below does it
        pass
    if os.getppid() != parent:  # it died before we asked
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()


_PR_SET_PDEATHSIG = 1


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)  # orphaned: the parent is gone, so is the run


def _worker_close() -> None:
    global _WORKER
    if _WORKER is not None:
        _WORKER.engine.dispose()
        _WORKER = None


def _ingest_one(path: str, options: dict[str, Any]) -> dict[str, Any]:
    """Ingest one file; never raises (results cross a process boundary as plain dicts)."""
    started = time.perf_counter()
    out: dict[str, Any] = {"path": path}
    try:
        assert _WORKER is not None, "_worker_init runs first"
        result = ingest_document(
            _WORKER.engine, path, actor=_WORKER.actor, index=_WORKER.index, **options
        )
        out.update(
            status="stored" if result.created else "unchanged",
            plan_id=result.plan.id,
            title=result.plan.title,
            targets=result.plan.target_count,
        )
    except DatabaseError as exc:
        out.update(status="failed", error=str(exc), fatal=True)
    except PlantrackError as exc:
        out.update(status="failed", error=str(exc))
    except Exception as exc:  # a parser bug in one file must not stop the corpus
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        reason = (detail[0] if detail else "")[:200]
        out.update(status="failed", error=f"{Path(path).name}: {type(exc).__name__}: {reason}")
    out["seconds"] = round(time.perf_counter() - started, 3)
    return out


# -- one run per folder and database -----------------------------------------------------------
def _lock_key(folder: Path) -> int:
    digest = hashlib.sha256(f"plantrack-corpus:{folder}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def _folder_lock(engine, url: str, folder: Path, wait_for_lock: bool) -> Iterator[None]:
    busy = (
        f"{folder}: another plantrack ingest of this folder into this database is running;"
        " wait for it to finish (or pass --wait)"
    )
    if engine.dialect.name == "postgresql":
        key = _lock_key(folder)
        with engine.connect() as conn:
            if wait_for_lock:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
            elif not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
                raise CorpusBusy(busy)
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()
        return
    database = make_url(url).database or ""
    name = hashlib.sha256(str(folder).encode()).hexdigest()[:12]
    lock_path = Path(f"{database}.ingest-{name}.lock") if database else None
    if lock_path is None:  # in-memory SQLite: nobody else can see it
        yield
        return
    with lock_path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait_for_lock else fcntl.LOCK_NB))
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip()
            raise CorpusBusy(busy + (f" [{holder}]" if holder else "")) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)
