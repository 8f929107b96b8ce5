"""The core object: one `Workspace(db)` carries every operation; the CLI and web are thin layers.

ws = Workspace("plans.db")
result = ws.ingest("samples/ningbo-15th-fyp-excerpt.txt")
for node in ws.outline(result.plan.id): ...
"""

from __future__ import annotations

import getpass
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from plantrack.access.accounts import User
    from plantrack.store.corpus import CorpusResult

__all__ = ["IngestResult", "Workspace", "default_db_url", "is_retryable", "parse_period"]

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
        from plantrack.search.index import ensure_indexed, search

        ensure_indexed(self.engine)
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
        from plantrack.search.index import ensure_indexed

        ensure_indexed(self.engine)
        plan_ids = self._plan_ids(plan)
        with self.engine.connect() as conn:
            return ask(conn, question, plan_ids=plan_ids)

    def entities(self, plan: int | str | None = None, *, type: str | None = None) -> list:
        """The places, institutions, sectors, tracks and programmes a plan names."""
        from plantrack.search.catalog import list_entities
        from plantrack.search.index import ensure_indexed

        ensure_indexed(self.engine)
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

        return accounts.add_user(
            self.engine, username, password, role, department=department, actor=actor or self.actor
        )

    def user(self, ref: str | int) -> User:
        """A user by id or user name (NotFound if there is none)."""
        from plantrack.access import accounts

        return accounts.get_user(self.engine, ref)

    def users(self) -> list[User]:
        from plantrack.access import accounts

        return accounts.list_users(self.engine)

    def set_user_disabled(
        self, username: str, disabled: bool = True, *, actor: str | None = None
    ) -> User:
        """Disable (or re-enable) a user; disabling ends the user's sessions at once."""
        from plantrack.access import accounts

        return accounts.set_disabled(self.engine, username, disabled, actor=actor or self.actor)

    def authenticate(self, username: str, password: str) -> User | None:
        """The user if the password is right and the account enabled, else None."""
        from plantrack.access import accounts

        return accounts.authenticate(self.engine, username, password)

    def create_session(self, user: User, ttl: timedelta) -> str:
        """A new login session; returns the cookie value (only its sha256 is stored)."""
        from plantrack.access import accounts

        return accounts.create_session(self.engine, user, ttl)

    def session_user(self, raw: str) -> User | None:
        """The user of a live session cookie (None: unknown, expired, or user disabled)."""
        from plantrack.access import accounts

        return accounts.session_user(self.engine, raw)

    def end_session(self, raw: str) -> None:
        from plantrack.access import accounts

        accounts.end_session(self.engine, raw)

    def create_token(self, user: User, name: str, *, actor: str | None = None) -> str:
        """A new API token for `user` (returned once; only its hash is stored)."""
        from plantrack.access import accounts

        return accounts.create_token(self.engine, user, name, actor=actor)

    def token_user(self, raw: str) -> User | None:
        from plantrack.access import accounts

        return accounts.token_user(self.engine, raw)

    def departments(self) -> list[dict[str, Any]]:
        """Every department: {id, name}."""
        from plantrack.access import accounts

        return accounts.list_departments(self.engine)

    def department(self, department_id: int) -> dict[str, Any]:
        """One department: {id, name} (NotFound if there is none)."""
        from plantrack.access import accounts

        return accounts.get_department(self.engine, department_id)

    def department_target_ids(self, plan_id: int, department_id: int) -> set[str]:
        """Targets of a plan assigned to a department, directly or through a task node."""
        from plantrack.store import assignments as assign_store

        with self.engine.connect() as conn:
            return assign_store.department_target_ids(conn, plan_id, department_id)

    def department_tasks(self, plan_id: int, department_id: int) -> list[dict[str, Any]]:
        """Task nodes assigned to a department: {ref, role, due_year}."""
        from plantrack.store import assignments as assign_store

        with self.engine.connect() as conn:
            return assign_store.department_tasks(conn, plan_id, department_id)

    def target_owners(self, plan_id: int, target_id: str, node_id: str) -> list[dict[str, Any]]:
        """Departments assigned to a target or to a task containing it, lead first."""
        from plantrack.store import assignments as assign_store

        with self.engine.connect() as conn:
            return assign_store.target_owners(conn, plan_id, target_id, node_id)

    def can_edit_target(self, user: User | None, plan_id: int, target_id: str) -> bool:
        """May `user` record figures for a target (access/permissions.py)?"""
        from plantrack.access import permissions

        return permissions.can_edit_target(
            user, target_id, lambda dept: self.department_target_ids(plan_id, dept)
        )

    def require_target_edit(self, user: User | None, plan_id: int, target_id: str) -> None:
        """PermissionDenied unless `user` may record figures for the target."""
        from plantrack.access import permissions

        permissions.require_target_edit(
            user, target_id, lambda dept: self.department_target_ids(plan_id, dept)
        )

    def require_observation_edit(self, user: User | None, obs_id: int) -> None:
        """PermissionDenied unless `user` may revise observation `obs_id` (NotFound if none)."""
        from plantrack.track.observations import get

        with self.engine.connect() as conn:
            current = get(conn, obs_id)
        self.require_target_edit(user, int(current.plan_id or 0), current.target_id)

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

        accounts.audit_event(
            self.engine,
            actor=actor or self.actor,
            action=action,
            subject=subject,
            subject_id=subject_id,
            new=new,
        )

    def recent_audit(self, plan_id: int, limit: int = 12) -> list[dict[str, Any]]:
        """The latest audit rows of a plan (any kind of write), newest first."""
        from plantrack.store import accounts as account_store

        with self.engine.connect() as conn:
            return account_store.recent_audit(conn, plan_id, limit)

    def audit_stamp(self) -> int:
        """`max(audit.id)`: moves whenever anything is written (the page cache's stamp)."""
        from plantrack.access import state

        return state.audit_stamp(self.engine)

    def note_write(self, user_id: int) -> int:
        """Remember the current stamp as the user's last write (read-your-writes); returns it."""
        from plantrack.access import state

        return state.note_write(self.engine, user_id)

    def page_stamps(self, user_id: int | None) -> tuple[int, int]:
        """(the audit stamp, the stamp of the user's last write or 0) in one connection."""
        from plantrack.access import state

        return state.page_stamps(self.engine, user_id)

    def check_login(self, keys: Sequence[str], *, limit: int, window: float) -> None:
        """TooManyAttempts when a key ("ip:…", "user:…") had `limit` failures in `window` s."""
        from plantrack.access import state

        state.check_login(self.engine, keys, limit=limit, window=window)

    def login_failed(self, keys: Sequence[str], *, window: float) -> None:
        from plantrack.access import state

        state.login_failed(self.engine, keys, window=window)

    def login_succeeded(self, keys: Sequence[str]) -> None:
        from plantrack.access import state

        state.login_succeeded(self.engine, keys)

    def server_secret(self, name: str = "csrf") -> str:
        """A server secret kept in the store (made on first use): CSRF tokens are signed with
        "csrf"."""
        from plantrack.access import state

        return state.server_secret(self.engine, name)

    def rotate_secret(self, name: str = "csrf") -> None:
        """A new server secret: tokens signed with the old one are refused from now on."""
        from plantrack.access import state

        state.rotate_secret(self.engine, name, actor=self.actor)

    def ingest_corpus(
        self,
        folder: str | Path,
        *,
        jobs: int = 1,
        wait: bool = False,
        region: str | None = None,
        level: str | None = None,
        period: str | None = None,
        on_start: Callable[[int, int], None] | None = None,
        on_file: Callable[[Any], None] | None = None,
    ) -> CorpusResult:
        """`ingest_folder` with the CLI's options: region/level/period for every file and
        `on_start(total, unchanged)` for a progress bar."""
        from plantrack.store.corpus import ingest_corpus

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


def _default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in some containers
        return "cli"
