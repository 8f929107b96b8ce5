"""The tables, as SQLAlchemy Core objects. Migrations in store/migrations create them.

Portable by construction: only types and constraints that SQLite and PostgreSQL both have.
Full-text search tables are created per dialect by the search module's migration.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()

plans = Table(
    "plans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("region", String(100)),
    Column("level", String(40)),  # nation | province | city | district | ...
    Column("period_start", Integer),
    Column("period_end", Integer),
    Column("source", Text, nullable=False),  # file name as given
    Column("format", String(10), nullable=False),
    Column("encoding", String(40)),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("family", Text, nullable=False),  # versions of one plan share it
    Column("version", Integer, nullable=False),
    Column("text", Text, nullable=False),  # cleaned text; every span points into it
    Column("repairs", JSON, nullable=False),
    Column("warnings", JSON, nullable=False),
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("family", "version", name="uq_plans_family_version"),
)

nodes = Table(
    "nodes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("node_id", String(80), nullable=False),
    Column("parent", String(80)),
    Column("kind", String(20), nullable=False),
    Column("number", Integer),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("path", JSON, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("inferred", Boolean, nullable=False, default=False),
    Column("ordinal", Integer, nullable=False),
    Column("page", Integer),  # migration 0009: the page it starts on (PDF, scans)
    Column("ocr_confidence", Float),  # read by OCR: mean word confidence, 0–100
    UniqueConstraint("plan_id", "node_id", name="uq_nodes_plan_node"),
)

targets = Table(
    "targets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("target_id", String(100), nullable=False),
    Column("node_id", String(80), nullable=False),
    Column("metric", Text, nullable=False),
    Column("value", Float),
    Column("unit", String(40)),
    Column("comparator", String(4)),
    Column("kind", String(20), nullable=False),
    Column("value_max", Float),
    Column("group_name", String(80)),
    Column("deadline", Integer),
    Column("baseline", Float),
    Column("baseline_year", Integer),
    Column("aspiration", Boolean, nullable=False, default=False),
    Column("binding", Boolean),
    Column("milestone", Text),
    Column("value_base", Float),
    Column("unit_base", String(40)),
    Column("text", Text, nullable=False),
    Column("location", JSON, nullable=False),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("ordinal", Integer, nullable=False),
    Column("page", Integer),  # migration 0009
    Column("ocr_confidence", Float),  # read by OCR: lowest word confidence of its text, 0–100
    UniqueConstraint("plan_id", "target_id", name="uq_targets_plan_target"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    UniqueConstraint("plan_id", "name", "type", name="uq_entities_plan_name_type"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("node_id", String(80), nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
)

# Search passages: paragraphs, sentences and targets with pre-tokenised text. The dialect-specific
# full-text index over `tokens` (FTS5 on SQLite, tsvector/GIN on PostgreSQL) is added by the search
# module's migration.
passages = Table(
    "passages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("node_id", String(80), nullable=False),
    Column("kind", String(20), nullable=False),  # paragraph | sentence | target | heading
    Column("ref", String(100)),  # target id for kind=target
    Column("text", Text, nullable=False),
    Column("tokens", Text, nullable=False),  # space-separated tokens
    Column("span_start", Integer),
    Column("span_end", Integer),
)

departments = Table(
    "departments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("email", String(254)),  # migration 0010: where `plantrack remind` writes to
)

# Lead/partner departments of a task (node) or a target, with a due year.
assignments = Table(
    "assignments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("subject", String(10), nullable=False),  # node | target
    Column("ref", String(100), nullable=False),  # node_id or target_id
    Column("department_id", Integer, ForeignKey("departments.id"), nullable=False),
    Column("role", String(10), nullable=False),  # lead | partner
    Column("due_year", Integer),
    Column("version", Integer, nullable=False, default=1),
    UniqueConstraint("plan_id", "subject", "ref", "department_id", name="uq_assignments"),
)

observations = Table(
    "observations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("target_id", String(100), nullable=False),
    Column("period", String(10), nullable=False),  # "2026" or "2026-06-30"
    Column("value", Float),
    Column("unit", String(40)),
    Column("value_in_target_unit", Float),
    Column("milestone", String(20)),  # qualitative targets: not_started | in_progress | done
    Column("is_baseline", Boolean, nullable=False, default=False),
    Column("source", Text),
    Column("vintage", String(100)),
    Column("note", Text),
    Column("entered_by", String(100)),
    Column("entered_at", String(32), nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("basis", String(10)),  # flow | total (track/assess.py); migration 0002
    # migration 0010, the reporting cycle: draft | submitted | returned | approved | published
    Column("state", String(12), nullable=False, server_default="published"),
    Column("review_note", Text),  # why a planner returned it
    Index("ix_observations_plan_target", "plan_id", "target_id"),
    # partial on both engines: postgresql_where is added by postgresql_options() (migrations)
    Index(
        "uq_observations_live",
        "plan_id",
        "target_id",
        "period",
        "is_baseline",
        unique=True,
        sqlite_where=text("NOT deleted"),
    ),
)

# Evidence files (佐证材料) attached to a figure, bytes and all (migration 0011): the type is
# the one its bytes say (read/evidence.py), the name a safe copy of the client's.
evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column(
        "observation_id",
        Integer,
        ForeignKey("observations.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("target_id", String(100), nullable=False),
    Column("name", String(200), nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("attached_by", String(100), nullable=False),
    Column("attached_at", String(32), nullable=False),
    Index("ix_evidence_observation", "observation_id"),
    Index("ix_evidence_plan_target", "plan_id", "target_id"),
)


def postgresql_options() -> None:
    """Give the partial index its PostgreSQL spelling (`postgresql_where`), for the migration
    environment. Not at import: a dialect keyword makes SQLAlchemy import that dialect (~40 ms
    of every command's start-up on SQLite); the migrations write the index themselves."""
    index = next(i for i in observations.indexes if i.name == "uq_observations_live")
    index.dialect_kwargs["postgresql_where"] = text("NOT deleted")


# Reporting rounds (migration 0010): a planner opens one for a plan and a year, departments enter
# and submit that year's figures by the due date, the planning office approves or returns them,
# and closing the round publishes the approved ones (track/rounds.py).
rounds = Table(
    "rounds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),  # 2026年度监测
    Column("year", Integer, nullable=False),  # the period its figures are for
    Column("due", String(10), nullable=False),  # 2027-02-28
    Column("state", String(10), nullable=False),  # open | closed
    Column("opened_by", String(100), nullable=False),
    Column("opened_at", String(32), nullable=False),
    Column("closed_by", String(100)),
    Column("closed_at", String(32)),
    UniqueConstraint("plan_id", "name", name="uq_rounds_plan_name"),
)

# Cached assessments, recomputed whenever observations of a target change.
assessments = Table(
    "assessments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("target_id", String(100), nullable=False),
    Column("status", String(12), nullable=False),
    Column("as_of", String(10)),
    Column("detail", JSON, nullable=False),
    Column("computed_at", String(32), nullable=False),
    UniqueConstraint("plan_id", "target_id", name="uq_assessments_plan_target"),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String(32), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("action", String(40), nullable=False),  # ingest | record | update | delete | assign ...
    Column("subject", String(40), nullable=False),  # plan | observation | assignment | user ...
    Column("subject_id", String(100)),
    Column("plan_id", Integer),
    Column("old", JSON),
    Column("new", JSON),
    Index("ix_audit_plan", "plan_id"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(20), nullable=False),  # admin | planner | editor | viewer
    Column("department_id", Integer, ForeignKey("departments.id")),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", String(32), nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the cookie value
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(32), nullable=False),
    Column("last_used_at", String(32)),
)

# -- access state shared by every web worker (migration 0008) --------------------------------------
# Failed logins, one row per key ("ip:…", "user:…") and failure: the login limiter counts them.
login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False),
    Column("at", Float, nullable=False),  # seconds since the epoch
    Index("ix_login_attempts_key_at", "key", "at"),
    Index("ix_login_attempts_at", "at"),
)

# The audit stamp after each user's last write through the web (read-your-writes in the cache).
write_stamps = Table(
    "write_stamps",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("stamp", Integer, nullable=False),
    Column("at", String(32), nullable=False),
)

# Server secrets by name ("csrf": the key CSRF tokens are signed with), rotated on demand.
server_secrets = Table(
    "server_secrets",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", String(128), nullable=False),
    Column("created_at", String(32), nullable=False),
)

# the words each plan teaches the search tokenizer (search/vocabulary.py)
search_vocabulary = Table(
    "search_vocabulary",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "plan_id",
        Integer,
        ForeignKey("plans.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("words", Text, nullable=False),  # space-separated, normalised (tokenize.domain_term)
    sqlite_autoincrement=True,  # ids never reused after a delete: (top, rows) stays a version
)
