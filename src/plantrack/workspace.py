"""The core object: one `Workspace(db)` carries every operation; the CLI and web are thin layers.

ws = Workspace("plans.db")
result = ws.ingest("samples/ningbo-15th-fyp-excerpt.txt")
for node in ws.outline(result.plan.id): ...
"""

from __future__ import annotations

import getpass
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from plantrack.errors import ValidationError
from plantrack.model import Node, Plan, Target
from plantrack.parse.plan import detect_period, detect_region, parse_document
from plantrack.read import read_document
from plantrack.store import plans as plan_store
from plantrack.store.db import (
    default_db_url,
    is_retryable,
    make_engine,
    migrate,
    resolve_url,
)

_RETRIES = 25  # a transaction that lost a race (version number, lock) is run again


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


class Workspace:
    """A plan store (SQLite file or PostgreSQL URL) and every operation on it."""

    def __init__(self, db: str | None = None, *, actor: str | None = None) -> None:
        self.url = resolve_url(db) if db else default_db_url()
        self.engine: Engine = make_engine(self.url)
        self.actor = actor or _default_actor()
        migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plans ------------------------------------------------------------------------------
    def ingest(
        self,
        path: str | Path,
        *,
        title: str | None = None,
        region: str | None = None,
        level: str | None = None,
        period: str | tuple[int, int] | None = None,
    ) -> IngestResult:
        """Read, parse and store a plan document in one transaction.

        The same file twice returns the stored plan; a changed file of the same plan (same title)
        becomes a new version and the old one is kept.
        """
        path = Path(path)
        if isinstance(period, str):
            period = parse_period(period)
        doc = read_document(path)
        content_hash = plan_store.file_hash(path)
        with self.engine.connect() as conn:
            existing = plan_store.find_by_hash(conn, content_hash)
        if existing:
            return IngestResult(existing, created=False)
        parsed = parse_document(doc, title=title, period=period)
        from plantrack.search.index import index_plan  # lazy: keeps CLI start fast

        detected_region, detected_level = detect_region(parsed.title)
        for attempt in range(_RETRIES):
            try:
                with self.engine.begin() as conn:
                    plan_id = plan_store.insert_plan(
                        conn,
                        parsed,
                        source=path.name,
                        fmt=doc.format,
                        encoding=doc.encoding,
                        content_hash=content_hash,
                        region=region or detected_region,
                        level=level or detected_level,
                        actor=self.actor,
                    )
                    index_plan(conn, plan_id, parsed)
                    plan = plan_store.get_plan(conn, plan_id)
                break
            except IntegrityError as exc:
                # Another process stored the same file meanwhile: return its plan, store nothing.
                with self.engine.connect() as conn:
                    existing = plan_store.find_by_hash(conn, content_hash)
                if existing is not None:
                    return IngestResult(existing, created=False)
                message = str(exc.orig)
                version_race = (
                    "uq_plans_family_version" in message or "plans.family, plans.version" in message
                )
                if attempt == _RETRIES - 1 or not version_race:
                    raise
                # a concurrent new version of the same plan took our version number: retry
            except OperationalError as exc:
                if attempt == _RETRIES - 1 or not is_retryable(exc):
                    raise
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
        return IngestResult(plan, created=True, repairs=parsed.repairs, warnings=parsed.warnings)

    def plans(self) -> list[Plan]:
        with self.engine.connect() as conn:
            return plan_store.list_plans(conn)

    def plan(self, ref: int | str | None = None) -> Plan:
        """A plan by id or by part of its title; None means the latest plan."""
        with self.engine.connect() as conn:
            return plan_store.get_plan(conn, ref)

    def plan_text(self, ref: int | str | None = None) -> str:
        from sqlalchemy import select

        from plantrack.store.schema import plans

        plan = self.plan(ref)
        with self.engine.connect() as conn:
            return conn.execute(select(plans.c.text).where(plans.c.id == plan.id)).scalar_one()

    def outline(self, ref: int | str | None = None) -> list[Node]:
        plan = self.plan(ref)
        with self.engine.connect() as conn:
            return plan_store.list_nodes(conn, plan.id)

    def node(self, node_id: str, plan: int | str | None = None) -> Node:
        plan_id = self.plan(plan).id
        with self.engine.connect() as conn:
            return plan_store.get_node(conn, plan_id, node_id)

    def targets(self, ref: int | str | None = None) -> list[Target]:
        plan = self.plan(ref)
        with self.engine.connect() as conn:
            return plan_store.list_targets(conn, plan.id)

    def target(self, target_id: str, plan: int | str | None = None) -> Target:
        plan_id = self.plan(plan).id
        with self.engine.connect() as conn:
            return plan_store.get_target(conn, plan_id, target_id)

    # -- tracking (observations, status, imports, bulletins): plantrack.track.service ---------
    def record(self, target_id: str, **kw):
        """Store one figure (or a baseline, or a milestone) with an audit row; see track/service."""
        from plantrack.track import service

        return service.record(self, target_id, **kw)[0]

    def update_observation(self, obs_id: int, *, expected_version: int, **changes):
        from plantrack.track import service

        return service.update_observation(
            self, obs_id, expected_version=expected_version, **changes
        )

    def delete_observation(self, obs_id: int, *, expected_version: int) -> None:
        from plantrack.track import service

        service.delete_observation(self, obs_id, expected_version=expected_version)

    def observations(self, plan: int | str | None = None, target_id: str | None = None):
        from plantrack.track import service

        return service.observations(self, plan, target_id)

    def history(self, plan: int | str | None = None, target_id: str | None = None):
        from plantrack.track import service

        return service.history(self, plan, target_id)

    def assess(self, target_id: str, plan: int | str | None = None, **kw):
        from plantrack.track import service

        return service.assess(self, target_id, plan, **kw)

    def status(self, plan: int | str | None = None, **kw):
        from plantrack.track import service

        return service.status(self, plan, **kw)

    def import_observations(self, path, plan: int | str | None = None, **kw):
        from plantrack.track import service

        return service.import_observations(self, path, plan, **kw)

    def export_observations(self, plan: int | str | None, path) -> int:
        from plantrack.track import service

        return service.export_observations(self, plan, path)

    def bulletin(self, path, plan: int | str | None = None, **kw):
        from plantrack.track import service

        return service.bulletin(self, path, plan, **kw)

    # -- assignments, breakdown workbook, reports: store/assignments.py, report/ -------------
    def assign(
        self,
        plan: int | str | None,
        ref: str,
        *,
        lead: str | list[str] | tuple[str, ...],
        partners: str | list[str] | tuple[str, ...] = (),
        due_year: int | None = None,
        expected_version: int | None = None,
    ):
        """Set 牵头单位/责任单位/完成时限 of a task (node id) or target; departments made by name."""
        from plantrack.errors import Conflict
        from plantrack.store import assignments as assign_store

        plan_id = self.plan(plan).id
        try:
            with self.engine.begin() as conn:
                result, _changed = assign_store.assign(
                    conn,
                    plan_id,
                    ref,
                    lead=lead,
                    partners=partners,
                    due_year=due_year,
                    actor=self.actor,
                    expected_version=expected_version,
                )
        except IntegrityError as exc:  # a concurrent first assignment of the same subject
            raise Conflict(
                f"{ref}: assigned by someone else meanwhile: reload and try again"
            ) from exc
        return result

    def assignment(self, ref: str, plan: int | str | None = None):
        """The assignment of one task or target (version 0 when it has none)."""
        from plantrack.store import assignments as assign_store

        plan_id = self.plan(plan).id
        with self.engine.connect() as conn:
            return assign_store.get_assignment(conn, plan_id, ref)

    def assignments(self, plan: int | str | None = None) -> dict:
        """Every assignment of a plan, keyed by node/target id."""
        from plantrack.store import assignments as assign_store

        plan_id = self.plan(plan).id
        with self.engine.connect() as conn:
            return assign_store.list_assignments(conn, plan_id)

    def export_breakdown(self, plan: int | str | None, path: str | Path) -> int:
        """Write the 任务分工方案 workbook; returns the number of rows."""
        from plantrack.report.breakdown import export_breakdown

        return export_breakdown(self, self.plan(plan), Path(path))

    def import_breakdown(
        self, path: str | Path, plan: int | str | None = None, *, dry_run: bool = False
    ):
        """Read a filled-in breakdown workbook back: all rows or none (ImportRejected)."""
        from plantrack.report.breakdown import import_breakdown

        return import_breakdown(self, Path(path), plan, dry_run=dry_run)

    def report(self, plan: int | str | None = None, kind: str = "annual", year: int | None = None):
        """The data of an annual monitoring or mid-term evaluation report (report/data.py)."""
        from plantrack.report.data import build_report

        return build_report(self, plan, kind, year)

    # -- search (plantrack.search) -------------------------------------------------------------
    def _plan_ids(self, plan: int | str | None) -> list[int] | None:
        return None if plan is None or plan == "" else [self.plan(plan).id]

    def search(
        self,
        query: str,
        *,
        plan: int | str | None = None,
        chapter: int | None = None,
        place: str | None = None,
        limit: int = 10,
    ) -> list:
        """Ranked passages (SearchHit) over one plan or all of them."""
        from plantrack.search.index import search

        plan_ids = self._plan_ids(plan)
        with self.engine.connect() as conn:
            return search(
                conn,
                query,
                plan_ids=plan_ids,
                chapter=chapter,
                place=place,
                limit=max(1, min(int(limit), 100)),
            )

    def ask(self, question: str, *, plan: int | str | None = None):
        """An Answer with citations (kind "none" when the plan does not say)."""
        from plantrack.search.answer import ask

        plan_ids = self._plan_ids(plan)
        with self.engine.connect() as conn:
            return ask(conn, question, plan_ids=plan_ids)

    def entities(self, plan: int | str | None = None, *, type: str | None = None) -> list:
        """The places, institutions, sectors, tracks and programmes a plan names."""
        from plantrack.search.catalog import list_entities

        plan_id = self.plan(plan).id
        with self.engine.connect() as conn:
            return list_entities(conn, plan_id, type)

    def reindex(self, plan: int | str | None = None) -> dict[int, int]:
        """Rebuild the search index of one plan or of all plans; {plan id: passages}."""
        from plantrack.search.index import reindex

        if plan is None or plan == "":
            return reindex(self.engine, [p.id for p in self.plans()])
        return reindex(self.engine, [self.plan(plan).id])

    # -- corpora and comparisons: store/corpus.py, compare/ ----------------------------------
    def ingest_folder(self, folder: str | Path, *, jobs: int = 1, wait: bool = False, on_file=None):
        """Ingest every plan file under `folder` with `jobs` processes (a CorpusResult)."""
        from plantrack.store.corpus import ingest_corpus

        return ingest_corpus(
            self.url, folder, jobs=jobs, actor=self.actor, wait_for_lock=wait, on_file=on_file
        )

    def compare(
        self,
        plan_a: int | str,
        plan_b: int | str,
        *,
        parent: str | None = None,
        share: float | None = None,
    ):
        """Targets of two plans aligned, with inconsistencies flagged (a Comparison)."""
        from plantrack.compare import compare_plans, load_side

        return compare_plans(
            load_side(self, str(plan_a)), load_side(self, str(plan_b)), parent=parent, share=share
        )

    def diff(self, old: int | str, new: int | str):
        """Added, removed and changed targets and tasks from one version to another."""
        from plantrack.compare import diff_plans, load_side

        return diff_plans(load_side(self, str(old)), load_side(self, str(new)))


def _default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in some containers
        return "cli"
