"""Accounts: users, password hashes (argon2), server-side sessions and API tokens.

Plain functions on an Engine, so the CLI (`plantrack users ...`) and the web app share them.
Secrets are never stored: a session row and an API token row keep the sha256 of the value the
client holds, so a copy of the database cannot be replayed as a login.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, bindparam, delete, insert, select, update

from plantrack.errors import NotFound, PlantrackError, ValidationError
from plantrack.store.plans import write_audit
from plantrack.store.schema import api_tokens, departments, sessions, users

ROLES = ("admin", "planner", "editor", "viewer")
ROLE_ZH = {"admin": "管理员", "planner": "规划处", "editor": "部门填报员", "viewer": "只读"}
_USERNAME = re.compile(r"^[\w.@-]{1,100}$")
_hasher = PasswordHasher()
# Verifying an unknown user costs as much as a known one (no user-enumeration by timing).
_DUMMY_HASH = _hasher.hash("plantrack-dummy-password")


class Unauthorized(PlantrackError):
    """No valid login, session or token."""

    status = 401


@dataclass(slots=True)
class User:
    id: int
    username: str
    role: str
    department_id: int | None
    department: str | None
    disabled: bool
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def ensure_department(engine: Engine, name: str) -> int:
    """The id of the department called `name`, created if missing."""
    name = name.strip()
    if not name:
        raise ValidationError("department: empty name")
    with engine.begin() as conn:
        found = conn.execute(select(departments.c.id).where(departments.c.name == name)).scalar()
        if found is not None:
            return int(found)
        return int(conn.execute(insert(departments).values(name=name)).inserted_primary_key[0])


def list_departments(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(departments).order_by(departments.c.id)).mappings().all()
    return [dict(r) for r in rows]


def _user_query():
    return select(users, departments.c.name.label("department")).select_from(
        users.outerjoin(departments, users.c.department_id == departments.c.id)
    )


def _user(row: Any) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        role=row["role"],
        department_id=row["department_id"],
        department=row["department"],
        disabled=bool(row["disabled"]),
        created_at=row["created_at"],
    )


def add_user(
    engine: Engine,
    username: str,
    password: str,
    role: str,
    *,
    department: str | None = None,
    actor: str = "cli",
) -> User:
    """Create a user; an editor needs a department (created if it does not exist yet)."""
    username = username.strip()
    if not _USERNAME.match(username):
        raise ValidationError(f"username {username!r}: use 1-100 letters, digits, . _ @ -")
    if role not in ROLES:
        raise ValidationError(f"role {role!r}: expected one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise ValidationError("password: at least 8 characters")
    if role == "editor" and not department:
        raise ValidationError("department: an editor needs a department (--department 市发改委)")
    department_id = ensure_department(engine, department) if department else None
    with engine.begin() as conn:
        if conn.execute(select(users.c.id).where(users.c.username == username)).first():
            raise ValidationError(f"username {username!r}: already exists")
        conn.execute(
            insert(users).values(
                username=username,
                password_hash=_hasher.hash(password),
                role=role,
                department_id=department_id,
                disabled=False,
                created_at=_iso(_now()),
            )
        ).inserted_primary_key[0]
        write_audit(
            conn,
            actor=actor,
            action="create",
            subject="user",
            subject_id=username,
            plan_id=None,
            new={"role": role, "department": department},
        )
    return get_user(engine, username)


def get_user(engine: Engine, ref: str | int) -> User:
    query = _user_query()
    query = (
        query.where(users.c.id == ref)
        if isinstance(ref, int)
        else query.where(users.c.username == ref)
    )
    with engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    if row is None:
        raise NotFound(f"user {ref}: no such user (see plantrack users list)")
    return _user(row)


def list_users(engine: Engine) -> list[User]:
    with engine.connect() as conn:
        rows = conn.execute(_user_query().order_by(users.c.id)).mappings().all()
    return [_user(r) for r in rows]


def set_disabled(
    engine: Engine, username: str, disabled: bool = True, *, actor: str = "cli"
) -> User:
    """Disable (or re-enable) a user; disabling also ends every session at once."""
    user = get_user(engine, username)
    with engine.begin() as conn:
        conn.execute(update(users).where(users.c.id == user.id).values(disabled=disabled))
        if disabled:
            conn.execute(delete(sessions).where(sessions.c.user_id == user.id))
        write_audit(
            conn,
            actor=actor,
            action="disable" if disabled else "enable",
            subject="user",
            subject_id=username,
            plan_id=None,
            old={"disabled": user.disabled},
            new={"disabled": disabled},
        )
    return get_user(engine, username)


def authenticate(engine: Engine, username: str, password: str) -> User | None:
    """The user if the password is right and the account enabled, else None."""
    with engine.connect() as conn:
        row = conn.execute(_user_query().where(users.c.username == username)).mappings().first()
    stored = row["password_hash"] if row else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or row["disabled"]:
        return None
    if _hasher.check_needs_rehash(stored):
        with engine.begin() as conn:
            conn.execute(
                update(users)
                .where(users.c.id == row["id"])
                .values(password_hash=_hasher.hash(password))
            )
    return _user(row)


# -- sessions -----------------------------------------------------------------------------------
def create_session(engine: Engine, user: User, ttl: timedelta) -> str:
    """A new session; returns the cookie value (only its sha256 is stored)."""
    raw = secrets.token_urlsafe(32)
    now = _now()
    with engine.begin() as conn:
        conn.execute(
            insert(sessions).values(
                id=digest(raw), user_id=user.id, created_at=_iso(now), expires_at=_iso(now + ttl)
            )
        )
        # Housekeeping: expired rows of anyone are useless.
        conn.execute(delete(sessions).where(sessions.c.expires_at < _iso(now)))
    return raw


_SESSION_QUERY = None


def _session_query():
    """Built once: this query runs on every request (bindparam instead of a new select)."""
    global _SESSION_QUERY
    if _SESSION_QUERY is None:
        _SESSION_QUERY = (
            _user_query()
            .add_columns(sessions.c.expires_at)
            .join(sessions, sessions.c.user_id == users.c.id)
            .where(sessions.c.id == bindparam("sid"))
        )
    return _SESSION_QUERY


def session_user(engine: Engine, raw: str) -> User | None:
    """The user of a live session: not expired, user not disabled."""
    with engine.connect() as conn:
        row = conn.execute(_session_query(), {"sid": digest(raw)}).mappings().first()
    if row is None or row["disabled"] or row["expires_at"] < _iso(_now()):
        return None
    return _user(row)


def end_session(engine: Engine, raw: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(sessions).where(sessions.c.id == digest(raw)))


# -- API tokens ---------------------------------------------------------------------------------
TOKEN_PREFIX = "pt_"


def create_token(engine: Engine, user: User, name: str, *, actor: str | None = None) -> str:
    """A new API token for scripts; returns the token (shown once, only its hash is kept)."""
    name = name.strip()[:100] or "token"
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            insert(api_tokens).values(
                user_id=user.id, name=name, token_hash=digest(raw), created_at=_iso(_now())
            )
        )
        write_audit(
            conn,
            actor=actor or f"web:{user.username}",
            action="create",
            subject="api_token",
            subject_id=name,
            plan_id=None,
            new={"user": user.username, "name": name},
        )
    return raw


def token_user(engine: Engine, raw: str) -> User | None:
    query = (
        _user_query()
        .add_columns(api_tokens.c.id.label("token_id"))
        .join(api_tokens, api_tokens.c.user_id == users.c.id)
        .where(api_tokens.c.token_hash == digest(raw))
    )
    with engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    if row is None or row["disabled"]:
        return None
    return _user(row)
