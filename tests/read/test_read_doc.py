"""Word 97 .doc and WPS .wps: made from a .docx by the installed LibreOffice, read back through it."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from plantrack.errors import ReadError
from plantrack.parse.plan import parse_document
from plantrack.read import office, read_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
pytestmark = [
    pytest.mark.skipif(
        office.find_soffice() is None,
        reason="needs apt package libreoffice-writer-nogui (make system-deps)",
    ),
    pytest.mark.slow,
]


def _to_doc(docx_path: Path) -> Path:
    """Save a .docx as Word 97 with LibreOffice, as an office would receive it."""
    folder = docx_path.parent
    subprocess.run(
        [
            office.find_soffice() or "soffice",
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "doc:MS Word 97",
            "--outdir",
            str(folder),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return docx_path.with_suffix(".doc")


def _sample_docx(path: Path, table: bool = False) -> Path:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    lines = [line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    for line in (line for line in lines if line):
        document.add_paragraph(line)
        if table and line.startswith("第三章"):
            grid = document.add_table(rows=3, cols=3)
            grid.style = "Table Grid"
            rows = [["指标", "2025年", "2030年"], ["金融业增加值（亿元）", "1800", "2000"]]
            rows.append(["高性能算力规模（EFLOPS）", "4.5", "10"])
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    grid.cell(r, c).width = Cm(5)
                    grid.cell(r, c).text = value
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def sample_doc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("doc")
    return _to_doc(_sample_docx(folder / "规划纲要.docx"))


def _outline(plan) -> list[tuple[str, str, str]]:
    return [(n.node_id, n.kind, n.text) for n in plan.nodes]


def test_doc_gives_the_outline_and_targets_of_the_text(sample_doc: Path) -> None:
    assert sample_doc.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97 (OLE)
    document = read_document(sample_doc)
    assert document.format == "doc"
    from_doc, from_txt = parse_document(document), parse_document(read_document(SAMPLE))
    assert _outline(from_doc) == _outline(from_txt)
    assert [t.to_dict() for t in from_doc.targets] == [t.to_dict() for t in from_txt.targets]
    assert len(from_doc.targets) == 45


def test_wps_is_read_through_libreoffice_too(sample_doc: Path, tmp_path: Path) -> None:
    wps = tmp_path / "规划纲要.wps"
    wps.write_bytes(sample_doc.read_bytes())
    document = read_document(wps)
    assert document.format == "wps"
    assert _outline(parse_document(document)) == _outline(parse_document(read_document(SAMPLE)))


def test_doc_tables_survive(tmp_path: Path) -> None:
    doc = _to_doc(_sample_docx(tmp_path / "with-table.docx", table=True))
    tables = [b for b in read_document(doc).blocks if b.kind == "table"]
    assert [t.rows for t in tables] == [
        [
            ["指标", "2025年", "2030年"],
            ["金融业增加值（亿元）", "1800", "2000"],
            ["高性能算力规模（EFLOPS）", "4.5", "10"],
        ]
    ]


def test_a_docx_named_doc_is_read_directly(tmp_path: Path) -> None:
    renamed = tmp_path / "renamed.doc"
    renamed.write_bytes(_sample_docx(tmp_path / "plain.docx").read_bytes())
    assert len(read_document(renamed).blocks) == len(read_document(tmp_path / "plain.docx").blocks)


def test_without_libreoffice_the_error_says_how_to_install(
    sample_doc: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without soffice on its PATH
    with pytest.raises(ReadError) as info:
        read_document(sample_doc)
    assert str(info.value) == (
        f"{sample_doc}: reading .doc files needs LibreOffice; "
        "install it with: apt-get install libreoffice-writer-nogui"
    )


def test_damaged_doc_and_time_limit_leave_nothing_behind(
    sample_doc: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    damaged = tmp_path / "damaged.doc"
    damaged.write_bytes(sample_doc.read_bytes()[:2048])
    with pytest.raises(ReadError, match=r"damaged\.doc: LibreOffice could not convert it"):
        read_document(damaged)
    with pytest.raises(ReadError, match=r"slow\.doc: LibreOffice did not finish .* within 0 s"):
        office.convert_to_docx(sample_doc.read_bytes(), "slow.doc", ".doc", timeout=0.2)
    assert list(scratch.iterdir()) == []  # the temporary folders are gone
    leftover = subprocess.run(["pgrep", "-f", str(scratch)], capture_output=True, text=True)
    assert leftover.stdout == "", "a LibreOffice process outlived its time limit"
