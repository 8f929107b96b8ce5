"""Bad invocations, typed as a user would: each gives ONE line on stderr naming what is wrong, a
non-zero exit, and leaves the store and the folder exactly as they were (every table's rows
compared, every file listed, before and after)."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text

from plantrack.cli import main
from plantrack.workspace import Workspace, resolve_url

ROOT = Path(__file__).resolve().parents[2]
TARGET = "c4.s1.p1.t1"  # 高性能算力规模超过10EFLOPS

# (id, the command line after `plantrack --db STORE`, a fragment the one line must hold);
# {in} is a folder of bad input files, {out} a folder for outputs
STORE_ROWS: list[tuple[str, list[str], str]] = [
    ("no such command", ["frobnicate"], "No such command 'frobnicate'"),
    ("unknown option", ["status", "--colour"], "status: No such option '--colour'"),
    ("missing argument", ["record"], "record: Missing argument 'TARGET_ID'"),
    ("bad choice", ["status", "--status", "late"], "Invalid value for '--status'"),
    ("port out of range", ["serve", "--port", "0"], "Invalid value for '--port'"),
    ("ingest: no such file", ["ingest", "{in}/规划.txt"], "规划.txt: file not found"),
    ("ingest: empty file", ["ingest", "{in}/empty.txt"], "empty.txt: empty file"),
    ("ingest: binary file", ["ingest", "{in}/binary.txt"], "binary.txt: binary file"),
    ("ingest: unsupported type", ["ingest", "{in}/plan.xyz"], "unsupported file type '.xyz'"),
    ("outline: no such plan", ["outline", "99"], "plan 99: no such plan id"),
    ("show: no such node", ["show", "c99"], "node c99: not in plan 1"),
    ("status: no such target", ["status", "c99.t1", "--explain"], "target c99.t1: in no stored"),
    ("record: unknown target", ["record", "c99.t1", "--period", "2026", "--value", "1"], "c99.t1"),
    (
        "record: not a number",
        ["record", TARGET, "--period", "2026", "--value", "abc"],
        "value 'abc': not a number",
    ),
    (
        "record: bad period",
        ["record", TARGET, "--period", "20x6", "--value", "1"],
        "period '20x6'",
    ),
    (
        "record: unit of another kind",
        ["record", TARGET, "--period", "2026", "--value", "1", "--unit", "吨"],
        "cannot convert 吨 to EFLOPS",
    ),
    ("assign: no such task", ["assign", "1", "c99", "--lead", "市经信局"], "c99: no task"),
    (
        "import: no header row",
        ["import", "observations", "{in}/figures.csv"],
        "figures.csv: no header row",
    ),
    ("import: not a workbook", ["import", "breakdown", "{in}/分工.xlsx"], "not an Excel .xlsx"),
    ("bulletin: empty file", ["bulletin", "{in}/empty.txt"], "empty.txt: empty file"),
    (
        "report: unknown format",
        ["report", "1", "--kind", "annual", "-o", "{out}/report.exe"],
        "unknown report format 'exe'",
    ),
    (
        "export: unknown format",
        ["export", "observations", "1", "-o", "{out}/figures.doc"],
        "export to .xlsx or .csv",
    ),
    ("compare: no such plan", ["compare", "1", "99"], "plan 99: no such plan id"),
    (
        "users: password too short",
        ["users", "add", "wang", "--role", "viewer", "--password", "short"],
        "password: at least 8 characters",
    ),
    (
        "users: taken name",
        ["users", "add", "li", "--role", "viewer", "--password", "long-enough-2"],
        "already exists",
    ),
    ("users: no such user", ["users", "disable", "nobody"], "user nobody: no such user"),
]


def _populate(ws: Workspace) -> None:
    ws.record(TARGET, period=2026, value=12, unit="EFLOPS", source="test")
    ws.assign(None, TARGET, lead="市经信局")
    ws.add_user("li", "long-enough-1", "viewer")


@pytest.fixture
def store(db_template, clone_template, backend: str) -> str:
    """A store with the sample plan, a figure, an assignment and a user (cloned per test)."""
    ref, _ = db_template(backend, "cli-errors", _populate)
    return clone_template(ref)


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    outputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (inputs / "plan.xyz").write_text("第一章 总则", encoding="utf-8")
    (inputs / "figures.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (inputs / "分工.xlsx").write_text("not a workbook", encoding="utf-8")
    (inputs / "notes.txt").write_text("这不是数据库", encoding="utf-8")
    (inputs / "a-folder.db").mkdir()
    return {"in": inputs, "out": outputs}


def store_state(url: str) -> dict[str, tuple[int, str]]:
    """Every table of the store: its row count and a digest of its rows."""
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as conn:
            state = {}
            for name in sorted(inspect(conn).get_table_names()):
                rows = sorted(repr(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{name}"')))
                state[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
            return state
    finally:
        engine.dispose()


def files_in(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` with a digest of its content (SQLite's -wal and
    -shm come and go with open connections and are left out)."""
    listing = {}
    for path in sorted(folder.rglob("*")):
        if path.name.endswith(("-wal", "-shm")):
            continue
        key = str(path.relative_to(folder))
        listing[key] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return listing


def one_line_failure(args: list[str], env: dict[str, str] | None = None) -> str:
    """Run `plantrack ARGS` in-process; assert a non-zero exit through plantrack's own error
    path (no exception escaped) and exactly one line on stderr; return that line."""
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code not in (0, None), result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("plantrack: error: ")
    return lines[0]


@pytest.mark.parametrize(
    "args, fragment", [r[1:] for r in STORE_ROWS], ids=[r[0] for r in STORE_ROWS]
)
def test_a_bad_invocation_is_one_line_and_changes_nothing(
    args: list[str], fragment: str, store: str, folders: dict[str, Path], tmp_path: Path
) -> None:
    argv = ["--db", store, *(a.format(**folders) for a in args)]
    before, files = store_state(store), files_in(tmp_path)
    line = one_line_failure(argv)
    assert fragment in line
    assert store_state(store) == before
    assert files_in(tmp_path) == files


# a --db that cannot be a store, and commands that fail on a store they would create:
# (id, --db relative to the input folder, the command, a fragment the one line must hold)
PATH_ROWS: list[tuple[str, str, list[str], str]] = [
    ("not a database", "notes.txt", ["plans"], "notes.txt: not a SQLite database"),
    ("a folder", "a-folder.db", ["outline"], "a-folder.db: is a folder, not a database file"),
    ("missing folder", "nowhere/plans.db", ["plans"], "folder {in}/nowhere does not exist"),
    ("a file as folder", "notes.txt/plans.db", ["plans"], "notes.txt is a file, not a folder"),
    ("failed first ingest", "new.db", ["ingest", "{in}/empty.txt"], "empty.txt: empty file"),
    ("no plan yet", "new.db", ["status"], "no plan in the database {in}/new.db"),
    ("bad option, new store", "new.db", ["outline", "--format", "pdf"], "Invalid value"),
]


@pytest.mark.parametrize(
    "db, args, fragment", [r[1:] for r in PATH_ROWS], ids=[r[0] for r in PATH_ROWS]
)
@pytest.mark.parametrize("how", ["--db", "PLANTRACK_DB"])
def test_a_store_path_that_cannot_be_used_is_one_line_and_creates_nothing(
    db: str, args: list[str], fragment: str, how: str, folders: dict[str, Path], tmp_path: Path
) -> None:
    path = str(folders["in"] / db)
    argv = [a.format(**folders) for a in args]
    files = files_in(tmp_path)
    if how == "--db":
        line = one_line_failure(["--db", path, *argv])
    else:
        line = one_line_failure(argv, env={"PLANTRACK_DB": path})
    assert fragment.format(**folders) in line
    assert files_in(tmp_path) == files  # no schema-only file left behind


def test_no_plan_in_the_default_store_names_it(tmp_path: Path) -> None:
    line = one_line_failure(["outline"])
    default = tmp_path / "xdg-data" / "plantrack" / "plantrack.db"  # conftest's XDG_DATA_HOME
    assert f"no plan in the database {default}: ingest one first" in line
    assert not default.exists()


def test_a_default_store_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    line = one_line_failure(["plans"], env={"XDG_DATA_HOME": str(blocker)})
    assert line == (
        f"plantrack: error: {blocker / 'plantrack'}: cannot create the folder of the default"
        " store (Not a directory): give --db PATH or set PLANTRACK_DB"
    )


@contextmanager
def unprivileged() -> Iterator[None]:
    """Root may write into any folder: as root, run the block as `nobody` (effective ids)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    """A folder no one but root may write to, with parents everyone may enter (for `nobody`)."""
    top = Path(tempfile.mkdtemp(prefix="plantrack-ro-"))
    top.chmod(0o755)
    folder = top / "只读"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(top)


def test_a_read_only_folder_is_one_line_and_creates_nothing(read_only_folder: Path) -> None:
    warm = read_only_folder.parent / "warm.db"  # loads the modules the CLI imports lazily
    assert CliRunner().invoke(main, ["--db", str(warm), "plans"]).exit_code == 0
    db = read_only_folder / "plans.db"
    with unprivileged():
        line = one_line_failure(["--db", str(db), "plans"])
    assert line == (
        f"plantrack: error: {db}: folder {read_only_folder} is read-only (cannot create):"
        " choose a writable folder"
    )
    assert list(read_only_folder.iterdir()) == []


def test_a_read_only_store_file_is_one_line_and_unchanged(
    read_only_folder: Path, sample_path: Path
) -> None:
    db = read_only_folder.parent / "plans.db"
    with Workspace(str(db), actor="test") as ws:
        ws.ingest(sample_path)
    db.chmod(0o444)
    before = files_in(read_only_folder.parent)
    with unprivileged():
        line = one_line_failure(
            ["--db", str(db), "record", TARGET, "--period", "2026", "--value", "9"]
        )
    assert line == (
        f"plantrack: error: {db}: the file is read-only: plantrack writes to its store"
        " (make it writable)"
    )
    assert files_in(read_only_folder.parent) == before


def test_a_taken_port_is_one_line_naming_it_and_port(store: str, tmp_path: Path) -> None:
    """Run as a real process, so a server that did start could not block the test run."""
    before = store_state(store)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "plantrack.cli", "--db", store, "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            timeout=60,
        )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"plantrack: error: port {port} on 127.0.0.1 is already in use (another plantrack or"
        f" program): stop it, or choose another port with --port {port + 1}"
    ]
    assert store_state(store) == before
