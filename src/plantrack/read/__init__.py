"""Read a plan document (.txt .md .docx .pdf .html .htm) into raw blocks.

`read_document` dispatches on the extension (one `READERS` entry per suffix) and turns every way
a file can be wrong into a one-line `ReadError` naming the file. Cleaning is separate: see
`plantrack.read.clean`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from plantrack.errors import ReadError, UnsupportedFormat
from plantrack.model import Block, Document
from plantrack.read import limits
from plantrack.read.clean import clean_blocks, normalize_width

__all__ = ["MAX_BYTES", "READERS", "SUPPORTED", "clean_blocks", "normalize_width", "read_document"]

MAX_BYTES = limits.DEFAULT.file_bytes  # the default; read/limits.py has the limits in force


def _read_txt(data: bytes, name: str) -> Document:
    """A plain-text file (encoding detected): paragraphs and tab-separated tables."""
    from plantrack.read.txt import read_text_file

    return read_text_file(data, name, markdown=False)


def _read_md(data: bytes, name: str) -> Document:
    """A Markdown file: also # headings and pipe tables, inline marks stripped."""
    from plantrack.read.txt import read_text_file

    return read_text_file(data, name, markdown=True)


def _read_docx(data: bytes, name: str) -> Document:
    """A Word (.docx) file."""
    from plantrack.read.docx import read_docx

    return read_docx(data, name)


def _read_pdf(data: bytes, name: str) -> Document:
    """A PDF file with a text layer."""
    from plantrack.read.pdf import read_pdf

    return read_pdf(data, name)


def _read_html(data: bytes, name: str) -> Document:
    """An HTML page."""
    from plantrack.read.html import read_html

    return read_html(data, name)


# suffix (lower case) -> reader of the file's bytes; each reader imports its library when used
READERS: dict[str, Callable[[bytes, str], Document]] = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
    ".html": _read_html,
    ".htm": _read_html,
}
SUPPORTED = tuple(READERS)


def _size_mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _check_file(path: Path, name: str) -> int:
    """Return the file size, or raise a ReadError saying why the file cannot be read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise ReadError(f"{name}: broken link (its target does not exist)") from None
        raise ReadError(f"{name}: file not found") from None
    except PermissionError:
        raise ReadError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(f"{name}: is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(f"{name}: not a regular file")
    allowed = limits.current().file_bytes
    if info.st_size > allowed:
        raise ReadError(
            f"{name}: too big ({_size_mb(info.st_size)}; the limit is {_size_mb(allowed)})"
        )
    if info.st_size == 0:
        raise ReadError(f"{name}: empty file")
    if not os.access(path, os.R_OK):
        raise ReadError(f"{name}: permission denied")
    return info.st_size


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise ReadError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({exc.strerror})") from None


def read_document(path: str | Path) -> Document:
    """Read a plan file into a `Document` of raw blocks (one per non-empty line or paragraph).

    Dispatches on the extension (.txt .md .docx .pdf .html .htm, case-insensitive). Raises
    `ReadError` with a one-line message naming the file for a missing, unreadable, empty, binary,
    too big or corrupt file, and `UnsupportedFormat` for an unknown extension.
    """
    name = str(path)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
        raise UnsupportedFormat(
            f"{name}: unsupported file type {kind}; plantrack reads {' '.join(SUPPORTED)}"
        )
    _check_file(path, name)
    data = _read_bytes(path, name)
    document = READERS[suffix](data, name)
    limits.check_document(document, name)
    if not any(_has_text(block) for block in document.blocks):
        raise ReadError(f"{name}: empty (no text found)")
    return document


def _has_text(block: Block) -> bool:
    if block.kind == "table":
        return any(cell.strip() for row in block.rows or [] for cell in row)
    return bool(block.text.strip())
