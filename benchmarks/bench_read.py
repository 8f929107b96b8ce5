"""Read + clean throughput on a generated corpus of plan-like text (>= 20 MB); then the files
offices receive: a 7-page scan (OCR, wall time: goal < 2 minutes on this 2-core machine), the
OCR engines compared on one page, a Word 97 .doc (LibreOffice) and an Excel 97 .xls (xlrd).

CPU time (time.process_time) is reported, so other load on a shared machine does not count.
The corpus repeats the sample plan's paragraphs under renumbered chapters and sections, with
varied figures, newspaper continuation marks, page numbers and paragraphs cut by page breaks,
split into plan files of ~2 MB (UTF-8 and GBK). Timed on one core: `read_document` +
`clean_blocks` per file. Outline recognition is timed too.
"""

from __future__ import annotations

import os
import random
import re
import tempfile
import time
from pathlib import Path

from plantrack.parse.outline import build_outline
from plantrack.read import clean_blocks, read_document
from plantrack.read.clean import ends_sentence
from plantrack.read.headings import is_heading

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
TARGET_MB = 20
FILE_MB = 2
CN = "一二三四五六七八九"
_FIGURE_RE = re.compile(r"(?<=\D)\d+")  # figures, not the leading number of a box item


def cn_numeral(n: int) -> str:
    """1..99 -> 一 .. 九十九."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN[tens - 1] + "十")
    return head + (CN[ones - 1] if ones else "")


def _paragraphs() -> list[str]:
    """The sample's cleaned paragraphs and box items (its own page breaks already repaired)."""
    blocks, _ = clean_blocks(read_document(SAMPLE).blocks)
    texts = [block.text for block in blocks if ends_sentence(block.text)]
    return [text for text in texts if not is_heading(text) or text[0].isdigit()]


def make_plan(rng: random.Random, paragraphs: list[str], size: int, stats: dict) -> str:
    """One plan-like text of about `size` bytes (UTF-8); `stats` counts the artifacts made."""
    out: list[str] = ["某某市国民经济和社会发展第十五个五年规划纲要", ""]
    total = 0
    chapter = 0
    page = 1
    while total < size:
        chapter += 1
        out += [f"第{cn_numeral(chapter % 99 + 1)}章 推动高质量发展取得新成效", ""]
        for section in range(1, rng.randint(3, 6)):
            out += [f"第{cn_numeral(section)}节 加快建设现代化产业体系", ""]
            for _ in range(rng.randint(3, 8)):
                text = _FIGURE_RE.sub(lambda m: str(rng.randint(1, 3000)), rng.choice(paragraphs))
                roll = rng.random()
                if roll < 0.04 and len(text) > 40:  # a page break inside the paragraph
                    cut = rng.randint(10, len(text) - 10)
                    while text[cut - 1] in "。；：！？":  # a cut after a full stop is undetectable
                        cut += 1
                    page += 1
                    stats["breaks"] = stats.get("breaks", 0) + 1
                    out += [text[:cut], "", f"— {page} —", "", text[cut:], ""]
                elif roll < 0.06:
                    stats["marks"] = stats.get("marks", 0) + 1
                    out += [f"【上接第{rng.randint(1, 12)}版】{text}", ""]
                else:
                    out += [text, ""]
                total += len(text.encode("utf-8"))
    return "\n".join(out)


def build_corpus(folder: Path, megabytes: int = TARGET_MB, stats: dict | None = None) -> list[Path]:
    stats = {} if stats is None else stats
    rng = random.Random(15)
    paragraphs = _paragraphs()
    files: list[Path] = []
    written = 0
    index = 0
    while written < megabytes * 1024 * 1024:
        text = make_plan(rng, paragraphs, FILE_MB * 1024 * 1024, stats)
        index += 1
        encoding = "gbk" if index % 2 == 0 else "utf-8"
        path = folder / f"plan-{index:02d}-{encoding}.txt"
        data = text.encode(encoding)
        path.write_bytes(data)
        written += len(text.encode("utf-8"))
        files.append(path)
    return files


def time_files(files: list[Path], found: dict) -> tuple[float, float, float, float]:
    """(MB read as UTF-8 text, read s, clean s, outline s); `found` counts repairs by kind."""
    megabytes = read_s = clean_s = outline_s = 0.0
    for path in files:
        start = time.process_time()
        document = read_document(path)
        middle = time.process_time()
        blocks, fixes = clean_blocks(document.blocks)
        end = time.process_time()
        build_outline(blocks)
        outline_s += time.process_time() - end
        read_s += middle - start
        clean_s += end - middle
        megabytes += sum(len(b.text.encode("utf-8")) for b in document.blocks) / 1024 / 1024
        for fix in fixes:
            kind = fix.split(":")[0]
            found[kind] = found.get(kind, 0) + 1
    return megabytes, read_s, clean_s, outline_s


FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")  # Debian: fonts-wqy-microhei


def write_formats(folder: Path, copies: int = 20) -> dict[str, Path]:
    """The sample plan `copies` times as .docx, .pdf (if the CJK font is there) and .html."""
    import html

    import docx

    lines = [line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line] * copies
    paths: dict[str, Path] = {}
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    paths["docx"] = folder / "sample.docx"
    document.save(str(paths["docx"]))
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = "<html><head><meta charset='utf-8'><title>规划</title></head><body>{}</body></html>"
    paths["html (known container)"] = folder / "known.html"
    paths["html (known container)"].write_text(
        page.format(f'<div id="UCAP-CONTENT">{body}</div>'), encoding="utf-8"
    )
    paths["html (trafilatura)"] = folder / "unknown.html"
    paths["html (trafilatura)"].write_text(
        page.format(f'<div class="nav"><a href="/">首页</a></div><div class="wz">{body}</div>'),
        encoding="utf-8",
    )
    if FONT.exists():
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
        style = ParagraphStyle(
            "b", fontName="WQY", fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK"
        )
        paths["pdf"] = folder / "sample.pdf"
        story = [Paragraph(html.escape(line), style) for line in lines]
        SimpleDocTemplate(str(paths["pdf"]), pagesize=A4).build(story)
    return paths


def _print_row(label: str, mb: float, read_s: float, clean_s: float, outline_s: float) -> None:
    both = mb / (read_s + clean_s)
    full = mb / (read_s + clean_s + outline_s)
    print(
        f"{label:<8}{mb:>11.1f}{read_s:>9.2f}{clean_s:>9.2f}{outline_s:>10.2f}"
        f"{both:>17.1f}{full:>15.1f}"
    )


def main_text() -> None:
    with tempfile.TemporaryDirectory(prefix="plantrack-bench-read-") as tmp:
        made: dict[str, int] = {}
        found: dict[str, int] = {}
        files = build_corpus(Path(tmp), stats=made)
        size = sum(p.stat().st_size for p in files) / 1024 / 1024
        print(f"corpus: {len(files)} plan files, {size:.1f} MB on disk (UTF-8 and GBK halves)")
        print(
            f"{'files':<8}{'MB (utf-8)':>11}{'read s':>9}{'clean s':>9}{'outline s':>10}"
            f"{'read+clean MB/s':>17}{'+outline MB/s':>15}"
        )
        totals = [0.0, 0.0, 0.0, 0.0]
        for label, group in (
            ("utf-8", [p for p in files if "utf-8" in p.name]),
            ("gbk", [p for p in files if "gbk" in p.name]),
        ):
            figures = time_files(group, found)
            totals = [a + b for a, b in zip(totals, figures, strict=True)]
            _print_row(label, *figures)
        _print_row("all", *totals)
        print("goal: >= 5 MB/s read+clean+outline on one core")
        print(
            f"repairs: {found.get('re-joined page break', 0)} page breaks re-joined "
            f"(made {made.get('breaks', 0)}), {found.get('removed continuation mark', 0)} "
            f"continuation marks removed (made {made.get('marks', 0)}), "
            f"{found.get('removed page number', 0)} page numbers removed (made {made.get('breaks', 0)})"
        )

        print("\nother formats: the sample plan x20 (~0.55 MB of text each)")
        print(f"{'format':<24}{'file KB':>9}{'blocks':>8}{'read+clean s':>14}{'MB/s':>7}")
        for label, path in write_formats(Path(tmp)).items():
            start = time.process_time()
            blocks, _ = clean_blocks(read_document(path).blocks)
            seconds = time.process_time() - start
            mb = sum(len(b.text.encode("utf-8")) for b in blocks) / 1024 / 1024
            kb = path.stat().st_size / 1024
            print(f"{label:<24}{kb:>9.0f}{len(blocks):>8}{seconds:>14.2f}{mb / seconds:>7.1f}")


def _wall(work) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process and its threads, result)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - start, time.process_time() - cpu, result


def bench_scan(folder: Path) -> None:
    """The sample typeset as a 7-page A4 scan at 150 dpi, read with 1 and 2 OCR threads."""
    from evaluation.scans import ScanStyle, scan_pdf

    print("\nscans: the sample as a 7-page image-only PDF, A4 at 150 dpi (wall time)")
    print(f"{'scan':<28}{'jobs':>5}{'pages':>6}{'wall s':>8}{'s/page':>8}{'CPU s':>7}  goal")
    for label, style in (
        ("clean", ScanStyle()),
        ("noise + skew 1.5°", ScanStyle(noisy=True, skew=1.5)),
    ):
        path = scan_pdf(folder / f"scan-{len(label)}.pdf", style, pages=7)
        for jobs in (2, 1) if label == "clean" else (2,):
            wall, cpu, document = _wall(lambda p=path, j=jobs: read_document(p, jobs=j))
            pages = max(b.page or 0 for b in document.blocks)
            verdict = "ok" if wall < 120 else "TOO SLOW"
            print(
                f"{label:<28}{jobs:>5}{pages:>6}{wall:>8.1f}{wall / pages:>8.1f}{cpu:>7.1f}"
                f"  < 120 s: {verdict}"
            )


def bench_engines(folder: Path) -> None:
    """tesserocr (used) against pytesseract on the same page, when pytesseract is installed."""
    import re as regex
    from difflib import SequenceMatcher

    from evaluation.scans import ScanStyle, render_pages, sample_lines

    from plantrack.read.ocr import tessdata_dir

    truth = regex.sub(r"\s", "", SAMPLE.read_text(encoding="utf-8"))

    def errors(text: str) -> float:
        text = regex.sub(r"\s", "", text)
        match = SequenceMatcher(None, text, truth, autojunk=False).get_matching_blocks()
        return 1 - sum(m.size for m in match) / max(len(text), 1)

    print("\nOCR engines on page 2 of the scan (psm 4, chi_sim; one thread each)")
    print(f"{'engine':<34}{'clean s':>8}{'errors':>8}{'noisy s':>8}{'errors':>8}")
    pages = {
        "clean": render_pages(sample_lines())[1],
        "noisy": render_pages(sample_lines(), ScanStyle(noisy=True, skew=1.5))[1],
    }
    import tesserocr

    from plantrack.read.scan_image import prepare

    api = tesserocr.PyTessBaseAPI(path=f"{tessdata_dir()}/", lang="chi_sim", psm=4)

    def with_tesserocr(image) -> str:
        api.SetImage(prepare(image))
        return api.GetUTF8Text()

    engines = {f"tesserocr {tesserocr.tesseract_version().split()[1]} (used)": with_tesserocr}
    os.environ["OMP_THREAD_LIMIT"] = "1"  # the tesseract program: one thread, as tesserocr
    try:
        import pytesseract

        version = pytesseract.get_tesseract_version()
        engines[f"pytesseract → tesseract {version} CLI"] = lambda image: (
            pytesseract.image_to_string(prepare(image), lang="chi_sim", config="--psm 4")
        )
    except Exception as exc:  # not a dependency: compared only where installed
        print(f"pytesseract not available ({type(exc).__name__}): not compared")
    for name, run in engines.items():
        row = f"{name:<34}"
        for image in pages.values():
            wall, _, text = _wall(lambda i=image, r=run: r(i))
            row += f"{wall:>8.1f}{100 * errors(text):>7.1f}%"
        print(row)
    api.End()


def bench_office(folder: Path) -> None:
    """A Word 97 .doc of the sample through LibreOffice; an .xls of 5,000 figure rows."""
    import subprocess

    import docx
    import xlwt

    from plantrack.read.office import find_soffice
    from plantrack.read.xls import read_xls

    print("\nWord 97 and Excel 97")
    soffice = find_soffice()
    if soffice is None:
        print("LibreOffice not installed: .doc not timed")
    else:
        document = docx.Document()
        for line in SAMPLE.read_text(encoding="utf-8").splitlines():
            if line.strip():
                document.add_paragraph(line.strip())
        document.save(str(folder / "sample.docx"))
        subprocess.run(
            [soffice, f"-env:UserInstallation={(folder / 'lo').as_uri()}", "--headless",
             "--convert-to", "doc:MS Word 97", "--outdir", str(folder), str(folder / "sample.docx")],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        wall, _, read = _wall(lambda: read_document(folder / "sample.doc"))
        kb = (folder / "sample.doc").stat().st_size / 1024
        print(f".doc  {kb:.0f} KB, {len(read.blocks)} blocks: {wall:.1f} s (LibreOffice start-up)")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    for r in range(5001):
        values = ["指标编号", "年份", "数值", "单位", "来源"] if r == 0 else [
            f"c3.s2.p{r % 9 + 1}.t1", 2026, r * 1.5, "亿元", "2026年统计公报"]  # fmt: skip
        for c, value in enumerate(values):
            sheet.write(r, c, value)
    book.save(str(folder / "figures.xls"))
    mb = (folder / "figures.xls").stat().st_size / 1024 / 1024
    wall, _, _ = _wall(lambda: read_xls(folder / "figures.xls"))
    print(f".xls  {mb:.2f} MB, 5,000 rows: {wall:.2f} s ({mb / wall:.1f} MB/s)")


def main_offices() -> None:
    with tempfile.TemporaryDirectory(prefix="plantrack-bench-offices-") as tmp:
        folder = Path(tmp)
        bench_scan(folder)
        bench_engines(folder)
        bench_office(folder)


def main() -> None:
    main_text()
    main_offices()


if __name__ == "__main__":
    main()
