"""Images of plan pages (.png .jpg .jpeg .tif .tiff): a photo or a scan, read by OCR.

Each image is a page; a multi-page TIFF gives one page per frame. A phone photo is turned upright
by its EXIF orientation first. Pillow's decompression-bomb guard bounds the pixels of a frame,
and at most `MAX_PAGES` frames are read. The lines go through the same layout rules as a PDF's.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from plantrack.errors import ReadError
from plantrack.model import Document
from plantrack.read.layout import assemble
from plantrack.read.ocr import PageImage, ProgressFn, check_ocr, ocr_note, ocr_pages

MAX_PAGES = 200
_DEFAULT_DPI = 150.0  # when the file does not say: only scales line boxes, not recognition
_FORMATS = {"PNG": "png", "JPEG": "jpeg", "MPO": "jpeg", "TIFF": "tiff"}


def _open(data: bytes, name: str):
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.verify()  # a truncated or corrupt file fails here, before any decoding
        image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise ReadError(f"{name}: not an image Pillow can read (PNG, JPEG or TIFF)") from None
    except Image.DecompressionBombError as exc:
        raise ReadError(f"{name}: image too large ({exc})") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ReadError(f"{name}: corrupt image ({exc})") from None
    if image.format not in _FORMATS:
        raise ReadError(f"{name}: a {image.format} image; plantrack reads PNG, JPEG and TIFF")
    return image


def _frames(image, name: str) -> Iterator[PageImage]:
    """Every frame as an upright greyscale page, sized in points from its resolution."""
    from PIL import Image, ImageOps, ImageSequence

    try:
        for frame in ImageSequence.Iterator(image):
            page = ImageOps.exif_transpose(frame).convert("L")
            dpi = float((frame.info.get("dpi") or (_DEFAULT_DPI,))[0] or _DEFAULT_DPI)
            yield PageImage(page, page.width * 72 / dpi, page.height * 72 / dpi)
    except Image.DecompressionBombError as exc:
        raise ReadError(f"{name}: image too large ({exc})") from None
    except (OSError, ValueError) as exc:
        raise ReadError(f"{name}: corrupt image ({exc})") from None


def read_image(
    data: bytes, name: str, *, jobs: int = 1, progress: ProgressFn | None = None
) -> Document:
    """OCR an image file (every frame of a TIFF) into paragraph blocks with their page."""
    check_ocr(name)  # before decoding anything: say at once what is missing
    image = _open(data, name)
    count = getattr(image, "n_frames", 1)
    if count > MAX_PAGES:
        raise ReadError(f"{name}: {count} pages; plantrack reads at most {MAX_PAGES} by OCR")
    pages = ocr_pages(_frames(image, name), count, name, jobs=jobs, progress=progress)
    if not any(pages):
        raise ReadError(f"{name}: no text recognised in the image")
    blocks, removed = assemble(pages)
    document = Document(blocks, source=name, format=_FORMATS[image.format])
    document.warnings.append(ocr_note(count, count, blocks))
    if removed:
        document.warnings.append(f"removed {removed} running header/footer/page-number line(s)")
    return document
