"""Read a plan document into raw blocks: text (.txt .md .html .htm), Word (.docx, and .doc .wps
through LibreOffice), PDF (text layer, scanned pages by OCR) and images (.png .jpg .tif, by OCR).

`read_document` dispatches on the extension (one `READERS` entry per suffix) and turns every way
a file can be wrong into a one-line `ReadError` naming the file. Cleaning is separate: see
`plantrack.read.clean`.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from plantrack.errors import ReadError, UnsupportedFormat
from plantrack.model import Block, Document
from plantrack.read import limits
from plantrack.read.clean import clean_blocks, normalize_width

__all__ = [
    "MAX_BYTES",
    "READERS",
    "SUPPORTED",
    "ReadOptions",
    "clean_blocks",
    "normalize_width",
    "read_document",
]

MAX_BYTES = limits.DEFAULT.file_bytes  # the default; read/limits.py has the limits in force


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read: `jobs` pages OCR'd at once; `progress(done, total)` called per OCR'd page."""

    jobs: int = 1
    progress: Callable[[int, int], None] | None = None


# <p>…</p> <table> <tr> <td>…: a page's source saved as text (a copy of 查看源代码, a crawler's dump)
_MARKUP_RE = re.compile(
    rb"<(?:p|div|table|tr|td|th|h[1-6]|br|span|li)\b[^<>]{0,300}>", re.IGNORECASE
)
_MARKUP_MIN = 6  # tags in the first 64 KB that make a text file a page's markup


def _read_txt(data: bytes, name: str, options: ReadOptions) -> Document:
    """A plain-text file (encoding detected): paragraphs and tab-separated tables; a file that
    holds a web page's HTML markup is read as the page (its tables as tables)."""
    from plantrack.read.txt import read_text_file

    head = data[:65536]
    lowered = head.lower()
    if (b"<table" in lowered or b"<p" in lowered) and len(_MARKUP_RE.findall(head)) >= _MARKUP_MIN:
        from plantrack.read.html import read_html

        document = read_html(data, name, fragment=True)
        document.warnings.append("the text file holds a web page's HTML markup: read as the page")
        return document
    return read_text_file(data, name, markdown=False)


def _read_md(data: bytes, name: str, options: ReadOptions) -> Document:
    """A Markdown file: also # headings and pipe tables, inline marks stripped."""
    from plantrack.read.txt import read_text_file

    return read_text_file(data, name, markdown=True)


def _read_docx(data: bytes, name: str, options: ReadOptions) -> Document:
    """A Word (.docx) file."""
    from plantrack.read.docx import read_docx

    return read_docx(data, name)


def _read_office(data: bytes, name: str, options: ReadOptions) -> Document:
    """A Word 97-2003 .doc or a WPS .wps file: converted to .docx by LibreOffice, then read."""
    from plantrack.read.office import read_office_document

    return read_office_document(data, name)


def _read_pdf(data: bytes, name: str, options: ReadOptions) -> Document:
    """A PDF file: its text layer, and its scanned pages by OCR."""
    from plantrack.read.pdf import read_pdf

    return read_pdf(data, name, jobs=options.jobs, progress=options.progress)


def _read_image(data: bytes, name: str, options: ReadOptions) -> Document:
    """A scan or photo of pages, read by OCR."""
    from plantrack.read.image import read_image

    return read_image(data, name, jobs=options.jobs, progress=options.progress)


def _read_html(data: bytes, name: str, options: ReadOptions) -> Document:
    """An HTML page."""
    from plantrack.read.html import read_html

    return read_html(data, name)


# suffix (lower case) -> reader of the file's bytes; each reader imports its library when used
READERS: dict[str, Callable[[bytes, str, ReadOptions], Document]] = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".docx": _read_docx,
    ".doc": _read_office,
    ".wps": _read_office,
    ".pdf": _read_pdf,
    ".png": _read_image,
    ".jpg": _read_image,
    ".jpeg": _read_image,
    ".tif": _read_image,
    ".tiff": _read_image,
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


def read_document(
    path: str | Path, *, jobs: int = 1, progress: Callable[[int, int], None] | None = None
) -> Document:
    """Read a plan file into a `Document` of raw blocks (one per non-empty line or paragraph).

    Dispatches on the extension (`SUPPORTED`, case-insensitive); scanned pages are OCR'd `jobs`
    at a time, with `progress(done, total)` after each. Raises
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
    document = READERS[suffix](data, name, ReadOptions(jobs=max(1, jobs), progress=progress))
    limits.check_document(document, name)
    if not any(_has_text(block) for block in document.blocks):
        raise ReadError(f"{name}: empty (no text found)")
    return document


def _has_text(block: Block) -> bool:
    if block.kind == "table":
        return any(cell.strip() for row in block.rows or [] for cell in row)
    return bool(block.text.strip())
