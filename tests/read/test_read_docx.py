"""Word reading: body order with a table in the middle, heading styles, merged cells."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from plantrack.errors import ReadError
from plantrack.read import read_document


def _build(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "宁波市第十五个五年规划纲要"
    document.add_heading("宁波市国民经济和社会发展第十五个五年规划纲要", level=0)
    document.add_heading("第三章 建设全域高水平创新型城市", level=1)
    document.add_heading("第一节 增强科技创新策源能力", level=2)
    document.add_paragraph("打造重大科技力量矩阵。构建区域重大科技力量体系。")
    document.add_paragraph("")  # empty paragraphs are skipped
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "2025年"
    table.cell(0, 2).text = "2030年"
    table.cell(1, 0).text = "研发投入强度（%）"
    table.cell(1, 1).text = "3.2"
    table.cell(1, 2).text = "3.5"
    merged = table.cell(2, 1).merge(table.cell(2, 2))
    table.cell(2, 0).text = "说明"
    merged.text = "预期性指标"
    paragraph = document.add_paragraph("优化市域创新空间布局。")
    paragraph.add_run().add_break()  # a soft line break inside the paragraph
    paragraph.add_run("构建全域创新空间体系。")
    document.add_heading("第二节 推动科技创新和产业创新深度融合", level=2)
    document.save(str(path))


def test_docx_order_headings_and_table(tmp_path: Path):
    path = tmp_path / "plan.docx"
    _build(path)
    doc = read_document(path)
    assert doc.format == "docx"
    assert doc.title == "宁波市第十五个五年规划纲要"
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        ("heading", 0, "宁波市国民经济和社会发展第十五个五年规划纲要"),
        ("heading", 1, "第三章 建设全域高水平创新型城市"),
        ("heading", 2, "第一节 增强科技创新策源能力"),
        ("paragraph", None, "打造重大科技力量矩阵。构建区域重大科技力量体系。"),
        ("table", None, "指标\t2025年\t2030年\n研发投入强度（%）\t3.2\t3.5\n说明\t预期性指标"),
        ("paragraph", None, "优化市域创新空间布局。构建全域创新空间体系。"),
        ("heading", 2, "第二节 推动科技创新和产业创新深度融合"),
    ]
    table = doc.blocks[4]
    assert table.rows == [
        ["指标", "2025年", "2030年"],
        ["研发投入强度（%）", "3.2", "3.5"],
        ["说明", "预期性指标"],  # the merged cell once, not twice
    ]
    # body positions: the empty paragraph (5) is skipped but still counted
    assert [b.line for b in doc.blocks] == [1, 2, 3, 4, 6, 7, 8]


def test_docx_without_title_property(tmp_path: Path):
    path = tmp_path / "notitle.docx"
    document = docx.Document()
    document.add_paragraph("推进产业发展。")
    document.save(str(path))
    doc = read_document(path)
    assert doc.title is None
    assert [b.text for b in doc.blocks] == ["推进产业发展。"]


def test_docx_with_no_text_is_empty(tmp_path: Path):
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(ReadError, match=r"blank\.docx: empty \(no text found\)"):
        read_document(path)


def test_corrupt_docx_not_a_zip(tmp_path: Path):
    path = tmp_path / "plan.docx"
    path.write_text("这不是Word文件", encoding="utf-8")
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert str(exc.value) == f"{path}: not a Word file (zip header missing)"


def test_corrupt_docx_zip_without_document(tmp_path: Path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert str(exc.value) == f"{path}: not a Word file (no word/document.xml in the zip)"


def test_truncated_docx(tmp_path: Path):
    good = tmp_path / "good.docx"
    _build(good)
    path = tmp_path / "cut.docx"
    path.write_bytes(good.read_bytes()[:2000])
    with pytest.raises(ReadError, match=r"cut\.docx: corrupt Word file") as exc:
        read_document(path)
    assert "\n" not in str(exc.value)


def test_old_doc_renamed(tmp_path: Path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ReadError, match=r"old\.docx: not a \.docx file .*save it as \.docx"):
        read_document(path)


def test_docx_vertically_merged_cell_repeats(tmp_path: Path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    category = table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(0, 0).text = "类别"
    table.cell(0, 1).text = "指标"
    category.text = "创新驱动"
    table.cell(1, 1).text = "研发投入强度（%）"
    table.cell(2, 1).text = "每万人高价值发明专利拥有量（件）"
    path = tmp_path / "vmerge.docx"
    document.save(str(path))
    (block,) = read_document(path).blocks
    assert block.rows == [
        ["类别", "指标"],
        ["创新驱动", "研发投入强度（%）"],
        ["创新驱动", "每万人高价值发明专利拥有量（件）"],
    ]
