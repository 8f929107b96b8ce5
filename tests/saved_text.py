"""A plan text written to a real .txt file and read as ingest reads it (tests use it to check what
plantrack finds in lines copied from a web page).

Imported by tests under tests/ (pytest puts this folder on sys.path: it holds conftest.py).
"""

from __future__ import annotations

from pathlib import Path

from plantrack.model import ParsedPlan
from plantrack.parse.plan import parse_document
from plantrack.read import read_document


def parse_lines(
    folder: Path, lines: list[str], title: str, period: tuple[int, int], sep: str = "\n"
) -> ParsedPlan:
    """`lines` joined by `sep`, saved as a UTF-8 .txt in `folder`, read and parsed."""
    path = folder / "text.txt"
    path.write_text(sep.join(lines) + "\n", encoding="utf-8")
    return parse_document(read_document(path), title=title, period=period)
