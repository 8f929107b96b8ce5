"""The core object: one `Workspace(db)` is the door to every operation; the CLI and web are thin
layers over it, and nothing below this module imports it (docs/architecture.md).

    ws = Workspace("plans.db")
    result = ws.ingest("samples/ningbo-15th-fyp-excerpt.txt")
    for node in ws.outline(result.plan.id): ...

"No plan given" (`plan=None`) always means the latest stored plan, or, for a target, the latest
plan that holds it. Search, ask and reindex cover every plan by default: `plan=ALL_PLANS`.

Each call reads one snapshot and writes in one transaction of its own (retried when it lost a race
with another writer); `with ws.transaction():` runs several calls in one transaction instead.
"""

from __future__ import annotations

import enum
import getpass
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from plantrack.errors import Conflict, PlantrackError
from plantrack.model import Assessment, Node, Observation, Plan, Target
from plantrack.store import assignments as assign_store
from plantrack.store import plans as plan_store
from plantrack.store.db import (
    default_db_path,
    default_db_url,
    holds_no_data,
    is_retryable,
    make_engine,
    migrate,
    redact,
    remove_sqlite_files,
    resolve_url,
    run_retrying,
    snapshot,
    sqlite_path,
)
from plantrack.track import service as tracking

if TYPE_CHECKING:  # the result types, imported lazily at run time to keep the CLI start fast
    from plantrack.access.accounts import User
    from plantrack.access.state import LoginRule
    from plantrack.compare import Comparison, PlanDiff, PlanSide
    from plantrack.ingest.corpus import CorpusResult, FileOutcome
    from plantrack.ingest.document import IngestResult
    from plantrack.model import Entity
    from plantrack.report.breakdown import BreakdownImport
    from plantrack.report.data import ReportData
    from plantrack.search.answer import Answer
    from plantrack.search.index import SearchHit, SearchIndex
    from plantrack.track.bulletin import BulletinResult
    from plantrack.track.evidence import Evidence
    from plantrack.track.imports import ImportResult
    from plantrack.track.remind import RemindResult, SmtpConfig
    from plantrack.track.rounds import DepartmentProgress, Round

__all__ = [
    "ALL_PLANS",
    "PlanRef",
    "Workspace",
    "default_db_path",
    "default_db_url",
    "is_retryable",
]

T = TypeVar("T")
PlanRef = int | str  # a plan id, or a unique part of its title


class AllPlans(enum.Enum):
    ALL = "all"


ALL_PLANS = AllPlans.ALL  # search, ask and reindex over every stored plan


class _Unset(enum.Enum):
    UNSET = "unset"


UNSET: Any = _Unset.UNSET  # a field update_observation leaves as it is


class Workspace:
    """A plan store (SQLite file or PostgreSQL URL) and every operation on it."""

    def __init__(self, db: str | None = None, *, actor: str | None = None) -> None:
        self.url = resolve_url(db) if db else default_db_url()
        path = sqlite_path(self.url)
        # a SQLite file this Workspace creates: discard_if_new() may delete it again
        self.new_file: Path | None = path if path is not None and not path.exists() else None
        self.engine: Engine = make_engine(self.url)
        self.actor = actor or _default_actor()
        self._search_index: SearchIndex | None = None
        self._watch: Any = None  # change_stamp's own SQLite connection
        self._written = [0]  # writes through this Workspace (shared by its copies)
        self._tx: ContextVar[Connection | None] = ContextVar(
            f"plantrack-tx-{id(self)}", default=None
        )
        self._read_only: ContextVar[bool] = ContextVar(f"plantrack-ro-{id(self)}", default=False)
        try:
            migrate(self.engine)
        except BaseException:
            self.discard_if_new()
            raise

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()

    def discard_if_new(self) -> bool:
        """Close, and delete the SQLite file if this Workspace created it and nothing has been
        stored in it yet: a failed first command leaves no schema-only file behind. Returns
        whether the file was deleted."""
        path = self.new_file
        try:
            unused = path is not None and path.exists() and holds_no_data(self.engine)
        except Exception:  # a store we cannot even read: leave it for the user to see
            unused = False
        self.close()
        if unused and path is not None:
            remove_sqlite_files(path)
        return unused

    @property
    def location(self) -> str:
        """The store for messages: the SQLite file's path, or the URL without its password."""
        path = sqlite_path(self.url)
        return str(path) if path is not None else redact(self.url).replace("+psycopg", "")

    @property
    def search_index(self) -> SearchIndex:
        """The tokenizer and index statistics of this store (search/index.py), made on first use;
        the words it learns live in the store, so every process sees the same ones."""
        if self._search_index is None:
            from plantrack.search.index import SearchIndex

            self._search_index = SearchIndex(self.engine)
        return self._search_index

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connections ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Run the Workspace calls inside the block in one transaction that reads one snapshot:
        all of their writes are committed together at the end, or none if the block raises.
        Nested blocks are savepoints. Not retried: a lost race raises (run the block again)."""
        current = self._tx.get()
        if current is not None:
            with current.begin_nested():
                yield current
            return
        try:
            with snapshot(self.engine, write=True) as conn:
                token = self._tx.set(conn)
                try:
                    yield conn
                finally:
                    self._tx.reset(token)
        finally:
            self._written[0] += 1

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Run several read calls on one snapshot (a published site, say, must not mix two
        states of the store). A write inside the block is refused; inside `transaction()` the
        block reads that transaction's snapshot."""
        if self._tx.get() is not None:
            yield
            return
        with snapshot(self.engine) as conn:
            token, ro = self._tx.set(conn), self._read_only.set(True)
            try:
                yield
            finally:
                self._read_only.reset(ro)
                self._tx.reset(token)

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        current = self._tx.get()
        if current is not None:
            yield current
            return
        with snapshot(self.engine) as conn:
            yield conn

    def _writing(
        self, work: Callable[[Connection], T], *, retry_constraints: frozenset[str] = frozenset()
    ) -> T:
        current = self._tx.get()
        if current is not None:
            if self._read_only.get():
                raise PlantrackError("a write inside ws.reading(): read in the block, write after")
            with current.begin_nested():  # a failed call leaves the rest of the block intact
                return work(current)
        try:
            return run_retrying(self.engine, work, retry_constraints=retry_constraints)
        finally:
            self._written[0] += 1

    def _own_transaction(self, operation: str) -> None:
        if self._tx.get() is not None:
            raise PlantrackError(
                f"{operation} runs in transactions of its own: call it outside ws.transaction()"
            )

    # -- plans ---------------------------------------------------------------------------------
    def ingest(
        self,
        path: str | Path,
        *,
        title: str | None = None,
        region: str | None = None,
        level: str | None = None,
        period: str | tuple[int, int] | None = None,
        jobs: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> IngestResult:
        """Read, parse and store a plan document in one transaction (ingest/document.py);
        a scan's pages are OCR'd `jobs` at a time, each reported to `progress(done, total)`."""
        from plantrack.ingest.document import ingest_document  # read/parse: only when ingesting

        self._own_transaction("ingest")
        return ingest_document(
            self.engine,
            path,
            actor=self.actor,
            index=self.search_index,
            title=title,
            region=region,
            level=level,
            period=period,
            jobs=jobs,
            progress=progress,
        )

    def plans(self) -> list[Plan]:
        with self._reading() as conn:
            return plan_store.list_plans(conn)

    def plan(self, ref: PlanRef | None = None) -> Plan:
        """A plan by id or by part of its title; None means the latest plan."""
        with self._reading() as conn:
            return plan_store.get_plan(conn, ref)

    def plan_text(self, ref: PlanRef | None = None) -> str:
        with self._reading() as conn:
            return plan_store.plan_text(conn, plan_store.get_plan(conn, ref).id)

    def outline(self, ref: PlanRef | None = None) -> list[Node]:
        with self._reading() as conn:
            return plan_store.list_nodes(conn, plan_store.get_plan(conn, ref).id)

    def node(self, node_id: str, plan: PlanRef | None = None) -> Node:
        with self._reading() as conn:
            return plan_store.get_node(conn, plan_store.get_plan(conn, plan).id, node_id)

    def targets(self, ref: PlanRef | None = None) -> list[Target]:
        with self._reading() as conn:
            return plan_store.list_targets(conn, plan_store.get_plan(conn, ref).id)

    def target(self, target_id: str, plan: PlanRef | None = None) -> Target:
        with self._reading() as conn:
            return plan_store.get_target(conn, plan_store.get_plan(conn, plan).id, target_id)

    # -- tracking: track/service.py, track/imports.py, track/bulletin.py -----------------------
    def record(
        self,
        target_id: str,
        *,
        period: Any = None,
        value: Any = None,
        unit: str | None = None,
        plan: PlanRef | None = None,
        source: str | None = None,
        vintage: str | None = None,
        note: str | None = None,
        milestone: str | None = None,
        baseline: bool = False,
        basis: str | None = None,
        expected_version: int | None = None,
        allow_implausible: bool = False,
        needs_review: bool = False,
    ) -> Observation:
        """Store one figure (or a baseline, or a milestone) with an audit row; a figure beyond
        the plausible size of its unit only with `allow_implausible` (track/plausible.py).
        A department's figure (`needs_review`) enters the reporting cycle as a draft or
        submitted (track/rounds.py `entry_state`); any other is approved at once."""
        return self.record_figure(
            target_id,
            period=period,
            value=value,
            unit=unit,
            plan=plan,
            source=source,
            vintage=vintage,
            note=note,
            milestone=milestone,
            baseline=baseline,
            basis=basis,
            expected_version=expected_version,
            allow_implausible=allow_implausible,
            needs_review=needs_review,
        )[0]

    def record_figure(
        self,
        target_id: str,
        *,
        period: Any = None,
        value: Any = None,
        unit: str | None = None,
        plan: PlanRef | None = None,
        source: str | None = None,
        vintage: str | None = None,
        note: str | None = None,
        milestone: str | None = None,
        baseline: bool = False,
        basis: str | None = None,
        expected_version: int | None = None,
        allow_implausible: bool = False,
        needs_review: bool = False,
    ) -> tuple[Observation, str]:
        """Store one figure (or a baseline, or a milestone) with an audit row; returns it and what
        was done: "recorded", "updated" or "unchanged". `needs_review`: as in `record`."""
        from plantrack.track.rounds import entry_state

        def work(conn: Connection) -> tuple[Observation, str]:
            the_plan = tracking.plan_of_target(conn, target_id, plan)
            state = entry_state(conn, the_plan.id, period, needs_review)
            return tracking.record(
                conn,
                the_plan,
                target_id,
                actor=self.actor,
                period=period,
                value=value,
                unit=unit,
                source=source,
                vintage=vintage,
                note=note,
                milestone=milestone,
                baseline=baseline,
                basis=basis,
                expected_version=expected_version,
                allow_implausible=allow_implausible,
                state=state,
            )

        return self._writing(work)

    def update_observation(
        self,
        obs_id: int,
        *,
        expected_version: int,
        value: Any = UNSET,
        unit: Any = UNSET,
        source: Any = UNSET,
        vintage: Any = UNSET,
        note: Any = UNSET,
        milestone: Any = UNSET,
        basis: Any = UNSET,
        needs_review: bool = False,
    ) -> Observation:
        """Revise the given fields of one observation if it is still at `expected_version`; a
        changed figure goes back into the cycle like a new one (`needs_review`: see `record`)."""
        from plantrack.track.observations import get
        from plantrack.track.rounds import entry_state

        given = dict(
            value=value,
            unit=unit,
            source=source,
            vintage=vintage,
            note=note,
            milestone=milestone,
            basis=basis,
        )
        changes = {k: v for k, v in given.items() if v is not UNSET}

        def work(conn: Connection) -> Observation:
            current = get(conn, obs_id)
            state = entry_state(conn, int(current.plan_id or 0), current.period, needs_review)
            return tracking.update_observation(
                conn,
                obs_id,
                expected_version=expected_version,
                actor=self.actor,
                changes=changes,
                state=state,
            )

        return self._writing(work)

    def delete_observation(self, obs_id: int, *, expected_version: int) -> None:
        self._writing(
            lambda conn: tracking.delete_observation(
                conn, obs_id, expected_version=expected_version, actor=self.actor
            )
        )

    def observation(self, obs_id: int) -> Observation:
        """One live observation by id (NotFound when there is none, or it was deleted)."""
        from plantrack.track.observations import get

        with self._reading() as conn:
            return get(conn, obs_id)

    def observations(
        self,
        plan: PlanRef | None = None,
        target_id: str | None = None,
        *,
        states: Collection[str] | None = None,
    ) -> list[Observation]:
        """Live observations of a plan (of one target, in the latest plan holding it); `states`:
        only figures in those states (model.COUNTED_STATES: the ones that count), None: all."""
        from plantrack.track.observations import list_observations

        with self._reading() as conn:
            the_plan = self._plan_or_target_plan(conn, plan, target_id)
            return list_observations(conn, the_plan.id, target_id, states=states)

    def history(
        self, plan: PlanRef | None = None, target_id: str | None = None
    ) -> list[dict[str, Any]]:
        """Every recorded change of a plan's observations and assignments, oldest first."""
        from plantrack.track.observations import history

        with self._reading() as conn:
            the_plan = self._plan_or_target_plan(conn, plan, target_id)
            return history(conn, the_plan.id, target_id)

    # -- evidence files of figures: read/evidence.py, track/evidence.py -------------------------
    def figure_of(self, target_id: str, period: Any, plan: PlanRef | None = None) -> Observation:
        """The live figure of a target for a period (its baseline when that is all there is)."""
        from plantrack.track.evidence import find_observation

        with self._reading() as conn:
            the_plan = tracking.plan_of_target(conn, target_id, plan)
            return find_observation(conn, the_plan.id, target_id, period)

    def attach_evidence(
        self, obs_id: int, stream: BinaryIO, filename: str | None
    ) -> tuple[Evidence, bool]:
        """Check a file (its size; its type from its bytes: PDF, PNG, JPEG, XLSX) and attach it
        to observation `obs_id`, with an audit row; returns it and whether it is new (the same
        bytes on the same figure are kept once). Who may: `require_target_edit(…,
        "attach_evidence")`."""
        from plantrack.read.evidence import check_evidence
        from plantrack.track import evidence
        from plantrack.track.observations import get

        file = check_evidence(stream, filename)  # read and refused before any transaction
        return self._writing(
            lambda conn: evidence.attach(conn, get(conn, obs_id), file, actor=self.actor)
        )

    def evidence(self, plan: PlanRef | None = None, target_id: str | None = None) -> list[Evidence]:
        """The evidence files of a plan's live figures (of one target), without their bytes."""
        from plantrack.track.evidence import list_evidence

        with self._reading() as conn:
            the_plan = self._plan_or_target_plan(conn, plan, target_id)
            return list_evidence(conn, the_plan.id, target_id)

    def evidence_item(self, evidence_id: int) -> Evidence:
        """One evidence file's record (NotFound when there is none, or its figure is deleted)."""
        from plantrack.track.evidence import get_evidence

        with self._reading() as conn:
            return get_evidence(conn, evidence_id)

    def evidence_file(self, evidence_id: int) -> tuple[Evidence, bytes]:
        """One evidence file with its bytes."""
        from plantrack.track.evidence import content

        with self._reading() as conn:
            return content(conn, evidence_id)

    def remove_evidence(self, evidence_id: int) -> Evidence:
        """Delete an evidence file, with an audit row that keeps its name and sha256."""
        from plantrack.track.evidence import remove

        return self._writing(lambda conn: remove(conn, evidence_id, actor=self.actor))

    @staticmethod
    def _plan_or_target_plan(conn: Connection, plan: PlanRef | None, target_id: str | None) -> Plan:
        if target_id:
            return tracking.plan_of_target(conn, target_id, plan)
        return plan_store.get_plan(conn, plan)

    def assess(
        self,
        target_id: str,
        plan: PlanRef | None = None,
        *,
        as_of_year: int | None = None,
        include_submitted: bool = False,
    ) -> Assessment:
        """One target's status from its approved and published figures (`include_submitted`:
        a preview that counts the submitted ones too)."""
        with self._reading() as conn:
            the_plan = tracking.plan_of_target(conn, target_id, plan)
            return tracking.assess(
                conn,
                the_plan,
                target_id,
                as_of_year=as_of_year,
                include_submitted=include_submitted,
            )

    def status(
        self,
        plan: PlanRef | None = None,
        *,
        chapter: int | None = None,
        status: str | None = None,
        as_of_year: int | None = None,
        include_submitted: bool = False,
    ) -> tracking.StatusReport:
        """Every target's status from the approved and published figures (`include_submitted`:
        a preview that counts the submitted ones too)."""
        with self._reading() as conn:
            return tracking.status(
                conn,
                plan_store.get_plan(conn, plan),
                chapter=chapter,
                status=status,
                as_of_year=as_of_year,
                include_submitted=include_submitted,
            )

    def import_observations(
        self,
        path: str | Path,
        plan: PlanRef | None = None,
        *,
        skip_invalid: bool = False,
        allow_implausible: bool = False,
        needs_review: bool = False,
    ) -> ImportResult:
        """Figures from a .csv/.xlsx: all rows or none (ImportRejected), or the valid ones;
        `needs_review`: a department's figures, as in `record`."""
        from plantrack.track.imports import import_file

        return self._writing(
            lambda conn: import_file(
                conn,
                Path(path),
                plan,
                actor=self.actor,
                skip_invalid=skip_invalid,
                allow_implausible=allow_implausible,
                needs_review=needs_review,
            )
        )

    def export_observations(self, plan: PlanRef | None, path: str | Path) -> int:
        from plantrack.track.imports import export_file

        with self._reading() as conn:
            return export_file(conn, plan_store.get_plan(conn, plan), Path(path))

    def bulletin(
        self,
        path: str | Path,
        plan: PlanRef | None = None,
        *,
        year: int | None = None,
        apply: bool = False,
        threshold: float | None = None,
    ) -> BulletinResult:
        """Figures of a statistical bulletin proposed (and with `apply`, recorded)."""
        from plantrack.track.bulletin import run_bulletin

        def work(conn: Connection) -> BulletinResult:
            return run_bulletin(
                conn,
                plan_store.get_plan(conn, plan),
                Path(path),
                actor=self.actor,
                year=year,
                apply=apply,
                threshold=threshold,
            )

        if not apply:
            with self._reading() as conn:
                return work(conn)
        return self._writing(work)

    # -- assignments, breakdown workbook, reports: store/assignments.py, report/ ---------------
    def assign(
        self,
        plan: PlanRef | None,
        ref: str,
        *,
        lead: str | list[str] | tuple[str, ...],
        partners: str | list[str] | tuple[str, ...] = (),
        due_year: int | None = None,
        expected_version: int | None = None,
    ) -> assign_store.Assignment:
        """Set 牵头单位/责任单位/完成时限 of a task (node id) or target; departments made by name."""

        def work(conn: Connection) -> assign_store.Assignment:
            return assign_store.assign(
                conn,
                plan_store.get_plan(conn, plan).id,
                ref,
                lead=lead,
                partners=partners,
                due_year=due_year,
                actor=self.actor,
                expected_version=expected_version,
            )[0]

        try:
            return self._writing(work)
        except IntegrityError as exc:  # a concurrent first assignment of the same subject
            raise Conflict(
                f"{ref}: assigned by someone else meanwhile: reload and try again"
            ) from exc

    def assignment(self, ref: str, plan: PlanRef | None = None) -> assign_store.Assignment:
        """The assignment of one task or target (version 0 when it has none)."""
        with self._reading() as conn:
            return assign_store.get_assignment(conn, plan_store.get_plan(conn, plan).id, ref)

    def assignments(self, plan: PlanRef | None = None) -> dict[str, assign_store.Assignment]:
        """Every assignment of a plan, keyed by node/target id."""
        with self._reading() as conn:
            return assign_store.list_assignments(conn, plan_store.get_plan(conn, plan).id)

    def export_breakdown(self, plan: PlanRef | None, path: str | Path) -> int:
        """Write the 任务分工方案 workbook; returns the number of rows."""
        from plantrack.report.breakdown import export_breakdown

        with self._reading() as conn:
            return export_breakdown(conn, plan_store.get_plan(conn, plan), Path(path))

    def import_breakdown(
        self, path: str | Path, plan: PlanRef | None = None, *, dry_run: bool = False
    ) -> BreakdownImport:
        """Read a filled-in breakdown workbook back: all rows or none (ImportRejected)."""
        from plantrack.report.breakdown import import_breakdown

        return self._writing(
            lambda conn: import_breakdown(conn, Path(path), plan, actor=self.actor, dry_run=dry_run)
        )

    def report(
        self,
        plan: PlanRef | Plan | None = None,
        kind: Literal["annual", "midterm"] | str = "annual",
        year: int | None = None,
        *,
        include_submitted: bool = False,
    ) -> ReportData:
        """The data of an annual monitoring or mid-term evaluation report (report/data.py), from
        the approved and published figures (`include_submitted`: a preview)."""
        from plantrack.report.data import build_report

        with self._reading() as conn:
            the_plan = plan if isinstance(plan, Plan) else plan_store.get_plan(conn, plan)
            return build_report(conn, the_plan, kind, year, include_submitted=include_submitted)

    # -- the reporting cycle: track/rounds.py, track/remind.py (docs/reporting-cycle.md) -------
    def open_round(self, plan: PlanRef | None, *, name: str, year: Any, due: Any) -> Round:
        """Open a reporting round (填报) of a plan for a year's figures, due on a date."""
        from plantrack.track import rounds

        return self._writing(
            lambda conn: rounds.open_round(
                conn,
                plan_store.get_plan(conn, plan),
                name=name,
                year=year,
                due=due,
                actor=self.actor,
            )
        )

    def rounds(self, plan: PlanRef | None = None) -> list[Round]:
        """The rounds of a plan, newest first."""
        from plantrack.track import rounds

        with self._reading() as conn:
            return rounds.list_rounds(conn, plan_store.get_plan(conn, plan).id)

    def round(self, plan: PlanRef | None = None, ref: int | str | None = None) -> Round:
        """A round by id or name; None: the plan's newest open round (NotFound if none)."""
        from plantrack.track import rounds

        with self._reading() as conn:
            return rounds.get_round(conn, plan_store.get_plan(conn, plan).id, ref)

    def round_by_id(self, round_id: int) -> Round:
        """A round of any plan by its id (NotFound if there is none)."""
        from plantrack.track import rounds

        with self._reading() as conn:
            return rounds.get_round_by_id(conn, round_id)

    def round_progress(
        self,
        plan: PlanRef | None = None,
        ref: int | str | None = None,
        *,
        department_id: int | None = None,
    ) -> tuple[Round, list[DepartmentProgress]]:
        """A round and, per department (or one), the targets it leads and their figures' state."""
        from plantrack.track import rounds

        with self._reading() as conn:
            the_plan = plan_store.get_plan(conn, plan)
            found = rounds.get_round(conn, the_plan.id, ref)
            return found, rounds.progress(conn, the_plan, found, department_id)

    def close_round(
        self, plan: PlanRef | None = None, ref: int | str | None = None
    ) -> tuple[Round, list[int]]:
        """Close a round (发布): its approved figures are published; returns the published ids."""
        from plantrack.track import rounds

        def work(conn: Connection) -> tuple[Round, list[int]]:
            found = rounds.get_round(conn, plan_store.get_plan(conn, plan).id, ref)
            return rounds.close_round(conn, found, actor=self.actor)

        return self._writing(work)

    def submit_figure(self, obs_id: int, *, expected_version: int | None = None) -> Observation:
        """草稿/退回 → 已提交 (the department sends it to the planning office)."""
        from plantrack.track import rounds

        return self._writing(
            lambda conn: rounds.submit(
                conn, obs_id, actor=self.actor, expected_version=expected_version
            )
        )

    def submit_department(
        self, plan: PlanRef | None, department_id: int, ref: int | str | None = None
    ) -> list[Observation]:
        """Submit every draft a department has in a round (default: the open one)."""
        from plantrack.track import rounds

        def work(conn: Connection) -> list[Observation]:
            the_plan = plan_store.get_plan(conn, plan)
            found = rounds.get_round(conn, the_plan.id, ref)
            return rounds.submit_all(conn, the_plan.id, found, department_id, actor=self.actor)

        return self._writing(work)

    def approve_figure(self, obs_id: int, *, expected_version: int | None = None) -> Observation:
        """已提交 → 已审核 (it counts in status and reports from now on)."""
        from plantrack.track import rounds

        return self._writing(
            lambda conn: rounds.approve(
                conn, obs_id, actor=self.actor, expected_version=expected_version
            )
        )

    def return_figure(
        self, obs_id: int, reason: str, *, expected_version: int | None = None
    ) -> Observation:
        """已提交/已审核 → 退回, with the reason the department sees (required)."""
        from plantrack.track import rounds

        return self._writing(
            lambda conn: rounds.return_figure(
                conn, obs_id, reason, actor=self.actor, expected_version=expected_version
            )
        )

    def remind(
        self,
        plan: PlanRef | None = None,
        ref: int | str | None = None,
        *,
        dry_run: bool = False,
        smtp: SmtpConfig | None = None,
    ) -> RemindResult:
        """Per department, the round's targets still missing or returned; unless `dry_run`,
        one message per department with an e-mail through `smtp` (None: nothing is sent).
        Each message sent is audited."""
        from plantrack.track import remind, rounds

        with self._reading() as conn:
            the_plan = plan_store.get_plan(conn, plan)
            found = rounds.get_round(conn, the_plan.id, ref)
            due = remind.reminders(rounds.progress(conn, the_plan, found))
        result = remind.RemindResult(found, due, smtp is not None, dry_run)
        if dry_run or smtp is None:
            return result
        mailed = [r for r in due if r.email]
        messages = [remind.compose(r, found, the_plan, smtp.sender) for r in mailed]
        sent = 0
        try:
            sent = remind.send(messages, smtp)
        except remind.MailError as exc:
            sent = exc.sent
            raise
        finally:
            for r in mailed[:sent]:
                r.sent = True
            if sent:
                self._writing(
                    lambda conn: remind.audit_sent(conn, found, mailed[:sent], self.actor)
                )
        return result

    def set_department_email(self, ref: str | int, email: str | None) -> dict[str, Any]:
        """The address a department's reminders go to (None or blank clears it); audited."""
        from plantrack.access import accounts

        return self._writing(
            lambda conn: accounts.set_department_email(conn, ref, email, actor=self.actor)
        )

    # -- search (plantrack.search) -------------------------------------------------------------
    def _plan_ids(self, conn: Connection, plan: PlanRef | AllPlans | None) -> list[int] | None:
        if plan is ALL_PLANS:
            return None
        return [plan_store.get_plan(conn, plan).id]

    def search(
        self,
        query: str,
        *,
        plan: PlanRef | AllPlans | None = ALL_PLANS,
        chapter: int | None = None,
        place: str | None = None,
        limit: int = 10,
    ) -> list[SearchHit]:
        """Ranked passages (SearchHit) over every plan (default) or one."""
        from plantrack.search.index import search

        with self._reading() as conn:
            return search(
                conn,
                query,
                plan_ids=self._plan_ids(conn, plan),
                chapter=chapter,
                place=place,
                limit=max(1, min(int(limit), 100)),
                index=self.search_index,
            )

    def ask(self, question: str, *, plan: PlanRef | AllPlans | None = ALL_PLANS) -> Answer:
        """The typed answer (value, list, count, when, how, owner, progress …) with citations;
        kind "none" when the plans do not say. Owner and progress answers come from the recorded
        assignments and figures. An empty or blank question is refused (ValidationError)."""
        from plantrack.answers import answer_question, check_question

        question = check_question(question)
        with self._reading() as conn:
            return answer_question(
                conn, question, plan_ids=self._plan_ids(conn, plan), index=self.search_index
            )

    def entities(self, plan: PlanRef | None = None, *, type: str | None = None) -> list[Entity]:
        """The places, institutions, sectors, tracks and programmes a plan names."""
        from plantrack.search.catalog import list_entities

        with self._reading() as conn:
            return list_entities(conn, plan_store.get_plan(conn, plan).id, type)

    def reindex(self, plan: PlanRef | AllPlans | None = ALL_PLANS) -> dict[int, int]:
        """Rebuild the search index of every plan (default) or of one; {plan id: passages}."""
        from plantrack.search.index import reindex

        self._own_transaction("reindex")
        with self._reading() as conn:
            ids = self._plan_ids(conn, plan) or [p.id for p in plan_store.list_plans(conn)]
        return reindex(self.engine, ids, index=self.search_index)

    # -- corpora and comparisons: ingest/corpus.py, compare/ ----------------------------------
    def ingest_folder(
        self,
        folder: str | Path,
        *,
        jobs: int = 1,
        wait: bool = False,
        region: str | None = None,
        level: str | None = None,
        period: str | None = None,
        on_start: Callable[[int, int], None] | None = None,
        on_file: Callable[[FileOutcome], None] | None = None,
    ) -> CorpusResult:
        """Ingest every plan file under `folder` with `jobs` processes (a CorpusResult)."""
        from plantrack.ingest.corpus import ingest_corpus

        self._own_transaction("ingest")
        return ingest_corpus(
            self.url,
            folder,
            jobs=jobs,
            actor=self.actor,
            wait_for_lock=wait,
            region=region,
            level=level,
            period=period,
            on_start=on_start,
            on_file=on_file,
        )

    def plan_side(self, ref: str) -> PlanSide:
        """A stored plan (id or title part) or a document file, as one side of a comparison."""
        from plantrack.compare import load_side

        with self._reading() as conn:
            return load_side(conn, ref)

    def compare(
        self,
        plan_a: PlanRef,
        plan_b: PlanRef,
        *,
        parent: str | None = None,
        share: float | None = None,
    ) -> Comparison:
        """Targets of two plans aligned, with inconsistencies flagged (a Comparison)."""
        from plantrack.compare import compare_plans

        return compare_plans(
            self.plan_side(str(plan_a)), self.plan_side(str(plan_b)), parent=parent, share=share
        )

    def diff(self, old: PlanRef, new: PlanRef) -> PlanDiff:
        """Added, removed and changed targets and tasks from one version to another."""
        from plantrack.compare import diff_plans

        return diff_plans(self.plan_side(str(old)), self.plan_side(str(new)))

    # -- accounts, permissions, audit (access/) ---------------------------------------------------
    # Users, sessions, tokens and departments (access/accounts.py), the one permission rule
    # (access/permissions.py), and the state every web worker shares in the store: failed
    # logins, write stamps, the server secret (access/state.py). The web app and the CLI call
    # only these; neither imports a store module.
    def add_user(
        self,
        username: str,
        password: str,
        role: str,
        *,
        department: str | None = None,
        actor: str | None = None,
    ) -> User:
        """Create a user (an editor needs a department, created if new)."""
        from plantrack.access import accounts

        return self._writing(
            lambda conn: accounts.add_user(
                conn, username, password, role, department=department, actor=actor or self.actor
            )
        )

    def user(self, ref: str | int) -> User:
        """A user by id or user name (NotFound if there is none)."""
        from plantrack.access import accounts

        with self._reading() as conn:
            return accounts.get_user(conn, ref)

    def users(self) -> list[User]:
        from plantrack.access import accounts

        with self._reading() as conn:
            return accounts.list_users(conn)

    def set_user_disabled(
        self, username: str, disabled: bool = True, *, actor: str | None = None
    ) -> User:
        """Disable (or re-enable) a user; disabling ends the user's sessions at once."""
        from plantrack.access import accounts

        return self._writing(
            lambda conn: accounts.set_disabled(conn, username, disabled, actor=actor or self.actor)
        )

    def authenticate(self, username: str, password: str) -> User | None:
        """The user if the password is right and the account enabled, else None."""
        from plantrack.access import accounts

        with self._reading() as conn:
            user, fresh_hash = accounts.authenticate(conn, username, password)
        if user is not None and fresh_hash is not None:
            # a write of its own, only when the hash is outdated: checking a password reads only
            self._writing(lambda conn: accounts.set_password_hash(conn, user.id, fresh_hash))
        return user

    def create_session(self, user: User, ttl: timedelta) -> str:
        """A new login session; returns the cookie value (only its sha256 is stored)."""
        from plantrack.access import accounts

        return self._writing(lambda conn: accounts.create_session(conn, user, ttl))

    def session_user(self, raw: str) -> User | None:
        """The user of a live session cookie (None: unknown, expired, or user disabled)."""
        from plantrack.access import accounts

        with self._reading() as conn:
            return accounts.session_user(conn, raw)

    def end_session(self, raw: str) -> None:
        from plantrack.access import accounts

        self._writing(lambda conn: accounts.end_session(conn, raw))

    def create_token(self, user: User, name: str, *, actor: str | None = None) -> str:
        """A new API token for `user` (returned once; only its hash is stored)."""
        from plantrack.access import accounts

        return self._writing(lambda conn: accounts.create_token(conn, user, name, actor=actor))

    def token_user(self, raw: str) -> User | None:
        from plantrack.access import accounts

        with self._reading() as conn:
            return accounts.token_user(conn, raw)

    def departments(self) -> list[dict[str, Any]]:
        """Every department: {id, name}."""
        from plantrack.access import accounts

        with self._reading() as conn:
            return accounts.list_departments(conn)

    def department(self, department_id: int) -> dict[str, Any]:
        """One department: {id, name} (NotFound if there is none)."""
        from plantrack.access import accounts

        with self._reading() as conn:
            return accounts.get_department(conn, department_id)

    def department_target_ids(
        self, plan_id: int, department_id: int, *, roles: Collection[str] | None = None
    ) -> set[str]:
        """Targets of a plan assigned to a department, directly or through a task node; with
        `roles` ("lead", "partner"), only in those roles."""
        with self._reading() as conn:
            return assign_store.department_target_ids(conn, plan_id, department_id, roles)

    def department_tasks(self, plan_id: int, department_id: int) -> list[dict[str, Any]]:
        """Task nodes assigned to a department: {ref, role, due_year}."""
        with self._reading() as conn:
            return assign_store.department_tasks(conn, plan_id, department_id)

    def target_owners(self, plan_id: int, target_id: str, node_id: str) -> list[dict[str, Any]]:
        """Departments assigned to a target or to a task containing it, lead first."""
        with self._reading() as conn:
            return assign_store.target_owners(conn, plan_id, target_id, node_id)

    @staticmethod
    def _department_targets(conn: Connection, plan_id: int) -> Callable[[int], set[str]]:
        """The target ids a department records in `plan_id` (those it leads), read on `conn`
        (for access/permissions.py)."""
        from plantrack.access.permissions import RECORDING_ROLES

        return lambda dept: assign_store.department_target_ids(conn, plan_id, dept, RECORDING_ROLES)

    def can_edit_target(
        self, user: User | None, plan_id: int, target_id: str, action: str = "record"
    ) -> bool:
        """May `user` record figures for a target (or do another department-scoped action on
        it: "attach_evidence") (access/permissions.py)?"""
        from plantrack.access import permissions

        with self._reading() as conn:
            return permissions.can_edit_target(
                user,
                target_id,
                self._department_targets(conn, plan_id),
                permissions.Action(action),
            )

    def require_target_edit(
        self, user: User | None, plan_id: int, target_id: str, action: str = "record"
    ) -> None:
        """PermissionDenied unless `user` may record figures for the target (or `action`)."""
        from plantrack.access import permissions

        with self._reading() as conn:
            permissions.require_target_edit(
                user,
                target_id,
                self._department_targets(conn, plan_id),
                permissions.Action(action),
            )

    def require_observation_edit(self, user: User | None, obs_id: int) -> None:
        """PermissionDenied unless `user` may revise observation `obs_id` (NotFound if none)."""
        from plantrack.access import permissions
        from plantrack.track.observations import get

        with self._reading() as conn:
            current = get(conn, obs_id)
            permissions.require_target_edit(
                user,
                current.target_id,
                self._department_targets(conn, int(current.plan_id or 0)),
            )

    def audit_event(
        self,
        action: str,
        subject: str,
        subject_id: str | None,
        *,
        actor: str | None = None,
        new: Any = None,
    ) -> None:
        """An audit row for an event of no plan (a login, a logout, a failed login …)."""
        from plantrack.access import accounts

        self._writing(
            lambda conn: accounts.audit_event(
                conn,
                actor=actor or self.actor,
                action=action,
                subject=subject,
                subject_id=subject_id,
                new=new,
            )
        )

    def recent_audit(self, plan_id: int, limit: int = 12) -> list[dict[str, Any]]:
        """The latest audit rows of a plan (any kind of write), newest first."""
        from plantrack.store import accounts as account_store

        with self._reading() as conn:
            return account_store.recent_audit(conn, plan_id, limit)

    def audit_stamp(self) -> int:
        """`max(audit.id)`: moves whenever anything is written (the page cache's stamp)."""
        from plantrack.access import state

        with self._reading() as conn:
            return state.audit_stamp(conn)

    def change_stamp(self) -> int | None:
        """A number that moves whenever any connection, of any process, commits to a SQLite
        store (`PRAGMA data_version` on a read-only connection of its own: no transaction, a few
        microseconds, never waits for a lock — cheap enough for the event loop). None on
        PostgreSQL, which has no such counter: use `audit_stamp`."""
        import sqlite3

        watch = self._watch
        if watch is None:
            path = sqlite_path(self.url)
            if path is None:
                return None
            uri = f"{path.resolve().as_uri()}?mode=ro"
            watch = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
            self._watch = watch
        return int(watch.execute("PRAGMA data_version").fetchone()[0])

    def writes(self) -> int:
        """How many writes this Workspace (or a copy of it) has finished, in this process: with
        `audit_stamp`, a PostgreSQL page cache's in-process change stamp."""
        return self._written[0]

    def note_write(self, user_id: int) -> int:
        """Remember the current stamp as the user's last write (read-your-writes); returns it."""
        from plantrack.access import state

        return self._writing(lambda conn: state.note_write(conn, user_id))

    def page_stamps(self, user_id: int | None) -> tuple[int, int]:
        """(the audit stamp, the stamp of the user's last write or 0) in one snapshot."""
        from plantrack.access import state

        with self._reading() as conn:
            return state.page_stamps(conn, user_id)

    def check_login(self, key: str, rule: LoginRule) -> None:
        """TooManyAttempts while the failures of `key` (an account from an address,
        `access.state.login_key`) still make it wait."""
        from plantrack.access import state

        with self._reading() as conn:
            state.check_login(conn, key, rule)

    def login_failed(self, key: str, rule: LoginRule) -> None:
        from plantrack.access import state

        self._writing(lambda conn: state.login_failed(conn, key, rule))

    def login_succeeded(self, key: str) -> None:
        from plantrack.access import state

        self._writing(lambda conn: state.login_succeeded(conn, key))

    def server_secret(self, name: str = "csrf") -> str:
        """A server secret kept in the store (made on first use): CSRF tokens are signed with
        "csrf"."""
        from plantrack.access import state

        with self._reading() as conn:
            found = state.get_secret(conn, name)
        if found is not None:
            return found
        # made in a write of its own, only when missing: a public app on a read-only replica
        # (whose secret migration 0008 made) never opens a write transaction
        return self._writing(lambda conn: state.make_secret(conn, name))

    def rotate_secret(self, name: str = "csrf") -> None:
        """A new server secret: tokens signed with the old one are refused from now on."""
        from plantrack.access import state

        self._writing(lambda conn: state.rotate_secret(conn, name, actor=self.actor))


def _default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in some containers
        return "cli"


def __getattr__(name: str) -> Any:
    """`IngestResult` and `parse_period` from ingest/document, loaded on first use (not at start-up)."""
    if name in ("IngestResult", "parse_period"):
        from plantrack.ingest import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
