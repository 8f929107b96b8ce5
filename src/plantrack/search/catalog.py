"""Listing the entities stored for a plan, with their mentions (for `plantrack entities`)."""

from __future__ import annotations

from sqlalchemy import Connection, select

from plantrack.errors import ValidationError
from plantrack.model import Entity
from plantrack.store.schema import entities, mentions

ENTITY_TYPES = ("place", "institution", "sector", "track", "programme")


def list_entities(conn: Connection, plan_id: int, entity_type: str | None = None) -> list[Entity]:
    """A plan's entities (optionally of one type), most mentioned first, with their mentions."""
    if entity_type is not None and entity_type not in ENTITY_TYPES:
        raise ValidationError(f"--type {entity_type!r}: expected one of {', '.join(ENTITY_TYPES)}")
    stmt = select(entities.c.id, entities.c.name, entities.c.type).where(
        entities.c.plan_id == plan_id
    )
    if entity_type:
        stmt = stmt.where(entities.c.type == entity_type)
    found = {row.id: Entity(name=row.name, type=row.type) for row in conn.execute(stmt)}
    if found:
        rows = conn.execute(
            select(
                mentions.c.entity_id, mentions.c.node_id, mentions.c.span_start, mentions.c.span_end
            )
            .where(mentions.c.plan_id == plan_id, mentions.c.entity_id.in_(list(found)))
            .order_by(mentions.c.span_start)
        )
        for row in rows:
            found[row.entity_id].mentions.append((row.node_id, row.span_start, row.span_end))
    return sorted(
        found.values(),
        key=lambda e: (
            ENTITY_TYPES.index(e.type) if e.type in ENTITY_TYPES else 9,
            -len(e.mentions),
            e.name,
        ),
    )
