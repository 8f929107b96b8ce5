"""Opening databases (store/db.py): URLs, one-line connection errors with the password hidden,
a server that goes away mid-ingest (nothing half-written), concurrent first opens."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from plantrack.store.db import DatabaseError, redact, resolve_url
from plantrack.store.schema import nodes, plans
from plantrack.workspace import Workspace


def test_resolve_url() -> None:
    assert resolve_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("/tmp/x.db") == "sqlite:////tmp/x.db"


def test_redact_hides_only_a_password() -> None:
    assert redact("postgresql://alice:s3cret@db.example:5432/plans") == (
        "postgresql://alice:***@db.example:5432/plans"
    )
    assert redact("postgresql://alice@db.example/plans") == "postgresql://alice@db.example/plans"


@pytest.mark.parametrize(
    "url, reason",
    [
        ("postgresql://alice:s3cret@127.0.0.1:1/plans", "cannot open database (connection failed"),
        ("sqlite:////nonexistent-dir/sub/x.db", "folder /nonexistent-dir/sub does not exist"),
    ],
)
def test_unreachable_database_is_one_line_without_password(url: str, reason: str) -> None:
    with pytest.raises(DatabaseError) as info:
        Workspace(url)
    message = str(info.value)
    assert "\n" not in message
    assert "s3cret" not in message
    assert reason in message


def _bad_sqlite_paths(tmp: Path) -> dict[str, tuple[Path, str]]:
    (tmp / "folder.db").mkdir()
    (tmp / "a-file").write_text("x")
    (tmp / "notes.txt").write_text("这不是数据库", encoding="utf-8")
    return {
        "folder": (tmp / "folder.db", "is a folder, not a database file"),
        "missing folder": (tmp / "missing" / "x.db", f"folder {tmp / 'missing'} does not exist"),
        "file as folder": (tmp / "a-file" / "x.db", f"{tmp / 'a-file'} is a file, not a folder"),
        "not a database": (tmp / "notes.txt", "not a SQLite database"),
    }


@pytest.mark.parametrize("case", ["folder", "missing folder", "file as folder", "not a database"])
def test_a_sqlite_path_that_cannot_be_a_store_is_named_with_its_own_reason(
    case: str, tmp_path: Path
) -> None:
    path, reason = _bad_sqlite_paths(tmp_path)[case]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(DatabaseError) as info:
        Workspace(str(path))
    assert str(info.value).startswith(f"{path}: {reason}")
    assert "\n" not in str(info.value)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing created


def test_a_store_damaged_after_it_was_opened_is_one_line(tmp_path: Path) -> None:
    """SQLite's own errors about the file (here `file is not a database`, raised while a new
    connection is set up) name the file instead of ending in a traceback."""
    path = tmp_path / "plans.db"
    ws = Workspace(str(path), actor="test")
    ws.engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"\x00" * 4096)  # no SQLite header: not a database any more
    with pytest.raises(DatabaseError) as info:
        ws.plans()
    message = str(info.value)
    assert message.startswith(f"{path}: not a SQLite database") and "\n" not in message
    ws.close()


def test_discard_if_new_deletes_only_a_new_store_that_holds_nothing(
    tmp_path: Path, sample_path: Path
) -> None:
    new = tmp_path / "new.db"
    assert Workspace(str(new), actor="test").discard_if_new() is True
    assert list(tmp_path.iterdir()) == []
    with Workspace(str(new), actor="test") as ws:  # created, then given a plan: kept
        ws.ingest(sample_path)
        assert ws.discard_if_new() is False
    assert new.exists()
    empty = tmp_path / "empty.db"
    Workspace(str(empty), actor="test").close()  # a store the user made, still empty
    assert Workspace(str(empty), actor="test").discard_if_new() is False  # not created now
    assert empty.exists()


def test_wrong_credentials_on_a_real_server(pg_databases) -> None:
    # The CI server trusts local users, so an unknown role stands in for a wrong password:
    # the server refuses the login in the same place.
    from sqlalchemy.engine import make_url

    url = (
        make_url(pg_databases.url("test"))
        .set(username="nobody_xyz", password="s3cret")
        .render_as_string(hide_password=False)
    )
    with pytest.raises(DatabaseError) as info:
        Workspace(url)
    message = str(info.value)
    assert "\n" not in message and "s3cret" not in message
    assert "nobody_xyz:***@" in message and "cannot open database" in message


def test_server_gone_mid_ingest_leaves_nothing_half_written(
    pg_databases, sample_path: Path
) -> None:
    import psycopg

    name = pg_databases.create()
    url = pg_databases.url(name)
    ws = Workspace(url, actor="test")
    admin = psycopg.connect(url, autocommit=True)

    @event.listens_for(ws.engine, "before_cursor_execute")
    def _kill(conn, cursor, statement, *args) -> None:
        # the plan row and its nodes are written; the server goes away before the targets
        if statement.lstrip().upper().startswith("INSERT INTO TARGETS"):
            pid = conn.connection.dbapi_connection.info.backend_pid
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    with pytest.raises(DatabaseError) as info:
        ws.ingest(sample_path)
    assert "\n" not in str(info.value)
    assert "connection lost" in str(info.value) or "database error" in str(info.value)
    event.remove(ws.engine, "before_cursor_execute", _kill)
    with ws.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(plans)).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(nodes)).scalar_one() == 0
    assert ws.ingest(sample_path).created  # the pool recovers: the next ingest works
    ws.close()
    admin.close()


def test_many_workspaces_opening_a_fresh_database_at_once(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Twenty first opens race to create the tables; every one must end at head."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'fresh.db'}"
    else:
        dbs = request.getfixturevalue("pg_databases")
        url = dbs.url(dbs.create())
    errors: list[Exception] = []

    def open_one() -> None:
        try:
            Workspace(url, actor="test").close()
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Workspace(url, actor="test") as ws:
        assert ws.plans() == []


def test_writing_to_a_read_only_database_is_one_line(pg_databases, sample_path: Path) -> None:
    """A replica (or a database set read-only) refuses writes: say so, not a traceback."""
    import psycopg

    name = pg_databases.create()
    url = pg_databases.url(name)
    Workspace(url, actor="test").close()  # migrated while writable
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    with Workspace(url, actor="test") as ws:
        assert ws.plans() == []  # reading works
        with pytest.raises(DatabaseError) as info:
            ws.ingest(sample_path)
    message = str(info.value)
    assert "\n" not in message and "read-only database" in message


def test_a_busy_database_is_one_line_in_the_cli(pg_databases, sample_path: Path) -> None:
    """A lock held by someone else past lock_timeout: one line, nothing written, exit 1."""
    import os
    import subprocess
    import sys

    import psycopg

    name = pg_databases.create()
    url = pg_databases.url(name)
    Workspace(url, actor="test").close()
    with psycopg.connect(url) as holder:
        holder.execute("LOCK TABLE plans IN ACCESS EXCLUSIVE MODE")  # held until the block ends
        env = {**os.environ, "PGOPTIONS": "-c lock_timeout=300"}
        proc = subprocess.run(
            [sys.executable, "-m", "plantrack.cli", "--db", url, "ingest", str(sample_path)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        holder.rollback()
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]
    assert "the database was busy" in proc.stderr and "run the command again" in proc.stderr
    with Workspace(url, actor="test") as ws:
        assert ws.plans() == []


def test_the_head_revision_is_alembics_own() -> None:
    from alembic.script import ScriptDirectory

    from plantrack.store.db import alembic_config, head_revision

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_a_store_at_head_is_opened_without_alembic(tmp_path: Path) -> None:
    """Every command after the first: one SELECT of the revision, alembic never imported."""
    import subprocess
    import sys

    db = tmp_path / "store.db"
    Workspace(str(db)).close()  # created and migrated
    code = (
        "import sys\n"
        "from plantrack.workspace import Workspace\n"
        f"Workspace({str(db)!r}).close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
