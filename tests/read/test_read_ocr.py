"""OCR: scans rendered from the sample plan with Pillow, read back by the real Tesseract.

Every scan here is one page (or a part of one) at 150 dpi so that the file stays fast; the whole
7-page sample is scored by `make eval ONLY=ocr` and timed by `make bench ONLY=read`.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from evaluation.scans import FONT, ScanStyle, render_pages, sample_lines, write_pdf
from PIL import Image

from plantrack.errors import ReadError
from plantrack.model import Block, Target
from plantrack.parse.plan import parse_document
from plantrack.read import ocr, read_document
from plantrack.read.ocr_text import clean_ocr_line
from plantrack.read.scan_image import skew_angle, speckled

needs_ocr = pytest.mark.skipif(
    ocr.tessdata_dir() is None or not FONT.exists(),
    reason="needs apt packages tesseract-ocr-chi-sim and fonts-wqy-microhei (make system-deps)",
)

# 第四节 with its paragraph and 专栏2 (five targets in six items): one page at 150 dpi, without
# the newspaper's running header (on a single page it cannot be told from text)
LINES = sample_lines()[8:17]
PAGE = ScanStyle(header=False)


def _gold(tmp_path: Path):
    text = tmp_path / "page.txt"
    text.write_text("\n\n".join(LINES), encoding="utf-8")
    return parse_document(read_document(text))


def _values(targets: list[Target]) -> list[tuple[float | None, str | None]]:
    return sorted((t.value, t.unit) for t in targets if t.value is not None)


def _share(gold: list[Target], found: list[Target]) -> float:
    have = _values(found)
    hits = 0
    for value in _values(gold):
        if value in have:
            have.remove(value)
            hits += 1
    return hits / len(_values(gold))


def _structure(plan) -> set[str]:
    return {n.node_id for n in plan.nodes if n.kind in ("chapter", "section", "box")}


# -- post-OCR cleaning (no OCR needed) -----------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["推进", "产业", "发展。"], "推进产业发展。"),
        (["达到", "2000", "亿元"], "达到2000亿元"),
        (["浙江", "(", "华东", ")", "深远海"], "浙江（华东）深远海"),
        (["务”", "业态", ",", "支持"], "务”业态，支持"),
        (["2O00", "亿元"], "2000亿元"),
        (["达到", "1O%"], "达到10%"),
        (["达到l5家"], "达到15家"),
        (["12.", "5%"], "12.5%"),
        (["10", "EFLOPS"], "10 EFLOPS"),  # two Latin/digit words keep their space
        (["5G-A基站", "IoT"], "5G-A基站IoT"),  # letters among letters are never digits
        (["会议", "10:30", "开始"], "会议10:30开始"),
        (["三节前瞻布局一批未来产业"], "第三节 前瞻布局一批未来产业"),  # a lost 第 put back
        (["“第三节", "一体推进"], "第三节 一体推进"),
        (["第一节.构建人工智能发展基座"], "第一节 构建人工智能发展基座"),
        (["专栏2生产性服务业发展重点工程"], "专栏2 生产性服务业发展重点工程"),
        (["三节课程。"], "三节课程。"),  # not a title: left alone
    ],
)
def test_post_ocr_line_cleaning(words: list[str], text: str) -> None:
    assert clean_ocr_line([(w, 90.0) for w in words])[0] == text


def test_word_confidences_follow_the_cleaned_text() -> None:
    text, confidences = clean_ocr_line([("金融业", 95.0), ("增加值", 40.0), ("2000 亿元", 88.0)])
    assert text == "金融业增加值2000亿元"
    assert confidences == [(3, 95.0), (6, 40.0), (12, 88.0)]
    text, confidences = clean_ocr_line([("三节", 30.0), ("前瞻布局", 90.0)])
    assert text == "第三节 前瞻布局" and confidences == [(4, 30.0), (8, 90.0)]


@pytest.mark.skipif(not FONT.exists(), reason="needs apt package fonts-wqy-microhei")
@pytest.mark.parametrize("skew", [-2.0, 1.5, 0.0])
def test_skew_is_measured(skew: float) -> None:
    page = render_pages(LINES, ScanStyle(noisy=True, skew=skew))[0]
    assert abs(skew_angle(page) + skew) <= 0.2  # the angle that straightens it back


@pytest.mark.skipif(not FONT.exists(), reason="needs apt package fonts-wqy-microhei")
def test_speckle_is_seen_only_on_noisy_scans() -> None:
    assert speckled(render_pages(LINES, ScanStyle(noisy=True))[0])
    assert not speckled(render_pages(LINES)[0])


# -- OCR missing -----------------------------------------------------------------------------------
@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """A machine without Tesseract's Chinese model: no folder holds chi_sim.traineddata."""
    monkeypatch.setattr(ocr, "TESSDATA_DIRS", ())
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    ocr.tessdata_dir.cache_clear()
    yield
    ocr.tessdata_dir.cache_clear()


@pytest.mark.skipif(not FONT.exists(), reason="needs apt package fonts-wqy-microhei")
def test_without_the_model_the_error_says_how_to_install(no_model, tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    Image.new("L", (200, 100), 255).save(image)
    scan = write_pdf(render_pages(LINES[:2]), tmp_path / "scan.pdf", 150)
    for path in (image, scan):
        with pytest.raises(ReadError) as info:
            read_document(path)
        message = str(info.value)
        assert message.startswith(f"{path}: a scanned page needs OCR")
        assert "apt-get install tesseract-ocr-chi-sim" in message and "\n" not in message


# -- real OCR ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def scan_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scan")
    return write_pdf(render_pages(LINES, PAGE), folder / "scan.pdf", 150)


@pytest.fixture(scope="module")
def clean_scan(scan_path: Path):
    calls: list[tuple[int, int]] = []
    document = read_document(scan_path, jobs=2, progress=lambda d, t: calls.append((d, t)))
    return document, calls


@needs_ocr
@pytest.mark.slow
def test_clean_scan_reads_like_the_text(clean_scan, tmp_path: Path) -> None:
    document, calls = clean_scan
    assert calls == [(1, 1)]
    assert document.format == "pdf"
    assert document.warnings[0].startswith("read 1 of 1 page(s) by OCR (Tesseract chi_sim)")
    gold, plan = _gold(tmp_path), parse_document(document)
    assert _structure(plan) == _structure(gold) == {"s4", "s4.box2"}
    assert _share(gold.targets, plan.targets) >= 0.9
    # every node and target keeps its page and a confidence
    assert all(n.page == 1 and n.ocr_confidence is not None for n in plan.nodes)
    assert all(t.page == 1 and 0 <= (t.ocr_confidence or -1) <= 100 for t in plan.targets)
    data = plan.targets[0].to_dict()
    assert data["page"] == 1 and data["review"] == (data["ocr_confidence"] < 60)


@needs_ocr
@pytest.mark.slow
def test_noisy_skewed_scan(tmp_path: Path) -> None:
    pages = render_pages(LINES, ScanStyle(noisy=True, skew=-1.5, header=False))
    document = read_document(write_pdf(pages, tmp_path / "noisy.pdf", 150))
    gold, plan = _gold(tmp_path), parse_document(document)
    assert _share(gold.targets, plan.targets) >= 0.8
    assert _structure(plan) == _structure(gold)


@needs_ocr
@pytest.mark.slow
def test_a_pdf_mixing_text_and_scanned_pages(tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    text_page = tmp_path / "text.pdf"
    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    drawing = canvas.Canvas(str(text_page))
    drawing.setFont("WQY", 12)
    drawing.drawString(72, 750, "第三节 前瞻布局一批未来产业")
    drawing.drawString(72, 720, "组建未来产业母基金，完善知识产权保护与成果转化服务体系。")
    drawing.save()
    scanned = write_pdf(render_pages(LINES[5:6], PAGE), tmp_path / "scan.pdf", 150)
    mixed = pdfium.PdfDocument(str(text_page))
    mixed.import_pages(pdfium.PdfDocument(str(scanned)))
    mixed.save(str(tmp_path / "mixed.pdf"))
    calls: list[tuple[int, int]] = []
    document = read_document(tmp_path / "mixed.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 1)]  # only the scanned page went to OCR
    assert document.warnings[0].startswith("read 1 of 2 page(s) by OCR")
    first = [b for b in document.blocks if b.page == 1]
    second = [b for b in document.blocks if b.page == 2]
    assert first[0].text == "第三节 前瞻布局一批未来产业"
    assert all(b.confidences is None for b in first)
    assert second and all(b.confidences for b in second)
    assert "金融业增加值达到2000亿元" in "".join(b.text for b in second)


def _crop(lines: list[str]) -> Image.Image:
    page = render_pages(lines, PAGE)[0]
    return page.crop((0, 0, page.width, page.height // 3))


@needs_ocr
@pytest.mark.slow
def test_images_png_jpeg_upright_and_multipage_tiff(tmp_path: Path) -> None:
    top = _crop(LINES[5:6])  # 3.现代金融 … 金融业增加值达到2000亿元
    png = tmp_path / "photo.png"
    top.save(png, dpi=(150, 150))
    # a phone photo stored sideways with an EXIF orientation tag (6: turn 90° clockwise)
    jpeg = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    top.rotate(90, expand=True).save(jpeg, quality=92, exif=exif)
    tiff = tmp_path / "pages.tif"
    second = _crop(LINES[6:7])  # 4.科技服务 … 比重达到12%左右
    top.save(tiff, save_all=True, append_images=[second], dpi=(150, 150))
    for path, kind in ((png, "png"), (jpeg, "jpeg")):
        document = read_document(path)
        assert document.format == kind
        assert "金融业增加值达到2000亿元" in "".join(b.text for b in document.blocks), path
    document = read_document(tiff, jobs=2)
    assert {b.page for b in document.blocks} == {1, 2}
    assert "12%" in "".join(b.text for b in document.blocks if b.page == 2)


def test_broken_images_get_one_line(tmp_path: Path) -> None:
    if ocr.tessdata_dir() is None:
        pytest.skip("needs apt package tesseract-ocr-chi-sim")
    path = tmp_path / "scan.png"
    buffer = io.BytesIO()
    Image.new("L", (400, 300), 255).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue()[:60])
    with pytest.raises(ReadError, match=r"scan\.png: corrupt image") as info:
        read_document(path)
    assert "\n" not in str(info.value)
    blank = tmp_path / "blank.png"  # the back of a page
    Image.new("L", (600, 800), 255).save(blank)
    with pytest.raises(ReadError, match=r"blank\.png: no text recognised in the image"):
        read_document(blank)
    gif = tmp_path / "scan.tif"
    Image.new("L", (40, 30), 255).save(gif, "GIF")
    with pytest.raises(ReadError, match=r"scan\.tif: a GIF image; plantrack reads PNG, JPEG"):
        read_document(gif)


def test_blocks_keep_confidences_through_cleaning() -> None:
    from plantrack.read.clean import clean_blocks

    first = Block("坚持创新驱动，推进产业", "paragraph", 1, 1, confidences=[(6, 90.0), (11, 50.0)])
    second = Block("发展。", "paragraph", 2, 1, confidences=[(3, 80.0)])
    blocks, repairs = clean_blocks([first, second])  # a page break inside a paragraph
    assert [b.text for b in blocks] == ["坚持创新驱动，推进产业发展。"]
    assert blocks[0].confidences == [(6, 90.0), (11, 50.0), (14, 80.0)]
    assert [r.split(":")[0] for r in repairs] == ["re-joined page break"]


@needs_ocr
@pytest.mark.slow
def test_ingest_a_scan_keeps_pages_and_confidences(scan_path: Path, db_url: str) -> None:
    """`plantrack ingest scan.pdf` with its progress bar; the stored targets and nodes keep
    their page and confidence, and `targets --format json` shows ocr_confidence and review."""
    import json

    from click.testing import CliRunner

    from plantrack.cli import main

    runner = CliRunner()
    stored = runner.invoke(main, ["--db", db_url, "ingest", str(scan_path), "--jobs", "2"])
    assert stored.exit_code == 0, stored.output
    assert "OCR" in stored.output and "1/1 pages" in stored.output  # the progress bar
    assert "warning: read 1 of 1 page(s) by OCR" in stored.output
    listed = runner.invoke(main, ["--db", db_url, "targets", "--format", "json"])
    targets = json.loads(listed.output)
    assert len(targets) >= 4
    assert all(t["page"] == 1 and "ocr_confidence" in t for t in targets)
    assert all(t["review"] == (t["ocr_confidence"] < 60) for t in targets)
    outline = json.loads(
        runner.invoke(main, ["--db", db_url, "outline", "--format", "json"]).output
    )
    assert all(n["page"] == 1 and n["ocr_confidence"] > 0 for n in outline)
    doubtful = [t["id"] for t in targets if t["review"]]
    shown = runner.invoke(main, ["--db", db_url, "plans", "--format", "json"])
    assert shown.exit_code == 0 and (not doubtful or doubtful[0] in stored.output)
