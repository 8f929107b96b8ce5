"""A small drawing list for report charts, rendered to PNG (Pillow) or to inline SVG.

A chart is drawn once as a list of shapes in pixel coordinates (lines, markers, rectangles, text)
and then rendered: PNG for PDF, DOCX and Markdown (drawn at twice the size and reduced, so lines
and text are smooth), SVG for HTML. No figure objects, no layout engine: a trend chart takes a few
milliseconds instead of matplotlib's ~60.
"""

from __future__ import annotations

import io
import itertools
import math
from dataclasses import dataclass, field
from functools import cache
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

from plantrack.report.fonts import cjk_font_path

SCALE = 2  # PNGs are drawn at twice their size, then reduced (anti-aliasing)
DASHES = {"dashed": (3.7, 1.6), "dotted": (1.0, 1.65)}  # in line widths, as matplotlib


@cache
def font(size: float) -> ImageFont.FreeTypeFont:
    """The CJK font at `size` pixels (cached: loading a .ttc takes ~1 ms)."""
    return ImageFont.truetype(str(cjk_font_path()), max(1, round(size)), index=0)


@cache
def text_width(text: str, size: float) -> float:
    """The width of `text` in pixels at `size` (the same font for PNG and SVG)."""
    return font(size * SCALE).getlength(text) / SCALE


@cache
def _glyphs(text: str, size: float, anchor: str, rotate: bool) -> tuple[Image.Image, int, int]:
    """`text` drawn once as a coverage mask at SCALE, with the offset of its anchor point
    (tick labels and legend words repeat from chart to chart: drawing them is most of the
    time of a chart)."""
    face = font(size * SCALE)
    left, top, right, bottom = face.getbbox(text, anchor=anchor)
    tile = Image.new("L", (right - left + 2, bottom - top + 2), 0)
    ImageDraw.Draw(tile).text((1 - left, 1 - top), text, font=face, fill=255, anchor=anchor)
    if not rotate:
        return tile, left - 1, top - 1
    tile = tile.rotate(90, expand=True)
    return tile, -(tile.width // 2), -(tile.height // 2)


@dataclass(slots=True)
class Line:
    points: list[tuple[float, float]]
    colour: str
    width: float
    style: str = "solid"  # solid, dashed, dotted


@dataclass(slots=True)
class Marker:
    x: float
    y: float
    shape: str  # "o" or "*"
    size: float  # diameter in pixels
    colour: str


@dataclass(slots=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float
    fill: str
    outline: str | None = None


@dataclass(slots=True)
class Text:
    x: float
    y: float
    text: str
    size: float
    colour: str = "#000000"
    anchor: str = "mm"  # Pillow's anchors: l/m/r then a/m/s/d (top, middle, baseline, bottom)
    rotate: bool = False  # 90° counter-clockwise (a y-axis label)


Shape = Line | Marker | Rect | Text


@dataclass(slots=True)
class Canvas:
    width: int
    height: int
    shapes: list[Shape] = field(default_factory=list)

    def add(self, shape: Shape) -> None:
        self.shapes.append(shape)

    def png(self) -> bytes:
        """The drawing as PNG bytes."""
        return to_png(self)

    def svg(self, label: str = "") -> str:
        """The drawing as an inline SVG string; `label` is its text alternative."""
        return to_svg(self, label)


def dash_segments(
    points: list[tuple[float, float]], on: float, off: float
) -> list[list[tuple[float, float]]]:
    """The pieces of a polyline that a dash pattern of `on`/`off` lengths keeps."""
    pieces: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    drawing, left = True, on
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        if drawing and not current:
            current = [(x0, y0)]
        while length - pos > left:
            pos += left
            point = (x0 + (x1 - x0) * pos / length, y0 + (y1 - y0) * pos / length)
            if drawing:
                current.append(point)
                pieces.append(current)
                current = []
            else:
                current = [point]
            drawing = not drawing
            left = on if drawing else off
        left -= length - pos
        if drawing:
            current.append((x1, y1))
    if drawing and len(current) > 1:
        pieces.append(current)
    return pieces


def star(x: float, y: float, size: float) -> list[tuple[float, float]]:
    """The ten corners of a five-pointed star of diameter `size` centred on (x, y)."""
    outer, inner = size / 2, size / 2 * 0.382
    return [
        (
            x + (outer if i % 2 == 0 else inner) * math.sin(math.pi * i / 5),
            y - (outer if i % 2 == 0 else inner) * math.cos(math.pi * i / 5),
        )
        for i in range(10)
    ]


def _draw_line(draw: ImageDraw.ImageDraw, line: Line) -> None:
    width = max(1, round(line.width * SCALE))
    points = [(x * SCALE, y * SCALE) for x, y in line.points]
    if line.style in DASHES:
        on, off = (d * line.width * SCALE for d in DASHES[line.style])
        for piece in dash_segments(points, on, off):
            draw.line(piece, fill=line.colour, width=width)
    else:
        draw.line(points, fill=line.colour, width=width, joint="curve")


def _draw_text(image: Image.Image, text: Text) -> None:
    anchor = "mm" if text.rotate else text.anchor
    tile, dx, dy = _glyphs(text.text, text.size, anchor, text.rotate)
    x, y = round(text.x * SCALE) + dx, round(text.y * SCALE) + dy
    image.paste(text.colour, (x, y, x + tile.width, y + tile.height), tile)


def to_png(canvas: Canvas) -> bytes:
    """Draw at SCALE × the size, reduce (a box filter: smooth edges), save as an 8-bit palette
    PNG (charts use a few colours: smaller files, faster PDF and DOCX writing)."""
    image = Image.new("RGB", (canvas.width * SCALE, canvas.height * SCALE), "white")
    draw = ImageDraw.Draw(image)
    for shape in canvas.shapes:
        if isinstance(shape, Line):
            _draw_line(draw, shape)
        elif isinstance(shape, Marker):
            x, y, r = shape.x * SCALE, shape.y * SCALE, shape.size * SCALE / 2
            if shape.shape == "*":
                draw.polygon(star(x, y, r * 2), fill=shape.colour)
            else:
                draw.ellipse((x - r, y - r, x + r, y + r), fill=shape.colour)
        elif isinstance(shape, Rect):
            box = (shape.x0 * SCALE, shape.y0 * SCALE, shape.x1 * SCALE, shape.y1 * SCALE)
            draw.rectangle(box, fill=shape.fill, outline=shape.outline, width=SCALE)
        else:
            _draw_text(image, shape)
    small = image.reduce(SCALE).quantize(colors=64, method=Image.Quantize.FASTOCTREE)
    buffer = io.BytesIO()
    small.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()


def _svg_shape(shape: Shape) -> str:
    if isinstance(shape, Line):
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in shape.points)
        dash = ""
        if shape.style in DASHES:
            on, off = (d * shape.width for d in DASHES[shape.style])
            dash = f' stroke-dasharray="{on:.1f} {off:.1f}"'
        return (
            f'<polyline points="{points}" fill="none" stroke="{shape.colour}" '
            f'stroke-width="{shape.width:.2f}"{dash} stroke-linejoin="round"/>'
        )
    if isinstance(shape, Marker):
        if shape.shape == "*":
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in star(shape.x, shape.y, shape.size))
            return f'<polygon points="{points}" fill="{shape.colour}"/>'
        return (
            f'<circle cx="{shape.x:.1f}" cy="{shape.y:.1f}" r="{shape.size / 2:.1f}" '
            f'fill="{shape.colour}"/>'
        )
    if isinstance(shape, Rect):
        stroke = f' stroke="{shape.outline}"' if shape.outline else ""
        return (
            f'<rect x="{shape.x0:.1f}" y="{shape.y0:.1f}" width="{shape.x1 - shape.x0:.1f}" '
            f'height="{shape.y1 - shape.y0:.1f}" fill="{shape.fill}"{stroke}/>'
        )
    anchor = {"l": "start", "m": "middle", "r": "end"}[shape.anchor[0]]
    baseline = {"a": "hanging", "m": "central", "s": "alphabetic", "d": "text-after-edge"}
    turn = f' transform="rotate(-90 {shape.x:.1f} {shape.y:.1f})"' if shape.rotate else ""
    return (
        f'<text x="{shape.x:.1f}" y="{shape.y:.1f}" font-size="{shape.size:.1f}" '
        f'fill="{shape.colour}" text-anchor="{anchor}" '
        f'dominant-baseline="{baseline[shape.anchor[1]]}"{turn}>{escape(shape.text)}</text>'
    )


def to_svg(canvas: Canvas, label: str = "") -> str:
    """The drawing as one <svg> element (scales to its container's width)."""
    quote = {'"': "&quot;"}
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {canvas.width} {canvas.height}" '
        f'width="{canvas.width}" height="{canvas.height}" role="img" '
        f'aria-label="{escape(label, quote)}" font-family="Microsoft YaHei, PingFang SC, '
        f'Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif">'
        f'<rect width="100%" height="100%" fill="#fff"/>'
        + "".join(_svg_shape(shape) for shape in canvas.shapes)
        + "</svg>"
    )
