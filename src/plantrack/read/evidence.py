"""Evidence files (佐证材料) attached to a figure: PDF, PNG, JPEG or XLSX, told by their bytes.

The name a client gives is never trusted for the type: the first bytes say what a file is
(`%PDF-`, the PNG signature, a JPEG start-of-image, a zip holding `xl/workbook.xml`), and the
extension of the stored name follows the bytes. A file beyond the `evidence_mb` limit
(read/limits.py) is refused before it is read whole; an XLSX is checked for a zip bomb on its
table of contents (`limits.check_zip`), nothing is inflated.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

from plantrack.errors import TooLarge, UnsupportedMedia
from plantrack.read import limits

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# media type -> extension of the stored name
KINDS: dict[str, str] = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
    XLSX_TYPE: "xlsx",
}
ACCEPTED = "PDF, PNG, JPEG or XLSX"
_UNSAFE = re.compile(r"[^\w.()\-（）\u4e00-\u9fff]+")


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    """A checked evidence file: its safe name, its media type (from the bytes) and bytes."""

    name: str
    media_type: str
    content: bytes

    @property
    def size(self) -> int:
        return len(self.content)


def read_bounded(stream: BinaryIO, name: str) -> bytes:
    """Read at most the `evidence_mb` limit from `stream`; TooLarge (413) beyond it, before
    reading the rest."""
    limit = limits.current().evidence_mb
    cap = int(limit * 1024 * 1024)
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise TooLarge(
            f"{name}: more than {limit:g} MB; the limit for an evidence file is {limit:g} MB"
            ' (limit "evidence_mb")'
        )
    return data


def media_type_of(data: bytes, name: str) -> str:
    """The media type the bytes say (UnsupportedMedia, 415, when they are none we accept)."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"PK\x03\x04"):
        limits.check_zip(data, name)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                members = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            members = set()
        if "xl/workbook.xml" in members and "[Content_Types].xml" in members:
            return XLSX_TYPE
        raise UnsupportedMedia(f"{name}: a zip file but not an XLSX workbook; attach {ACCEPTED}")
    raise UnsupportedMedia(f"{name}: not a {ACCEPTED} file (judged by its bytes, not its name)")


def safe_name(filename: str | None, media_type: str) -> str:
    """The file's own name, cleaned (no folders, no control or odd characters), with the
    extension its bytes call for: `../../报告.exe` holding a PDF is stored as `报告.pdf`."""
    name = unicodedata.normalize("NFC", (filename or "").replace("\\", "/").split("/")[-1])
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = _UNSAFE.sub("_", stem).strip("._ ")[:100] or "evidence"
    return f"{stem}.{KINDS[media_type]}"


def check_evidence(stream: BinaryIO, filename: str | None) -> EvidenceFile:
    """Read and check one evidence file: size, type from the bytes, a safe name."""
    shown = (filename or "evidence").replace("\\", "/").split("/")[-1] or "evidence"
    data = read_bounded(stream, shown)
    if not data:
        raise UnsupportedMedia(f"{shown}: empty file; attach {ACCEPTED}")
    media_type = media_type_of(data, shown)
    return EvidenceFile(safe_name(filename, media_type), media_type, data)
