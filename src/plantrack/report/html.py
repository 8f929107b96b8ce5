"""The report as one self-contained HTML file: inline CSS, charts as inline SVG (base64 PNG when
only a PNG is given), print-ready."""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from plantrack.model import STATUS_STYLE
from plantrack.report.charts import Charts, render_charts
from plantrack.report.common import atomic_path
from plantrack.report.data import ReportData
from plantrack.report.layout import Block, Heading, Image, Paragraph, Table, build_blocks

CSS = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --head: #eef2f7; }
* { box-sizing: border-box; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei",
       "Source Han Sans SC", sans-serif; color: var(--ink); margin: 0; line-height: 1.7;
       background: #f6f8fa; }
main { max-width: 1080px; margin: 0 auto; padding: 32px 40px 64px; background: #fff; }
h1.title { font-size: 26px; text-align: center; margin: 16px 0 4px; }
p.subtitle { font-size: 20px; text-align: center; margin: 0 0 4px; font-weight: 600; }
p.note { color: var(--muted); font-size: 13px; }
p.note.meta { text-align: center; }
p.lead { font-size: 16px; background: #f6f8fa; border-left: 4px solid #4393c3;
         padding: 8px 12px; }
h2 { font-size: 20px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin-top: 36px; }
h3 { font-size: 16px; margin-top: 24px; }
nav.toc { border: 1px solid var(--line); padding: 8px 16px; margin: 24px 0; font-size: 14px; }
nav.toc ol { margin: 4px 0; padding-left: 0; list-style: none; }
table { border-collapse: collapse; width: 100%; margin: 12px 0; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: var(--head); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.status { white-space: nowrap; font-weight: 600; }
figure { margin: 16px 0; text-align: center; }
figure { margin-left: auto; margin-right: auto; max-width: 100%; }
figure img, figure svg { max-width: 100%; width: 100%; height: auto; }
figcaption { font-size: 13px; color: var(--muted); }
@media print {
  body { background: #fff; } main { padding: 0; max-width: none; }
  thead { display: table-header-group; } tr, figure { page-break-inside: avoid; }
  h2, h3 { page-break-after: avoid; } nav.toc { display: none; }
}
"""
# each status's word in its colour (model.STATUS_STYLE)
CSS += "".join(f".s-{s} {{ color: {style.colour}; }}\n" for s, style in STATUS_STYLE.items())


def _table(block: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in block.headers)
    body = []
    for r, row in enumerate(block.rows):
        cells = []
        for c, value in enumerate(row):
            classes = []
            if c in block.numeric:
                classes.append("num")
            if c == block.status_column and r < len(block.statuses) and block.statuses[r]:
                classes += ["status", f"s-{block.statuses[r]}"]
            attr = f' class="{" ".join(classes)}"' if classes else ""
            cells.append(f"<td{attr}>{escape(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    total = sum(block.widths) or 1
    cols = "".join(f'<col style="width:{w / total:.1%}">' for w in block.widths)
    return (
        f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def render_html(data: ReportData, charts: Charts | None = None) -> str:
    """The whole report as an HTML string (no external resource)."""
    blocks: list[Block] = build_blocks(data, charts or render_charts(data))
    parts: list[str] = []
    toc: list[str] = []
    anchor = 0
    for block in blocks:
        if isinstance(block, Heading):
            if block.level == 0:
                parts.append(f'<h1 class="title">{escape(block.text)}</h1>')
            elif block.level == 1:
                anchor += 1
                toc.append(f'<li><a href="#s{anchor}">{escape(block.text)}</a></li>')
                parts.append(f'<h2 id="s{anchor}">{escape(block.text)}</h2>')
            else:
                parts.append(f"<h3>{escape(block.text)}</h3>")
        elif isinstance(block, Paragraph):
            css = {"note": "note", "subtitle": "subtitle", "lead": "lead"}.get(block.style, "")
            if block.style == "note" and not toc:
                css = "note meta"
            parts.append(
                f'<p class="{css}">{escape(block.text)}</p>'
                if css
                else f"<p>{escape(block.text)}</p>"
            )
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, Image) and block.svg:
            parts.append(
                f'<figure style="width:{block.width_cm / 16:.0%}">{block.svg}'
                f"<figcaption>{escape(block.caption)}</figcaption></figure>"
            )
        elif isinstance(block, Image):
            encoded = base64.b64encode(block.png).decode("ascii")
            parts.append(
                f'<figure><img alt="{escape(block.caption)}" '
                f'src="data:image/png;base64,{encoded}" '
                f'style="width:{block.width_cm / 16:.0%}">'
                f"<figcaption>{escape(block.caption)}</figcaption></figure>"
            )
    # the table of contents goes after the title block (title, subtitle, meta line)
    nav = f'<nav class="toc"><strong>目录</strong><ol>{"".join(toc)}</ol></nav>'
    body = "\n".join([*parts[:3], nav, *parts[3:]])
    title = f"{data.title} {data.subtitle}"
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="plantrack">\n<title>{escape(title)}</title>\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def write_html(data: ReportData, path: Path, charts: Charts | None = None) -> None:
    text = render_html(data, charts)
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
