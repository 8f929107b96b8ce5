"""Bounded readers (read/limits.py): hostile plan documents are refused before the work, with one
line naming the limit; the limits are configurable and a time budget stops a long parse."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import docx
import pytest

from hostile import many_paragraphs_docx, padded_zip
from plantrack.errors import ReadError
from plantrack.parse.plan import parse_document
from plantrack.read import limits, read_document
from plantrack.read.limits import DEFAULT, Limits, parse_limits


def _docx(tmp_path: Path, name: str = "plan.docx") -> Path:
    document = docx.Document()
    document.add_heading("宁波市国民经济和社会发展第十五个五年规划纲要", level=0)
    document.add_paragraph("到2030年，地区生产总值达到2.3万亿元。")
    path = tmp_path / name
    document.save(path)
    return path


def test_defaults_are_documented_and_positive() -> None:
    text = (Path(__file__).parents[2] / "docs" / "reading.md").read_text("utf-8")
    for field in Limits.__dataclass_fields__:
        assert f"`{field}`" in text, f"limit {field} is not in docs/reading.md"
        assert getattr(DEFAULT, field) > 0


def test_limits_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(limits.ENV, "characters=2_000_000, pages=10")
    assert limits.current().characters == 2_000_000
    assert limits.current().pages == 10
    assert limits.current().rows == DEFAULT.rows
    with limits.using(DEFAULT.with_overrides(pages=3)):
        assert limits.current().pages == 3  # an explicit setting wins over the environment
    monkeypatch.setenv(limits.ENV, "pages")
    with pytest.raises(ValueError, match="not name=number"):
        limits.current()
    with pytest.raises(ValueError, match="unknown limit"):
        parse_limits("rowz=5")
    with pytest.raises(ValueError, match="greater than 0"):
        parse_limits("rows=0")


def test_a_big_text_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    """The issue's 19 MB .txt took 239 s to preview: now it is refused from its size."""
    path = tmp_path / "huge.txt"
    path.write_bytes("第一章 总体要求\n".encode() * 830_000)  # 19.1 MB
    at_least = path.stat().st_size // 4
    with pytest.raises(ReadError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: at least {at_least:,} characters; the limit is 1,000,000")
    assert message.endswith('(limit "characters")') and "\n" not in message


def test_characters_are_counted_after_decoding(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text("# 规划\n" + "发展" * 600_000, encoding="utf-8")  # 3.6 MB, 1.2 M characters
    with pytest.raises(ReadError, match=r"1,200,005 characters; the limit is 1,000,000"):
        read_document(path)
    with limits.using(DEFAULT.with_overrides(characters=2_000_000)):
        assert read_document(path).blocks  # raised limit: read


def test_a_docx_of_many_tags_is_refused_before_python_docx_parses_it(tmp_path: Path) -> None:
    """0.17 MB of Word took 46 s and 690 MB: the body's tags are counted first."""
    path = tmp_path / "dense.docx"
    path.write_bytes(many_paragraphs_docx(150_000))  # 900,000 tags, a few KB zipped
    assert path.stat().st_size < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(
            ReadError, match=r"900,00\d XML tags in word/document.xml; the limit is"
        ):
            read_document(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024


def test_a_docx_of_many_paragraphs_stops_at_the_block_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.docx"
    path.write_bytes(many_paragraphs_docx(3_000))
    with (
        limits.using(DEFAULT.with_overrides(blocks=1_000)),
        pytest.raises(ReadError, match=r"more than 1,000 paragraphs and tables.*\"blocks\""),
    ):
        read_document(path)
    assert len(read_document(path).blocks) == 3_000  # within the default limits


def test_a_zip_bomb_docx_is_refused_from_its_table_of_contents(tmp_path: Path) -> None:
    bomb = padded_zip(_docx(tmp_path), tmp_path / "bomb.docx", "word/media/pad.bin", 70)
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(ReadError, match=r"MB once unzipped; the limit is 64 MB \(limit"):
        read_document(bomb)


def test_pdf_pages_are_limited(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(3):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(text="Plan 2026-2030")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    with (
        limits.using(DEFAULT.with_overrides(pages=2)),
        pytest.raises(ReadError, match=r"3 pages; the limit is 2 \(limit \"pages\"\)"),
    ):
        read_document(path)


def test_html_is_limited_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body>" + "<p>规划</p>" * 200 + "</body></html>", encoding="utf-8")
    with (
        limits.using(DEFAULT.with_overrides(characters=100)),
        pytest.raises(ReadError, match=r"characters; the limit is 100"),
    ):
        read_document(path)


def test_the_file_size_limit_follows_the_limits(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes("规划".encode() * 400_000)  # 2.4 MB
    with (
        limits.using(DEFAULT.with_overrides(file_mb=1)),
        pytest.raises(ReadError, match=r"too big \(2.3 MB; the limit is 1.0 MB\)"),
    ):
        read_document(path)


def test_the_time_budget_stops_a_parse(sample_path: Path) -> None:
    doc = read_document(sample_path)
    with limits.budget(0), pytest.raises(ReadError, match=r"took longer than 0 s.*\"seconds\""):
        parse_document(doc)
    with limits.budget(60):
        assert parse_document(doc).targets  # within the budget
