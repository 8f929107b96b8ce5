"""Ingest one plan document: read → parse → store → index, in one transaction.

The same file twice returns the stored plan; a changed file of the same plan (same title)
becomes a new version and the old one is kept. Two processes storing new versions of one plan
at once race for the version number: the loser runs again (store.db.run_retrying).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from plantrack.errors import ValidationError
from plantrack.model import ParsedPlan, Plan
from plantrack.parse.plan import detect_period, detect_region, parse_document
from plantrack.read import read_document
from plantrack.store import plans as plan_store
from plantrack.store.db import run_retrying

if TYPE_CHECKING:
    from plantrack.search.index import SearchIndex

# the unique constraint two concurrent new versions of one plan can both try to take
VERSION_RACE = frozenset({"uq_plans_family_version"})


@dataclass
class IngestResult:
    plan: Plan
    created: bool  # False when the same file was already stored
    repairs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_period(text: str) -> tuple[int, int]:
    """ "2026-2030" -> (2026, 2030); raises ValidationError naming the field."""
    period = detect_period(f"（{text}）")
    if period is None:
        raise ValidationError(f"--period {text!r}: expected two years like 2026-2030")
    return period


def ingest_document(
    engine: Engine,
    path: str | Path,
    *,
    actor: str,
    index: SearchIndex | None = None,
    title: str | None = None,
    region: str | None = None,
    level: str | None = None,
    period: str | tuple[int, int] | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> IngestResult:
    """Store a plan document (or find it already stored by its content hash); scanned pages
    are OCR'd `jobs` at a time, reported to `progress(done, total)`."""
    path = Path(path)
    if isinstance(period, str):
        period = parse_period(period)
    doc = read_document(path, jobs=jobs, progress=progress)
    content_hash = plan_store.file_hash(path)
    with engine.connect() as conn:
        existing = plan_store.find_by_hash(conn, content_hash)
    if existing:
        return IngestResult(existing, created=False)
    parsed = parse_document(doc, title=title, period=period)
    detected_region, detected_level = detect_region(parsed.title)
    stored = dict(
        source=path.name,
        fmt=doc.format,
        encoding=doc.encoding,
        content_hash=content_hash,
        region=region or detected_region,
        level=level or detected_level,
        actor=actor,
    )

    def store(conn: Connection) -> tuple[Plan, bool]:
        # another process may have stored the same file meanwhile: return its plan, store nothing
        already = plan_store.find_by_hash(conn, content_hash)
        if already is not None:
            return already, False
        return _store(conn, parsed, stored, index), True

    try:
        plan, created = run_retrying(engine, store, retry_constraints=VERSION_RACE)
    except IntegrityError:
        with engine.connect() as conn:  # the same file stored by another process at once
            existing = plan_store.find_by_hash(conn, content_hash)
        if existing is None:
            raise
        return IngestResult(existing, created=False)
    if not created:
        return IngestResult(plan, created=False)
    return IngestResult(plan, created=True, repairs=parsed.repairs, warnings=parsed.warnings)


def _store(conn: Connection, parsed: ParsedPlan, stored: dict, index: SearchIndex | None) -> Plan:
    from plantrack.search.index import index_plan  # lazy: keeps CLI start fast

    plan_id = plan_store.insert_plan(conn, parsed, **stored)
    index_plan(conn, plan_id, parsed, index=index)
    return plan_store.get_plan(conn, plan_id)
