"""The report as Markdown (GitHub-flavoured tables); charts go to PNG files in a folder beside it
(`report.md` -> `report_files/`), or are left out when no folder is wanted."""

from __future__ import annotations

import re
from pathlib import Path

from plantrack.model import Status
from plantrack.report.charts import Charts, render_charts
from plantrack.report.common import atomic_path
from plantrack.report.data import ReportData
from plantrack.report.layout import Heading, Image, Paragraph, Table, build_blocks

_ENTITY = re.compile(r"&(?=#?\w+;)")


def _text(text: str) -> str:
    """Plan text as Markdown that renders as that text: no HTML (`<` of `<script>`, `<img
    onerror=…>` escaped, and `&` where it would start an entity), and `[…]` cannot become a link
    or an image. `>` (as in 累计>3000名) stays: it starts no HTML."""
    text = _ENTITY.sub("&amp;", text.replace("\\", "\\\\")).replace("<", "&lt;")
    return text.replace("[", "\\[").replace("]", "\\]")


def _cell(text: str) -> str:
    return _text(text).replace("|", "\\|").replace("\n", " ")


def _table(block: Table) -> list[str]:
    lines = [
        "| " + " | ".join(_cell(h) for h in block.headers) + " |",
        "|"
        + "|".join("---:" if c in block.numeric else "---" for c in range(len(block.headers)))
        + "|",
    ]
    for r, row in enumerate(block.rows):
        cells = [_cell(v) for v in row]
        status = block.statuses[r] if r < len(block.statuses) else ""
        if block.status_column is not None and status == Status.LAGGING:
            cells[block.status_column] = f"**{cells[block.status_column]}**"
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def render_markdown(
    data: ReportData, charts: Charts | None = None, image_dir: str | None = None
) -> tuple[str, dict[str, bytes]]:
    """The Markdown text and the images it links to ({relative path: PNG}); with
    `image_dir=None` the charts are left out."""
    lines: list[str] = []
    images: dict[str, bytes] = {}
    blocks = (
        build_blocks(data, charts or render_charts(data))
        if image_dir
        else build_blocks(data, charts or Charts(b""))
    )
    for block in blocks:
        if isinstance(block, Heading):
            lines += ["#" * (block.level + 1) + " " + _text(block.text), ""]
        elif isinstance(block, Paragraph):
            text = _text(block.text)
            if block.style == "subtitle":
                text = f"**{text}**"
            elif block.style == "note":
                text = f"*{text}*"
            elif block.style == "lead":
                text = f"> {text}"
            lines += [text, ""]
        elif isinstance(block, Table):
            lines += _table(block)
        elif isinstance(block, Image) and image_dir and block.png:
            name = f"{image_dir}/chart-{len(images) + 1:02d}.png"
            images[name] = block.png
            caption = _text(block.caption)
            lines += [f"![{caption}]({name})", "", f"*{caption}*", ""]
    return "\n".join(lines).rstrip() + "\n", images


def write_markdown(
    data: ReportData, path: Path, charts: Charts | None = None, *, with_images: bool = True
) -> None:
    path = Path(path)
    folder = f"{path.stem}_files"
    text, images = render_markdown(data, charts, folder if with_images else None)
    if images:
        target = path.parent / folder
        target.mkdir(parents=True, exist_ok=True)
        for old in target.glob("chart-*.png"):  # charts of an earlier run of the same report
            old.unlink()
        for name, png in images.items():
            (path.parent / name).write_bytes(png)
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
