"""Word 97-2003 `.doc` and WPS `.wps`: converted to `.docx` by LibreOffice, headless, then read
by the .docx reader (paragraphs, heading styles and tables as they are there).

The conversion runs in a temporary folder with a profile of its own (two conversions at once do
not share LibreOffice's lock) and a time limit; on time-out the whole process group is killed.
Nothing is left behind. A `.doc` that is really a .docx (a renamed zip) is read directly.
LibreOffice is optional: without it the error says how to install it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from plantrack.errors import ReadError
from plantrack.model import Document

TIMEOUT_S = 120.0
INSTALL_HINT = "install it with: apt-get install libreoffice-writer-nogui"
_ZIP_MAGIC = b"PK\x03\x04"


def find_soffice() -> str | None:
    """The LibreOffice program (`soffice`, or `libreoffice`), if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _run(command: list[str], home: Path, timeout: float) -> subprocess.CompletedProcess[bytes]:
    """Run LibreOffice in a session of its own; kill the whole group when time runs out."""
    env = {**os.environ, "HOME": str(home), "LC_ALL": "C.UTF-8"}
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    ) as process:
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
        return subprocess.CompletedProcess(command, process.returncode, out, err)


def convert_to_docx(data: bytes, name: str, suffix: str, timeout: float = TIMEOUT_S) -> bytes:
    """The file converted to .docx by LibreOffice, or a ReadError naming the file."""
    program = find_soffice()
    if program is None:
        raise ReadError(f"{name}: reading {suffix} files needs LibreOffice; {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="plantrack-office-") as tmp:
        folder = Path(tmp)
        source = folder / f"document{suffix}"
        source.write_bytes(data)
        out = folder / "out"
        command = [
            program,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ]
        try:
            done = _run(command, folder, timeout)
        except subprocess.TimeoutExpired:
            raise ReadError(
                f"{name}: LibreOffice did not finish converting it within {timeout:.0f} s"
            ) from None
        except OSError as exc:
            raise ReadError(f"{name}: cannot start LibreOffice ({exc.strerror})") from None
        result = out / "document.docx"
        if done.returncode != 0 or not result.is_file():
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            detail = f" ({reason[-1]})" if reason else ""
            raise ReadError(
                f"{name}: LibreOffice could not convert it (damaged or password-protected?){detail}"
            )
        return result.read_bytes()


def read_office_document(data: bytes, name: str) -> Document:
    """A .doc or .wps file read as the .docx LibreOffice makes of it."""
    from plantrack.read.docx import read_docx

    suffix = Path(name).suffix.lower() or ".doc"
    converted = data if data.startswith(_ZIP_MAGIC) else convert_to_docx(data, name, suffix)
    document = read_docx(converted, name)
    document.format = suffix.lstrip(".")
    return document
