"""Opening a database: URL resolution, engine set-up, migrations to head."""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event, inspect, literal, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from plantrack.errors import PlantrackError

if TYPE_CHECKING:  # alembic is imported only when a migration has to run (CLI start-up)
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
T = TypeVar("T")


class DatabaseError(PlantrackError):
    """The database cannot be opened or migrated."""

    status = 503


def default_db_url() -> str:
    """`PLANTRACK_DB` if set, else a SQLite file in the user data directory."""
    env = os.environ.get("PLANTRACK_DB")
    if env:
        return resolve_url(env)
    path = default_db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"{path.parent}: cannot create the folder of the default store ({exc.strerror}):"
            " give --db PATH or set PLANTRACK_DB"
        ) from exc
    return f"sqlite:///{path}"


def default_db_path() -> Path:
    """The SQLite file used when neither --db nor PLANTRACK_DB is given (not created here)."""
    return Path(user_data_dir("plantrack", appauthor=False)) / "plantrack.db"


def resolve_url(path_or_url: str) -> str:
    """A bare path means a SQLite file; `postgresql://` URLs use psycopg 3."""
    if "://" not in path_or_url:
        return f"sqlite:///{Path(path_or_url).expanduser().resolve()}"
    if path_or_url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + path_or_url.split("://", 1)[1]
    return path_or_url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for a server URL or an in-memory database."""
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> None:
    """Refuse, in one line naming the path, a SQLite store plantrack cannot use: a folder, a
    missing or read-only parent folder, a file that is not a SQLite database or is read-only.
    (SQLite itself says `unable to open database file` to all of these.)"""
    try:
        problem = _sqlite_file_problem(path)
    except OSError as exc:
        problem = f"cannot open database ({exc.strerror or exc})"
    if problem:
        raise DatabaseError(f"{path}: {problem}")


def _may(path: Path, mode: int) -> bool:
    """Whether this process may read/write `path` (its effective user, as SQLite will be)."""
    return os.access(path, mode, effective_ids=os.access in os.supports_effective_ids)


def _sqlite_file_problem(path: Path) -> str | None:
    folder = path.parent
    if path.is_dir():
        return f"is a folder, not a database file (e.g. --db {path / 'plantrack.db'})"
    if not folder.exists():
        return f"folder {folder} does not exist: create it first (mkdir -p {folder})"
    if not folder.is_dir():
        return f"{folder} is a file, not a folder"
    if path.exists():
        if not _may(path, os.R_OK):
            return "cannot read the file (permission denied)"
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            return "not a SQLite database (--db takes a SQLite file or a postgresql:// URL)"
        if not _may(path, os.W_OK):
            return "the file is read-only: plantrack writes to its store (make it writable)"
    if not _may(folder, os.W_OK):
        doing = "SQLite writes its journal next to the file" if path.exists() else "cannot create"
        return f"folder {folder} is read-only ({doing}): choose a writable folder"
    return None


# SQLite errors about the file itself (not a lost race, not a constraint): one line naming it
_SQLITE_FILE_ERRORS = (
    ("file is not a database", "not a SQLite database"),
    ("database disk image is malformed", "the database file is damaged: restore a backup"),
    ("readonly database", "read-only: plantrack cannot write to it"),
    ("unable to open database file", "cannot open database"),
    ("disk is full", "the disk is full: nothing was written"),
    ("disk I/O error", "disk I/O error: nothing was written"),
)


def sqlite_file_error(path: Path, exc: BaseException) -> DatabaseError | None:
    """A DatabaseError naming the file for a SQLite error about the file, else None."""
    reason = str(getattr(exc, "orig", None) or exc).strip()
    for fragment, meaning in _SQLITE_FILE_ERRORS:
        if fragment in reason:
            try:  # the file or its folder may have changed since it was opened
                problem = _sqlite_file_problem(path)
            except OSError:
                problem = None
            return DatabaseError(f"{path}: {problem or meaning} ({reason.splitlines()[0]})")
    return None


# tables that hold bookkeeping, not a user's data: a store with rows only here is still empty
_BOOKKEEPING = frozenset({"alembic_version", "server_secrets", "write_stamps", "login_attempts"})


def holds_no_data(engine: Engine) -> bool:
    """True when no table of the schema has a row a user put there (a fresh or half-migrated
    store). Checked holding the write lock, so a writer that is committing is waited for."""
    from plantrack.store.schema import metadata

    with snapshot(engine, write=True) as conn:
        present = set(inspect(conn).get_table_names())
        for table in metadata.sorted_tables:
            if table.name in _BOOKKEEPING or table.name not in present:
                continue
            if conn.execute(select(literal(1)).select_from(table).limit(1)).first():
                return False
    return True


def remove_sqlite_files(path: Path) -> None:
    """Delete a SQLite database with its -wal, -shm and -journal files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        if ":" not in creds:
            return url
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return url


def connection_error(
    url: str, exc: BaseException, doing: str = "cannot open database"
) -> DatabaseError:
    """One line naming the database (password hidden) and the server's reason."""
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).strip().splitlines() if line.strip()]
    reason = lines[0] if lines else type(orig).__name__
    password = _password(url)
    if password:
        reason = reason.replace(password, "***")
    shown = redact(url).replace("postgresql+psycopg://", "postgresql://")
    return DatabaseError(f"{shown}: {doing} ({reason})")


def is_retryable(exc: BaseException) -> bool:
    """A transaction that lost a race and may simply be run again: PostgreSQL serialization
    failure, deadlock or lock timeout (40001, 40P01, 55P03), SQLite `database is locked` after
    the busy timeout."""
    orig = getattr(exc, "orig", None) or exc
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in ("40001", "40P01", "55P03"):  # + lock_timeout expired
        return True
    return "database is locked" in str(orig)


def _password(url: str) -> str | None:
    try:
        return make_url(url).password
    except Exception:  # not a URL we can parse: nothing to hide
        return None


def _is_connection_failure(orig: BaseException | None) -> bool:
    """A lost or refused connection (SQLSTATE class 08, 57P01 admin shutdown, or none at all);
    serialization failures and deadlocks (40001, 40P01) are left for callers to retry."""
    sqlstate = getattr(orig, "sqlstate", None)
    return sqlstate is None or sqlstate.startswith(("08", "57P"))


def make_engine(url: str) -> Engine:
    """An engine for a SQLite file (checked first: check_sqlite_file) or a PostgreSQL URL; errors
    about the database file or server become one-line DatabaseErrors."""
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            check_sqlite_file(path)
        engine = create_engine(url, connect_args={"timeout": 30})
        if path is not None:

            @event.listens_for(engine, "handle_error")
            def _file_error(ctx) -> None:
                error = sqlite_file_error(path, ctx.original_exception)
                if error is not None:
                    raise error

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    shown = engine.url.render_as_string(hide_password=False)

    @event.listens_for(engine, "handle_error")
    def _connection_lost(ctx) -> None:
        if getattr(ctx.original_exception, "sqlstate", None) == "25006":
            raise connection_error(
                shown,
                ctx.original_exception,
                "read-only database (a replica? write to the primary)",
            )
        # A server that refuses us or goes away mid-transaction: one clear line, password hidden.
        # The transaction is rolled back by the server, so nothing is half-written.
        if ctx.is_disconnect or (
            isinstance(ctx.sqlalchemy_exception, OperationalError)
            and _is_connection_failure(ctx.original_exception)
        ):
            doing = (
                "cannot open database"
                if ctx.statement is None
                else "connection lost"
                if ctx.is_disconnect
                else "database error"
            )
            raise connection_error(shown, ctx.original_exception, doing)

    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


_MIGRATE_LOCK = threading.Lock()  # alembic loads env.py as a module: not thread-safe


def head_revision() -> str:
    """The newest migration: revision ids are the file names (0009_ocr_provenance), so the
    highest name is the head (tests/store/test_db.py checks it against alembic's own)."""
    return max(path.stem for path in (MIGRATIONS / "versions").glob("[0-9]*.py"))


def migrate(engine: Engine) -> None:
    """Bring the schema to head. When it already is — every command but the first — that is one
    SELECT, and alembic is not even imported."""
    if _stored_revision(engine) == head_revision():
        return
    with _MIGRATE_LOCK:
        _migrate(engine)


def _stored_revision(engine: Engine) -> str | None:
    """The revision the store is at, or None (no table yet, or no connection: _migrate says)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError:
        return None


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    shown = engine.url.render_as_string(hide_password=False)
    for attempt in range(3):
        try:
            with engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    if conn.execute(text("SELECT pg_is_in_recovery()")).scalar():
                        _check_replica(conn, head, shown)  # a read replica: no DDL, no locks
                        return
                    # processes opening a fresh database at once migrate one after the other
                    conn.execute(text("SELECT pg_advisory_xact_lock(7263501)"))
                if MigrationContext.configure(conn).get_current_revision() == head:
                    return
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
            return
        except SQLAlchemyError as exc:
            if _at_head(engine, head):
                return  # another process migrated meanwhile (SQLite DDL is not transactional)
            if attempt == 2 or engine.dialect.name != "sqlite":
                if isinstance(exc, OperationalError):
                    raise connection_error(shown, exc) from exc
                raise


def _check_replica(conn, head: str | None, url: str) -> None:
    from alembic.runtime.migration import MigrationContext

    current = MigrationContext.configure(conn).get_current_revision()
    if current != head:
        shown = redact(url).replace("postgresql+psycopg://", "postgresql://")
        raise DatabaseError(
            f"{shown}: read-only replica with schema {current or 'none'}, this"
            f" plantrack needs {head}: upgrade the primary first"
        )


def _at_head(engine: Engine, head: str | None) -> bool:
    from alembic.runtime.migration import MigrationContext

    time.sleep(0.2)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision() == head
    except SQLAlchemyError:
        return False


RETRY_ATTEMPTS = 25


class DatabaseBusy(PlantrackError):
    """A transaction lost its race every time it was tried; nothing was changed."""

    status = 503


def violated_constraint(exc: BaseException) -> str | None:
    """The name of the unique constraint an IntegrityError broke, on PostgreSQL and SQLite.

    PostgreSQL reports the name (diag.constraint_name); SQLite only lists the columns
    (`UNIQUE constraint failed: plans.family, plans.version`), so they are looked up in the schema.
    """
    orig = getattr(exc, "orig", None) or exc
    diag = getattr(orig, "diag", None)
    name = getattr(diag, "constraint_name", None)
    if name:
        return name
    message = str(orig)
    if "UNIQUE constraint failed:" not in message:
        return None
    from plantrack.store.schema import metadata

    columns = [c.strip() for c in message.split(":", 1)[1].split(",")]
    table_name = columns[0].split(".")[0]
    table = metadata.tables.get(table_name)
    wanted = {c.split(".", 1)[-1] for c in columns}
    for constraint in table.constraints if table is not None else ():
        columns_of = getattr(constraint, "columns", None)
        if columns_of is not None and constraint.name and {c.name for c in columns_of} == wanted:
            return constraint.name
    return None


@contextmanager
def snapshot(engine: Engine, *, write: bool = False) -> Iterator[Connection]:
    """A connection whose reads see one snapshot: SQLite `BEGIN` (`BEGIN IMMEDIATE` to write, so
    the write lock is taken up front and a read never goes stale), PostgreSQL REPEATABLE READ.
    Committed at the end when `write`, rolled back otherwise or on any error."""
    with engine.connect() as conn:
        begin_explicitly(conn, write=write)
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        if write:
            conn.commit()
        else:
            conn.rollback()


def begin_explicitly(conn: Connection, *, write: bool) -> None:
    """Open the transaction now rather than at the first write (pysqlite's default)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    else:
        # not postgresql_readonly: resetting it would send BEGIN READ WRITE on later connections,
        # overriding a database set read-only (a replica keeps refusing writes with one line)
        conn.execution_options(isolation_level="REPEATABLE READ")


def run_retrying(
    engine: Engine,
    work: Callable[[Connection], T],
    *,
    retry_constraints: frozenset[str] = frozenset(),
    attempts: int = RETRY_ATTEMPTS,
) -> T:
    """Run `work` in its own transaction; run it again when it lost a race.

    A race is a retryable SQLSTATE (serialization failure, deadlock, lock timeout, SQLite's
    `database is locked`) or a unique constraint named in `retry_constraints` (e.g. two processes
    taking the same next version number). After `attempts` tries: DatabaseBusy.
    """
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                if conn.dialect.name == "sqlite":
                    begin_explicitly(conn, write=True)  # one real transaction, savepoints work
                return work(conn)
        except IntegrityError as exc:
            if violated_constraint(exc) not in retry_constraints:
                raise
            last: BaseException = exc
        except OperationalError as exc:
            if not is_retryable(exc):
                raise
            last = exc
        time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
    reason = str(getattr(last, "orig", last)).strip().splitlines()[0]
    raise DatabaseBusy(f"the database was busy ({reason}); nothing was changed: try again")
