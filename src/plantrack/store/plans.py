"""Reading and writing plans, nodes and targets (SQLAlchemy Core, one connection in, no commits)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, func, insert, select, text

from plantrack.errors import NoPlan, NotFound, StoreError
from plantrack.model import (
    MAX_INT,
    Comparator,
    Location,
    Node,
    ParsedPlan,
    Plan,
    Target,
    TargetKind,
)
from plantrack.store.schema import audit, entities, mentions, nodes, plans, targets

E = TypeVar("E", bound=StrEnum)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def file_hash(path: Path) -> str:
    """A plan file's identity: the SHA-256 of its bytes (the same file twice is one plan)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def family_key(title: str) -> str:
    """Versions of one plan share a family: the title without spaces and punctuation."""
    return re.sub(r"[\s\W_]+", "", title)


def write_audit(
    conn: Connection,
    *,
    actor: str,
    action: str,
    subject: str,
    subject_id: str | None,
    plan_id: int | None,
    old: Any = None,
    new: Any = None,
) -> None:
    conn.execute(
        insert(audit).values(
            at=now(),
            actor=actor,
            action=action,
            subject=subject,
            subject_id=subject_id,
            plan_id=plan_id,
            old=old,
            new=new,
        )
    )


def find_by_hash(conn: Connection, content_hash: str) -> Plan | None:
    row = conn.execute(select(plans).where(plans.c.content_hash == content_hash)).mappings().first()
    return _plan(conn, row) if row else None


def insert_plan(
    conn: Connection,
    parsed: ParsedPlan,
    *,
    source: str,
    fmt: str,
    encoding: str | None,
    content_hash: str,
    region: str | None,
    level: str | None,
    actor: str,
) -> int:
    """Insert a plan version with its nodes, targets and entities; return its id."""
    family = family_key(parsed.title)
    if conn.dialect.name == "postgresql":
        # versions of one plan ingested at once take their numbers one after the other
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:f))"), {"f": family})
    version = (
        conn.execute(select(func.max(plans.c.version)).where(plans.c.family == family)).scalar()
        or 0
    ) + 1
    period = parsed.period or (None, None)
    plan_id = conn.execute(
        insert(plans).values(
            title=parsed.title,
            region=region,
            level=level,
            period_start=period[0],
            period_end=period[1],
            source=source,
            format=fmt,
            encoding=encoding,
            content_hash=content_hash,
            family=family,
            version=version,
            text=parsed.text,
            repairs=parsed.repairs,
            warnings=parsed.warnings,
            created_at=now(),
        )
    ).inserted_primary_key[0]
    if parsed.nodes:
        conn.execute(
            insert(nodes),
            _uniform(
                [
                    {
                        "plan_id": plan_id,
                        "node_id": n.node_id,
                        "parent": n.parent,
                        "kind": n.kind,
                        "number": n.number,
                        "title": n.title,
                        "text": n.text,
                        "path": n.path,
                        "span_start": n.span[0],
                        "span_end": n.span[1],
                        "inferred": n.inferred,
                        "ordinal": n.ordinal,
                        **_provenance(n.page, n.ocr_confidence),
                    }
                    for n in parsed.nodes
                ]
            ),
        )
    if parsed.targets:
        rows = [target_row(plan_id, t, i) for i, t in enumerate(parsed.targets)]
        conn.execute(insert(targets), _uniform(rows))
    if parsed.entities:
        # one round trip for all entities (ids back in order), one for all mentions
        entity_ids = (
            conn.execute(
                insert(entities).returning(entities.c.id, sort_by_parameter_order=True),
                [{"plan_id": plan_id, "name": e.name, "type": e.type} for e in parsed.entities],
            )
            .scalars()
            .all()
        )
        mention_rows = [
            {
                "entity_id": entity_id,
                "plan_id": plan_id,
                "node_id": node_id,
                "span_start": start,
                "span_end": end,
            }
            for entity_id, entity in zip(entity_ids, parsed.entities, strict=True)
            for node_id, start, end in entity.mentions
        ]
        if mention_rows:
            conn.execute(insert(mentions), mention_rows)
    write_audit(
        conn,
        actor=actor,
        action="ingest",
        subject="plan",
        subject_id=str(plan_id),
        plan_id=plan_id,
        new={
            "title": parsed.title,
            "source": source,
            "version": version,
            "nodes": len(parsed.nodes),
            "targets": len(parsed.targets),
        },
    )
    return plan_id


def target_row(plan_id: int, t: Target, ordinal: int) -> dict[str, Any]:
    return {
        "plan_id": plan_id,
        "target_id": t.id,
        "node_id": t.location.node,
        "metric": t.metric,
        "value": t.value,
        "value_max": t.value_max,
        "group_name": t.group,
        "unit": t.unit,
        "comparator": t.comparator,
        "kind": t.kind,
        "deadline": t.deadline,
        "baseline": t.baseline,
        "baseline_year": t.baseline_year,
        "aspiration": t.aspiration,
        "binding": t.binding,
        "milestone": t.milestone,
        "value_base": t.value_base,
        "unit_base": t.unit_base,
        "text": t.text,
        "location": asdict(t.location),
        "span_start": t.span[0] if t.span else None,
        "span_end": t.span[1] if t.span else None,
        "ordinal": ordinal,
        **_provenance(t.page, t.ocr_confidence),
    }


def _uniform(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of one insert share their keys: the provenance columns on all, if on any."""
    if any("page" in row for row in rows):
        for row in rows:
            row.setdefault("page", None)
            row.setdefault("ocr_confidence", None)
    return rows


def _provenance(page: int | None, confidence: float | None) -> dict[str, Any]:
    """The page and OCR confidence columns (migration 0009), written only when known: a plan
    without pages (.txt, .docx) stores as it did before them."""
    if page is None and confidence is None:
        return {}
    return {"page": page, "ocr_confidence": confidence}


def _plan(conn: Connection, row: Any) -> Plan:
    node_count = conn.execute(
        select(func.count()).select_from(nodes).where(nodes.c.plan_id == row["id"])
    ).scalar_one()
    target_count = conn.execute(
        select(func.count()).select_from(targets).where(targets.c.plan_id == row["id"])
    ).scalar_one()
    return Plan(
        id=row["id"],
        title=row["title"],
        region=row["region"],
        level=row["level"],
        period_start=row["period_start"],
        period_end=row["period_end"],
        source=row["source"],
        content_hash=row["content_hash"],
        version=row["version"],
        family=row["family"],
        created_at=row["created_at"],
        node_count=node_count,
        target_count=target_count,
    )


def list_plans(conn: Connection) -> list[Plan]:
    rows = conn.execute(select(plans).order_by(plans.c.id)).mappings().all()
    return [_plan(conn, row) for row in rows]


def get_plan(conn: Connection, ref: int | str | None) -> Plan:
    """A plan by id, or by a unique part of its title (latest version); None = the only/latest."""
    columns = [plans.c.id, plans.c.title, plans.c.family, plans.c.version]
    if ref is None or ref == "":
        row = conn.execute(select(plans).order_by(plans.c.id.desc())).mappings().first()
        if row is None:
            raise NoPlan("no plan in the database: ingest one first (plantrack ingest FILE)")
        return _plan(conn, row)
    text = str(ref).strip()
    if text.isascii() and text.isdigit():  # "²".isdigit() too, but int() refuses it
        row = None
        if int(text) <= MAX_INT:  # a bigger id overflows the column: there is no such plan
            row = conn.execute(select(plans).where(plans.c.id == int(text))).mappings().first()
        if row is None:
            raise NotFound(f"plan {text}: no such plan id (see plantrack plans)")
        return _plan(conn, row)
    matches = (
        conn.execute(
            select(*columns)
            .where(plans.c.title.contains(text, autoescape=True))
            .order_by(plans.c.id)
        )
        .mappings()
        .all()
    )
    families = {m["family"] for m in matches}
    if not matches:
        raise NotFound(f"plan {text!r}: no plan title contains it (see plantrack plans)")
    if len(families) > 1:
        names = "; ".join(sorted({f"{m['id']}: {m['title']}" for m in matches}))
        raise NotFound(f"plan {text!r} matches several plans ({names}): give the id")
    latest = max(matches, key=lambda m: m["version"])
    row = conn.execute(select(plans).where(plans.c.id == latest["id"])).mappings().one()
    return _plan(conn, row)


def plan_text(conn: Connection, plan_id: int) -> str:
    """The plan's whole cleaned text (spans of nodes and targets point into it)."""
    text_ = conn.execute(select(plans.c.text).where(plans.c.id == plan_id)).scalar_one_or_none()
    if text_ is None:
        raise NotFound(f"plan {plan_id}: no such plan id (see plantrack plans)")
    return text_


def row_to_node(row: Any) -> Node:
    return Node(
        node_id=row["node_id"],
        kind=row["kind"],
        title=row["title"],
        text=row["text"],
        path=list(row["path"]),
        span=(row["span_start"], row["span_end"]),
        parent=row["parent"],
        number=row["number"],
        inferred=bool(row["inferred"]),
        ordinal=row["ordinal"],
        page=row["page"],
        ocr_confidence=row["ocr_confidence"],
    )


def list_nodes(conn: Connection, plan_id: int) -> list[Node]:
    rows = (
        conn.execute(select(nodes).where(nodes.c.plan_id == plan_id).order_by(nodes.c.ordinal))
        .mappings()
        .all()
    )
    return [row_to_node(r) for r in rows]


def get_node(conn: Connection, plan_id: int, node_id: str) -> Node:
    row = (
        conn.execute(select(nodes).where(nodes.c.plan_id == plan_id, nodes.c.node_id == node_id))
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(f"node {node_id}: not in plan {plan_id} (see plantrack outline)")
    return row_to_node(row)


def _member(enum: type[E], row: Any, column: str) -> E:
    """A stored word as its enum member; an unknown one names the target, column and words."""
    try:
        return enum(row[column])
    except ValueError:
        known = ", ".join(repr(m.value) for m in enum)
        raise StoreError(
            f"target {row['target_id']} (plan {row['plan_id']}): unknown {column} "
            f"{row[column]!r} in the database (expected one of {known}); "
            "was it written by a newer plantrack?"
        ) from None


def row_to_target(row: Any) -> Target:
    loc = row["location"] or {}
    return Target(
        id=row["target_id"],
        metric=row["metric"],
        value=row["value"],
        unit=row["unit"],
        comparator=None if row["comparator"] is None else _member(Comparator, row, "comparator"),
        kind=_member(TargetKind, row, "kind"),
        deadline=row["deadline"],
        text=row["text"],
        location=Location(
            node=loc.get("node", row["node_id"]),
            chapter=loc.get("chapter"),
            section=loc.get("section"),
            column=loc.get("column"),
            item=loc.get("item"),
            path=list(loc.get("path", [])),
        ),
        baseline=row["baseline"],
        baseline_year=row["baseline_year"],
        aspiration=bool(row["aspiration"]),
        binding=row["binding"],
        milestone=row["milestone"],
        value_base=row["value_base"],
        unit_base=row["unit_base"],
        span=(row["span_start"], row["span_end"]) if row["span_start"] is not None else None,
        value_max=row["value_max"],
        group=row["group_name"],
        page=row["page"],
        ocr_confidence=row["ocr_confidence"],
    )


def list_targets(conn: Connection, plan_id: int) -> list[Target]:
    rows = (
        conn.execute(
            select(targets).where(targets.c.plan_id == plan_id).order_by(targets.c.ordinal)
        )
        .mappings()
        .all()
    )
    return [row_to_target(r) for r in rows]


def get_target(conn: Connection, plan_id: int, target_id: str) -> Target:
    row = (
        conn.execute(
            select(targets).where(targets.c.plan_id == plan_id, targets.c.target_id == target_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(f"target {target_id}: not in plan {plan_id} (see plantrack targets)")
    return row_to_target(row)
