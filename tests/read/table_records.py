"""The target records a text table gives, as comparable tuples (shared by the table shape tests;
imported by name like tests/web/web_helpers)."""

from __future__ import annotations

from pathlib import Path

from plantrack.parse.plan import parse_document
from plantrack.read import read_document


def table_records(path: Path, title: str) -> set[tuple]:
    """(metric, value, unit, comparator, kind, baseline, baseline year, 属性, deadline) of every
    target with a value in the document at `path`, read as a 2026–2030 plan."""
    parsed = parse_document(read_document(path), title=title, period=(2026, 2030))
    return {
        (
            t.metric,
            t.value,
            t.unit,
            t.comparator,
            t.kind.value,
            t.baseline,
            t.baseline_year,
            t.binding,
            t.deadline,
        )
        for t in parsed.targets
        if t.value is not None
    }
