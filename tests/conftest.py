"""Shared fixtures: real databases in tmp dirs, the sample plan, a workspace with it ingested.

`db_url`, `workspace` and `sample_ws` run on SQLite always and, when `PLANTRACK_TEST_PG` is set
(e.g. postgresql://postgres@127.0.0.1:5432/test), on PostgreSQL too: tests using them get a
`[sqlite]` / `[postgresql]` id. On PostgreSQL each test gets its own database, cloned from a
template built once per session (`CREATE DATABASE x TEMPLATE y`, ~0.1 s) and dropped afterwards;
on PostgreSQL `db_url` is therefore already migrated to head (migrate() is then a no-op).

`sample_ws` ingests the sample once per session into a template and copies it per test, so
tests that need a populated store stay fast and independent. Other test packages build their own
templates the same way: `db_template(backend, key, build)` makes one per backend per session (the
sample plan plus whatever `build(ws)` adds) and `clone_template(ref)` copies it for one test.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from plantrack.store.db import redact
from plantrack.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
PG_URL = os.environ.get("PLANTRACK_TEST_PG", "").strip()
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


class PgDatabases:
    """Creates and drops throwaway databases on the test server (names carry the pid, so
    concurrent pytest runs on one server do not collide)."""

    def __init__(self, url: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        self.base = make_url(url)
        self.prefix = f"pt_test_{os.getpid()}_"
        self._counter = itertools.count(1)
        self._admin = psycopg.connect(self.url(self.base.database or "postgres"), autocommit=True)
        self.created: list[str] = []
        self._drop_orphans()

    def _drop_orphans(self) -> None:
        """Databases left by killed test runs on this machine (their pid is gone)."""
        rows = self._admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'pt\\_test\\_%'"
        ).fetchall()
        for (name,) in rows:
            pid = name.split("_")[2]
            if pid.isdigit() and not Path(f"/proc/{pid}").exists():
                self._admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def url(self, name: str) -> str:
        """A plain postgresql:// URL (as a user would type it) for database `name`."""
        return self.base.set(drivername="postgresql", database=name).render_as_string(
            hide_password=False
        )

    def create(self, template: str | None = None) -> str:
        name = f"{self.prefix}{next(self._counter)}"
        clause = f" TEMPLATE {template}" if template else ""
        self._admin.execute(f"CREATE DATABASE {name}{clause}")
        self.created.append(name)
        return name

    def drop(self, name: str) -> None:
        self._admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if name in self.created:
            self.created.remove(name)

    def close(self) -> None:
        for name in list(self.created):
            self.drop(name)
        self._admin.close()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test touches the user's real database."""
    monkeypatch.delenv("PLANTRACK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql"; tests using a database fixture run once per backend.

    A test about one backend's internals (FTS5 tables, sqlite_master …) is marked
    `@pytest.mark.sqlite_only` or `@pytest.mark.postgresql_only`.
    """
    for marker in ("sqlite", "postgresql"):
        if request.node.get_closest_marker(f"{marker}_only") and request.param != marker:
            pytest.skip(f"{marker} only")
    return request.param


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: run the test on the SQLite backend only")
    config.addinivalue_line("markers", "postgresql_only: run on PostgreSQL only")


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    """Throwaway databases on PLANTRACK_TEST_PG (skips the test when it is not set)."""
    if not PG_URL:
        pytest.skip("PostgreSQL tests off (set PLANTRACK_TEST_PG)")
    import psycopg

    try:
        dbs = PgDatabases(PG_URL)
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0]
        pytest.fail(f"PLANTRACK_TEST_PG={redact(PG_URL)}: cannot connect ({reason})", pytrace=False)
    yield dbs
    dbs.close()


@pytest.fixture(scope="session")
def _pg_empty_template(pg_databases: PgDatabases) -> str:
    """A database migrated to head, cloned for every PostgreSQL `db_url`."""
    name = pg_databases.create()
    Workspace(pg_databases.url(name), actor="test").close()
    return name


@pytest.fixture(scope="session")
def _pg_sample_template(pg_databases: PgDatabases, _pg_empty_template: str) -> str:
    name = pg_databases.create(_pg_empty_template)
    with Workspace(pg_databases.url(name), actor="test") as ws:
        ws.ingest(SAMPLE)
    return name


def _pg_clone(request: pytest.FixtureRequest, template_fixture: str) -> Iterator[str]:
    dbs: PgDatabases = request.getfixturevalue("pg_databases")
    name = dbs.create(request.getfixturevalue(template_fixture))
    yield dbs.url(name)
    dbs.drop(name)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'plantrack.db'}"
    else:
        yield from _pg_clone(request, "_pg_empty_template")


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
def sample_ws(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Workspace]:
    if backend == "sqlite":
        path = tmp_path / "sample.db"
        shutil.copyfile(request.getfixturevalue("_sample_template"), path)
        ws = Workspace(f"sqlite:///{path}", actor="test")
        yield ws
        ws.close()
        return
    for url in _pg_clone(request, "_pg_sample_template"):
        ws = Workspace(url, actor="test")
        yield ws
        ws.close()


@pytest.fixture(scope="session")
def db_template(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Callable[[str, str, Callable[[Workspace], Any]], tuple[str, Any]]:
    """`get(backend, key, build) -> (ref, extra)`: a template with the sample plan ingested and
    `build(ws)` applied, made once per (backend, key) per session; `extra` is what `build`
    returned (e.g. live session tokens), `ref` is what `clone_template` takes."""
    made: dict[tuple[str, str], tuple[str, Any]] = {}

    def get(backend: str, key: str, build: Callable[[Workspace], Any]) -> tuple[str, Any]:
        if (backend, key) not in made:
            if backend == "sqlite":
                path = tmp_path_factory.mktemp(key) / f"{key}.db"
                shutil.copyfile(request.getfixturevalue("_sample_template"), path)
                ref, url = str(path), f"sqlite:///{path}"
            else:
                dbs: PgDatabases = request.getfixturevalue("pg_databases")
                ref = dbs.create(request.getfixturevalue("_pg_sample_template"))
                url = dbs.url(ref)
            with Workspace(url, actor="test") as ws:
                made[backend, key] = (ref, build(ws))
        return made[backend, key]

    return get


@pytest.fixture
def clone_template(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[[str], str]]:
    """`clone(ref) -> url`: this test's own copy of a `db_template` (dropped afterwards)."""
    made: list[str] = []

    def clone(ref: str) -> str:
        if backend == "sqlite":
            path = tmp_path / f"clone{len(made)}.db"
            shutil.copyfile(ref, path)
            made.append(str(path))
            return f"sqlite:///{path}"
        dbs: PgDatabases = request.getfixturevalue("pg_databases")
        made.append(dbs.create(ref))
        return dbs.url(made[-1])

    yield clone
    if backend == "postgresql":
        dbs: PgDatabases = request.getfixturevalue("pg_databases")
        for name in made:
            dbs.drop(name)


def pytest_report_header(config: pytest.Config) -> str:
    return "plantrack: PostgreSQL tests " + (
        f"ON: {redact(PG_URL)} (ids [postgresql])" if PG_URL else "off (set PLANTRACK_TEST_PG)"
    )


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """One line per backend, so even a quiet CI log shows that the PostgreSQL run happened."""
    counts: dict[str, dict[str, int]] = {name: {} for name in BACKENDS}
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") != "call" and outcome == "passed":
                continue
            params = report.nodeid.rpartition("[")[2].rstrip("]").split("-")
            for name in BACKENDS:
                if name in params:
                    counts[name][outcome] = counts[name].get(outcome, 0) + 1
    if not any(counts.values()):
        return
    parts = [
        f"{name}: " + ", ".join(f"{n} {o}" for o, n in tally.items())
        for name, tally in counts.items()
        if tally
    ]
    terminalreporter.write_line("plantrack backends — " + "; ".join(parts))
