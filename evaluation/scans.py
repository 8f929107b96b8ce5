"""Scans of the sample plan, rendered with Pillow: what a scanner or a phone gives a planning office.

Used by the OCR tests (tests/read/test_read_ocr.py), `make eval ONLY=ocr` and
`make bench ONLY=read`. Pages are A4 at `dpi` with a running header (宁波日报 … 第7版) and a
`- N -` footer; titles are centred and larger, paragraphs indented by two characters and wrapped
character by character, as in a printed plan. `noisy=True` adds what a cheap scan adds: grey
speckle, a slight blur and a skew of `skew` degrees.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")  # Debian: fonts-wqy-microhei
HEADER = "宁波日报  2026年1月20日  第7版"
# CJK line breaking (禁则): these never start a line, so they stay at the end of the one before
_NO_LINE_START = set("，。、；：！？）》”’」』】…%")


@dataclass(frozen=True)
class ScanStyle:
    dpi: int = 150
    body_pt: float = 11.0
    title_pt: float = 13.0
    leading: float = 1.6  # line height as a multiple of the font size
    margin_cm: float = 2.5
    noisy: bool = False
    skew: float = 0.0  # degrees, counter-clockwise
    seed: int = 18
    header: bool = True  # the running header and the page number (a newspaper page has them)


def sample_lines() -> list[str]:
    """The sample plan's non-empty lines, as printed (the page starts mid-chapter)."""
    text = SAMPLE.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _is_title(line: str) -> bool:
    from plantrack.read.headings import is_heading

    return is_heading(line) and not line[0].isdigit()


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float, indent: float) -> list[str]:
    """Break `text` into lines no wider than `width` (the first one indented by `indent`)."""
    lines: list[str] = []
    current = ""
    room = width - indent
    for char in text:
        if current and font.getlength(current + char) > room and char not in _NO_LINE_START:
            lines.append(current)
            current, room = "", width
        current += char
    if current:
        lines.append(current)
    return lines


def _px(points: float, dpi: int) -> int:
    return round(points * dpi / 72)


def render_pages(lines: list[str], style: ScanStyle = ScanStyle()) -> list[Image.Image]:
    """The lines typeset on as many A4 pages as they need, as greyscale images."""
    dpi = style.dpi
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    margin = round(style.margin_cm / 2.54 * dpi)
    body = ImageFont.truetype(str(FONT), _px(style.body_pt, dpi), index=0)
    title = ImageFont.truetype(str(FONT), _px(style.title_pt, dpi), index=0)
    small = ImageFont.truetype(str(FONT), _px(9, dpi), index=0)
    text_width = width - 2 * margin
    pages: list[Image.Image] = []
    page: Image.Image | None = None
    draw: ImageDraw.ImageDraw | None = None
    y = 0

    def new_page() -> None:
        nonlocal page, draw, y
        page = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(page)
        number = len(pages) + 1
        if style.header:
            draw.text((width / 2, margin / 2), HEADER, font=small, fill=0, anchor="mm")
            bottom = (width / 2, height - margin / 2)
            draw.text(bottom, f"- {number} -", font=small, fill=0, anchor="mm")
        pages.append(page)
        y = margin

    new_page()
    for line in lines:
        is_title = _is_title(line)
        font = title if is_title else body
        step = round(font.size * style.leading)
        indent = 0 if is_title else 2 * font.size
        for k, piece in enumerate(_wrap(line, font, text_width, indent)):
            if y + step > height - margin:
                new_page()
            assert draw is not None
            if is_title:
                draw.text((width / 2, y), piece, font=font, fill=0, anchor="ma")
            else:
                draw.text((margin + (indent if k == 0 else 0), y), piece, font=font, fill=0)
            y += step
    if style.noisy or style.skew:
        rng = random.Random(style.seed)
        pages = [_degrade(p, style, rng) for p in pages]
    return pages


def _degrade(page: Image.Image, style: ScanStyle, rng: random.Random) -> Image.Image:
    """Speckle, blur and skew: a page as an office scanner returns it."""
    if style.noisy:
        page = page.filter(ImageFilter.GaussianBlur(0.6))
        pixels = page.load()
        assert pixels is not None
        w, h = page.size
        for _ in range(w * h // 150):  # grey and dark specks over the page
            x, y = rng.randrange(w), rng.randrange(h)
            pixels[x, y] = rng.choice((0, 60, 120, 180))
        for _ in range(w * h // 60):  # the paper's own grey
            x, y = rng.randrange(w), rng.randrange(h)
            pixels[x, y] = min(pixels[x, y], rng.randrange(200, 245))
    if style.skew:
        page = page.rotate(
            style.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255
        )
    return page


def write_pdf(pages: list[Image.Image], path: Path, dpi: int) -> Path:
    """An image-only PDF (no text layer), one page per image, like a scanner writes."""
    first, *rest = [p.convert("L") for p in pages]
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=float(dpi))
    return path


def scan_pdf(path: Path, style: ScanStyle = ScanStyle(), pages: int | None = None) -> Path:
    """The sample plan as a scanned PDF; `pages` keeps only the first N pages."""
    images = render_pages(sample_lines(), style)
    return write_pdf(images[:pages] if pages else images, path, style.dpi)
