"""Limits on what a file handed to plantrack may make it do, checked before the work.

Every reader (plan documents and figure workbooks) asks `current()` for the limits in force and
refuses a file beyond one of them with a one-line `ReadError` that names the limit, e.g.
`plan.txt: 2,400,000 characters; the limit is 1,000,000 (limit "characters")`. Zip-based files
(.docx, .xlsx) are checked on their table of contents before anything is inflated; Python's
`zipfile` never inflates a member beyond the size it declares, so the declared sizes bound the
work.

The limits in force are, in order: those set with `using(...)` (the web app sets its configured
ones around every upload), else the `PLANTRACK_LIMITS` environment variable
(`characters=2000000,pages=500`), else `DEFAULT`. `budget()` adds a time budget: long loops of
the readers and the parser call `tick()`, which refuses the file once the budget is spent.
"""

from __future__ import annotations

import io
import os
import time
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields, replace

from plantrack.errors import ReadError
from plantrack.model import Document

ENV = "PLANTRACK_LIMITS"
_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What one file may hold (documented in docs/reading.md and docs/web.md)."""

    file_mb: float = 50  # the file itself, checked with stat before reading
    unzipped_mb: float = 64  # all members of a .docx/.xlsx together, as declared in the zip
    xml_tags: int = 600_000  # XML tags of a part parsed whole (a .docx body, shared strings)
    characters: int = 1_000_000  # text of a plan document, after reading
    blocks: int = 20_000  # paragraphs and tables of a plan document (in .docx: empty ones too)
    pages: int = 2_000  # pages of a PDF
    rows: int = 20_000  # rows of a figure or breakdown workbook, or a CSV
    columns: int = 200  # columns of the same
    cells: int = 300_000  # cells of a sheet parsed (empty ones too), and of the grid of its values
    seconds: float = 60  # time budget of one upload's reading and parsing (the web app)
    evidence_mb: float = 10  # one evidence file attached to a figure (read/evidence.py)

    @property
    def file_bytes(self) -> int:
        return int(self.file_mb * _MB)

    @property
    def unzipped_bytes(self) -> int:
        return int(self.unzipped_mb * _MB)

    def with_overrides(self, **overrides: float) -> Limits:
        """A copy with some limits changed; unknown names raise ValueError."""
        known = {f.name: f.type for f in fields(self)}
        unknown = set(overrides) - set(known)
        if unknown:
            raise ValueError(f"unknown limit(s) {sorted(unknown)}; known: {', '.join(known)}")
        typed = {k: (int(v) if known[k] == "int" else float(v)) for k, v in overrides.items()}
        bad = [k for k, v in typed.items() if v <= 0]
        if bad:
            raise ValueError(f"limit(s) {', '.join(bad)}: must be greater than 0")
        return replace(self, **typed)


DEFAULT = Limits()
_CURRENT: ContextVar[Limits | None] = ContextVar("plantrack_limits", default=None)
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("plantrack_deadline", default=None)


def parse_limits(text: str, base: Limits = DEFAULT) -> Limits:
    """`"characters=2000000, pages=500"` -> Limits (ValueError naming a bad part)."""
    overrides: dict[str, float] = {}
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        try:
            if not sep:
                raise ValueError
            overrides[name.strip()] = float(value.strip().replace("_", ""))
        except ValueError:
            raise ValueError(f"{ENV}: {part.strip()!r} is not name=number") from None
    return base.with_overrides(**overrides)


def current() -> Limits:
    """The limits in force: `using(...)`, else $PLANTRACK_LIMITS, else DEFAULT."""
    chosen = _CURRENT.get()
    if chosen is not None:
        return chosen
    env = os.environ.get(ENV, "").strip()
    return parse_limits(env) if env else DEFAULT


@contextmanager
def using(limits: Limits) -> Iterator[Limits]:
    """Run the block with `limits` in force (in this thread or task only)."""
    token = _CURRENT.set(limits)
    try:
        yield limits
    finally:
        _CURRENT.reset(token)


@contextmanager
def budget(seconds: float | None = None) -> Iterator[None]:
    """Give the block `seconds` (default: the `seconds` limit); `tick()` refuses after that."""
    seconds = current().seconds if seconds is None else seconds
    token = _DEADLINE.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def tick(name: str) -> None:
    """Refuse `name` (ReadError) when the time budget of the enclosing `budget()` is spent."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline[0]:
        raise ReadError(f'{name}: took longer than {deadline[1]:g} s to read (limit "seconds")')


def _number(n: float) -> str:
    return f"{n:,.0f}" if float(n).is_integer() else f"{n:,.1f}"


def refuse(name: str, found: str, limit: str) -> ReadError:
    """The one-line error for a file that holds `found` ("2,400,000 characters"), beyond the
    limit called `limit`."""
    allowed = _number(getattr(current(), limit))
    return ReadError(f'{name}: {found}; the limit is {allowed} (limit "{limit}")')


def check(name: str, what: str, found: float, limit: str) -> None:
    """Refuse when `found` `what` is beyond the limit called `limit`."""
    if found > getattr(current(), limit):
        raise refuse(name, f"{_number(found)} {what}", limit)


def check_text_bytes(size: int, name: str, per_character: int = 4) -> None:
    """Before decoding: a text of `size` bytes has at least size/4 characters (no encoding takes
    more than 4 bytes a character); HTML is allowed 16 bytes a character for its markup."""
    if size // per_character > current().characters:
        raise refuse(name, f"at least {_number(size // per_character)} characters", "characters")


def check_zip(data: bytes | str | os.PathLike[str], name: str, parts: tuple[str, ...] = ()) -> None:
    """Refuse a zip whose members declare more than `unzipped_mb` together (a zip bomb), before
    anything is inflated, and one whose `parts` (XML parsed whole into memory) hold more than
    `xml_tags` tags (memory grows with them: ~150 bytes a tag). A file that is not a zip is left
    to the reader to refuse."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        with zipfile.ZipFile(source) as archive:
            total = sum(info.file_size for info in archive.infolist())
            if total > current().unzipped_bytes:
                raise ReadError(
                    f"{name}: {_number(total / _MB)} MB once unzipped; the limit is "
                    f'{_number(current().unzipped_mb)} MB (limit "unzipped_mb")'
                )
            wanted = {part.lower() for part in parts}
            for member in archive.namelist():
                if member.lower() in wanted:
                    # every tag starts with "<", whatever the namespace prefixes
                    tags = archive.read(member).count(b"<")
                    check(name, f"XML tags in {member}", tags, "xml_tags")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, NotImplementedError):
        return


def check_document(document: Document, name: str) -> None:
    """After reading, before parsing: the blocks and characters of a plan document."""
    check(name, "paragraphs and tables", len(document.blocks), "blocks")
    check(name, "characters", document_characters(document), "characters")


def document_characters(document: Document) -> int:
    return sum(len(block.text) for block in document.blocks)
