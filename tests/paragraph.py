"""The targets of one paragraph of a plan, read as ingest reads a paragraph (tests of the rules
use it; pytest puts this folder on sys.path: it holds conftest.py)."""

from __future__ import annotations

from pathlib import Path

from plantrack.model import Location, Target
from plantrack.parse.context import DocFacts, ParagraphContext
from plantrack.parse.targets import extract_targets

LOCATION = Location(node="c1.p1", chapter=1, path=["第一章"])


def targets_of(text: str, start: int = 2026, end: int = 2030) -> list[Target]:
    """The targets with a value in `text`, a paragraph of a plan for start–end issued in its
    first year."""
    context = ParagraphContext(DocFacts(end_year=end, start_year=start, year=start))
    found = extract_targets(text, node_id="p", end_year=end, location=LOCATION, context=context)
    return [t for t in found if t.value is not None]


def document_targets(
    tmp_path: Path, text: str, start: int, end: int, title: str | None = None
) -> list[Target]:
    """The targets with a value in `text` read as a whole document (a .txt file) of a plan for
    start–end, titled `title`: headings, review passages and preambles count, as ingest reads
    them."""
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document

    path = tmp_path / "文件.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(path), title=title, period=(start, end))
    return [t for t in parsed.targets if t.value is not None]


def document_values(
    tmp_path: Path, text: str, start: int, end: int, title: str | None = None
) -> list[float]:
    """The values of `document_targets`."""
    found = document_targets(tmp_path, text, start, end, title)
    return [t.value for t in found if t.value is not None]
