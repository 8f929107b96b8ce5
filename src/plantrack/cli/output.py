"""Printing helpers shared by the command modules: JSON, tables, files.

A table is drawn by rich on a terminal; piped output (a file, `make demo`, another program) gets
plain aligned columns, not squeezed into 80 columns, and without loading rich (~40 ms of a
command's start)."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import click


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def print_table(title: str | None, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    cells = [["" if cell is None else str(cell) for cell in row] for row in rows]
    if not sys.stdout.isatty():
        click.echo(plain_table(title, headers, cells))
        return
    from rich.console import Console  # rich is loaded for a terminal only
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in cells:
        table.add_row(*row)
    Console(soft_wrap=False).print(table)


def width(text: str) -> int:
    """Columns `text` takes in a terminal: two for a wide (CJK) character."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def plain_table(title: str | None, headers: Sequence[str], rows: list[list[str]]) -> str:
    """A table as aligned text: the title, the headers, a rule, a line per row."""
    widths = [width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], width(cell))

    def line(cells: Sequence[str]) -> str:
        padded = (c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=False))
        return "  ".join(padded).rstrip()

    lines = [title] if title else []
    lines += [line(headers), "  ".join("-" * w for w in widths)]
    lines += [line(row) for row in rows]
    return "\n".join(lines)


def fmt_number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:g}"
