"""OCR of scanned pages with Tesseract (through tesserocr) and Debian's simplified-Chinese model.

`ocr_pages` takes page images one by one from the caller's thread (pdfium, which renders the
pages of a scanned PDF, must not be called from two threads) and recognises them in a pool of
`jobs` threads, each with its own Tesseract instance (tesserocr releases the GIL while it
works). Each page comes back as layout `Line`s in PDF points, with the confidence of every word,
after the post-OCR cleaning of `read/ocr_text.py`; `read/layout.py` then joins them into
paragraphs exactly as it does for a PDF's text layer.

OCR is optional: without tesserocr or the `chi_sim` model, `check_ocr` raises a one-line
`ReadError` that says how to install them. Nothing is downloaded at run time.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from plantrack.errors import ReadError
from plantrack.model import OCR_REVIEW_BELOW, Block
from plantrack.read.layout import Line
from plantrack.read.ocr_text import clean_ocr_line
from plantrack.read.scan_image import prepare

if TYPE_CHECKING:
    from PIL.Image import Image

LANGUAGE = "chi_sim"
# Where Debian/Ubuntu (tesseract-ocr-chi-sim), Fedora, Homebrew and a source build put the models
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tesseract/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)
INSTALL_HINT = "install it with: apt-get install tesseract-ocr-chi-sim (and pip install tesserocr)"
# Tesseract page segmentation 4: one column of lines of varying size. Mode 3 (automatic layout)
# broke the lines of clean single-column plan pages into fragments (docs/reading.md).
_PSM = 4

ProgressFn = Callable[[int, int], None]  # (pages done, pages in all)


@dataclass(slots=True)
class PageImage:
    """A page to OCR: its image and its size in PDF points (for line boxes in points)."""

    image: Image
    width_pt: float
    height_pt: float


@lru_cache(maxsize=1)
def tessdata_dir() -> Path | None:
    """The folder holding chi_sim.traineddata: $TESSDATA_PREFIX first, then the usual places."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *TESSDATA_DIRS]
    for folder in candidates:
        if folder and (Path(folder) / f"{LANGUAGE}.traineddata").is_file():
            return Path(folder)
    return None


def check_ocr(name: str) -> Path:
    """The model folder, or a ReadError naming the file and how to install what is missing."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        raise ReadError(
            f"{name}: a scanned page needs OCR, but tesserocr is not installed; {INSTALL_HINT}"
        ) from None
    folder = tessdata_dir()
    if folder is None:
        raise ReadError(
            f"{name}: a scanned page needs OCR, but Tesseract's simplified-Chinese model "
            f"({LANGUAGE}.traineddata) is not installed; {INSTALL_HINT}"
        )
    return folder


class _Engine:
    """One Tesseract instance per thread, made on first use and kept for the thread's pages."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.local = threading.local()
        self.made: list[object] = []
        self.lock = threading.Lock()

    def api(self):
        api = getattr(self.local, "api", None)
        if api is None:
            import tesserocr

            api = tesserocr.PyTessBaseAPI(path=f"{self.folder}/", lang=LANGUAGE, psm=_PSM)
            self.local.api = api
            with self.lock:
                self.made.append(api)
        return api

    def close(self) -> None:
        for api in self.made:
            api.End()  # type: ignore[attr-defined]


def recognise(api, page: PageImage) -> list[Line]:
    """The page's text lines, each with its box in points and its words' confidences."""
    import tesserocr

    image = prepare(page.image)
    api.SetImage(image)
    api.Recognize()
    scale_x = page.width_pt / image.width
    scale_y = page.height_pt / image.height
    lines: list[Line] = []
    words: list[tuple[str, float, tuple[int, int, int, int]]] = []
    iterator = api.GetIterator()
    level = tesserocr.RIL.WORD
    if iterator is None or iterator.Empty(level):  # a blank page: nothing recognised
        return []
    for word in tesserocr.iterate_level(iterator, level):
        text = word.GetUTF8Text(level) or ""
        box = word.BoundingBox(level)
        if word.IsAtBeginningOf(tesserocr.RIL.TEXTLINE) and words:
            lines.append(_line(words, len(lines) + 1, scale_x, scale_y, page.height_pt))
            words = []
        if text.strip() and box:
            words.append((text, word.Confidence(level), box))
    if words:
        lines.append(_line(words, len(lines) + 1, scale_x, scale_y, page.height_pt))
    return [line for line in lines if line.text]


def _line(
    words: list[tuple[str, float, tuple[int, int, int, int]]],
    number: int,
    scale_x: float,
    scale_y: float,
    height_pt: float,
) -> Line:
    """A layout line from OCR words: text cleaned, box in points (y up), word confidences."""
    text, confidences = clean_ocr_line([(w, c) for w, c, _ in words])
    x0 = min(box[0] for _, _, box in words)
    y0 = min(box[1] for _, _, box in words)
    x1 = max(box[2] for _, _, box in words)
    y1 = max(box[3] for _, _, box in words)
    return Line(
        text,
        number,
        x0=x0 * scale_x,
        x1=x1 * scale_x,
        top=height_pt - y0 * scale_y,
        height=(y1 - y0) * scale_y,
        confidences=confidences,
    )


def ocr_pages(
    pages: Iterable[PageImage],
    total: int,
    name: str,
    *,
    jobs: int = 1,
    progress: ProgressFn | None = None,
) -> list[list[Line]]:
    """OCR `total` pages (taken lazily from `pages`) with `jobs` threads, in page order."""
    folder = check_ocr(name)
    engine = _Engine(folder)
    workers = max(1, min(jobs, total))
    counter = _Counter(total, progress)
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
            futures = list(_submit(pool, engine, pages, workers, counter))
            return [future.result() for future in futures]
    except ReadError:
        raise
    except Exception as exc:  # Tesseract failing on a page: name the file
        raise ReadError(f"{name}: OCR failed ({type(exc).__name__}: {exc})") from None
    finally:
        engine.close()


class _Counter:
    """Pages done, reported to the progress callback as each page finishes (any thread)."""

    def __init__(self, total: int, progress: ProgressFn | None) -> None:
        self.total, self.progress = total, progress
        self.done = 0
        self.lock = threading.Lock()

    def __call__(self, _future: Future) -> None:
        with self.lock:
            self.done += 1
            if self.progress is not None:
                self.progress(self.done, self.total)


def _submit(
    pool: ThreadPoolExecutor,
    engine: _Engine,
    pages: Iterable[PageImage],
    workers: int,
    counter: _Counter,
) -> Iterator[Future[list[Line]]]:
    """Submit pages as they are produced, with at most 2×workers images waiting in memory."""
    in_flight: list[Future[list[Line]]] = []
    for page in pages:
        in_flight = [f for f in in_flight if not f.done()]
        if len(in_flight) >= 2 * workers:
            in_flight.pop(0).result()
        future = pool.submit(lambda p=page: recognise(engine.api(), p))
        future.add_done_callback(counter)
        in_flight.append(future)
        yield future


LOW_CONFIDENCE = OCR_REVIEW_BELOW  # a word below it is doubtful (model.OCR_REVIEW_BELOW)


def mean_confidence(blocks: list[Block]) -> float | None:
    """The length-weighted mean word confidence of OCR'd blocks (None: nothing was OCR'd)."""
    total = weight = 0.0
    for block in blocks:
        start = 0
        for end, value in block.confidences or []:
            total += value * (end - start)
            weight += end - start
            start = end
    return round(total / weight, 1) if weight else None


def ocr_note(scanned: int, pages: int, blocks: list[Block]) -> str:
    """The warning a document read by OCR carries: how much, and how sure."""
    words = [value for block in blocks for _, value in block.confidences or []]
    doubtful = sum(1 for value in words if value < LOW_CONFIDENCE)
    mean = mean_confidence(blocks)
    return (
        f"read {scanned} of {pages} page(s) by OCR (Tesseract {LANGUAGE}): mean word confidence "
        f"{mean if mean is not None else 0:.0f}%, {doubtful} of {len(words)} words below "
        f"{LOW_CONFIDENCE:.0f}%; check the figures of targets marked for review"
    )
