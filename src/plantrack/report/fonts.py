"""The CJK font reports use: found on disk and registered explicitly (PDF and charts need one).

Debian's fonts-wqy-microhei is installed by scripts/system-deps.sh; PLANTRACK_CJK_FONT may name
another TrueType/OpenType file (.ttf, .ttc, .otf with TrueType outlines).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from plantrack.errors import PlantrackError

CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
PDF_FONT = "PlantrackCJK"


class FontMissing(PlantrackError):
    """No CJK font is installed, so Chinese cannot be drawn."""

    status = 500


@cache
def cjk_font_path() -> Path:
    env = os.environ.get("PLANTRACK_CJK_FONT")
    for candidate in ([env] if env else []) + list(CANDIDATES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise FontMissing(
        "no Chinese (CJK) font found: run `bash scripts/system-deps.sh` "
        "(installs fonts-wqy-microhei) or set PLANTRACK_CJK_FONT to a .ttf/.ttc file"
    )


@cache
def register_pdf_font() -> str:
    """Register the CJK font with reportlab once; returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = cjk_font_path()
    kwargs = {"subfontIndex": 0} if path.suffix.lower() == ".ttc" else {}
    pdfmetrics.registerFont(TTFont(PDF_FONT, str(path), **kwargs))
    return PDF_FONT
