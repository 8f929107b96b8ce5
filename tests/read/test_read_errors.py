"""Every bad input gives a one-line ReadError that names the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from plantrack.errors import ReadError, UnsupportedFormat
from plantrack.read import MAX_BYTES, read_document


def _one_line(exc: pytest.ExceptionInfo) -> str:
    message = str(exc.value)
    assert "\n" not in message
    return message


def test_missing_file(tmp_path: Path):
    path = tmp_path / "nope.txt"
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert _one_line(exc) == f"{path}: file not found"


def test_empty_file(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert _one_line(exc) == f"{path}: empty file"


def test_whitespace_only_file_is_empty(tmp_path: Path):
    path = tmp_path / "blank.md"
    path.write_text("\n  \n\u3000\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"blank\.md: empty \(no text found\)"):
        read_document(path)


def test_binary_file_with_nul_bytes(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert _one_line(exc) == f"{path}: binary file (contains NUL bytes), not text"


def test_binary_file_without_nul_bytes(tmp_path: Path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 40)
    with pytest.raises(ReadError, match=r"noise\.txt: (not text|not readable as text|cannot tell)"):
        read_document(path)


@pytest.mark.parametrize("name", ["plan.xls", "plan.rtf", "plan"])
def test_unknown_extension(tmp_path: Path, name):
    path = tmp_path / name
    path.write_text("推进产业发展。", encoding="utf-8")
    with pytest.raises(UnsupportedFormat) as exc:
        read_document(path)
    message = _one_line(exc)
    assert message.startswith(f"{path}: unsupported file type")
    assert ".txt .md .docx .doc .wps .pdf .png .jpg .jpeg .tif .tiff .html .htm" in message


def test_extension_is_case_insensitive(tmp_path: Path):
    path = tmp_path / "PLAN.TXT"
    path.write_text("推进产业发展。", encoding="utf-8")
    assert read_document(path).blocks[0].text == "推进产业发展。"


def test_too_big_file(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: instant, takes no disk
        fh.truncate(MAX_BYTES + 1024 * 1024)
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert _one_line(exc) == f"{path}: too big (51.0 MB; the limit is 50.0 MB)"


def test_exactly_the_limit_is_not_too_big(tmp_path: Path):
    path = tmp_path / "limit.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES)
    with pytest.raises(ReadError) as exc:  # readable size, but all NUL bytes
        read_document(path)
    assert "too big" not in str(exc.value)


def test_directory_is_not_readable(tmp_path: Path):
    path = tmp_path / "folder.txt"
    path.mkdir()
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert _one_line(exc) == f"{path}: is a directory, not a file"


def test_broken_symlink(tmp_path: Path):
    path = tmp_path / "link.txt"
    os.symlink(tmp_path / "gone.txt", path)
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert _one_line(exc) == f"{path}: broken link (its target does not exist)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway")
def test_unreadable_file(tmp_path: Path):
    path = tmp_path / "secret.txt"
    path.write_text("推进产业发展。", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(ReadError, match="permission denied"):
        read_document(path)
